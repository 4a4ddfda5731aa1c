// The expansion of `admin_more.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/admin_more.dss`.
pub mod spec_admin_more {
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
        /**A model of a Hugging Face local connection (dataikuapi's
`DSSLocalModel`), named by its connection and its id.*/
        #[derive(Clone)]
        pub struct DssLocalModel {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) connection_name: String,
            pub(crate) model_id: String,
        }
        impl DssLocalModel {
            ///The `connection_name` this handle points at.
            pub fn connection_name(&self) -> &str {
                &self.connection_name
            }
            ///The `model_id` this handle points at.
            pub fn model_id(&self) -> &str {
                &self.model_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssLocalModel {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLocalModel")
                    .field("connection_name", &self.connection_name)
                    .field("model_id", &self.model_id)
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
        ///Request value of [`DssUser::start_resync_from_supplier`](super::super::handles::DssUser::start_resync_from_supplier): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserStartResyncFromSupplier<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserStartResyncFromSupplier<'a> {
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
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                __call.lit("/actions/resync");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/users/{login}/actions/resync`) and returns the answer.
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
            UserStartResyncFromSupplier,
            super::endpoints::USER_START_RESYNC_FROM_SUPPLIER, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserStartResyncFromSupplier<'_> {}
        ///Request value of [`DssConnection::sync_root_acls`](super::super::handles::DssConnection::sync_root_acls): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionSyncRootAcls<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionSyncRootAcls<'a> {
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
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.lit("/sync");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("root"),
                                    ::serde_json::Value::Bool(true),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/connections/{name}/sync`) and returns the answer.
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
            ConnectionSyncRootAcls, super::endpoints::CONNECTION_SYNC_ROOT_ACLS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionSyncRootAcls<'_> {}
        ///Request value of [`DssConnection::sync_datasets_acls`](super::super::handles::DssConnection::sync_datasets_acls): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionSyncDatasetsAcls<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionSyncDatasetsAcls<'a> {
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
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.lit("/sync");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("root"),
                                    ::serde_json::Value::Bool(true),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/connections/{name}/sync`) and returns the answer.
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
            ConnectionSyncDatasetsAcls, super::endpoints::CONNECTION_SYNC_DATASETS_ACLS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionSyncDatasetsAcls<'_> {}
        ///Request value of [`DssCluster::run_kubectl`](super::super::handles::DssCluster::run_kubectl): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterRunKubectl<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) args: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterRunKubectl<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, args, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/k8s/actions/run-kubectl");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("args"),
                                    ::serde_json::Value::from(args),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterRunKubectl, super::endpoints::CLUSTER_RUN_KUBECTL, json(Value,
            "Sends the request (`POST /admin/clusters/{cluster_id}/k8s/actions/run-kubectl`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterRunKubectl<'_> {}
        ///Request value of [`DssCluster::delete_finished_jobs`](super::super::handles::DssCluster::delete_finished_jobs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterDeleteFinishedJobs<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) delete_failed: bool,
            pub(crate) namespace: Option<String>,
            pub(crate) label_filter: Option<String>,
            pub(crate) dry_run: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterDeleteFinishedJobs<'a> {
            /**Also delete the failed ones.

Default: `false`. Sent as query parameter `deleteFailed`.*/
            pub fn delete_failed(mut self, delete_failed: bool) -> Self {
                self.delete_failed = delete_failed;
                self
            }
            /**Only in this namespace.

Unset by default (then left out). Sent as query parameter `namespace`.*/
            pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
                self.namespace = Some(namespace.into());
                self
            }
            /**Only those matching this label selector.

Unset by default (then left out). Sent as query parameter `labelFilter`.*/
            pub fn label_filter(mut self, label_filter: impl Into<String>) -> Self {
                self.label_filter = Some(label_filter.into());
                self
            }
            /**Only say what would be deleted.

Default: `false`. Sent as query parameter `dryRun`.*/
            pub fn dry_run(mut self, dry_run: bool) -> Self {
                self.dry_run = dry_run;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    delete_failed,
                    namespace,
                    label_filter,
                    dry_run,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/k8s/jobs/actions/delete-finished");
                __call.query("deleteFailed", &delete_failed);
                __call.query("namespace", &namespace);
                __call.query("labelFilter", &label_filter);
                __call.query("dryRun", &dry_run);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterDeleteFinishedJobs, super::endpoints::CLUSTER_DELETE_FINISHED_JOBS,
            json(Value,
            "Sends the request (`POST /admin/clusters/{cluster_id}/k8s/jobs/actions/delete-finished`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterDeleteFinishedJobs<'_> {}
        ///Request value of [`DssCluster::delete_finished_pods`](super::super::handles::DssCluster::delete_finished_pods): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterDeleteFinishedPods<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) namespace: Option<String>,
            pub(crate) label_filter: Option<String>,
            pub(crate) dry_run: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterDeleteFinishedPods<'a> {
            /**Only in this namespace.

Unset by default (then left out). Sent as query parameter `namespace`.*/
            pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
                self.namespace = Some(namespace.into());
                self
            }
            /**Only those matching this label selector.

Unset by default (then left out). Sent as query parameter `labelFilter`.*/
            pub fn label_filter(mut self, label_filter: impl Into<String>) -> Self {
                self.label_filter = Some(label_filter.into());
                self
            }
            /**Only say what would be deleted.

Default: `false`. Sent as query parameter `dryRun`.*/
            pub fn dry_run(mut self, dry_run: bool) -> Self {
                self.dry_run = dry_run;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, namespace, label_filter, dry_run, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/k8s/pods/actions/delete-finished");
                __call.query("namespace", &namespace);
                __call.query("labelFilter", &label_filter);
                __call.query("dryRun", &dry_run);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterDeleteFinishedPods, super::endpoints::CLUSTER_DELETE_FINISHED_PODS,
            json(Value,
            "Sends the request (`POST /admin/clusters/{cluster_id}/k8s/pods/actions/delete-finished`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterDeleteFinishedPods<'_> {}
        ///Request value of [`DssCluster::delete_all_pods`](super::super::handles::DssCluster::delete_all_pods): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterDeleteAllPods<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) namespace: Option<String>,
            pub(crate) label_filter: Option<String>,
            pub(crate) dry_run: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterDeleteAllPods<'a> {
            /**Only in this namespace.

Unset by default (then left out). Sent as query parameter `namespace`.*/
            pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
                self.namespace = Some(namespace.into());
                self
            }
            /**Only those matching this label selector.

Unset by default (then left out). Sent as query parameter `labelFilter`.*/
            pub fn label_filter(mut self, label_filter: impl Into<String>) -> Self {
                self.label_filter = Some(label_filter.into());
                self
            }
            /**Only say what would be deleted.

Default: `false`. Sent as query parameter `dryRun`.*/
            pub fn dry_run(mut self, dry_run: bool) -> Self {
                self.dry_run = dry_run;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, namespace, label_filter, dry_run, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/k8s/pods/actions/delete-all");
                __call.query("namespace", &namespace);
                __call.query("labelFilter", &label_filter);
                __call.query("dryRun", &dry_run);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterDeleteAllPods, super::endpoints::CLUSTER_DELETE_ALL_PODS, json(Value,
            "Sends the request (`POST /admin/clusters/{cluster_id}/k8s/pods/actions/delete-all`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterDeleteAllPods<'_> {}
        ///Request value of [`DssCodeStudioTemplate::get_export_stream`](super::super::handles::DssCodeStudioTemplate::get_export_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioTemplateGetExportStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioTemplate,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioTemplateGetExportStream<'a> {
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
                __call.lit("/admin/code-studios/");
                __call.segment("template_id", &__owner.template_id, false)?;
                __call.lit("/export");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioTemplateGetExportStream,
            super::endpoints::CODE_STUDIO_TEMPLATE_GET_EXPORT_STREAM,
            stream("Sends the request (`GET /admin/code-studios/{template_id}/export`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioTemplateGetExportStream<'_> {}
        ///Request value of [`DssCodeStudioTemplate::export_to_file`](super::super::handles::DssCodeStudioTemplate::export_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioTemplateExportToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioTemplate,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioTemplateExportToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-studios/");
                __call.segment("template_id", &__owner.template_id, false)?;
                __call.lit("/export");
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /admin/code-studios/{template_id}/export`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            CodeStudioTemplateExportToFile,
            super::endpoints::CODE_STUDIO_TEMPLATE_EXPORT_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioTemplateExportToFile<'_> {}
        ///Request value of [`DssCodeEnv::get_version_for_project`](super::super::handles::DssCodeEnv::get_version_for_project): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvGetVersionForProject<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) project_key: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvGetVersionForProject<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/");
                __call.segment("project_key", &project_key, false)?;
                __call.lit("/version");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvGetVersionForProject,
            super::endpoints::CODE_ENV_GET_VERSION_FOR_PROJECT, json(Value,
            "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/{project_key}/version`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvGetVersionForProject<'_> {}
        ///Request value of [`DssCodeEnv::set_jupyter_support`](super::super::handles::DssCodeEnv::set_jupyter_support): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvSetJupyterSupport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) active: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvSetJupyterSupport<'a> {
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, active, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/jupyter");
                __call.query("active", &active);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/code-envs/{env_lang}/{env_name}/jupyter`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        crate::rt::decode_value::<Value>(__answer, Self::ENDPOINT)
                    },
                )
            }
            ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
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
            CodeEnvSetJupyterSupport, super::endpoints::CODE_ENV_SET_JUPYTER_SUPPORT,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvSetJupyterSupport<'_> {}
        ///Request value of [`DssCodeEnv::update_images`](super::super::handles::DssCodeEnv::update_images): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvUpdateImages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) env_version: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvUpdateImages<'a> {
            /**Only this version (on an automation node).

Unset by default (then left out). Sent as query parameter `envVersion`.*/
            pub fn env_version(mut self, env_version: impl Into<String>) -> Self {
                self.env_version = Some(env_version.into());
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, env_version, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/images");
                __call.query("envVersion", &env_version);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/code-envs/{env_lang}/{env_name}/images`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        crate::rt::decode_value::<Value>(__answer, Self::ENDPOINT)
                    },
                )
            }
            ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
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
            CodeEnvUpdateImages, super::endpoints::CODE_ENV_UPDATE_IMAGES,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvUpdateImages<'_> {}
        ///Request value of [`DssPlugin::create_code_env`](super::super::handles::DssPlugin::create_code_env): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginCreateCodeEnv<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) python_interpreter: Option<String>,
            pub(crate) conda: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginCreateCodeEnv<'a> {
            /**The Python to build it with (unset: DSS's choice).

Unset by default (then sent as `null`). Sent as JSON member `pythonInterpreter`.*/
            pub fn python_interpreter(
                mut self,
                python_interpreter: impl Into<String>,
            ) -> Self {
                self.python_interpreter = Some(python_interpreter.into());
                self
            }
            /**Build it with conda.

Default: `false`. Sent as JSON member `conda`.*/
            pub fn conda(mut self, conda: bool) -> Self {
                self.conda = conda;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, python_interpreter, conda, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/code-env/actions/create");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("deploymentMode"),
                                    ::serde_json::Value::from("PLUGIN_MANAGED"),
                                );
                            __map
                                .insert(
                                    String::from("conda"),
                                    ::serde_json::Value::from(conda),
                                );
                            __map
                                .insert(
                                    String::from("pythonInterpreter"),
                                    ::serde_json::Value::from(python_interpreter),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/{plugin_id}/code-env/actions/create`) and returns the answer.
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
            PluginCreateCodeEnv, super::endpoints::PLUGIN_CREATE_CODE_ENV, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginCreateCodeEnv<'_> {}
        ///Request value of [`DssPlugin::update_code_env`](super::super::handles::DssPlugin::update_code_env): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginUpdateCodeEnv<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginUpdateCodeEnv<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/code-env/actions/update");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/{plugin_id}/code-env/actions/update`) and returns the answer.
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
            PluginUpdateCodeEnv, super::endpoints::PLUGIN_UPDATE_CODE_ENV, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginUpdateCodeEnv<'_> {}
        ///Request value of [`DssPlugin::update_from_zip`](super::super::handles::DssPlugin::update_from_zip): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginUpdateFromZip<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginUpdateFromZip<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/actions/updateFromZip");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginUpdateFromZip, super::endpoints::PLUGIN_UPDATE_FROM_ZIP,
            unit("Sends the request (`POST /plugins/{plugin_id}/actions/updateFromZip`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginUpdateFromZip<'_> {}
        ///Request value of [`DssPlugin::start_update_from_zip`](super::super::handles::DssPlugin::start_update_from_zip): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginStartUpdateFromZip<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginStartUpdateFromZip<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/actions/future/updateFromZip");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/{plugin_id}/actions/future/updateFromZip`) and returns the answer.
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
            PluginStartUpdateFromZip, super::endpoints::PLUGIN_START_UPDATE_FROM_ZIP,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginStartUpdateFromZip<'_> {}
        crate::rt::request_list!(
            UserStartResyncFromSupplier, ConnectionSyncRootAcls,
            ConnectionSyncDatasetsAcls, ClusterRunKubectl, ClusterDeleteFinishedJobs,
            ClusterDeleteFinishedPods, ClusterDeleteAllPods,
            CodeStudioTemplateGetExportStream, CodeStudioTemplateExportToFile,
            CodeEnvGetVersionForProject, CodeEnvSetJupyterSupport, CodeEnvUpdateImages,
            PluginCreateCodeEnv, PluginUpdateCodeEnv, PluginUpdateFromZip,
            PluginStartUpdateFromZip
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssUser::start_resync_from_supplier`.
        pub static USER_START_RESYNC_FROM_SUPPLIER: Endpoint = Endpoint::new(
            "DssUser",
            "start_resync_from_supplier",
            crate::rt::Server::DSS,
            "Starts syncing the user from its supplier (LDAP, Azure AD, ...); returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/users/{login}/actions/resync",
                    &[],
                    "UserStartResyncFromSupplier",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssUser::get_client_as`.
        pub static USER_GET_CLIENT_AS: Endpoint = Endpoint::new(
            "DssUser",
            "get_client_as",
            crate::rt::Server::DSS,
            "A client acting as this user (needs admin rights): the same client, sending `X-DKU-ProxyUser` with the user's login.",
            &[],
            None,
            ResultKind::HandWritten("Result < DssClient >"),
            [true, true, false],
        );
        ///`DssConnection::sync_root_acls`.
        pub static CONNECTION_SYNC_ROOT_ACLS: Endpoint = Endpoint::new(
            "DssConnection",
            "sync_root_acls",
            crate::rt::Server::DSS,
            "Starts setting the permissions (ACLs) of the connection's root path again, from the connection's settings; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/connections/{name}/sync",
                    &[],
                    "ConnectionSyncRootAcls",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssConnection::sync_datasets_acls`.
        pub static CONNECTION_SYNC_DATASETS_ACLS: Endpoint = Endpoint::new(
            "DssConnection",
            "sync_datasets_acls",
            crate::rt::Server::DSS,
            "Starts setting the permissions (ACLs) of the datasets on the connection again; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/connections/{name}/sync",
                    &[],
                    "ConnectionSyncDatasetsAcls",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssConnection::get_local_model`.
        pub static CONNECTION_GET_LOCAL_MODEL: Endpoint = Endpoint::new(
            "DssConnection",
            "get_local_model",
            crate::rt::Server::DSS,
            "A handle on one model of the connection (a Hugging Face local connection).",
            &[Arg::new("model_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssLocalModel"),
            [false, true, false],
        );
        ///`DssConnection::list_local_models`.
        pub static CONNECTION_LIST_LOCAL_MODELS: Endpoint = Endpoint::new(
            "DssConnection",
            "list_local_models",
            crate::rt::Server::DSS,
            "Handles on the models of a Hugging Face local connection, from its definition; another type of connection is an error.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssLocalModel > >"),
            [true, true, false],
        );
        ///`DssCluster::run_kubectl`.
        pub static CLUSTER_RUN_KUBECTL: Endpoint = Endpoint::new(
            "DssCluster",
            "run_kubectl",
            crate::rt::Server::DSS,
            "Runs `kubectl` on the cluster (a Kubernetes one) and returns what it printed and its exit code.",
            &[
                Arg::new(
                    "args",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "args",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/{cluster_id}/k8s/actions/run-kubectl",
                    &[],
                    "ClusterRunKubectl",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::delete_finished_jobs`.
        pub static CLUSTER_DELETE_FINISHED_JOBS: Endpoint = Endpoint::new(
            "DssCluster",
            "delete_finished_jobs",
            crate::rt::Server::DSS,
            "Deletes the finished Kubernetes jobs of the cluster; returns what was (or, in a dry run, would be) deleted.",
            &[
                Arg::new(
                    "delete_failed",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("deleteFailed"),
                    false,
                ),
                Arg::new(
                    "namespace",
                    "str",
                    Presence::Optional,
                    Place::Query("namespace"),
                    false,
                ),
                Arg::new(
                    "label_filter",
                    "str",
                    Presence::Optional,
                    Place::Query("labelFilter"),
                    false,
                ),
                Arg::new(
                    "dry_run",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("dryRun"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/{cluster_id}/k8s/jobs/actions/delete-finished",
                    &[],
                    "ClusterDeleteFinishedJobs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::delete_finished_pods`.
        pub static CLUSTER_DELETE_FINISHED_PODS: Endpoint = Endpoint::new(
            "DssCluster",
            "delete_finished_pods",
            crate::rt::Server::DSS,
            "Deletes the finished Kubernetes pods of the cluster; returns what was (or, in a dry run, would be) deleted.",
            &[
                Arg::new(
                    "namespace",
                    "str",
                    Presence::Optional,
                    Place::Query("namespace"),
                    false,
                ),
                Arg::new(
                    "label_filter",
                    "str",
                    Presence::Optional,
                    Place::Query("labelFilter"),
                    false,
                ),
                Arg::new(
                    "dry_run",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("dryRun"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/{cluster_id}/k8s/pods/actions/delete-finished",
                    &[],
                    "ClusterDeleteFinishedPods",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::delete_all_pods`.
        pub static CLUSTER_DELETE_ALL_PODS: Endpoint = Endpoint::new(
            "DssCluster",
            "delete_all_pods",
            crate::rt::Server::DSS,
            "Deletes every Kubernetes pod of the cluster (in a namespace, matching a selector); returns what was (or, in a dry run, would be) deleted.",
            &[
                Arg::new(
                    "namespace",
                    "str",
                    Presence::Optional,
                    Place::Query("namespace"),
                    false,
                ),
                Arg::new(
                    "label_filter",
                    "str",
                    Presence::Optional,
                    Place::Query("labelFilter"),
                    false,
                ),
                Arg::new(
                    "dry_run",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("dryRun"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/{cluster_id}/k8s/pods/actions/delete-all",
                    &[],
                    "ClusterDeleteAllPods",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeStudioTemplate::get_export_stream`.
        pub static CODE_STUDIO_TEMPLATE_GET_EXPORT_STREAM: Endpoint = Endpoint::new(
            "DssCodeStudioTemplate",
            "get_export_stream",
            crate::rt::Server::DSS,
            "Exports the template as an archive, a byte stream (read it as it arrives); `import_code_studio_template` of the client reads it.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-studios/{template_id}/export",
                    &[],
                    "CodeStudioTemplateGetExportStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssCodeStudioTemplate::export_to_file`.
        pub static CODE_STUDIO_TEMPLATE_EXPORT_TO_FILE: Endpoint = Endpoint::new(
            "DssCodeStudioTemplate",
            "export_to_file",
            crate::rt::Server::DSS,
            "Exports the template into a file, streamed in constant memory.",
            &[Arg::new("path", "str", Presence::Required, Place::SaveTo, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-studios/{template_id}/export",
                    &[],
                    "CodeStudioTemplateExportToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssCodeEnv::get_version_for_project`.
        pub static CODE_ENV_GET_VERSION_FOR_PROJECT: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "get_version_for_project",
            crate::rt::Server::DSS,
            "Reads which version of the environment a project uses (on an automation node, where environments are versioned).",
            &[Arg::new("project_key", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/{env_lang}/{env_name}/{project_key}/version",
                    &[],
                    "CodeEnvGetVersionForProject",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::set_jupyter_support`.
        pub static CODE_ENV_SET_JUPYTER_SUPPORT: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "set_jupyter_support",
            crate::rt::Server::DSS,
            "Makes the environment usable, or not, by Jupyter notebooks; the server waits for the change (`.start()` returns the task instead).",
            &[
                Arg::new(
                    "active",
                    "bool",
                    Presence::Required,
                    Place::Query("active"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-envs/{env_lang}/{env_name}/jupyter",
                    &[("wait", "true")],
                    "CodeEnvSetJupyterSupport",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::update_images`.
        pub static CODE_ENV_UPDATE_IMAGES: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "update_images",
            crate::rt::Server::DSS,
            "Builds the environment's container images again; the server waits for the build (`.start()` returns the task instead).",
            &[
                Arg::new(
                    "env_version",
                    "str",
                    Presence::Optional,
                    Place::Query("envVersion"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-envs/{env_lang}/{env_name}/images",
                    &[("wait", "true")],
                    "CodeEnvUpdateImages",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssPlugin::create_code_env`.
        pub static PLUGIN_CREATE_CODE_ENV: Endpoint = Endpoint::new(
            "DssPlugin",
            "create_code_env",
            crate::rt::Server::DSS,
            "Creates the plugin's code environment (managed by the plugin); returns the task.",
            &[
                Arg::new(
                    "python_interpreter",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "pythonInterpreter",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "conda",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "conda",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/code-env/actions/create",
                    &[],
                    "PluginCreateCodeEnv",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPlugin::update_code_env`.
        pub static PLUGIN_UPDATE_CODE_ENV: Endpoint = Endpoint::new(
            "DssPlugin",
            "update_code_env",
            crate::rt::Server::DSS,
            "Updates the plugin's code environment to what the plugin requires; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/code-env/actions/update",
                    &[],
                    "PluginUpdateCodeEnv",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPlugin::update_from_zip`.
        pub static PLUGIN_UPDATE_FROM_ZIP: Endpoint = Endpoint::new(
            "DssPlugin",
            "update_from_zip",
            crate::rt::Server::DSS,
            "Updates the plugin from a zip archive streamed from here; DSS answers once it is done.",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/actions/updateFromZip",
                    &[],
                    "PluginUpdateFromZip",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPlugin::start_update_from_zip`.
        pub static PLUGIN_START_UPDATE_FROM_ZIP: Endpoint = Endpoint::new(
            "DssPlugin",
            "start_update_from_zip",
            crate::rt::Server::DSS,
            "Updates the plugin from a zip archive streamed from here; returns the update task.",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/actions/future/updateFromZip",
                    &[],
                    "PluginStartUpdateFromZip",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::USER_START_RESYNC_FROM_SUPPLIER,
        &endpoints::USER_GET_CLIENT_AS,
        &endpoints::CONNECTION_SYNC_ROOT_ACLS,
        &endpoints::CONNECTION_SYNC_DATASETS_ACLS,
        &endpoints::CONNECTION_GET_LOCAL_MODEL,
        &endpoints::CONNECTION_LIST_LOCAL_MODELS,
        &endpoints::CLUSTER_RUN_KUBECTL,
        &endpoints::CLUSTER_DELETE_FINISHED_JOBS,
        &endpoints::CLUSTER_DELETE_FINISHED_PODS,
        &endpoints::CLUSTER_DELETE_ALL_PODS,
        &endpoints::CODE_STUDIO_TEMPLATE_GET_EXPORT_STREAM,
        &endpoints::CODE_STUDIO_TEMPLATE_EXPORT_TO_FILE,
        &endpoints::CODE_ENV_GET_VERSION_FOR_PROJECT,
        &endpoints::CODE_ENV_SET_JUPYTER_SUPPORT,
        &endpoints::CODE_ENV_UPDATE_IMAGES,
        &endpoints::PLUGIN_CREATE_CODE_ENV,
        &endpoints::PLUGIN_UPDATE_CODE_ENV,
        &endpoints::PLUGIN_UPDATE_FROM_ZIP,
        &endpoints::PLUGIN_START_UPDATE_FROM_ZIP,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssLocalModel",
                doc: "A model of a Hugging Face local connection (dataikuapi's `DSSLocalModel`), named by its connection and its id.",
                fields: &[
                    HandleField {
                        name: "connection_name",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "model_id",
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
    impl super::handles::DssUser {
        /**Starts syncing the user from its supplier (LDAP, Azure AD, ...);
returns the task.

`POST /admin/users/{login}/actions/resync`

Never retried: sending it twice could do the work twice.

Returns a [`UserStartResyncFromSupplier`](requests::UserStartResyncFromSupplier) request; nothing is sent until `.send()`.*/
        pub fn start_resync_from_supplier(
            &self,
        ) -> requests::UserStartResyncFromSupplier<'_> {
            requests::UserStartResyncFromSupplier {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssConnection {
        /**Starts setting the permissions (ACLs) of the connection's root path
again, from the connection's settings; returns the task.

`POST /admin/connections/{name}/sync`

Never retried: sending it twice could do the work twice.

Returns a [`ConnectionSyncRootAcls`](requests::ConnectionSyncRootAcls) request; nothing is sent until `.send()`.*/
        pub fn sync_root_acls(&self) -> requests::ConnectionSyncRootAcls<'_> {
            requests::ConnectionSyncRootAcls {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts setting the permissions (ACLs) of the datasets on the
connection again; returns the task. dataikuapi 15.2.0 sends the very
request of `sync_root_acls` (`{"root": true}`), and so does this.

`POST /admin/connections/{name}/sync`

Never retried: sending it twice could do the work twice.

Returns a [`ConnectionSyncDatasetsAcls`](requests::ConnectionSyncDatasetsAcls) request; nothing is sent until `.send()`.*/
        pub fn sync_datasets_acls(&self) -> requests::ConnectionSyncDatasetsAcls<'_> {
            requests::ConnectionSyncDatasetsAcls {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one model of the connection (a Hugging Face local
connection).

Builds a handle; sends no request.*/
        pub fn get_local_model(
            &self,
            model_id: impl Into<String>,
        ) -> super::handles::DssLocalModel {
            let model_id = model_id.into();
            {
                let __f_connection_name = ::core::clone::Clone::clone(&self.name);
                let __f_model_id = model_id;
                super::handles::DssLocalModel {
                    client: ::core::clone::Clone::clone(&self.client),
                    connection_name: __f_connection_name,
                    model_id: __f_model_id,
                }
            }
        }
    }
    impl super::handles::DssCluster {
        /**Runs `kubectl` on the cluster (a Kubernetes one) and returns what it
printed and its exit code.

`POST /admin/clusters/{cluster_id}/k8s/actions/run-kubectl`

Never retried: sending it twice could do the work twice.

Arguments:
- `args`: The arguments of `kubectl`, as one command line (without `kubectl`). Sent as JSON member `args`.

Returns a [`ClusterRunKubectl`](requests::ClusterRunKubectl) request; nothing is sent until `.send()`.*/
        pub fn run_kubectl(
            &self,
            args: impl Into<String>,
        ) -> requests::ClusterRunKubectl<'_> {
            requests::ClusterRunKubectl {
                __owner: self,
                args: args.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the finished Kubernetes jobs of the cluster; returns what
was (or, in a dry run, would be) deleted.

`POST /admin/clusters/{cluster_id}/k8s/jobs/actions/delete-finished`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `delete_failed`: Default: `false`. Sent as query parameter `deleteFailed`.
- `namespace`: Unset by default (then left out). Sent as query parameter `namespace`.
- `label_filter`: Unset by default (then left out). Sent as query parameter `labelFilter`.
- `dry_run`: Default: `false`. Sent as query parameter `dryRun`.

Returns a [`ClusterDeleteFinishedJobs`](requests::ClusterDeleteFinishedJobs) request; nothing is sent until `.send()`.*/
        pub fn delete_finished_jobs(&self) -> requests::ClusterDeleteFinishedJobs<'_> {
            requests::ClusterDeleteFinishedJobs {
                __owner: self,
                delete_failed: false,
                namespace: None,
                label_filter: None,
                dry_run: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the finished Kubernetes pods of the cluster; returns what
was (or, in a dry run, would be) deleted.

`POST /admin/clusters/{cluster_id}/k8s/pods/actions/delete-finished`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `namespace`: Unset by default (then left out). Sent as query parameter `namespace`.
- `label_filter`: Unset by default (then left out). Sent as query parameter `labelFilter`.
- `dry_run`: Default: `false`. Sent as query parameter `dryRun`.

Returns a [`ClusterDeleteFinishedPods`](requests::ClusterDeleteFinishedPods) request; nothing is sent until `.send()`.*/
        pub fn delete_finished_pods(&self) -> requests::ClusterDeleteFinishedPods<'_> {
            requests::ClusterDeleteFinishedPods {
                __owner: self,
                namespace: None,
                label_filter: None,
                dry_run: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes every Kubernetes pod of the cluster (in a namespace, matching
a selector); returns what was (or, in a dry run, would be) deleted.

`POST /admin/clusters/{cluster_id}/k8s/pods/actions/delete-all`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `namespace`: Unset by default (then left out). Sent as query parameter `namespace`.
- `label_filter`: Unset by default (then left out). Sent as query parameter `labelFilter`.
- `dry_run`: Default: `false`. Sent as query parameter `dryRun`.

Returns a [`ClusterDeleteAllPods`](requests::ClusterDeleteAllPods) request; nothing is sent until `.send()`.*/
        pub fn delete_all_pods(&self) -> requests::ClusterDeleteAllPods<'_> {
            requests::ClusterDeleteAllPods {
                __owner: self,
                namespace: None,
                label_filter: None,
                dry_run: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeStudioTemplate {
        /**Exports the template as an archive, a byte stream (read it as it
arrives); `import_code_studio_template` of the client reads it.

`GET /admin/code-studios/{template_id}/export`

Returns a [`CodeStudioTemplateGetExportStream`](requests::CodeStudioTemplateGetExportStream) request; nothing is sent until `.send()`.*/
        pub fn get_export_stream(
            &self,
        ) -> requests::CodeStudioTemplateGetExportStream<'_> {
            requests::CodeStudioTemplateGetExportStream {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the template into a file, streamed in constant memory.
Returns the number of bytes written.

`GET /admin/code-studios/{template_id}/export`

Arguments:
- `path`: Where to write the archive. Sent as the local file the answer is written to.

Returns a [`CodeStudioTemplateExportToFile`](requests::CodeStudioTemplateExportToFile) request; nothing is sent until `.send()`.*/
        pub fn export_to_file(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::CodeStudioTemplateExportToFile<'_> {
            requests::CodeStudioTemplateExportToFile {
                __owner: self,
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeEnv {
        /**Reads which version of the environment a project uses (on an
automation node, where environments are versioned).

`GET /admin/code-envs/{env_lang}/{env_name}/{project_key}/version`

Arguments:
- `project_key`: The project's key. Sent as a path segment.

Returns a [`CodeEnvGetVersionForProject`](requests::CodeEnvGetVersionForProject) request; nothing is sent until `.send()`.*/
        pub fn get_version_for_project(
            &self,
            project_key: impl Into<String>,
        ) -> requests::CodeEnvGetVersionForProject<'_> {
            requests::CodeEnvGetVersionForProject {
                __owner: self,
                project_key: project_key.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Makes the environment usable, or not, by Jupyter notebooks; the
server waits for the change (`.start()` returns the task instead).
A failure DSS reports in its answer is an error.

`POST /admin/code-envs/{env_lang}/{env_name}/jupyter` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `active`: Whether notebooks may use it. Sent as query parameter `active`.

Returns a [`CodeEnvSetJupyterSupport`](requests::CodeEnvSetJupyterSupport) request; nothing is sent until `.send()`.*/
        pub fn set_jupyter_support(
            &self,
            active: bool,
        ) -> requests::CodeEnvSetJupyterSupport<'_> {
            requests::CodeEnvSetJupyterSupport {
                __owner: self,
                active: active,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Builds the environment's container images again; the server waits
for the build (`.start()` returns the task instead). A failure DSS
reports in its answer is an error.

`POST /admin/code-envs/{env_lang}/{env_name}/images` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `env_version`: Unset by default (then left out). Sent as query parameter `envVersion`.

Returns a [`CodeEnvUpdateImages`](requests::CodeEnvUpdateImages) request; nothing is sent until `.send()`.*/
        pub fn update_images(&self) -> requests::CodeEnvUpdateImages<'_> {
            requests::CodeEnvUpdateImages {
                __owner: self,
                env_version: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssPlugin {
        /**Creates the plugin's code environment (managed by the plugin);
returns the task.

`POST /plugins/{plugin_id}/code-env/actions/create`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `python_interpreter`: Unset by default (then sent as `null`). Sent as JSON member `pythonInterpreter`.
- `conda`: Default: `false`. Sent as JSON member `conda`.

Returns a [`PluginCreateCodeEnv`](requests::PluginCreateCodeEnv) request; nothing is sent until `.send()`.*/
        pub fn create_code_env(&self) -> requests::PluginCreateCodeEnv<'_> {
            requests::PluginCreateCodeEnv {
                __owner: self,
                python_interpreter: None,
                conda: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the plugin's code environment to what the plugin requires;
returns the task.

`POST /plugins/{plugin_id}/code-env/actions/update`

Never retried: sending it twice could do the work twice.

Returns a [`PluginUpdateCodeEnv`](requests::PluginUpdateCodeEnv) request; nothing is sent until `.send()`.*/
        pub fn update_code_env(&self) -> requests::PluginUpdateCodeEnv<'_> {
            requests::PluginUpdateCodeEnv {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the plugin from a zip archive streamed from here; DSS
answers once it is done.

`POST /plugins/{plugin_id}/actions/updateFromZip`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The plugin zip (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`PluginUpdateFromZip`](requests::PluginUpdateFromZip) request; nothing is sent until `.send()`.*/
        pub fn update_from_zip(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::PluginUpdateFromZip<'_> {
            requests::PluginUpdateFromZip {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the plugin from a zip archive streamed from here; returns
the update task.

`POST /plugins/{plugin_id}/actions/future/updateFromZip`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The plugin zip (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`PluginStartUpdateFromZip`](requests::PluginStartUpdateFromZip) request; nothing is sent until `.send()`.*/
        pub fn start_update_from_zip(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::PluginStartUpdateFromZip<'_> {
            requests::PluginStartUpdateFromZip {
                __owner: self,
                fp: fp.into(),
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
            impl super::handles::DssUser {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_client_as(&self) -> Result<DssClient> {
                    self.get_client_as()
                }
            }
            impl super::handles::DssConnection {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_local_models(
                    &self,
                ) -> Pending<'_, Vec<DssLocalModel>> {
                    self.list_local_models()
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
                ("DssUser", "start_resync_from_supplier") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_resync_from_supplier();
                        let __endpoint = requests::UserStartResyncFromSupplier::ENDPOINT;
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
                ("DssConnection", "sync_root_acls") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.sync_root_acls();
                        let __endpoint = requests::ConnectionSyncRootAcls::ENDPOINT;
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
                ("DssConnection", "sync_datasets_acls") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.sync_datasets_acls();
                        let __endpoint = requests::ConnectionSyncDatasetsAcls::ENDPOINT;
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
                ("DssCluster", "run_kubectl") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run_kubectl(args.str("args")?);
                        let __endpoint = requests::ClusterRunKubectl::ENDPOINT;
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
                ("DssCluster", "delete_finished_jobs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_finished_jobs();
                        let __endpoint = requests::ClusterDeleteFinishedJobs::ENDPOINT;
                        if let Some(__v) = args.opt_bool("delete_failed")? {
                            __r = __r.delete_failed(__v);
                        }
                        if let Some(__v) = args.opt_str("namespace")? {
                            __r = __r.namespace(__v);
                        }
                        if let Some(__v) = args.opt_str("label_filter")? {
                            __r = __r.label_filter(__v);
                        }
                        if let Some(__v) = args.opt_bool("dry_run")? {
                            __r = __r.dry_run(__v);
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
                ("DssCluster", "delete_finished_pods") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_finished_pods();
                        let __endpoint = requests::ClusterDeleteFinishedPods::ENDPOINT;
                        if let Some(__v) = args.opt_str("namespace")? {
                            __r = __r.namespace(__v);
                        }
                        if let Some(__v) = args.opt_str("label_filter")? {
                            __r = __r.label_filter(__v);
                        }
                        if let Some(__v) = args.opt_bool("dry_run")? {
                            __r = __r.dry_run(__v);
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
                ("DssCluster", "delete_all_pods") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_all_pods();
                        let __endpoint = requests::ClusterDeleteAllPods::ENDPOINT;
                        if let Some(__v) = args.opt_str("namespace")? {
                            __r = __r.namespace(__v);
                        }
                        if let Some(__v) = args.opt_str("label_filter")? {
                            __r = __r.label_filter(__v);
                        }
                        if let Some(__v) = args.opt_bool("dry_run")? {
                            __r = __r.dry_run(__v);
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
                ("DssCodeStudioTemplate", "get_export_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplate", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplate {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_export_stream();
                        let __endpoint = requests::CodeStudioTemplateGetExportStream::ENDPOINT;
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
                ("DssCodeStudioTemplate", "export_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplate", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplate {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.export_to_file(args.str("path")?);
                        let __endpoint = requests::CodeStudioTemplateExportToFile::ENDPOINT;
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
                ("DssCodeEnv", "get_version_for_project") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_version_for_project(args.str("project_key")?);
                        let __endpoint = requests::CodeEnvGetVersionForProject::ENDPOINT;
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
                ("DssCodeEnv", "set_jupyter_support") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_jupyter_support(args.bool("active")?);
                        let __endpoint = requests::CodeEnvSetJupyterSupport::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssCodeEnv", "update_images") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_images();
                        let __endpoint = requests::CodeEnvUpdateImages::ENDPOINT;
                        if let Some(__v) = args.opt_str("env_version")? {
                            __r = __r.env_version(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssPlugin", "create_code_env") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_code_env();
                        let __endpoint = requests::PluginCreateCodeEnv::ENDPOINT;
                        if let Some(__v) = args.opt_str("python_interpreter")? {
                            __r = __r.python_interpreter(__v);
                        }
                        if let Some(__v) = args.opt_bool("conda")? {
                            __r = __r.conda(__v);
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
                ("DssPlugin", "update_code_env") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_code_env();
                        let __endpoint = requests::PluginUpdateCodeEnv::ENDPOINT;
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
                ("DssPlugin", "update_from_zip") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_from_zip(args.file("fp")?);
                        let __endpoint = requests::PluginUpdateFromZip::ENDPOINT;
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
                ("DssPlugin", "start_update_from_zip") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_update_from_zip(args.file("fp")?);
                        let __endpoint = requests::PluginStartUpdateFromZip::ENDPOINT;
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
            let handle = super::handles::DssLocalModel {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                connection_name: ::std::string::String::from("plain"),
                model_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLocalModel"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
