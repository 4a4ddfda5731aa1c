// The expansion of `testing.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/testing.dss`.
pub mod spec_testing {
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
        /**A wait for the end of the scenario run a trigger fire started
(dataikuapi's `DSSScenarioRunWaiter`), made from the run and its fire
(`DssScenarioRunWaiter::from((run, fire))`), holding the run as last
read.*/
        #[derive(Clone)]
        pub struct DssScenarioRunWaiter {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) scenario_id: String,
            pub(crate) trigger_id: String,
            pub(crate) trigger_run_id: String,
            pub(crate) run: Option<ScenarioRunInfo>,
        }
        impl DssScenarioRunWaiter {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `scenario_id` this handle points at.
            pub fn scenario_id(&self) -> &str {
                &self.scenario_id
            }
            ///The `trigger_id` this handle points at.
            pub fn trigger_id(&self) -> &str {
                &self.trigger_id
            }
            ///The `trigger_run_id` this handle points at.
            pub fn trigger_run_id(&self) -> &str {
                &self.trigger_run_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssScenarioRunWaiter {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssScenarioRunWaiter")
                    .field("project_key", &self.project_key)
                    .field("scenario_id", &self.scenario_id)
                    .field("trigger_id", &self.trigger_id)
                    .field("trigger_run_id", &self.trigger_run_id)
                    .finish_non_exhaustive()
            }
        }
        /**A wait for the end of a job (dataikuapi's `DSSJobWaiter`), made from
the job (`DssJobWaiter::from(&job)`).*/
        #[derive(Clone)]
        pub struct DssJobWaiter {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
        }
        impl DssJobWaiter {
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
        impl ::core::fmt::Debug for DssJobWaiter {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssJobWaiter")
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
        ///Request value of [`DssProject::get_testing_status`](super::super::handles::DssProject::get_testing_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetTestingStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetTestingStatus<'a> {
            /**The bundle the tests ran on (the project itself when unset).

Unset by default (then left out). Sent as query parameter `bundleId`.*/
            pub fn bundle_id(mut self, bundle_id: impl Into<String>) -> Self {
                self.bundle_id = Some(bundle_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/testing-status");
                __call.query("bundleId", &bundle_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetTestingStatus, super::endpoints::PROJECT_GET_TESTING_STATUS,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/scenarios/testing-status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetTestingStatus<'_> {}
        ///Request value of [`DssProject::get_last_test_scenario_runs_report`](super::super::handles::DssProject::get_last_test_scenario_runs_report): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetLastTestScenarioRunsReport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetLastTestScenarioRunsReport<'a> {
            /**The bundle the tests ran on (the project itself when unset).

Unset by default (then left out). Sent as query parameter `bundleId`.*/
            pub fn bundle_id(mut self, bundle_id: impl Into<String>) -> Self {
                self.bundle_id = Some(bundle_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/last-test-scenario-runs-report");
                __call.query("bundleId", &bundle_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetLastTestScenarioRunsReport,
            super::endpoints::PROJECT_GET_LAST_TEST_SCENARIO_RUNS_REPORT,
            stream("Sends the request (`GET /projects/{project_key}/scenarios/last-test-scenario-runs-report`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetLastTestScenarioRunsReport<'_> {}
        ///Request value of [`DssProject::get_last_test_scenario_runs_html_report`](super::super::handles::DssProject::get_last_test_scenario_runs_html_report): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetLastTestScenarioRunsHtmlReport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetLastTestScenarioRunsHtmlReport<'a> {
            /**The bundle the tests ran on (the project itself when unset).

Unset by default (then left out). Sent as query parameter `bundleId`.*/
            pub fn bundle_id(mut self, bundle_id: impl Into<String>) -> Self {
                self.bundle_id = Some(bundle_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/last-test-scenario-runs-html-report");
                __call.query("bundleId", &bundle_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetLastTestScenarioRunsHtmlReport,
            super::endpoints::PROJECT_GET_LAST_TEST_SCENARIO_RUNS_HTML_REPORT,
            stream("Sends the request (`GET /projects/{project_key}/scenarios/last-test-scenario-runs-html-report`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetLastTestScenarioRunsHtmlReport<'_> {}
        ///Request value of [`DssScenarioRun::get_report`](super::super::handles::DssScenarioRun::get_report): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioRunGetReport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenarioRun,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioRunGetReport<'a> {
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
                __call.lit("/scenarios/");
                __call.segment("scenario_id", &__owner.scenario_id, false)?;
                __call.lit("/");
                __call.segment("run_id", &__owner.run_id, false)?;
                __call.lit("/scenario-run-report");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioRunGetReport, super::endpoints::SCENARIO_RUN_GET_REPORT,
            stream("Sends the request (`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/scenario-run-report`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioRunGetReport<'_> {}
        ///Request value of [`DssScenarioRun::get_step_run_report`](super::super::handles::DssScenarioRun::get_step_run_report): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioRunGetStepRunReport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenarioRun,
            pub(crate) step_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioRunGetStepRunReport<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, step_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("scenario_id", &__owner.scenario_id, false)?;
                __call.lit("/");
                __call.segment("run_id", &__owner.run_id, false)?;
                __call.lit("/step-run-report");
                __call.query("stepId", &step_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioRunGetStepRunReport,
            super::endpoints::SCENARIO_RUN_GET_STEP_RUN_REPORT,
            stream("Sends the request (`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/step-run-report`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioRunGetStepRunReport<'_> {}
        crate::rt::request_list!(
            ProjectGetTestingStatus, ProjectGetLastTestScenarioRunsReport,
            ProjectGetLastTestScenarioRunsHtmlReport, ScenarioRunGetReport,
            ScenarioRunGetStepRunReport
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::get_testing_status`.
        pub static PROJECT_GET_TESTING_STATUS: Endpoint = Endpoint::new(
            "DssProject",
            "get_testing_status",
            crate::rt::Server::DSS,
            "Reads the testing status of the project: how many test scenarios ran, by outcome.",
            &[
                Arg::new(
                    "bundle_id",
                    "str",
                    Presence::Optional,
                    Place::Query("bundleId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/testing-status",
                    &[],
                    "ProjectGetTestingStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_last_test_scenario_runs_report`.
        pub static PROJECT_GET_LAST_TEST_SCENARIO_RUNS_REPORT: Endpoint = Endpoint::new(
            "DssProject",
            "get_last_test_scenario_runs_report",
            crate::rt::Server::DSS,
            "Reads the report of the last runs of the project's test scenarios (JUnit XML), as it arrives.",
            &[
                Arg::new(
                    "bundle_id",
                    "str",
                    Presence::Optional,
                    Place::Query("bundleId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/last-test-scenario-runs-report",
                    &[],
                    "ProjectGetLastTestScenarioRunsReport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssProject::get_last_test_scenario_runs_html_report`.
        pub static PROJECT_GET_LAST_TEST_SCENARIO_RUNS_HTML_REPORT: Endpoint = Endpoint::new(
            "DssProject",
            "get_last_test_scenario_runs_html_report",
            crate::rt::Server::DSS,
            "Reads the report of the last runs of the project's test scenarios, as an HTML page, as it arrives.",
            &[
                Arg::new(
                    "bundle_id",
                    "str",
                    Presence::Optional,
                    Place::Query("bundleId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/last-test-scenario-runs-html-report",
                    &[],
                    "ProjectGetLastTestScenarioRunsHtmlReport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssProject::list_test_scenarios`.
        pub static PROJECT_LIST_TEST_SCENARIOS: Endpoint = Endpoint::new(
            "DssProject",
            "list_test_scenarios",
            crate::rt::Server::DSS,
            "The scenarios of the project marked as tests (`list_scenarios`, kept where `markedAsTest`).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssScenario > >"),
            [true, true, false],
        );
        ///`DssScenarioRun::get_report`.
        pub static SCENARIO_RUN_GET_REPORT: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_report",
            crate::rt::Server::DSS,
            "Reads the report of this run of a test scenario (JUnit XML), as it arrives.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{scenario_id}/{run_id}/scenario-run-report",
                    &[],
                    "ScenarioRunGetReport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssScenarioRun::get_step_run_report`.
        pub static SCENARIO_RUN_GET_STEP_RUN_REPORT: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_step_run_report",
            crate::rt::Server::DSS,
            "Reads the report of one step of this run of a test scenario, as it arrives (test scenarios only, as `get_report`).",
            &[
                Arg::new(
                    "step_id",
                    "str",
                    Presence::Required,
                    Place::Query("stepId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{scenario_id}/{run_id}/step-run-report",
                    &[],
                    "ScenarioRunGetStepRunReport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssScenarioRun::get_start_time`.
        pub static SCENARIO_RUN_GET_START_TIME: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_start_time",
            crate::rt::Server::DSS,
            "When the run started (dataikuapi's `start_time`).",
            &[],
            None,
            ResultKind::HandWritten("Option < std :: time :: SystemTime >"),
            [true, true, false],
        );
        ///`DssScenarioRun::get_end_time`.
        pub static SCENARIO_RUN_GET_END_TIME: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_end_time",
            crate::rt::Server::DSS,
            "When the run ended; `None` while it runs (dataikuapi raises).",
            &[],
            None,
            ResultKind::HandWritten("Option < std :: time :: SystemTime >"),
            [true, true, false],
        );
        ///`DssScenarioRun::get_duration`.
        pub static SCENARIO_RUN_GET_DURATION: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_duration",
            crate::rt::Server::DSS,
            "How long the run took, or has been going for.",
            &[],
            None,
            ResultKind::HandWritten("Option < std :: time :: Duration >"),
            [true, true, false],
        );
        ///`DssScenario::get_average_duration`.
        pub static SCENARIO_GET_AVERAGE_DURATION: Endpoint = Endpoint::new(
            "DssScenario",
            "get_average_duration",
            crate::rt::Server::DSS,
            "The mean duration of the last finished runs (3 unless set), `None` when there are fewer.",
            &[],
            None,
            ResultKind::HandWritten("ScenarioGetAverageDuration < '_ >"),
            [true, true, false],
        );
        ///`DssScenarioRunWaiter::wait`.
        pub static SCENARIO_RUN_WAITER_WAIT: Endpoint = Endpoint::new(
            "DssScenarioRunWaiter",
            "wait",
            crate::rt::Server::DSS,
            "Waits for the run to end, reading it from its trigger fire; a failed outcome is an error unless `no_fail`.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , DssScenarioRun >"),
            [true, true, false],
        );
        ///`DssJobWaiter::wait`.
        pub static JOB_WAITER_WAIT: Endpoint = Endpoint::new(
            "DssJobWaiter",
            "wait",
            crate::rt::Server::DSS,
            "Waits for the job to end; a failure is an error unless `no_fail`.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , JobState >"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_GET_TESTING_STATUS,
        &endpoints::PROJECT_GET_LAST_TEST_SCENARIO_RUNS_REPORT,
        &endpoints::PROJECT_GET_LAST_TEST_SCENARIO_RUNS_HTML_REPORT,
        &endpoints::PROJECT_LIST_TEST_SCENARIOS,
        &endpoints::SCENARIO_RUN_GET_REPORT,
        &endpoints::SCENARIO_RUN_GET_STEP_RUN_REPORT,
        &endpoints::SCENARIO_RUN_GET_START_TIME,
        &endpoints::SCENARIO_RUN_GET_END_TIME,
        &endpoints::SCENARIO_RUN_GET_DURATION,
        &endpoints::SCENARIO_GET_AVERAGE_DURATION,
        &endpoints::SCENARIO_RUN_WAITER_WAIT,
        &endpoints::JOB_WAITER_WAIT,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssScenarioRunWaiter",
                doc: "A wait for the end of the scenario run a trigger fire started (dataikuapi's `DSSScenarioRunWaiter`), made from the run and its fire (`DssScenarioRunWaiter::from((run, fire))`), holding the run as last read.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "scenario_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "trigger_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "trigger_run_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "run",
                        ty: Some("Option < ScenarioRunInfo >"),
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssJobWaiter",
                doc: "A wait for the end of a job (dataikuapi's `DSSJobWaiter`), made from the job (`DssJobWaiter::from(&job)`).",
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
    impl super::handles::DssProject {
        /**Reads the testing status of the project: how many test scenarios
ran, by outcome.

`GET /projects/{project_key}/scenarios/testing-status`

Optional arguments, set by name on the returned request:
- `bundle_id`: Unset by default (then left out). Sent as query parameter `bundleId`.

Returns a [`ProjectGetTestingStatus`](requests::ProjectGetTestingStatus) request; nothing is sent until `.send()`.*/
        pub fn get_testing_status(&self) -> requests::ProjectGetTestingStatus<'_> {
            requests::ProjectGetTestingStatus {
                __owner: self,
                bundle_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the report of the last runs of the project's test scenarios
(JUnit XML), as it arrives.

`GET /projects/{project_key}/scenarios/last-test-scenario-runs-report`

Optional arguments, set by name on the returned request:
- `bundle_id`: Unset by default (then left out). Sent as query parameter `bundleId`.

Returns a [`ProjectGetLastTestScenarioRunsReport`](requests::ProjectGetLastTestScenarioRunsReport) request; nothing is sent until `.send()`.*/
        pub fn get_last_test_scenario_runs_report(
            &self,
        ) -> requests::ProjectGetLastTestScenarioRunsReport<'_> {
            requests::ProjectGetLastTestScenarioRunsReport {
                __owner: self,
                bundle_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the report of the last runs of the project's test scenarios,
as an HTML page, as it arrives.

`GET /projects/{project_key}/scenarios/last-test-scenario-runs-html-report`

Optional arguments, set by name on the returned request:
- `bundle_id`: Unset by default (then left out). Sent as query parameter `bundleId`.

Returns a [`ProjectGetLastTestScenarioRunsHtmlReport`](requests::ProjectGetLastTestScenarioRunsHtmlReport) request; nothing is sent until `.send()`.*/
        pub fn get_last_test_scenario_runs_html_report(
            &self,
        ) -> requests::ProjectGetLastTestScenarioRunsHtmlReport<'_> {
            requests::ProjectGetLastTestScenarioRunsHtmlReport {
                __owner: self,
                bundle_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssScenarioRun {
        /**Reads the report of this run of a test scenario (JUnit XML), as it
arrives. DSS has reports for the runs of test scenarios only
(dataikuapi refuses before asking when the run's scenario is not
marked as a test).

`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/scenario-run-report`

Returns a [`ScenarioRunGetReport`](requests::ScenarioRunGetReport) request; nothing is sent until `.send()`.*/
        pub fn get_report(&self) -> requests::ScenarioRunGetReport<'_> {
            requests::ScenarioRunGetReport {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the report of one step of this run of a test scenario, as it
arrives (test scenarios only, as `get_report`).

`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/step-run-report`

Arguments:
- `step_id`: The step's id, in the scenario's settings. Sent as query parameter `stepId`.

Returns a [`ScenarioRunGetStepRunReport`](requests::ScenarioRunGetStepRunReport) request; nothing is sent until `.send()`.*/
        pub fn get_step_run_report(
            &self,
            step_id: impl Into<String>,
        ) -> requests::ScenarioRunGetStepRunReport<'_> {
            requests::ScenarioRunGetStepRunReport {
                __owner: self,
                step_id: step_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssScenario {}
    impl super::handles::DssScenarioRunWaiter {}
    impl super::handles::DssJobWaiter {}
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
                fn __signature_of_list_test_scenarios(
                    &self,
                ) -> Pending<'_, Vec<DssScenario>> {
                    self.list_test_scenarios()
                }
            }
            impl super::handles::DssScenarioRun {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_start_time(
                    &self,
                ) -> Option<std::time::SystemTime> {
                    self.get_start_time()
                }
            }
            impl super::handles::DssScenarioRun {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_end_time(&self) -> Option<std::time::SystemTime> {
                    self.get_end_time()
                }
            }
            impl super::handles::DssScenarioRun {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_duration(&self) -> Option<std::time::Duration> {
                    self.get_duration()
                }
            }
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_average_duration(
                    &self,
                ) -> ScenarioGetAverageDuration<'_> {
                    self.get_average_duration()
                }
            }
            impl super::handles::DssScenarioRunWaiter {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait(
                    &mut self,
                ) -> Waiting<'_, 'static, DssScenarioRun> {
                    self.wait()
                }
            }
            impl super::handles::DssJobWaiter {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait(&self) -> Waiting<'_, 'static, JobState> {
                    self.wait()
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
                ("DssProject", "get_testing_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_testing_status();
                        let __endpoint = requests::ProjectGetTestingStatus::ENDPOINT;
                        if let Some(__v) = args.opt_str("bundle_id")? {
                            __r = __r.bundle_id(__v);
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
                ("DssProject", "get_last_test_scenario_runs_report") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_test_scenario_runs_report();
                        let __endpoint = requests::ProjectGetLastTestScenarioRunsReport::ENDPOINT;
                        if let Some(__v) = args.opt_str("bundle_id")? {
                            __r = __r.bundle_id(__v);
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
                ("DssProject", "get_last_test_scenario_runs_html_report") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_test_scenario_runs_html_report();
                        let __endpoint = requests::ProjectGetLastTestScenarioRunsHtmlReport::ENDPOINT;
                        if let Some(__v) = args.opt_str("bundle_id")? {
                            __r = __r.bundle_id(__v);
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
            let handle = super::handles::DssScenarioRunWaiter {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                scenario_id: ::std::string::String::from("plain"),
                trigger_id: ::std::string::String::from("plain"),
                trigger_run_id: ::std::string::String::from("plain"),
                run: ::serde_json::from_str(
                        "{\"runId\":\"plain\",\"scenario\":{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"trigger\":{\"runId\":\"plain\",\"trigger\":{\"k\":\"plain\"},\"cancelled\":true,\"unknownMember\":\"SECRET-0b7c2f\"},\"start\":1,\"end\":1,\"result\":{\"outcome\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!(
                            "cannot build `{}`'s `{}`: {e}", "DssScenarioRunWaiter",
                            "run"
                        )
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssScenarioRunWaiter"
            );
            checked += 1;
            let handle = super::handles::DssJobWaiter {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssJobWaiter"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
