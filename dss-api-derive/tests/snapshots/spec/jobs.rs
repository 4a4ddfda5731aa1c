// The expansion of `jobs.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/jobs.dss`.
pub mod spec_jobs {
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
        /**A job of a project (a build of datasets, managed folders, models, ...),
named by its project and its id.*/
        #[derive(Clone)]
        pub struct DssJob {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) last_status: Option<JobStatus>,
        }
        impl DssJob {
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
        impl ::core::fmt::Debug for DssJob {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssJob")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
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
        ///The definition of a job, as DSS repeats it in job lists and statuses.
        #[derive(Clone, PartialEq)]
        pub struct JobDefinitionSummary {
            ///The job's id.
            pub id: Option<String>,
            ///The project the job belongs to.
            pub project_key: Option<String>,
            ///The kind of build (`NON_RECURSIVE_FORCED_BUILD`, `RECURSIVE_BUILD`, ...).
            pub r#type: Option<String>,
            ///Login of the user who started the job.
            pub initiator: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for JobDefinitionSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = JobDefinitionSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `JobDefinitionSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<JobDefinitionSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_initiator: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "id",
                                    )?;
                                }
                                "projectKey" => {
                                    __m_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectKey",
                                    )?;
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "initiator" => {
                                    __m_initiator = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "initiator",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(JobDefinitionSummary {
                            id: __m_id,
                            project_key: __m_project_key,
                            r#type: __m_type,
                            initiator: __m_initiator,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for JobDefinitionSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "id",
                    &self.id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "initiator",
                    &self.initiator,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for JobDefinitionSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("JobDefinitionSummary")
                    .field("id", &self.id)
                    .field("project_key", &self.project_key)
                    .field("type", &self.r#type)
                    .field("initiator", &self.initiator)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl JobDefinitionSummary {}
        /**A job as listed by `list_jobs` and `list_running_jobs`. Its id is in
`def.id` (or `jobId` when DSS writes one); `to_handle` finds it.*/
        #[derive(Clone, PartialEq)]
        pub struct JobSummary {
            ///The job's id, when DSS writes it at the top level.
            pub job_id: Option<String>,
            ///The job's project, when DSS writes it at the top level.
            pub project_key: Option<String>,
            ///The job's definition (id, project, type, initiator).
            pub def: Option<JobDefinitionSummary>,
            /**The job's state as DSS writes it (`RUNNING`, `DONE`, ...); typed by
`job_state()`.*/
            pub state: Option<String>,
            ///Start time, in milliseconds since the Unix epoch.
            pub start_time: Option<i64>,
            /**End time, in milliseconds since the Unix epoch (absent or 0 while
the job runs).*/
            pub end_time: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for JobSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = JobSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `JobSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<JobSummary, __A::Error> {
                        let mut __m_job_id: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_def: Option<JobDefinitionSummary> = None;
                        let mut __m_state: Option<String> = None;
                        let mut __m_start_time: Option<i64> = None;
                        let mut __m_end_time: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "jobId" => {
                                    __m_job_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "jobId",
                                    )?;
                                }
                                "projectKey" => {
                                    __m_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectKey",
                                    )?;
                                }
                                "def" => {
                                    __m_def = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "def",
                                    )?;
                                }
                                "state" => {
                                    __m_state = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "state",
                                    )?;
                                }
                                "startTime" => {
                                    __m_start_time = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "startTime",
                                    )?;
                                }
                                "endTime" => {
                                    __m_end_time = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "endTime",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(JobSummary {
                            job_id: __m_job_id,
                            project_key: __m_project_key,
                            def: __m_def,
                            state: __m_state,
                            start_time: __m_start_time,
                            end_time: __m_end_time,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for JobSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "jobId",
                    &self.job_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "def",
                    &self.def,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "state",
                    &self.state,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "startTime",
                    &self.start_time,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "endTime",
                    &self.end_time,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for JobSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("JobSummary")
                    .field("job_id", &self.job_id)
                    .field("project_key", &self.project_key)
                    .field("def", &self.def)
                    .field("state", &self.state)
                    .field("start_time", &self.start_time)
                    .field("end_time", &self.end_time)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl JobSummary {}
        ///The base status of a job: its definition, state and times.
        #[derive(Clone, PartialEq)]
        pub struct JobBaseStatus {
            ///The job's definition.
            pub def: Option<JobDefinitionSummary>,
            /**The job's state as DSS writes it (`NOT_STARTED`, `RUNNING`, `DONE`,
`FAILED`, `ABORTED`, ...); typed by [`JobStatus::state`](crate::JobStatus::state).*/
            pub state: Option<String>,
            ///Start time, in milliseconds since the Unix epoch (0 before it starts).
            pub job_start_time: Option<i64>,
            ///End time, in milliseconds since the Unix epoch (0 while it runs).
            pub job_end_time: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for JobBaseStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = JobBaseStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `JobBaseStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<JobBaseStatus, __A::Error> {
                        let mut __m_def: Option<JobDefinitionSummary> = None;
                        let mut __m_state: Option<String> = None;
                        let mut __m_job_start_time: Option<i64> = None;
                        let mut __m_job_end_time: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "def" => {
                                    __m_def = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "def",
                                    )?;
                                }
                                "state" => {
                                    __m_state = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "state",
                                    )?;
                                }
                                "jobStartTime" => {
                                    __m_job_start_time = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "jobStartTime",
                                    )?;
                                }
                                "jobEndTime" => {
                                    __m_job_end_time = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "jobEndTime",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(JobBaseStatus {
                            def: __m_def,
                            state: __m_state,
                            job_start_time: __m_job_start_time,
                            job_end_time: __m_job_end_time,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for JobBaseStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "def",
                    &self.def,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "state",
                    &self.state,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "jobStartTime",
                    &self.job_start_time,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "jobEndTime",
                    &self.job_end_time,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for JobBaseStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("JobBaseStatus")
                    .field("def", &self.def)
                    .field("state", &self.state)
                    .field("job_start_time", &self.job_start_time)
                    .field("job_end_time", &self.job_end_time)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl JobBaseStatus {}
        /**The status of a job (`DssJob::get_status`): its base status and the
counts of its activities.*/
        #[derive(Clone, PartialEq)]
        pub struct JobStatus {
            ///The job's definition, state and times.
            pub base_status: Option<JobBaseStatus>,
            ///Counts of the job's activities (`done`, `failed`, `running`, `total`, ...).
            pub global_state: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for JobStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = JobStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `JobStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<JobStatus, __A::Error> {
                        let mut __m_base_status: Option<JobBaseStatus> = None;
                        let mut __m_global_state: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "baseStatus" => {
                                    __m_base_status = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "baseStatus",
                                    )?;
                                }
                                "globalState" => {
                                    __m_global_state = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "globalState",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(JobStatus {
                            base_status: __m_base_status,
                            global_state: __m_global_state,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for JobStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "baseStatus",
                    &self.base_status,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "globalState",
                    &self.global_state,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for JobStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("JobStatus")
                    .field("base_status", &self.base_status)
                    .field("global_state", &self.global_state)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl JobStatus {}
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
        ///Request value of [`DssClient::list_running_jobs`](crate::rt::DssClient::list_running_jobs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListRunningJobs<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) all_users: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListRunningJobs<'a> {
            /**Also list other users' jobs (needs admin rights for all of them).

Default: `true`. Sent as query parameter `allUsers`.*/
            pub fn all_users(mut self, all_users: bool) -> Self {
                self.all_users = all_users;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, all_users, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/jobs/running/");
                __call.query("allUsers", &all_users);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListRunningJobs, super::endpoints::LIST_RUNNING_JOBS, json(Vec < JobSummary
            >, "Sends the request (`GET /jobs/running/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListRunningJobs<'_> {}
        ///Request value of [`DssProject::list_jobs`](super::super::handles::DssProject::list_jobs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListJobs<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListJobs<'a> {
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
                __call.lit("/jobs/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListJobs, super::endpoints::PROJECT_LIST_JOBS, json(Vec < JobSummary
            >,
            "Sends the request (`GET /projects/{project_key}/jobs/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListJobs<'_> {}
        ///Request value of [`DssProject::list_running_jobs`](super::super::handles::DssProject::list_running_jobs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListRunningJobs<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListRunningJobs<'a> {
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
                __call.lit("/jobs/running/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListRunningJobs, super::endpoints::PROJECT_LIST_RUNNING_JOBS, json(Vec
            < JobSummary >,
            "Sends the request (`GET /projects/{project_key}/jobs/running/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListRunningJobs<'_> {}
        ///Request value of [`DssProject::start_job`](super::super::handles::DssProject::start_job): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStartJob<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStartJob<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, definition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jobs/");
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/jobs/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssJob, crate::rt::Error> {
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
                            let __f_last_status = ::core::default::Default::default();
                            super::super::handles::DssJob {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                                last_status: __f_last_status,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectStartJob, super::endpoints::PROJECT_START_JOB, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStartJob<'_> {}
        ///Request value of [`DssJob::get_status`](super::super::handles::DssJob::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JobGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJob,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JobGetStatus<'a> {
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
                __call.lit("/jobs/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JobGetStatus, super::endpoints::JOB_GET_STATUS, json(JobStatus,
            "Sends the request (`GET /projects/{project_key}/jobs/{id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JobGetStatus<'_> {}
        ///Request value of [`DssJob::get_log`](super::super::handles::DssJob::get_log): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JobGetLog<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJob,
            pub(crate) activity: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JobGetLog<'a> {
            /**Only the log of this activity (e.g. `compute_mydataset_NP`).

Unset by default (then left out). Sent as query parameter `activity`.*/
            pub fn activity(mut self, activity: impl Into<String>) -> Self {
                self.activity = Some(activity.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, activity, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jobs/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/log");
                __call.query("activity", &activity);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JobGetLog, super::endpoints::JOB_GET_LOG,
            stream("Sends the request (`GET /projects/{project_key}/jobs/{id}/log`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JobGetLog<'_> {}
        ///Request value of [`DssJob::abort`](super::super::handles::DssJob::abort): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JobAbort<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJob,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JobAbort<'a> {
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
                __call.lit("/jobs/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/abort");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JobAbort, super::endpoints::JOB_ABORT, json(Value,
            "Sends the request (`POST /projects/{project_key}/jobs/{id}/abort`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JobAbort<'_> {}
        crate::rt::request_list!(
            ListRunningJobs, ProjectListJobs, ProjectListRunningJobs, ProjectStartJob,
            JobGetStatus, JobGetLog, JobAbort
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_running_jobs`.
        pub static LIST_RUNNING_JOBS: Endpoint = Endpoint::new(
            "DssClient",
            "list_running_jobs",
            crate::rt::Server::DSS,
            "Lists the jobs running on the instance, in every project.",
            &[
                Arg::new(
                    "all_users",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("allUsers"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/jobs/running/",
                    &[],
                    "ListRunningJobs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JobSummary >"),
            [false, true, false],
        );
        ///`DssProject::list_jobs`.
        pub static PROJECT_LIST_JOBS: Endpoint = Endpoint::new(
            "DssProject",
            "list_jobs",
            crate::rt::Server::DSS,
            "Lists the project's jobs, the finished ones included.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jobs/",
                    &[],
                    "ProjectListJobs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JobSummary >"),
            [false, true, false],
        );
        ///`DssProject::list_running_jobs`.
        pub static PROJECT_LIST_RUNNING_JOBS: Endpoint = Endpoint::new(
            "DssProject",
            "list_running_jobs",
            crate::rt::Server::DSS,
            "Lists the project's running jobs.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jobs/running/",
                    &[],
                    "ProjectListRunningJobs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JobSummary >"),
            [false, true, false],
        );
        ///`DssProject::get_job`.
        pub static PROJECT_GET_JOB: Endpoint = Endpoint::new(
            "DssProject",
            "get_job",
            crate::rt::Server::DSS,
            "A handle on one job of the project, by id.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssJob"),
            [false, true, false],
        );
        ///`DssProject::start_job`.
        pub static PROJECT_START_JOB: Endpoint = Endpoint::new(
            "DssProject",
            "start_job",
            crate::rt::Server::DSS,
            "Starts a job from a definition written by hand (`type`, `outputs`, and optionally `refreshHiveMetastore` and `autoUpdateSchemaBeforeEachRecipeRun`) and returns a handle on it, with the id DSS gave it.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/jobs/",
                    &[],
                    "ProjectStartJob",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssJob"),
            [false, true, false],
        );
        ///`DssJob::get_status`.
        pub static JOB_GET_STATUS: Endpoint = Endpoint::new(
            "DssJob",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the job's status; `state()` of the answer is the job's state.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jobs/{id}/",
                    &[],
                    "JobGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("JobStatus"),
            [false, true, false],
        );
        ///`DssJob::get_log`.
        pub static JOB_GET_LOG: Endpoint = Endpoint::new(
            "DssJob",
            "get_log",
            crate::rt::Server::DSS,
            "The job's log, or the log of one of its activities, read as it arrives (a job's log can be large).",
            &[
                Arg::new(
                    "activity",
                    "str",
                    Presence::Optional,
                    Place::Query("activity"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jobs/{id}/log",
                    &[],
                    "JobGetLog",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssJob::abort`.
        pub static JOB_ABORT: Endpoint = Endpoint::new(
            "DssJob",
            "abort",
            crate::rt::Server::DSS,
            "Asks DSS to abort the job; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/jobs/{id}/abort",
                    &[],
                    "JobAbort",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::new_job`.
        pub static PROJECT_NEW_JOB: Endpoint = Endpoint::new(
            "DssProject",
            "new_job",
            crate::rt::Server::DSS,
            "A job definition builder: outputs, type, partitions; then `start` or `start_and_wait`.",
            &[],
            None,
            ResultKind::HandWritten("JobDefinitionBuilder"),
            [true, true, false],
        );
        ///`DssProject::start_job_and_wait`.
        pub static PROJECT_START_JOB_AND_WAIT: Endpoint = Endpoint::new(
            "DssProject",
            "start_job_and_wait",
            crate::rt::Server::DSS,
            "Starts a job from a definition and waits for it; returns its final state.",
            &[
                Arg::new(
                    "definition",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ProjectStartJobAndWait < '_ , 'static >"),
            [true, true, false],
        );
        ///`DssJob::wait`.
        pub static JOB_WAIT: Endpoint = Endpoint::new(
            "DssJob",
            "wait",
            crate::rt::Server::DSS,
            "Waits for the job to end (dataikuapi's `DSSJobWaiter.wait`); a failure is an error unless `no_fail`.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , JobStatus >"),
            [true, true, false],
        );
        ///`DssJob::last_status`.
        pub static JOB_LAST_STATUS: Endpoint = Endpoint::new(
            "DssJob",
            "last_status",
            crate::rt::Server::DSS,
            "The final status the wait that started the job saw (no request).",
            &[],
            None,
            ResultKind::HandWritten("Option < & JobStatus >"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_RUNNING_JOBS,
        &endpoints::PROJECT_LIST_JOBS,
        &endpoints::PROJECT_LIST_RUNNING_JOBS,
        &endpoints::PROJECT_GET_JOB,
        &endpoints::PROJECT_START_JOB,
        &endpoints::JOB_GET_STATUS,
        &endpoints::JOB_GET_LOG,
        &endpoints::JOB_ABORT,
        &endpoints::PROJECT_NEW_JOB,
        &endpoints::PROJECT_START_JOB_AND_WAIT,
        &endpoints::JOB_WAIT,
        &endpoints::JOB_LAST_STATUS,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssJob",
                doc: "A job of a project (a build of datasets, managed folders, models, ...), named by its project and its id.",
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
                    HandleField {
                        name: "last_status",
                        ty: Some("Option < JobStatus >"),
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
                name: "JobDefinitionSummary",
                doc: "The definition of a job, as DSS repeats it in job lists and statuses.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "initiator",
                        wire: "initiator",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "JobSummary",
                doc: "A job as listed by `list_jobs` and `list_running_jobs`.",
                members: &[
                    ModelMember {
                        name: "job_id",
                        wire: "jobId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "def",
                        wire: "def",
                        ty: "Option < JobDefinitionSummary >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "state",
                        wire: "state",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "start_time",
                        wire: "startTime",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "end_time",
                        wire: "endTime",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "JobBaseStatus",
                doc: "The base status of a job: its definition, state and times.",
                members: &[
                    ModelMember {
                        name: "def",
                        wire: "def",
                        ty: "Option < JobDefinitionSummary >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "state",
                        wire: "state",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "job_start_time",
                        wire: "jobStartTime",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "job_end_time",
                        wire: "jobEndTime",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "JobStatus",
                doc: "The status of a job (`DssJob::get_status`): its base status and the counts of its activities.",
                members: &[
                    ModelMember {
                        name: "base_status",
                        wire: "baseStatus",
                        ty: "Option < JobBaseStatus >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "global_state",
                        wire: "globalState",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the jobs running on the instance, in every project.

`GET /jobs/running/`

Optional arguments, set by name on the returned request:
- `all_users`: Default: `true`. Sent as query parameter `allUsers`.

Returns a [`ListRunningJobs`](requests::ListRunningJobs) request; nothing is sent until `.send()`.*/
        pub fn list_running_jobs(&self) -> requests::ListRunningJobs<'_> {
            requests::ListRunningJobs {
                __owner: self,
                all_users: true,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProject {
        /**Lists the project's jobs, the finished ones included.

`GET /projects/{project_key}/jobs/`

Returns a [`ProjectListJobs`](requests::ProjectListJobs) request; nothing is sent until `.send()`.*/
        pub fn list_jobs(&self) -> requests::ProjectListJobs<'_> {
            requests::ProjectListJobs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the project's running jobs.

`GET /projects/{project_key}/jobs/running/`

Returns a [`ProjectListRunningJobs`](requests::ProjectListRunningJobs) request; nothing is sent until `.send()`.*/
        pub fn list_running_jobs(&self) -> requests::ProjectListRunningJobs<'_> {
            requests::ProjectListRunningJobs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one job of the project, by id.

Builds a handle; sends no request.*/
        pub fn get_job(&self, id: impl Into<String>) -> super::handles::DssJob {
            let id = id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_id = id;
                let __f_last_status = ::core::default::Default::default();
                super::handles::DssJob {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    id: __f_id,
                    last_status: __f_last_status,
                }
            }
        }
        /**Starts a job from a definition written by hand (`type`, `outputs`,
and optionally `refreshHiveMetastore` and
`autoUpdateSchemaBeforeEachRecipeRun`) and returns a handle on it, with
the id DSS gave it. `new_job` builds such a definition.

`POST /projects/{project_key}/jobs/`

Never retried: sending it twice could do the work twice.

Arguments:
- `definition`: The job definition, sent as the JSON body. Sent as the JSON body.

Returns a [`ProjectStartJob`](requests::ProjectStartJob) request; nothing is sent until `.send()`.*/
        pub fn start_job(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::ProjectStartJob<'_> {
            requests::ProjectStartJob {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssJob {
        /**Reads the job's status; `state()` of the answer is the job's state.

`GET /projects/{project_key}/jobs/{id}/`

Returns a [`JobGetStatus`](requests::JobGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::JobGetStatus<'_> {
            requests::JobGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The job's log, or the log of one of its activities, read as it
arrives (a job's log can be large).

`GET /projects/{project_key}/jobs/{id}/log`

Optional arguments, set by name on the returned request:
- `activity`: Unset by default (then left out). Sent as query parameter `activity`.

Returns a [`JobGetLog`](requests::JobGetLog) request; nothing is sent until `.send()`.*/
        pub fn get_log(&self) -> requests::JobGetLog<'_> {
            requests::JobGetLog {
                __owner: self,
                activity: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks DSS to abort the job; returns DSS's answer.

`POST /projects/{project_key}/jobs/{id}/abort`

Never retried: sending it twice could do the work twice.

Returns a [`JobAbort`](requests::JobAbort) request; nothing is sent until `.send()`.*/
        pub fn abort(&self) -> requests::JobAbort<'_> {
            requests::JobAbort {
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
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_job(&self) -> JobDefinitionBuilder {
                    self.new_job()
                }
            }
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_start_job_and_wait(
                    &self,
                    definition: Value,
                ) -> ProjectStartJobAndWait<'_, 'static> {
                    self.start_job_and_wait(definition)
                }
            }
            impl super::handles::DssJob {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait(&self) -> Waiting<'_, 'static, JobStatus> {
                    self.wait()
                }
            }
            impl super::handles::DssJob {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_last_status(&self) -> Option<&JobStatus> {
                    self.last_status()
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
                ("DssClient", "list_running_jobs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_running_jobs();
                        let __endpoint = requests::ListRunningJobs::ENDPOINT;
                        if let Some(__v) = args.opt_bool("all_users")? {
                            __r = __r.all_users(__v);
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
                ("DssProject", "list_jobs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_jobs();
                        let __endpoint = requests::ProjectListJobs::ENDPOINT;
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
                ("DssProject", "list_running_jobs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_running_jobs();
                        let __endpoint = requests::ProjectListRunningJobs::ENDPOINT;
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
                ("DssProject", "start_job") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_job(args.json("definition")?);
                        let __endpoint = requests::ProjectStartJob::ENDPOINT;
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
                ("DssJob", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJob", ids)?;
                        let __owner = super::handles::DssJob {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            last_status: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::JobGetStatus::ENDPOINT;
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
                ("DssJob", "get_log") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJob", ids)?;
                        let __owner = super::handles::DssJob {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            last_status: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_log();
                        let __endpoint = requests::JobGetLog::ENDPOINT;
                        if let Some(__v) = args.opt_str("activity")? {
                            __r = __r.activity(__v);
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
                ("DssJob", "abort") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJob", ids)?;
                        let __owner = super::handles::DssJob {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            last_status: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.abort();
                        let __endpoint = requests::JobAbort::ENDPOINT;
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
            let model: super::models::JobDefinitionSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"projectKey\":\"plain\",\"type\":\"plain\",\"initiator\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "JobDefinitionSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "JobDefinitionSummary"
            );
            checked += 1;
            let model: super::models::JobSummary = ::serde_json::from_str(
                    "{\"jobId\":\"plain\",\"projectKey\":\"plain\",\"def\":{\"id\":\"plain\",\"projectKey\":\"plain\",\"type\":\"plain\",\"initiator\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"state\":\"plain\",\"startTime\":1,\"endTime\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "JobSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "JobSummary"
            );
            checked += 1;
            let model: super::models::JobBaseStatus = ::serde_json::from_str(
                    "{\"def\":{\"id\":\"plain\",\"projectKey\":\"plain\",\"type\":\"plain\",\"initiator\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"state\":\"plain\",\"jobStartTime\":1,\"jobEndTime\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "JobBaseStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "JobBaseStatus"
            );
            checked += 1;
            let model: super::models::JobStatus = ::serde_json::from_str(
                    "{\"baseStatus\":{\"def\":{\"id\":\"plain\",\"projectKey\":\"plain\",\"type\":\"plain\",\"initiator\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"state\":\"plain\",\"jobStartTime\":1,\"jobEndTime\":1,\"unknownMember\":\"SECRET-0b7c2f\"},\"globalState\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "JobStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "JobStatus"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssJob {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                id: ::std::string::String::from("plain"),
                last_status: ::serde_json::from_str(
                        "{\"baseStatus\":{\"def\":{\"id\":\"plain\",\"projectKey\":\"plain\",\"type\":\"plain\",\"initiator\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"state\":\"plain\",\"jobStartTime\":1,\"jobEndTime\":1,\"unknownMember\":\"SECRET-0b7c2f\"},\"globalState\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssJob", "last_status")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssJob"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
