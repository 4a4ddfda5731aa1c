// The expansion of `data_quality.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/data_quality.dss`.
pub mod spec_data_quality {
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
        /**The data quality rules of a dataset (dataikuapi's
`DSSDataQualityRuleSet`).*/
        #[derive(Clone)]
        pub struct DssDataQualityRuleSet {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dataset_name: String,
        }
        impl DssDataQualityRuleSet {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `dataset_name` this handle points at.
            pub fn dataset_name(&self) -> &str {
                &self.dataset_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssDataQualityRuleSet {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDataQualityRuleSet")
                    .field("project_key", &self.project_key)
                    .field("dataset_name", &self.dataset_name)
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
        ///Request value of [`DssProject::get_data_quality_status`](super::super::handles::DssProject::get_data_quality_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetDataQualityStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) only_monitored: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetDataQualityStatus<'a> {
            /**Only the datasets whose rules are monitored.

Default: `true`. Sent as query parameter `onlyMonitored`.*/
            pub fn only_monitored(mut self, only_monitored: bool) -> Self {
                self.only_monitored = only_monitored;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, only_monitored, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/data-quality/status");
                __call.query("onlyMonitored", &only_monitored);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetDataQualityStatus,
            super::endpoints::PROJECT_GET_DATA_QUALITY_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/data-quality/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetDataQualityStatus<'_> {}
        ///Request value of [`DssProject::get_data_quality_timeline`](super::super::handles::DssProject::get_data_quality_timeline): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetDataQualityTimeline<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) min_timestamp: Option<i64>,
            pub(crate) max_timestamp: Option<i64>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetDataQualityTimeline<'a> {
            /**From this time, in milliseconds since the Unix epoch (none: DSS's
default).

Unset by default (then left out). Sent as query parameter `minTimestamp`.*/
            pub fn min_timestamp(mut self, min_timestamp: i64) -> Self {
                self.min_timestamp = Some(min_timestamp);
                self
            }
            /**Up to this time, in milliseconds since the Unix epoch (none: now).

Unset by default (then left out). Sent as query parameter `maxTimestamp`.*/
            pub fn max_timestamp(mut self, max_timestamp: i64) -> Self {
                self.max_timestamp = Some(max_timestamp);
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, min_timestamp, max_timestamp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/data-quality/timeline");
                __call.query("minTimestamp", &min_timestamp);
                __call.query("maxTimestamp", &max_timestamp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetDataQualityTimeline,
            super::endpoints::PROJECT_GET_DATA_QUALITY_TIMELINE, json(Value,
            "Sends the request (`GET /projects/{project_key}/data-quality/timeline`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetDataQualityTimeline<'_> {}
        ///Request value of [`DssDataQualityRuleSet::list_rules`](super::super::handles::DssDataQualityRuleSet::list_rules): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetListRules<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetListRules<'a> {
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
                __call.lit("/data-quality/rules");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/rules`) and returns the answer.
            pub fn send(self) -> Result<Vec<Value>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<Value>,
                        >(__answer, "checks", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetListRules,
            super::endpoints::DATA_QUALITY_RULE_SET_LIST_RULES, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetListRules<'_> {}
        ///Request value of [`DssDataQualityRuleSet::create_rule`](super::super::handles::DssDataQualityRuleSet::create_rule): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetCreateRule<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) config: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetCreateRule<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, config, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data-quality/rules");
                __call.json(&::serde_json::Value::from(config))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetCreateRule,
            super::endpoints::DATA_QUALITY_RULE_SET_CREATE_RULE, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/data-quality/rules`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetCreateRule<'_> {}
        ///Request value of [`DssDataQualityRuleSet::get_partitions_status`](super::super::handles::DssDataQualityRuleSet::get_partitions_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetGetPartitionsStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) partitions: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetGetPartitionsStatus<'a> {
            /**The partitions (`NP` for a dataset that is not partitioned).

Default: `["NP"]`. Sent as query parameter `partitions`, repeated for each item.*/
            pub fn partitions(
                mut self,
                partitions: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.partitions = partitions.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, partitions, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data-quality/get-partitions-status");
                __call.query("partitions", &partitions);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetGetPartitionsStatus,
            super::endpoints::DATA_QUALITY_RULE_SET_GET_PARTITIONS_STATUS, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/data-quality/get-partitions-status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetGetPartitionsStatus<'_> {}
        ///Request value of [`DssDataQualityRuleSet::compute_rules`](super::super::handles::DssDataQualityRuleSet::compute_rules): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetComputeRules<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetComputeRules<'a> {
            /**The partition (`NP` for a dataset that is not partitioned, `ALL`
for all of them).

Default: `NP`. Sent as query parameter `partition`.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data-quality/actions/compute-rules");
                __call.query("partition", &partition);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/data-quality/actions/compute-rules`) and returns the answer.
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
            DataQualityRuleSetComputeRules,
            super::endpoints::DATA_QUALITY_RULE_SET_COMPUTE_RULES, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetComputeRules<'_> {}
        ///Request value of [`DssDataQualityRuleSet::get_status`](super::super::handles::DssDataQualityRuleSet::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetGetStatus<'a> {
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
                __call.lit("/data-quality/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetGetStatus,
            super::endpoints::DATA_QUALITY_RULE_SET_GET_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetGetStatus<'_> {}
        ///Request value of [`DssDataQualityRuleSet::get_status_by_partition`](super::super::handles::DssDataQualityRuleSet::get_status_by_partition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetGetStatusByPartition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) include_all_partitions: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetGetStatusByPartition<'a> {
            /**Also list the partitions with no result.

Default: `false`. Sent as query parameter `includeAllPartitions`.*/
            pub fn include_all_partitions(
                mut self,
                include_all_partitions: bool,
            ) -> Self {
                self.include_all_partitions = include_all_partitions;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, include_all_partitions, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data-quality/status-by-partition");
                __call.query("includeAllPartitions", &include_all_partitions);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetGetStatusByPartition,
            super::endpoints::DATA_QUALITY_RULE_SET_GET_STATUS_BY_PARTITION, json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/status-by-partition`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetGetStatusByPartition<'_> {}
        ///Request value of [`DssDataQualityRuleSet::get_last_rules_results`](super::super::handles::DssDataQualityRuleSet::get_last_rules_results): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetGetLastRulesResults<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetGetLastRulesResults<'a> {
            /**The partition (`NP` for a dataset that is not partitioned).

Default: `NP`. Sent as query parameter `partition`.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data-quality/last-rules-result");
                __call.query("partition", &partition);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetGetLastRulesResults,
            super::endpoints::DATA_QUALITY_RULE_SET_GET_LAST_RULES_RESULTS, json(Vec <
            Value >,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/last-rules-result`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetGetLastRulesResults<'_> {}
        ///Request value of [`DssDataQualityRuleSet::get_rules_history`](super::super::handles::DssDataQualityRuleSet::get_rules_history): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetGetRulesHistory<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) min_timestamp: Option<i64>,
            pub(crate) max_timestamp: Option<i64>,
            pub(crate) results_per_page: i64,
            pub(crate) page: i64,
            pub(crate) rule_ids: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetGetRulesHistory<'a> {
            /**From this time, in milliseconds since the Unix epoch.

Unset by default (then left out). Sent as query parameter `minTimestamp`.*/
            pub fn min_timestamp(mut self, min_timestamp: i64) -> Self {
                self.min_timestamp = Some(min_timestamp);
                self
            }
            /**Up to this time, in milliseconds since the Unix epoch.

Unset by default (then left out). Sent as query parameter `maxTimestamp`.*/
            pub fn max_timestamp(mut self, max_timestamp: i64) -> Self {
                self.max_timestamp = Some(max_timestamp);
                self
            }
            /**Results per page.

Default: `10000`. Sent as query parameter `resultsPerPage`.*/
            pub fn results_per_page(mut self, results_per_page: i64) -> Self {
                self.results_per_page = results_per_page;
                self
            }
            /**The page, from 0.

Default: `0`. Sent as query parameter `page`.*/
            pub fn page(mut self, page: i64) -> Self {
                self.page = page;
                self
            }
            /**Only the results of these rules (none: all of them).

Default: `[]`. Sent as query parameter `ruleIds`, repeated for each item.*/
            pub fn rule_ids(
                mut self,
                rule_ids: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.rule_ids = rule_ids.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    min_timestamp,
                    max_timestamp,
                    results_per_page,
                    page,
                    rule_ids,
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
                __call.lit("/data-quality/rules-history");
                __call.query("minTimestamp", &min_timestamp);
                __call.query("maxTimestamp", &max_timestamp);
                __call.query("resultsPerPage", &results_per_page);
                __call.query("page", &page);
                __call.query("ruleIds", &rule_ids);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetGetRulesHistory,
            super::endpoints::DATA_QUALITY_RULE_SET_GET_RULES_HISTORY, json(Vec < Value
            >,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/rules-history`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetGetRulesHistory<'_> {}
        ///Request value of [`DssDataQualityRuleSet::delete_rules_history`](super::super::handles::DssDataQualityRuleSet::delete_rules_history): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataQualityRuleSetDeleteRulesHistory<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataQualityRuleSet,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataQualityRuleSetDeleteRulesHistory<'a> {
            /**The partition (`NP` for a dataset that is not partitioned).

Default: `NP`. Sent as a path segment.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data-quality/history/");
                __call.segment("partition", &partition, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataQualityRuleSetDeleteRulesHistory,
            super::endpoints::DATA_QUALITY_RULE_SET_DELETE_RULES_HISTORY,
            unit("Sends the request (`DELETE /projects/{project_key}/datasets/{dataset_name}/data-quality/history/{partition}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataQualityRuleSetDeleteRulesHistory<'_> {}
        crate::rt::request_list!(
            ProjectGetDataQualityStatus, ProjectGetDataQualityTimeline,
            DataQualityRuleSetListRules, DataQualityRuleSetCreateRule,
            DataQualityRuleSetGetPartitionsStatus, DataQualityRuleSetComputeRules,
            DataQualityRuleSetGetStatus, DataQualityRuleSetGetStatusByPartition,
            DataQualityRuleSetGetLastRulesResults, DataQualityRuleSetGetRulesHistory,
            DataQualityRuleSetDeleteRulesHistory
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssDataset::get_data_quality_rules`.
        pub static DATASET_GET_DATA_QUALITY_RULES: Endpoint = Endpoint::new(
            "DssDataset",
            "get_data_quality_rules",
            crate::rt::Server::DSS,
            "A handle on the dataset's data quality rules.",
            &[],
            None,
            ResultKind::Handle("DssDataQualityRuleSet"),
            [false, true, false],
        );
        ///`DssProject::get_data_quality_status`.
        pub static PROJECT_GET_DATA_QUALITY_STATUS: Endpoint = Endpoint::new(
            "DssProject",
            "get_data_quality_status",
            crate::rt::Server::DSS,
            "Reads the data quality status of the project's datasets.",
            &[
                Arg::new(
                    "only_monitored",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("onlyMonitored"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/data-quality/status",
                    &[],
                    "ProjectGetDataQualityStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_data_quality_timeline`.
        pub static PROJECT_GET_DATA_QUALITY_TIMELINE: Endpoint = Endpoint::new(
            "DssProject",
            "get_data_quality_timeline",
            crate::rt::Server::DSS,
            "Reads the timeline of the data quality of the project's datasets (changes of status), between two dates.",
            &[
                Arg::new(
                    "min_timestamp",
                    "int",
                    Presence::Optional,
                    Place::Query("minTimestamp"),
                    false,
                ),
                Arg::new(
                    "max_timestamp",
                    "int",
                    Presence::Optional,
                    Place::Query("maxTimestamp"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/data-quality/timeline",
                    &[],
                    "ProjectGetDataQualityTimeline",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::list_rules`.
        pub static DATA_QUALITY_RULE_SET_LIST_RULES: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "list_rules",
            crate::rt::Server::DSS,
            "Lists the dataset's rules (each `{\"id\", \"displayName\", \"type\", ...}`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/rules",
                    &[],
                    "DataQualityRuleSetListRules",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < Value >",
                member: "checks",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::create_rule`.
        pub static DATA_QUALITY_RULE_SET_CREATE_RULE: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "create_rule",
            crate::rt::Server::DSS,
            "Creates a rule and returns it as DSS saved it.",
            &[
                Arg::new(
                    "config",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/rules",
                    &[],
                    "DataQualityRuleSetCreateRule",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::get_partitions_status`.
        pub static DATA_QUALITY_RULE_SET_GET_PARTITIONS_STATUS: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "get_partitions_status",
            crate::rt::Server::DSS,
            "Reads the data quality status of some partitions.",
            &[
                Arg::new(
                    "partitions",
                    "[str]",
                    Presence::Default("[\"NP\"]"),
                    Place::Query("partitions"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/get-partitions-status",
                    &[],
                    "DataQualityRuleSetGetPartitionsStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::compute_rules`.
        pub static DATA_QUALITY_RULE_SET_COMPUTE_RULES: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "compute_rules",
            crate::rt::Server::DSS,
            "Computes the dataset's rules on a partition; returns the task.",
            &[
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default("NP"),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/actions/compute-rules",
                    &[],
                    "DataQualityRuleSetComputeRules",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::get_status`.
        pub static DATA_QUALITY_RULE_SET_GET_STATUS: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the dataset's data quality status.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/status",
                    &[],
                    "DataQualityRuleSetGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::get_status_by_partition`.
        pub static DATA_QUALITY_RULE_SET_GET_STATUS_BY_PARTITION: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "get_status_by_partition",
            crate::rt::Server::DSS,
            "Reads the dataset's data quality status, partition by partition.",
            &[
                Arg::new(
                    "include_all_partitions",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("includeAllPartitions"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/status-by-partition",
                    &[],
                    "DataQualityRuleSetGetStatusByPartition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::get_last_rules_results`.
        pub static DATA_QUALITY_RULE_SET_GET_LAST_RULES_RESULTS: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "get_last_rules_results",
            crate::rt::Server::DSS,
            "Reads the last result of each rule on a partition.",
            &[
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default("NP"),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/last-rules-result",
                    &[],
                    "DataQualityRuleSetGetLastRulesResults",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::get_rules_history`.
        pub static DATA_QUALITY_RULE_SET_GET_RULES_HISTORY: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "get_rules_history",
            crate::rt::Server::DSS,
            "Reads the results of the rules over time, a page at a time.",
            &[
                Arg::new(
                    "min_timestamp",
                    "int",
                    Presence::Optional,
                    Place::Query("minTimestamp"),
                    false,
                ),
                Arg::new(
                    "max_timestamp",
                    "int",
                    Presence::Optional,
                    Place::Query("maxTimestamp"),
                    false,
                ),
                Arg::new(
                    "results_per_page",
                    "int",
                    Presence::Default("10000"),
                    Place::Query("resultsPerPage"),
                    false,
                ),
                Arg::new(
                    "page",
                    "int",
                    Presence::Default("0"),
                    Place::Query("page"),
                    false,
                ),
                Arg::new(
                    "rule_ids",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Query("ruleIds"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/rules-history",
                    &[],
                    "DataQualityRuleSetGetRulesHistory",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssDataQualityRuleSet::delete_rules_history`.
        pub static DATA_QUALITY_RULE_SET_DELETE_RULES_HISTORY: Endpoint = Endpoint::new(
            "DssDataQualityRuleSet",
            "delete_rules_history",
            crate::rt::Server::DSS,
            "Deletes the history of the rules' results on a partition.",
            &[Arg::new("partition", "str", Presence::Default("NP"), Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/datasets/{dataset_name}/data-quality/history/{partition}",
                    &[],
                    "DataQualityRuleSetDeleteRulesHistory",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::DATASET_GET_DATA_QUALITY_RULES,
        &endpoints::PROJECT_GET_DATA_QUALITY_STATUS,
        &endpoints::PROJECT_GET_DATA_QUALITY_TIMELINE,
        &endpoints::DATA_QUALITY_RULE_SET_LIST_RULES,
        &endpoints::DATA_QUALITY_RULE_SET_CREATE_RULE,
        &endpoints::DATA_QUALITY_RULE_SET_GET_PARTITIONS_STATUS,
        &endpoints::DATA_QUALITY_RULE_SET_COMPUTE_RULES,
        &endpoints::DATA_QUALITY_RULE_SET_GET_STATUS,
        &endpoints::DATA_QUALITY_RULE_SET_GET_STATUS_BY_PARTITION,
        &endpoints::DATA_QUALITY_RULE_SET_GET_LAST_RULES_RESULTS,
        &endpoints::DATA_QUALITY_RULE_SET_GET_RULES_HISTORY,
        &endpoints::DATA_QUALITY_RULE_SET_DELETE_RULES_HISTORY,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssDataQualityRuleSet",
                doc: "The data quality rules of a dataset (dataikuapi's `DSSDataQualityRuleSet`).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "dataset_name",
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
    impl super::handles::DssDataset {
        /**A handle on the dataset's data quality rules.

Builds a handle; sends no request.*/
        pub fn get_data_quality_rules(&self) -> super::handles::DssDataQualityRuleSet {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_dataset_name = ::core::clone::Clone::clone(&self.dataset_name);
                super::handles::DssDataQualityRuleSet {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    dataset_name: __f_dataset_name,
                }
            }
        }
    }
    impl super::handles::DssProject {
        /**Reads the data quality status of the project's datasets.

`GET /projects/{project_key}/data-quality/status`

Optional arguments, set by name on the returned request:
- `only_monitored`: Default: `true`. Sent as query parameter `onlyMonitored`.

Returns a [`ProjectGetDataQualityStatus`](requests::ProjectGetDataQualityStatus) request; nothing is sent until `.send()`.*/
        pub fn get_data_quality_status(
            &self,
        ) -> requests::ProjectGetDataQualityStatus<'_> {
            requests::ProjectGetDataQualityStatus {
                __owner: self,
                only_monitored: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the timeline of the data quality of the project's datasets
(changes of status), between two dates.

`GET /projects/{project_key}/data-quality/timeline`

Optional arguments, set by name on the returned request:
- `min_timestamp`: Unset by default (then left out). Sent as query parameter `minTimestamp`.
- `max_timestamp`: Unset by default (then left out). Sent as query parameter `maxTimestamp`.

Returns a [`ProjectGetDataQualityTimeline`](requests::ProjectGetDataQualityTimeline) request; nothing is sent until `.send()`.*/
        pub fn get_data_quality_timeline(
            &self,
        ) -> requests::ProjectGetDataQualityTimeline<'_> {
            requests::ProjectGetDataQualityTimeline {
                __owner: self,
                min_timestamp: None,
                max_timestamp: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataQualityRuleSet {
        /**Lists the dataset's rules (each `{"id", "displayName", "type",
...}`).

`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/rules`

Returns a [`DataQualityRuleSetListRules`](requests::DataQualityRuleSetListRules) request; nothing is sent until `.send()`.*/
        pub fn list_rules(&self) -> requests::DataQualityRuleSetListRules<'_> {
            requests::DataQualityRuleSetListRules {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a rule and returns it as DSS saved it.

`POST /projects/{project_key}/datasets/{dataset_name}/data-quality/rules`

Never retried: sending it twice could do the work twice.

Arguments:
- `config`: The rule's definition (`{"type", "displayName", ...}`). Sent as the JSON body.

Returns a [`DataQualityRuleSetCreateRule`](requests::DataQualityRuleSetCreateRule) request; nothing is sent until `.send()`.*/
        pub fn create_rule(
            &self,
            config: impl Into<::serde_json::Value>,
        ) -> requests::DataQualityRuleSetCreateRule<'_> {
            requests::DataQualityRuleSetCreateRule {
                __owner: self,
                config: config.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the data quality status of some partitions.

`POST /projects/{project_key}/datasets/{dataset_name}/data-quality/get-partitions-status`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `partitions`: Default: `["NP"]`. Sent as query parameter `partitions`, repeated for each item.

Returns a [`DataQualityRuleSetGetPartitionsStatus`](requests::DataQualityRuleSetGetPartitionsStatus) request; nothing is sent until `.send()`.*/
        pub fn get_partitions_status(
            &self,
        ) -> requests::DataQualityRuleSetGetPartitionsStatus<'_> {
            requests::DataQualityRuleSetGetPartitionsStatus {
                __owner: self,
                partitions: ::std::vec![String::from("NP")],
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes the dataset's rules on a partition; returns the task.

`POST /projects/{project_key}/datasets/{dataset_name}/data-quality/actions/compute-rules`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `partition`: Default: `NP`. Sent as query parameter `partition`.

Returns a [`DataQualityRuleSetComputeRules`](requests::DataQualityRuleSetComputeRules) request; nothing is sent until `.send()`.*/
        pub fn compute_rules(&self) -> requests::DataQualityRuleSetComputeRules<'_> {
            requests::DataQualityRuleSetComputeRules {
                __owner: self,
                partition: String::from("NP"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the dataset's data quality status.

`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/status`

Returns a [`DataQualityRuleSetGetStatus`](requests::DataQualityRuleSetGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::DataQualityRuleSetGetStatus<'_> {
            requests::DataQualityRuleSetGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the dataset's data quality status, partition by partition.

`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/status-by-partition`

Optional arguments, set by name on the returned request:
- `include_all_partitions`: Default: `false`. Sent as query parameter `includeAllPartitions`.

Returns a [`DataQualityRuleSetGetStatusByPartition`](requests::DataQualityRuleSetGetStatusByPartition) request; nothing is sent until `.send()`.*/
        pub fn get_status_by_partition(
            &self,
        ) -> requests::DataQualityRuleSetGetStatusByPartition<'_> {
            requests::DataQualityRuleSetGetStatusByPartition {
                __owner: self,
                include_all_partitions: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the last result of each rule on a partition.

`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/last-rules-result`

Optional arguments, set by name on the returned request:
- `partition`: Default: `NP`. Sent as query parameter `partition`.

Returns a [`DataQualityRuleSetGetLastRulesResults`](requests::DataQualityRuleSetGetLastRulesResults) request; nothing is sent until `.send()`.*/
        pub fn get_last_rules_results(
            &self,
        ) -> requests::DataQualityRuleSetGetLastRulesResults<'_> {
            requests::DataQualityRuleSetGetLastRulesResults {
                __owner: self,
                partition: String::from("NP"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the results of the rules over time, a page at a time.

`GET /projects/{project_key}/datasets/{dataset_name}/data-quality/rules-history`

Optional arguments, set by name on the returned request:
- `min_timestamp`: Unset by default (then left out). Sent as query parameter `minTimestamp`.
- `max_timestamp`: Unset by default (then left out). Sent as query parameter `maxTimestamp`.
- `results_per_page`: Default: `10000`. Sent as query parameter `resultsPerPage`.
- `page`: Default: `0`. Sent as query parameter `page`.
- `rule_ids`: Default: `[]`. Sent as query parameter `ruleIds`, repeated for each item.

Returns a [`DataQualityRuleSetGetRulesHistory`](requests::DataQualityRuleSetGetRulesHistory) request; nothing is sent until `.send()`.*/
        pub fn get_rules_history(
            &self,
        ) -> requests::DataQualityRuleSetGetRulesHistory<'_> {
            requests::DataQualityRuleSetGetRulesHistory {
                __owner: self,
                min_timestamp: None,
                max_timestamp: None,
                results_per_page: 10000i64,
                page: 0i64,
                rule_ids: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the history of the rules' results on a partition.

`DELETE /projects/{project_key}/datasets/{dataset_name}/data-quality/history/{partition}`

Optional arguments, set by name on the returned request:
- `partition`: Default: `NP`. Sent as a path segment.

Returns a [`DataQualityRuleSetDeleteRulesHistory`](requests::DataQualityRuleSetDeleteRulesHistory) request; nothing is sent until `.send()`.*/
        pub fn delete_rules_history(
            &self,
        ) -> requests::DataQualityRuleSetDeleteRulesHistory<'_> {
            requests::DataQualityRuleSetDeleteRulesHistory {
                __owner: self,
                partition: String::from("NP"),
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
                ("DssProject", "get_data_quality_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_data_quality_status();
                        let __endpoint = requests::ProjectGetDataQualityStatus::ENDPOINT;
                        if let Some(__v) = args.opt_bool("only_monitored")? {
                            __r = __r.only_monitored(__v);
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
                ("DssProject", "get_data_quality_timeline") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_data_quality_timeline();
                        let __endpoint = requests::ProjectGetDataQualityTimeline::ENDPOINT;
                        if let Some(__v) = args.opt_int("min_timestamp")? {
                            __r = __r.min_timestamp(__v);
                        }
                        if let Some(__v) = args.opt_int("max_timestamp")? {
                            __r = __r.max_timestamp(__v);
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
                ("DssDataQualityRuleSet", "list_rules") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_rules();
                        let __endpoint = requests::DataQualityRuleSetListRules::ENDPOINT;
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
                ("DssDataQualityRuleSet", "create_rule") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_rule(args.json("config")?);
                        let __endpoint = requests::DataQualityRuleSetCreateRule::ENDPOINT;
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
                ("DssDataQualityRuleSet", "get_partitions_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_partitions_status();
                        let __endpoint = requests::DataQualityRuleSetGetPartitionsStatus::ENDPOINT;
                        if let Some(__v) = args.opt_strings("partitions")? {
                            __r = __r.partitions(__v);
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
                ("DssDataQualityRuleSet", "compute_rules") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.compute_rules();
                        let __endpoint = requests::DataQualityRuleSetComputeRules::ENDPOINT;
                        if let Some(__v) = args.opt_str("partition")? {
                            __r = __r.partition(__v);
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
                ("DssDataQualityRuleSet", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::DataQualityRuleSetGetStatus::ENDPOINT;
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
                ("DssDataQualityRuleSet", "get_status_by_partition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status_by_partition();
                        let __endpoint = requests::DataQualityRuleSetGetStatusByPartition::ENDPOINT;
                        if let Some(__v) = args.opt_bool("include_all_partitions")? {
                            __r = __r.include_all_partitions(__v);
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
                ("DssDataQualityRuleSet", "get_last_rules_results") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_rules_results();
                        let __endpoint = requests::DataQualityRuleSetGetLastRulesResults::ENDPOINT;
                        if let Some(__v) = args.opt_str("partition")? {
                            __r = __r.partition(__v);
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
                ("DssDataQualityRuleSet", "get_rules_history") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_rules_history();
                        let __endpoint = requests::DataQualityRuleSetGetRulesHistory::ENDPOINT;
                        if let Some(__v) = args.opt_int("min_timestamp")? {
                            __r = __r.min_timestamp(__v);
                        }
                        if let Some(__v) = args.opt_int("max_timestamp")? {
                            __r = __r.max_timestamp(__v);
                        }
                        if let Some(__v) = args.opt_int("results_per_page")? {
                            __r = __r.results_per_page(__v);
                        }
                        if let Some(__v) = args.opt_int("page")? {
                            __r = __r.page(__v);
                        }
                        if let Some(__v) = args.opt_strings("rule_ids")? {
                            __r = __r.rule_ids(__v);
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
                ("DssDataQualityRuleSet", "delete_rules_history") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataQualityRuleSet", ids)?;
                        let __owner = super::handles::DssDataQualityRuleSet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_rules_history();
                        let __endpoint = requests::DataQualityRuleSetDeleteRulesHistory::ENDPOINT;
                        if let Some(__v) = args.opt_str("partition")? {
                            __r = __r.partition(__v);
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
            let handle = super::handles::DssDataQualityRuleSet {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dataset_name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssDataQualityRuleSet"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
