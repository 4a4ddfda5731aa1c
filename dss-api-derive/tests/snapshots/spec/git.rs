// The expansion of `git.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/git.dss`.
pub mod spec_git {
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
        /**The Git repository of a project (dataikuapi's `DSSProjectGit`): its
status, commits, branches, tags and remote, and the Git references that
bring outside repositories into the project's libraries.*/
        #[derive(Clone)]
        pub struct DssProjectGit {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssProjectGit {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssProjectGit {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectGit")
                    .field("project_key", &self.project_key)
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
        ///Request value of [`DssProjectGit::get_status`](super::super::handles::DssProjectGit::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitGetStatus<'a> {
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
                __call.lit("/git/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitGetStatus, super::endpoints::PROJECT_GIT_GET_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/git/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitGetStatus<'_> {}
        ///Request value of [`DssProjectGit::get_remote`](super::super::handles::DssProjectGit::get_remote): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitGetRemote<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitGetRemote<'a> {
            /**The remote's name.

Default: `origin`. Sent as a path segment.*/
            pub fn name(mut self, name: impl Into<String>) -> Self {
                self.name = name.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/remotes/");
                __call.segment("name", &name, false)?;
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/git/remotes/{name}`) and returns the answer.
            pub fn send(self) -> Result<Option<String>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Option<String>,
                        >(__answer, "url", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectGitGetRemote, super::endpoints::PROJECT_GIT_GET_REMOTE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitGetRemote<'_> {}
        ///Request value of [`DssProjectGit::set_remote`](super::super::handles::DssProjectGit::set_remote): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitSetRemote<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) url: String,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitSetRemote<'a> {
            /**The remote's name.

Default: `origin`. Sent as a path segment.*/
            pub fn name(mut self, name: impl Into<String>) -> Self {
                self.name = name.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, url, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/remotes/");
                __call.segment("name", &name, false)?;
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("url"),
                                    ::serde_json::Value::from(url),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitSetRemote, super::endpoints::PROJECT_GIT_SET_REMOTE,
            unit("Sends the request (`POST /projects/{project_key}/git/remotes/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitSetRemote<'_> {}
        ///Request value of [`DssProjectGit::remove_remote`](super::super::handles::DssProjectGit::remove_remote): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitRemoveRemote<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitRemoveRemote<'a> {
            /**The remote's name.

Default: `origin`. Sent as a path segment.*/
            pub fn name(mut self, name: impl Into<String>) -> Self {
                self.name = name.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/remotes/");
                __call.segment("name", &name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitRemoveRemote, super::endpoints::PROJECT_GIT_REMOVE_REMOTE,
            unit("Sends the request (`DELETE /projects/{project_key}/git/remotes/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitRemoveRemote<'_> {}
        ///Request value of [`DssProjectGit::list_branches`](super::super::handles::DssProjectGit::list_branches): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitListBranches<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) remote: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitListBranches<'a> {
            /**List the remote's branches instead of the local ones.

Default: `false`. Sent as query parameter `remote`.*/
            pub fn remote(mut self, remote: bool) -> Self {
                self.remote = remote;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, remote, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/branches");
                __call.query("remote", &remote);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitListBranches, super::endpoints::PROJECT_GIT_LIST_BRANCHES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/git/branches`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitListBranches<'_> {}
        ///Request value of [`DssProjectGit::create_branch`](super::super::handles::DssProjectGit::create_branch): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitCreateBranch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) branch_name: String,
            pub(crate) commit: Option<String>,
            pub(crate) duplicate_project: bool,
            pub(crate) target_project_key: Option<String>,
            pub(crate) target_project_folder_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitCreateBranch<'a> {
            /**Commit the branch starts from (unset: the current one).

Unset by default (then sent as `null`). Sent as JSON member `commit`.*/
            pub fn commit(mut self, commit: impl Into<String>) -> Self {
                self.commit = Some(commit.into());
                self
            }
            /**Also duplicate the project, the copy on the new branch.

Default: `false`. Sent as JSON member `duplicateProject`.*/
            pub fn duplicate_project(mut self, duplicate_project: bool) -> Self {
                self.duplicate_project = duplicate_project;
                self
            }
            /**Key of the duplicated project.

Unset by default (then sent as `null`). Sent as JSON member `targetProjectKey`.*/
            pub fn target_project_key(
                mut self,
                target_project_key: impl Into<String>,
            ) -> Self {
                self.target_project_key = Some(target_project_key.into());
                self
            }
            /**Project folder the duplicated project goes into.

Unset by default (then sent as `null`). Sent as JSON member `targetProjectFolderId`.*/
            pub fn target_project_folder_id(
                mut self,
                target_project_folder_id: impl Into<String>,
            ) -> Self {
                self.target_project_folder_id = Some(target_project_folder_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    branch_name,
                    commit,
                    duplicate_project,
                    target_project_key,
                    target_project_folder_id,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/branches/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(branch_name),
                                );
                            __map
                                .insert(
                                    String::from("commit"),
                                    ::serde_json::Value::from(commit),
                                );
                            __map
                                .insert(
                                    String::from("duplicateProject"),
                                    ::serde_json::Value::from(duplicate_project),
                                );
                            __map
                                .insert(
                                    String::from("targetProjectKey"),
                                    ::serde_json::Value::from(target_project_key),
                                );
                            __map
                                .insert(
                                    String::from("targetProjectFolderId"),
                                    ::serde_json::Value::from(target_project_folder_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitCreateBranch, super::endpoints::PROJECT_GIT_CREATE_BRANCH,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/git/branches/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitCreateBranch<'_> {}
        ///Request value of [`DssProjectGit::delete_branch`](super::super::handles::DssProjectGit::delete_branch): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitDeleteBranch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) branch_name: String,
            pub(crate) force_delete: bool,
            pub(crate) remote: bool,
            pub(crate) delete_remotely: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitDeleteBranch<'a> {
            /**Delete it even if it is not merged.

Default: `false`. Sent as JSON member `forceDelete`.*/
            pub fn force_delete(mut self, force_delete: bool) -> Self {
                self.force_delete = force_delete;
                self
            }
            /**It is a remote branch.

Default: `false`. Sent as JSON member `remote`.*/
            pub fn remote(mut self, remote: bool) -> Self {
                self.remote = remote;
                self
            }
            /**Also delete it on the remote.

Default: `false`. Sent as JSON member `deleteRemotely`.*/
            pub fn delete_remotely(mut self, delete_remotely: bool) -> Self {
                self.delete_remotely = delete_remotely;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    branch_name,
                    force_delete,
                    remote,
                    delete_remotely,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/deleteBranch");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(branch_name),
                                );
                            __map
                                .insert(
                                    String::from("remote"),
                                    ::serde_json::Value::from(remote),
                                );
                            __map
                                .insert(
                                    String::from("deleteRemotely"),
                                    ::serde_json::Value::from(delete_remotely),
                                );
                            __map
                                .insert(
                                    String::from("forceDelete"),
                                    ::serde_json::Value::from(force_delete),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitDeleteBranch, super::endpoints::PROJECT_GIT_DELETE_BRANCH,
            unit("Sends the request (`POST /projects/{project_key}/git/actions/deleteBranch`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitDeleteBranch<'_> {}
        ///Request value of [`DssProjectGit::get_current_branch`](super::super::handles::DssProjectGit::get_current_branch): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitGetCurrentBranch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitGetCurrentBranch<'a> {
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
                __call.lit("/git/current-branch");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/git/current-branch`) and returns the answer.
            pub fn send(self) -> Result<Option<String>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Option<String>,
                        >(__answer, "name", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectGitGetCurrentBranch, super::endpoints::PROJECT_GIT_GET_CURRENT_BRANCH,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitGetCurrentBranch<'_> {}
        ///Request value of [`DssProjectGit::list_tags`](super::super::handles::DssProjectGit::list_tags): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitListTags<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitListTags<'a> {
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
                __call.lit("/git/tags");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitListTags, super::endpoints::PROJECT_GIT_LIST_TAGS, json(Value,
            "Sends the request (`GET /projects/{project_key}/git/tags`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitListTags<'_> {}
        ///Request value of [`DssProjectGit::create_tag`](super::super::handles::DssProjectGit::create_tag): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitCreateTag<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) name: String,
            pub(crate) reference: String,
            pub(crate) message: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitCreateTag<'a> {
            /**What it points to: a commit, a branch, `HEAD`.

Default: `HEAD`. Sent as JSON member `reference`.*/
            pub fn reference(mut self, reference: impl Into<String>) -> Self {
                self.reference = reference.into();
                self
            }
            /**The tag's message (empty: a lightweight tag).

Default: ``. Sent as JSON member `message`.*/
            pub fn message(mut self, message: impl Into<String>) -> Self {
                self.message = message.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, name, reference, message, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/tags/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("reference"),
                                    ::serde_json::Value::from(reference),
                                );
                            __map
                                .insert(
                                    String::from("message"),
                                    ::serde_json::Value::from(message),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitCreateTag, super::endpoints::PROJECT_GIT_CREATE_TAG,
            unit("Sends the request (`POST /projects/{project_key}/git/tags/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitCreateTag<'_> {}
        ///Request value of [`DssProjectGit::delete_tag`](super::super::handles::DssProjectGit::delete_tag): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitDeleteTag<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitDeleteTag<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/deleteTag");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitDeleteTag, super::endpoints::PROJECT_GIT_DELETE_TAG,
            unit("Sends the request (`POST /projects/{project_key}/git/actions/deleteTag`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitDeleteTag<'_> {}
        ///Request value of [`DssProjectGit::switch`](super::super::handles::DssProjectGit::switch): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitSwitch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) branch_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitSwitch<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, branch_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/switchBranch");
                __call.query("branchName", &branch_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitSwitch, super::endpoints::PROJECT_GIT_SWITCH, json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/switchBranch`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitSwitch<'_> {}
        ///Request value of [`DssProjectGit::checkout`](super::super::handles::DssProjectGit::checkout): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitCheckout<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) branch_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitCheckout<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, branch_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/switchBranch");
                __call.query("branchName", &branch_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitCheckout, super::endpoints::PROJECT_GIT_CHECKOUT, json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/switchBranch`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitCheckout<'_> {}
        ///Request value of [`DssProjectGit::fetch`](super::super::handles::DssProjectGit::fetch): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitFetch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitFetch<'a> {
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
                __call.lit("/git/actions/fetch");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitFetch, super::endpoints::PROJECT_GIT_FETCH, json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/fetch`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitFetch<'_> {}
        ///Request value of [`DssProjectGit::pull`](super::super::handles::DssProjectGit::pull): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitPull<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) branch_name: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitPull<'a> {
            /**The branch to pull (unset: the current one).

Unset by default (then left out). Sent as query parameter `branchName`.*/
            pub fn branch_name(mut self, branch_name: impl Into<String>) -> Self {
                self.branch_name = Some(branch_name.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, branch_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/pullRebase");
                __call.query("branchName", &branch_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitPull, super::endpoints::PROJECT_GIT_PULL, json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/pullRebase`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitPull<'_> {}
        ///Request value of [`DssProjectGit::push`](super::super::handles::DssProjectGit::push): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitPush<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) branch_name: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitPush<'a> {
            /**The branch to push (unset: the current one).

Unset by default (then left out). Sent as query parameter `branchName`.*/
            pub fn branch_name(mut self, branch_name: impl Into<String>) -> Self {
                self.branch_name = Some(branch_name.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, branch_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/push");
                __call.query("branchName", &branch_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitPush, super::endpoints::PROJECT_GIT_PUSH, json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/push`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitPush<'_> {}
        ///Request value of [`DssProjectGit::log`](super::super::handles::DssProjectGit::log): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitLog<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) path: Option<String>,
            pub(crate) start_commit: Option<String>,
            pub(crate) count: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitLog<'a> {
            /**Only the commits that touch this path of the repository.

Unset by default (then left out). Sent as query parameter `path`.*/
            pub fn path(mut self, path: impl Into<String>) -> Self {
                self.path = Some(path.into());
                self
            }
            /**Start from this commit (unset: the current one).

Unset by default (then left out). Sent as query parameter `startCommit`.*/
            pub fn start_commit(mut self, start_commit: impl Into<String>) -> Self {
                self.start_commit = Some(start_commit.into());
                self
            }
            /**Most commits to return.

Default: `1000`. Sent as query parameter `count`.*/
            pub fn count(mut self, count: i64) -> Self {
                self.count = count;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, start_commit, count, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/log");
                __call.query("path", &path);
                __call.query("startCommit", &start_commit);
                __call.query("count", &count);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitLog, super::endpoints::PROJECT_GIT_LOG, json(Value,
            "Sends the request (`GET /projects/{project_key}/git/actions/log`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitLog<'_> {}
        ///Request value of [`DssProjectGit::diff`](super::super::handles::DssProjectGit::diff): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitDiff<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) commit_from: Option<String>,
            pub(crate) commit_to: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitDiff<'a> {
            /**The older commit.

Unset by default (then left out). Sent as query parameter `commitFrom`.*/
            pub fn commit_from(mut self, commit_from: impl Into<String>) -> Self {
                self.commit_from = Some(commit_from.into());
                self
            }
            /**The newer commit.

Unset by default (then left out). Sent as query parameter `commitTo`.*/
            pub fn commit_to(mut self, commit_to: impl Into<String>) -> Self {
                self.commit_to = Some(commit_to.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, commit_from, commit_to, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/diff");
                __call.query("commitFrom", &commit_from);
                __call.query("commitTo", &commit_to);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitDiff, super::endpoints::PROJECT_GIT_DIFF, json(Value,
            "Sends the request (`GET /projects/{project_key}/git/actions/diff`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitDiff<'_> {}
        ///Request value of [`DssProjectGit::commit`](super::super::handles::DssProjectGit::commit): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitCommit<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) message: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitCommit<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, message, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/commit");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("message"),
                                    ::serde_json::Value::from(message),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitCommit, super::endpoints::PROJECT_GIT_COMMIT,
            unit("Sends the request (`POST /projects/{project_key}/git/actions/commit`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitCommit<'_> {}
        ///Request value of [`DssProjectGit::revert_to_revision`](super::super::handles::DssProjectGit::revert_to_revision): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitRevertToRevision<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) commit: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitRevertToRevision<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, commit, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/revertToRevision");
                __call.query("commit", &commit);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitRevertToRevision, super::endpoints::PROJECT_GIT_REVERT_TO_REVISION,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/revertToRevision`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitRevertToRevision<'_> {}
        ///Request value of [`DssProjectGit::revert_commit`](super::super::handles::DssProjectGit::revert_commit): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitRevertCommit<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) commit: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitRevertCommit<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, commit, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/revertCommit");
                __call.query("commit", &commit);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitRevertCommit, super::endpoints::PROJECT_GIT_REVERT_COMMIT,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/git/actions/revertCommit`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitRevertCommit<'_> {}
        ///Request value of [`DssProjectGit::reset_to_head`](super::super::handles::DssProjectGit::reset_to_head): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitResetToHead<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitResetToHead<'a> {
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
                __call.lit("/git/actions/resetToLocalHeadState");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitResetToHead, super::endpoints::PROJECT_GIT_RESET_TO_HEAD,
            unit("Sends the request (`POST /projects/{project_key}/git/actions/resetToLocalHeadState`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitResetToHead<'_> {}
        ///Request value of [`DssProjectGit::reset_to_upstream`](super::super::handles::DssProjectGit::reset_to_upstream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitResetToUpstream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitResetToUpstream<'a> {
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
                __call.lit("/git/actions/resetToRemoteHeadState");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitResetToUpstream, super::endpoints::PROJECT_GIT_RESET_TO_UPSTREAM,
            unit("Sends the request (`POST /projects/{project_key}/git/actions/resetToRemoteHeadState`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitResetToUpstream<'_> {}
        ///Request value of [`DssProjectGit::drop_and_rebuild`](super::super::handles::DssProjectGit::drop_and_rebuild): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitDropAndRebuild<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) i_know_what_i_am_doing: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitDropAndRebuild<'a> {
            /**Confirms that the history is to be lost.

Default: `false`. Sent as query parameter `iKnowWhatIAmDoing`.*/
            pub fn i_know_what_i_am_doing(
                mut self,
                i_know_what_i_am_doing: bool,
            ) -> Self {
                self.i_know_what_i_am_doing = i_know_what_i_am_doing;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, i_know_what_i_am_doing, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/dropAndRebuild");
                __call
                    .query(
                        "iKnowWhatIAmDoing",
                        crate::rt::query_text(
                            crate::rt::convert::confirmed(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&i_know_what_i_am_doing),
                                ),
                                "i_know_what_i_am_doing",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitDropAndRebuild, super::endpoints::PROJECT_GIT_DROP_AND_REBUILD,
            unit("Sends the request (`POST /projects/{project_key}/git/actions/dropAndRebuild`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitDropAndRebuild<'_> {}
        ///Request value of [`DssProjectGit::list_libraries`](super::super::handles::DssProjectGit::list_libraries): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitListLibraries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitListLibraries<'a> {
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
                __call.lit("/git/lib-git-refs/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitListLibraries, super::endpoints::PROJECT_GIT_LIST_LIBRARIES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/git/lib-git-refs/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitListLibraries<'_> {}
        ///Request value of [`DssProjectGit::add_library`](super::super::handles::DssProjectGit::add_library): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitAddLibrary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) repository: String,
            pub(crate) local_target_path: String,
            pub(crate) checkout: String,
            pub(crate) path_in_git_repository: String,
            pub(crate) add_to_python_path: bool,
            pub(crate) login: Option<String>,
            pub(crate) password: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitAddLibrary<'a> {
            /**Part of the repository to check out (empty: all of it).

Default: ``. Sent as JSON member `pathInGitRepository`.*/
            pub fn path_in_git_repository(
                mut self,
                path_in_git_repository: impl Into<String>,
            ) -> Self {
                self.path_in_git_repository = path_in_git_repository.into();
                self
            }
            /**Add the folder to the Python path of the project's code.

Default: `true`. Sent as JSON member `addToPythonPath`.*/
            pub fn add_to_python_path(mut self, add_to_python_path: bool) -> Self {
                self.add_to_python_path = add_to_python_path;
                self
            }
            /**Login on the repository.

Unset by default (then sent as `null`). Sent as JSON member `login`.*/
            pub fn login(mut self, login: impl Into<String>) -> Self {
                self.login = Some(login.into());
                self
            }
            /**Password on the repository.

Unset by default (then sent as `null`). Sent as JSON member `password`.*/
            pub fn password(mut self, password: impl Into<String>) -> Self {
                self.password = Some(password.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    repository,
                    local_target_path,
                    checkout,
                    path_in_git_repository,
                    add_to_python_path,
                    login,
                    password,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/lib-git-refs/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("repository"),
                                    ::serde_json::Value::from(repository),
                                );
                            __map
                                .insert(
                                    String::from("login"),
                                    ::serde_json::Value::from(login),
                                );
                            __map
                                .insert(
                                    String::from("password"),
                                    ::serde_json::Value::from(password),
                                );
                            __map
                                .insert(
                                    String::from("pathInGitRepository"),
                                    ::serde_json::Value::from(path_in_git_repository),
                                );
                            __map
                                .insert(
                                    String::from("localTargetPath"),
                                    ::serde_json::Value::from(local_target_path),
                                );
                            __map
                                .insert(
                                    String::from("checkout"),
                                    ::serde_json::Value::from(checkout),
                                );
                            __map
                                .insert(
                                    String::from("addToPythonPath"),
                                    ::serde_json::Value::from(add_to_python_path),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/git/lib-git-refs/`) and returns the answer.
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
            ProjectGitAddLibrary, super::endpoints::PROJECT_GIT_ADD_LIBRARY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitAddLibrary<'_> {}
        ///Request value of [`DssProjectGit::set_library`](super::super::handles::DssProjectGit::set_library): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitSetLibrary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) git_reference_path: String,
            pub(crate) remote: String,
            pub(crate) remote_path: String,
            pub(crate) checkout: String,
            pub(crate) login: Option<String>,
            pub(crate) password: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitSetLibrary<'a> {
            /**Login on the repository.

Unset by default (then sent as `null`). Sent as JSON member `login`.*/
            pub fn login(mut self, login: impl Into<String>) -> Self {
                self.login = Some(login.into());
                self
            }
            /**Password on the repository.

Unset by default (then sent as `null`). Sent as JSON member `password`.*/
            pub fn password(mut self, password: impl Into<String>) -> Self {
                self.password = Some(password.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    git_reference_path,
                    remote,
                    remote_path,
                    checkout,
                    login,
                    password,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/lib-git-refs/");
                __call.segments("git_reference_path", &git_reference_path, false)?;
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("repository"),
                                    ::serde_json::Value::from(remote),
                                );
                            __map
                                .insert(
                                    String::from("login"),
                                    ::serde_json::Value::from(login),
                                );
                            __map
                                .insert(
                                    String::from("password"),
                                    ::serde_json::Value::from(password),
                                );
                            __map
                                .insert(
                                    String::from("pathInGitRepository"),
                                    ::serde_json::Value::from(remote_path),
                                );
                            __map
                                .insert(
                                    String::from("checkout"),
                                    ::serde_json::Value::from(checkout),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitSetLibrary, super::endpoints::PROJECT_GIT_SET_LIBRARY, json(Value,
            "Sends the request (`PUT /projects/{project_key}/git/lib-git-refs/{git_reference_path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitSetLibrary<'_> {}
        ///Request value of [`DssProjectGit::remove_library`](super::super::handles::DssProjectGit::remove_library): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitRemoveLibrary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) git_reference_path: String,
            pub(crate) delete_directory: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitRemoveLibrary<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, git_reference_path, delete_directory, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/lib-git-refs/");
                __call.segments("git_reference_path", &git_reference_path, false)?;
                __call.query("deleteDirectory", &delete_directory);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGitRemoveLibrary, super::endpoints::PROJECT_GIT_REMOVE_LIBRARY,
            unit("Sends the request (`DELETE /projects/{project_key}/git/lib-git-refs/{git_reference_path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitRemoveLibrary<'_> {}
        ///Request value of [`DssProjectGit::reset_library`](super::super::handles::DssProjectGit::reset_library): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitResetLibrary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) git_reference_path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitResetLibrary<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, git_reference_path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/lib-git-refs/action/reset");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("gitRef"),
                                    ::serde_json::Value::from(git_reference_path),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/git/lib-git-refs/action/reset`) and returns the answer.
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
            ProjectGitResetLibrary, super::endpoints::PROJECT_GIT_RESET_LIBRARY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitResetLibrary<'_> {}
        ///Request value of [`DssProjectGit::push_library`](super::super::handles::DssProjectGit::push_library): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitPushLibrary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) git_reference_path: String,
            pub(crate) commit_message: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitPushLibrary<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, git_reference_path, commit_message, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/lib-git-refs/action/push");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("gitRef"),
                                    ::serde_json::Value::from(git_reference_path),
                                );
                            __map
                                .insert(
                                    String::from("commitMessage"),
                                    ::serde_json::Value::from(commit_message),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/git/lib-git-refs/action/push`) and returns the answer.
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
            ProjectGitPushLibrary, super::endpoints::PROJECT_GIT_PUSH_LIBRARY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitPushLibrary<'_> {}
        ///Request value of [`DssProjectGit::push_all_libraries`](super::super::handles::DssProjectGit::push_all_libraries): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitPushAllLibraries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) commit_message: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitPushAllLibraries<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, commit_message, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/git/actions/git-refs/push-all");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("commitMessage"),
                                    ::serde_json::Value::from(commit_message),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/git/actions/git-refs/push-all`) and returns the answer.
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
            ProjectGitPushAllLibraries, super::endpoints::PROJECT_GIT_PUSH_ALL_LIBRARIES,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitPushAllLibraries<'_> {}
        ///Request value of [`DssProjectGit::reset_all_libraries`](super::super::handles::DssProjectGit::reset_all_libraries): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGitResetAllLibraries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectGit,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGitResetAllLibraries<'a> {
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
                __call.lit("/git/actions/git-refs/reset-all");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/git/actions/git-refs/reset-all`) and returns the answer.
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
            ProjectGitResetAllLibraries,
            super::endpoints::PROJECT_GIT_RESET_ALL_LIBRARIES, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGitResetAllLibraries<'_> {}
        crate::rt::request_list!(
            ProjectGitGetStatus, ProjectGitGetRemote, ProjectGitSetRemote,
            ProjectGitRemoveRemote, ProjectGitListBranches, ProjectGitCreateBranch,
            ProjectGitDeleteBranch, ProjectGitGetCurrentBranch, ProjectGitListTags,
            ProjectGitCreateTag, ProjectGitDeleteTag, ProjectGitSwitch,
            ProjectGitCheckout, ProjectGitFetch, ProjectGitPull, ProjectGitPush,
            ProjectGitLog, ProjectGitDiff, ProjectGitCommit, ProjectGitRevertToRevision,
            ProjectGitRevertCommit, ProjectGitResetToHead, ProjectGitResetToUpstream,
            ProjectGitDropAndRebuild, ProjectGitListLibraries, ProjectGitAddLibrary,
            ProjectGitSetLibrary, ProjectGitRemoveLibrary, ProjectGitResetLibrary,
            ProjectGitPushLibrary, ProjectGitPushAllLibraries,
            ProjectGitResetAllLibraries
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::get_project_git`.
        pub static PROJECT_GET_PROJECT_GIT: Endpoint = Endpoint::new(
            "DssProject",
            "get_project_git",
            crate::rt::Server::DSS,
            "A handle on the project's Git repository.",
            &[],
            None,
            ResultKind::Handle("DssProjectGit"),
            [false, true, false],
        );
        ///`DssProjectGit::get_status`.
        pub static PROJECT_GIT_GET_STATUS: Endpoint = Endpoint::new(
            "DssProjectGit",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the repository's status: the current branch, what changed since the last commit, and how it stands against its remote.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/status",
                    &[],
                    "ProjectGitGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::get_remote`.
        pub static PROJECT_GIT_GET_REMOTE: Endpoint = Endpoint::new(
            "DssProjectGit",
            "get_remote",
            crate::rt::Server::DSS,
            "The URL of a remote (`None` when the repository has no remote of that name).",
            &[Arg::new("name", "str", Presence::Default("origin"), Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/remotes/{name}",
                    &[],
                    "ProjectGitGetRemote",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Option < String >",
                member: "url",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssProjectGit::set_remote`.
        pub static PROJECT_GIT_SET_REMOTE: Endpoint = Endpoint::new(
            "DssProjectGit",
            "set_remote",
            crate::rt::Server::DSS,
            "Adds a remote, or changes the URL of an existing one.",
            &[
                Arg::new(
                    "url",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "url",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new("name", "str", Presence::Default("origin"), Place::Path, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/remotes/{name}",
                    &[],
                    "ProjectGitSetRemote",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::remove_remote`.
        pub static PROJECT_GIT_REMOVE_REMOTE: Endpoint = Endpoint::new(
            "DssProjectGit",
            "remove_remote",
            crate::rt::Server::DSS,
            "Removes a remote.",
            &[Arg::new("name", "str", Presence::Default("origin"), Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/git/remotes/{name}",
                    &[],
                    "ProjectGitRemoveRemote",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::list_branches`.
        pub static PROJECT_GIT_LIST_BRANCHES: Endpoint = Endpoint::new(
            "DssProjectGit",
            "list_branches",
            crate::rt::Server::DSS,
            "Lists the branches, local or remote.",
            &[
                Arg::new(
                    "remote",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("remote"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/branches",
                    &[],
                    "ProjectGitListBranches",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::create_branch`.
        pub static PROJECT_GIT_CREATE_BRANCH: Endpoint = Endpoint::new(
            "DssProjectGit",
            "create_branch",
            crate::rt::Server::DSS,
            "Creates a branch, at a commit or at the current one; DSS can duplicate the project at the same time, the copy working on the new branch.",
            &[
                Arg::new(
                    "branch_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "commit",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "commit",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "duplicate_project",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "duplicateProject",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_project_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "targetProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "targetProjectFolderId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/branches/",
                    &[],
                    "ProjectGitCreateBranch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::delete_branch`.
        pub static PROJECT_GIT_DELETE_BRANCH: Endpoint = Endpoint::new(
            "DssProjectGit",
            "delete_branch",
            crate::rt::Server::DSS,
            "Deletes a branch, local or remote.",
            &[
                Arg::new(
                    "branch_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "force_delete",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "forceDelete",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "remote",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "remote",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "delete_remotely",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "deleteRemotely",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/deleteBranch",
                    &[],
                    "ProjectGitDeleteBranch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::get_current_branch`.
        pub static PROJECT_GIT_GET_CURRENT_BRANCH: Endpoint = Endpoint::new(
            "DssProjectGit",
            "get_current_branch",
            crate::rt::Server::DSS,
            "The name of the current branch (`None` when DSS names none).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/current-branch",
                    &[],
                    "ProjectGitGetCurrentBranch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Option < String >",
                member: "name",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssProjectGit::list_tags`.
        pub static PROJECT_GIT_LIST_TAGS: Endpoint = Endpoint::new(
            "DssProjectGit",
            "list_tags",
            crate::rt::Server::DSS,
            "Lists the tags.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/tags",
                    &[],
                    "ProjectGitListTags",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::create_tag`.
        pub static PROJECT_GIT_CREATE_TAG: Endpoint = Endpoint::new(
            "DssProjectGit",
            "create_tag",
            crate::rt::Server::DSS,
            "Creates a tag.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "reference",
                    "str",
                    Presence::Default("HEAD"),
                    Place::Member {
                        path: "reference",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "message",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "message",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/tags/",
                    &[],
                    "ProjectGitCreateTag",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::delete_tag`.
        pub static PROJECT_GIT_DELETE_TAG: Endpoint = Endpoint::new(
            "DssProjectGit",
            "delete_tag",
            crate::rt::Server::DSS,
            "Deletes a tag.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/deleteTag",
                    &[],
                    "ProjectGitDeleteTag",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::switch`.
        pub static PROJECT_GIT_SWITCH: Endpoint = Endpoint::new(
            "DssProjectGit",
            "switch",
            crate::rt::Server::DSS,
            "Switches the project to another branch; returns DSS's report.",
            &[
                Arg::new(
                    "branch_name",
                    "str",
                    Presence::Required,
                    Place::Query("branchName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/switchBranch",
                    &[],
                    "ProjectGitSwitch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::checkout`.
        pub static PROJECT_GIT_CHECKOUT: Endpoint = Endpoint::new(
            "DssProjectGit",
            "checkout",
            crate::rt::Server::DSS,
            "Switches the project to another branch (the same request as `switch`); returns DSS's report.",
            &[
                Arg::new(
                    "branch_name",
                    "str",
                    Presence::Required,
                    Place::Query("branchName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/switchBranch",
                    &[],
                    "ProjectGitCheckout",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::fetch`.
        pub static PROJECT_GIT_FETCH: Endpoint = Endpoint::new(
            "DssProjectGit",
            "fetch",
            crate::rt::Server::DSS,
            "Fetches from the remote; returns DSS's report.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/fetch",
                    &[],
                    "ProjectGitFetch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::pull`.
        pub static PROJECT_GIT_PULL: Endpoint = Endpoint::new(
            "DssProjectGit",
            "pull",
            crate::rt::Server::DSS,
            "Pulls from the remote (a rebase); returns DSS's report.",
            &[
                Arg::new(
                    "branch_name",
                    "str",
                    Presence::Optional,
                    Place::Query("branchName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/pullRebase",
                    &[],
                    "ProjectGitPull",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::push`.
        pub static PROJECT_GIT_PUSH: Endpoint = Endpoint::new(
            "DssProjectGit",
            "push",
            crate::rt::Server::DSS,
            "Pushes to the remote; returns DSS's report.",
            &[
                Arg::new(
                    "branch_name",
                    "str",
                    Presence::Optional,
                    Place::Query("branchName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/push",
                    &[],
                    "ProjectGitPush",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::log`.
        pub static PROJECT_GIT_LOG: Endpoint = Endpoint::new(
            "DssProjectGit",
            "log",
            crate::rt::Server::DSS,
            "Reads the history, newest first: the commits, each with its author, date and message.",
            &[
                Arg::new("path", "str", Presence::Optional, Place::Query("path"), false),
                Arg::new(
                    "start_commit",
                    "str",
                    Presence::Optional,
                    Place::Query("startCommit"),
                    false,
                ),
                Arg::new(
                    "count",
                    "int",
                    Presence::Default("1000"),
                    Place::Query("count"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/actions/log",
                    &[],
                    "ProjectGitLog",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::diff`.
        pub static PROJECT_GIT_DIFF: Endpoint = Endpoint::new(
            "DssProjectGit",
            "diff",
            crate::rt::Server::DSS,
            "The changes between two commits (unset: the working state and the current commit).",
            &[
                Arg::new(
                    "commit_from",
                    "str",
                    Presence::Optional,
                    Place::Query("commitFrom"),
                    false,
                ),
                Arg::new(
                    "commit_to",
                    "str",
                    Presence::Optional,
                    Place::Query("commitTo"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/actions/diff",
                    &[],
                    "ProjectGitDiff",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::commit`.
        pub static PROJECT_GIT_COMMIT: Endpoint = Endpoint::new(
            "DssProjectGit",
            "commit",
            crate::rt::Server::DSS,
            "Commits the project's current state.",
            &[
                Arg::new(
                    "message",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "message",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/commit",
                    &[],
                    "ProjectGitCommit",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::revert_to_revision`.
        pub static PROJECT_GIT_REVERT_TO_REVISION: Endpoint = Endpoint::new(
            "DssProjectGit",
            "revert_to_revision",
            crate::rt::Server::DSS,
            "Brings the project back to its state at a commit, as a new commit; returns DSS's report.",
            &[
                Arg::new(
                    "commit",
                    "str",
                    Presence::Required,
                    Place::Query("commit"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/revertToRevision",
                    &[],
                    "ProjectGitRevertToRevision",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::revert_commit`.
        pub static PROJECT_GIT_REVERT_COMMIT: Endpoint = Endpoint::new(
            "DssProjectGit",
            "revert_commit",
            crate::rt::Server::DSS,
            "Undoes one commit, as a new commit; returns DSS's report.",
            &[
                Arg::new(
                    "commit",
                    "str",
                    Presence::Required,
                    Place::Query("commit"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/revertCommit",
                    &[],
                    "ProjectGitRevertCommit",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::reset_to_head`.
        pub static PROJECT_GIT_RESET_TO_HEAD: Endpoint = Endpoint::new(
            "DssProjectGit",
            "reset_to_head",
            crate::rt::Server::DSS,
            "Drops the uncommitted changes: back to the local branch's last commit.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/resetToLocalHeadState",
                    &[],
                    "ProjectGitResetToHead",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::reset_to_upstream`.
        pub static PROJECT_GIT_RESET_TO_UPSTREAM: Endpoint = Endpoint::new(
            "DssProjectGit",
            "reset_to_upstream",
            crate::rt::Server::DSS,
            "Drops the local changes and commits: back to the remote branch's state.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/resetToRemoteHeadState",
                    &[],
                    "ProjectGitResetToUpstream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::drop_and_rebuild`.
        pub static PROJECT_GIT_DROP_AND_REBUILD: Endpoint = Endpoint::new(
            "DssProjectGit",
            "drop_and_rebuild",
            crate::rt::Server::DSS,
            "Wipes out the repository's whole history and starts it again from the project's current state.",
            &[
                Arg::new(
                    "i_know_what_i_am_doing",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("iKnowWhatIAmDoing"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/dropAndRebuild",
                    &[],
                    "ProjectGitDropAndRebuild",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::list_libraries`.
        pub static PROJECT_GIT_LIST_LIBRARIES: Endpoint = Endpoint::new(
            "DssProjectGit",
            "list_libraries",
            crate::rt::Server::DSS,
            "Lists the Git references of the project's libraries (outside repositories checked out into them).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/git/lib-git-refs/",
                    &[],
                    "ProjectGitListLibraries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::add_library`.
        pub static PROJECT_GIT_ADD_LIBRARY: Endpoint = Endpoint::new(
            "DssProjectGit",
            "add_library",
            crate::rt::Server::DSS,
            "Adds a Git reference to the project's libraries: an outside repository, checked out into a folder of the libraries; returns the task of the first checkout.",
            &[
                Arg::new(
                    "repository",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "repository",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "local_target_path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "localTargetPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "checkout",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "checkout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "path_in_git_repository",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "pathInGitRepository",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "add_to_python_path",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "addToPythonPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "login",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "login",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "password",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "password",
                        via: None,
                        omitted_when_unset: false,
                    },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/lib-git-refs/",
                    &[],
                    "ProjectGitAddLibrary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProjectGit::set_library`.
        pub static PROJECT_GIT_SET_LIBRARY: Endpoint = Endpoint::new(
            "DssProjectGit",
            "set_library",
            crate::rt::Server::DSS,
            "Changes a Git reference of the project's libraries (named by the folder it is checked out into); returns DSS's report.",
            &[
                Arg::new(
                    "git_reference_path",
                    "str",
                    Presence::Required,
                    Place::PathSegments,
                    false,
                ),
                Arg::new(
                    "remote",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "repository",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "remote_path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "pathInGitRepository",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "checkout",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "checkout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "login",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "login",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "password",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "password",
                        via: None,
                        omitted_when_unset: false,
                    },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/git/lib-git-refs/{git_reference_path*}",
                    &[],
                    "ProjectGitSetLibrary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectGit::remove_library`.
        pub static PROJECT_GIT_REMOVE_LIBRARY: Endpoint = Endpoint::new(
            "DssProjectGit",
            "remove_library",
            crate::rt::Server::DSS,
            "Removes a Git reference from the project's libraries.",
            &[
                Arg::new(
                    "git_reference_path",
                    "str",
                    Presence::Required,
                    Place::PathSegments,
                    false,
                ),
                Arg::new(
                    "delete_directory",
                    "bool",
                    Presence::Required,
                    Place::Query("deleteDirectory"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/git/lib-git-refs/{git_reference_path*}",
                    &[],
                    "ProjectGitRemoveLibrary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectGit::reset_library`.
        pub static PROJECT_GIT_RESET_LIBRARY: Endpoint = Endpoint::new(
            "DssProjectGit",
            "reset_library",
            crate::rt::Server::DSS,
            "Checks a Git reference of the libraries out again, dropping local changes; returns the task.",
            &[
                Arg::new(
                    "git_reference_path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "gitRef",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/lib-git-refs/action/reset",
                    &[],
                    "ProjectGitResetLibrary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProjectGit::push_library`.
        pub static PROJECT_GIT_PUSH_LIBRARY: Endpoint = Endpoint::new(
            "DssProjectGit",
            "push_library",
            crate::rt::Server::DSS,
            "Commits and pushes the changes made to a Git reference of the libraries to its repository; returns the task.",
            &[
                Arg::new(
                    "git_reference_path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "gitRef",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "commit_message",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "commitMessage",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/lib-git-refs/action/push",
                    &[],
                    "ProjectGitPushLibrary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProjectGit::push_all_libraries`.
        pub static PROJECT_GIT_PUSH_ALL_LIBRARIES: Endpoint = Endpoint::new(
            "DssProjectGit",
            "push_all_libraries",
            crate::rt::Server::DSS,
            "Commits and pushes the changes of every Git reference of the libraries; returns the task.",
            &[
                Arg::new(
                    "commit_message",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "commitMessage",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/git-refs/push-all",
                    &[],
                    "ProjectGitPushAllLibraries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProjectGit::reset_all_libraries`.
        pub static PROJECT_GIT_RESET_ALL_LIBRARIES: Endpoint = Endpoint::new(
            "DssProjectGit",
            "reset_all_libraries",
            crate::rt::Server::DSS,
            "Checks every Git reference of the libraries out again, dropping local changes; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/git/actions/git-refs/reset-all",
                    &[],
                    "ProjectGitResetAllLibraries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_GET_PROJECT_GIT,
        &endpoints::PROJECT_GIT_GET_STATUS,
        &endpoints::PROJECT_GIT_GET_REMOTE,
        &endpoints::PROJECT_GIT_SET_REMOTE,
        &endpoints::PROJECT_GIT_REMOVE_REMOTE,
        &endpoints::PROJECT_GIT_LIST_BRANCHES,
        &endpoints::PROJECT_GIT_CREATE_BRANCH,
        &endpoints::PROJECT_GIT_DELETE_BRANCH,
        &endpoints::PROJECT_GIT_GET_CURRENT_BRANCH,
        &endpoints::PROJECT_GIT_LIST_TAGS,
        &endpoints::PROJECT_GIT_CREATE_TAG,
        &endpoints::PROJECT_GIT_DELETE_TAG,
        &endpoints::PROJECT_GIT_SWITCH,
        &endpoints::PROJECT_GIT_CHECKOUT,
        &endpoints::PROJECT_GIT_FETCH,
        &endpoints::PROJECT_GIT_PULL,
        &endpoints::PROJECT_GIT_PUSH,
        &endpoints::PROJECT_GIT_LOG,
        &endpoints::PROJECT_GIT_DIFF,
        &endpoints::PROJECT_GIT_COMMIT,
        &endpoints::PROJECT_GIT_REVERT_TO_REVISION,
        &endpoints::PROJECT_GIT_REVERT_COMMIT,
        &endpoints::PROJECT_GIT_RESET_TO_HEAD,
        &endpoints::PROJECT_GIT_RESET_TO_UPSTREAM,
        &endpoints::PROJECT_GIT_DROP_AND_REBUILD,
        &endpoints::PROJECT_GIT_LIST_LIBRARIES,
        &endpoints::PROJECT_GIT_ADD_LIBRARY,
        &endpoints::PROJECT_GIT_SET_LIBRARY,
        &endpoints::PROJECT_GIT_REMOVE_LIBRARY,
        &endpoints::PROJECT_GIT_RESET_LIBRARY,
        &endpoints::PROJECT_GIT_PUSH_LIBRARY,
        &endpoints::PROJECT_GIT_PUSH_ALL_LIBRARIES,
        &endpoints::PROJECT_GIT_RESET_ALL_LIBRARIES,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssProjectGit",
                doc: "The Git repository of a project (dataikuapi's `DSSProjectGit`): its status, commits, branches, tags and remote, and the Git references that bring outside repositories into the project's libraries.",
                fields: &[
                    HandleField {
                        name: "project_key",
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
        /**A handle on the project's Git repository.

Builds a handle; sends no request.*/
        pub fn get_project_git(&self) -> super::handles::DssProjectGit {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssProjectGit {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
    }
    impl super::handles::DssProjectGit {
        /**Reads the repository's status: the current branch, what changed
since the last commit, and how it stands against its remote.

`GET /projects/{project_key}/git/status`

Returns a [`ProjectGitGetStatus`](requests::ProjectGitGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ProjectGitGetStatus<'_> {
            requests::ProjectGitGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The URL of a remote (`None` when the repository has no remote of
that name).

`GET /projects/{project_key}/git/remotes/{name}`

Optional arguments, set by name on the returned request:
- `name`: Default: `origin`. Sent as a path segment.

Returns a [`ProjectGitGetRemote`](requests::ProjectGitGetRemote) request; nothing is sent until `.send()`.*/
        pub fn get_remote(&self) -> requests::ProjectGitGetRemote<'_> {
            requests::ProjectGitGetRemote {
                __owner: self,
                name: String::from("origin"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds a remote, or changes the URL of an existing one.

`POST /projects/{project_key}/git/remotes/{name}`

Safe to send twice (the remote is set to the same URL again): a retry policy may repeat it.

Arguments:
- `url`: The remote's URL. Sent as JSON member `url`.

Optional arguments, set by name on the returned request:
- `name`: Default: `origin`. Sent as a path segment.

Returns a [`ProjectGitSetRemote`](requests::ProjectGitSetRemote) request; nothing is sent until `.send()`.*/
        pub fn set_remote(
            &self,
            url: impl Into<String>,
        ) -> requests::ProjectGitSetRemote<'_> {
            requests::ProjectGitSetRemote {
                __owner: self,
                url: url.into(),
                name: String::from("origin"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Removes a remote.

`DELETE /projects/{project_key}/git/remotes/{name}`

Optional arguments, set by name on the returned request:
- `name`: Default: `origin`. Sent as a path segment.

Returns a [`ProjectGitRemoveRemote`](requests::ProjectGitRemoveRemote) request; nothing is sent until `.send()`.*/
        pub fn remove_remote(&self) -> requests::ProjectGitRemoveRemote<'_> {
            requests::ProjectGitRemoveRemote {
                __owner: self,
                name: String::from("origin"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the branches, local or remote.

`GET /projects/{project_key}/git/branches`

Optional arguments, set by name on the returned request:
- `remote`: Default: `false`. Sent as query parameter `remote`.

Returns a [`ProjectGitListBranches`](requests::ProjectGitListBranches) request; nothing is sent until `.send()`.*/
        pub fn list_branches(&self) -> requests::ProjectGitListBranches<'_> {
            requests::ProjectGitListBranches {
                __owner: self,
                remote: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a branch, at a commit or at the current one; DSS can
duplicate the project at the same time, the copy working on the new
branch. Returns DSS's report.

`POST /projects/{project_key}/git/branches/`

Never retried: sending it twice could do the work twice.

Arguments:
- `branch_name`: Name of the new branch. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `commit`: Unset by default (then sent as `null`). Sent as JSON member `commit`.
- `duplicate_project`: Default: `false`. Sent as JSON member `duplicateProject`.
- `target_project_key`: Unset by default (then sent as `null`). Sent as JSON member `targetProjectKey`.
- `target_project_folder_id`: Unset by default (then sent as `null`). Sent as JSON member `targetProjectFolderId`.

Returns a [`ProjectGitCreateBranch`](requests::ProjectGitCreateBranch) request; nothing is sent until `.send()`.*/
        pub fn create_branch(
            &self,
            branch_name: impl Into<String>,
        ) -> requests::ProjectGitCreateBranch<'_> {
            requests::ProjectGitCreateBranch {
                __owner: self,
                branch_name: branch_name.into(),
                commit: None,
                duplicate_project: false,
                target_project_key: None,
                target_project_folder_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes a branch, local or remote.

`POST /projects/{project_key}/git/actions/deleteBranch`

Never retried: sending it twice could do the work twice.

Arguments:
- `branch_name`: The branch's name. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `force_delete`: Default: `false`. Sent as JSON member `forceDelete`.
- `remote`: Default: `false`. Sent as JSON member `remote`.
- `delete_remotely`: Default: `false`. Sent as JSON member `deleteRemotely`.

Returns a [`ProjectGitDeleteBranch`](requests::ProjectGitDeleteBranch) request; nothing is sent until `.send()`.*/
        pub fn delete_branch(
            &self,
            branch_name: impl Into<String>,
        ) -> requests::ProjectGitDeleteBranch<'_> {
            requests::ProjectGitDeleteBranch {
                __owner: self,
                branch_name: branch_name.into(),
                force_delete: false,
                remote: false,
                delete_remotely: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The name of the current branch (`None` when DSS names none).

`GET /projects/{project_key}/git/current-branch`

Returns a [`ProjectGitGetCurrentBranch`](requests::ProjectGitGetCurrentBranch) request; nothing is sent until `.send()`.*/
        pub fn get_current_branch(&self) -> requests::ProjectGitGetCurrentBranch<'_> {
            requests::ProjectGitGetCurrentBranch {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the tags.

`GET /projects/{project_key}/git/tags`

Returns a [`ProjectGitListTags`](requests::ProjectGitListTags) request; nothing is sent until `.send()`.*/
        pub fn list_tags(&self) -> requests::ProjectGitListTags<'_> {
            requests::ProjectGitListTags {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a tag.

`POST /projects/{project_key}/git/tags/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The tag's name. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `reference`: Default: `HEAD`. Sent as JSON member `reference`.
- `message`: Default: ``. Sent as JSON member `message`.

Returns a [`ProjectGitCreateTag`](requests::ProjectGitCreateTag) request; nothing is sent until `.send()`.*/
        pub fn create_tag(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectGitCreateTag<'_> {
            requests::ProjectGitCreateTag {
                __owner: self,
                name: name.into(),
                reference: String::from("HEAD"),
                message: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes a tag.

`POST /projects/{project_key}/git/actions/deleteTag`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The tag's name. Sent as JSON member `name`.

Returns a [`ProjectGitDeleteTag`](requests::ProjectGitDeleteTag) request; nothing is sent until `.send()`.*/
        pub fn delete_tag(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectGitDeleteTag<'_> {
            requests::ProjectGitDeleteTag {
                __owner: self,
                name: name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Switches the project to another branch; returns DSS's report.

`POST /projects/{project_key}/git/actions/switchBranch`

Never retried: sending it twice could do the work twice.

Arguments:
- `branch_name`: The branch's name. Sent as query parameter `branchName`.

Returns a [`ProjectGitSwitch`](requests::ProjectGitSwitch) request; nothing is sent until `.send()`.*/
        pub fn switch(
            &self,
            branch_name: impl Into<String>,
        ) -> requests::ProjectGitSwitch<'_> {
            requests::ProjectGitSwitch {
                __owner: self,
                branch_name: branch_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Switches the project to another branch (the same request as
`switch`); returns DSS's report.

`POST /projects/{project_key}/git/actions/switchBranch`

Never retried: sending it twice could do the work twice.

Arguments:
- `branch_name`: The branch's name. Sent as query parameter `branchName`.

Returns a [`ProjectGitCheckout`](requests::ProjectGitCheckout) request; nothing is sent until `.send()`.*/
        pub fn checkout(
            &self,
            branch_name: impl Into<String>,
        ) -> requests::ProjectGitCheckout<'_> {
            requests::ProjectGitCheckout {
                __owner: self,
                branch_name: branch_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Fetches from the remote; returns DSS's report.

`POST /projects/{project_key}/git/actions/fetch`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectGitFetch`](requests::ProjectGitFetch) request; nothing is sent until `.send()`.*/
        pub fn fetch(&self) -> requests::ProjectGitFetch<'_> {
            requests::ProjectGitFetch {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Pulls from the remote (a rebase); returns DSS's report.

`POST /projects/{project_key}/git/actions/pullRebase`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `branch_name`: Unset by default (then left out). Sent as query parameter `branchName`.

Returns a [`ProjectGitPull`](requests::ProjectGitPull) request; nothing is sent until `.send()`.*/
        pub fn pull(&self) -> requests::ProjectGitPull<'_> {
            requests::ProjectGitPull {
                __owner: self,
                branch_name: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Pushes to the remote; returns DSS's report.

`POST /projects/{project_key}/git/actions/push`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `branch_name`: Unset by default (then left out). Sent as query parameter `branchName`.

Returns a [`ProjectGitPush`](requests::ProjectGitPush) request; nothing is sent until `.send()`.*/
        pub fn push(&self) -> requests::ProjectGitPush<'_> {
            requests::ProjectGitPush {
                __owner: self,
                branch_name: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the history, newest first: the commits, each with its author,
date and message.

`GET /projects/{project_key}/git/actions/log`

Optional arguments, set by name on the returned request:
- `path`: Unset by default (then left out). Sent as query parameter `path`.
- `start_commit`: Unset by default (then left out). Sent as query parameter `startCommit`.
- `count`: Default: `1000`. Sent as query parameter `count`.

Returns a [`ProjectGitLog`](requests::ProjectGitLog) request; nothing is sent until `.send()`.*/
        pub fn log(&self) -> requests::ProjectGitLog<'_> {
            requests::ProjectGitLog {
                __owner: self,
                path: None,
                start_commit: None,
                count: 1000i64,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The changes between two commits (unset: the working state and the
current commit).

`GET /projects/{project_key}/git/actions/diff`

Optional arguments, set by name on the returned request:
- `commit_from`: Unset by default (then left out). Sent as query parameter `commitFrom`.
- `commit_to`: Unset by default (then left out). Sent as query parameter `commitTo`.

Returns a [`ProjectGitDiff`](requests::ProjectGitDiff) request; nothing is sent until `.send()`.*/
        pub fn diff(&self) -> requests::ProjectGitDiff<'_> {
            requests::ProjectGitDiff {
                __owner: self,
                commit_from: None,
                commit_to: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Commits the project's current state.

`POST /projects/{project_key}/git/actions/commit`

Never retried: sending it twice could do the work twice.

Arguments:
- `message`: The commit's message. Sent as JSON member `message`.

Returns a [`ProjectGitCommit`](requests::ProjectGitCommit) request; nothing is sent until `.send()`.*/
        pub fn commit(
            &self,
            message: impl Into<String>,
        ) -> requests::ProjectGitCommit<'_> {
            requests::ProjectGitCommit {
                __owner: self,
                message: message.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Brings the project back to its state at a commit, as a new commit;
returns DSS's report.

`POST /projects/{project_key}/git/actions/revertToRevision`

Never retried: sending it twice could do the work twice.

Arguments:
- `commit`: The commit to go back to. Sent as query parameter `commit`.

Returns a [`ProjectGitRevertToRevision`](requests::ProjectGitRevertToRevision) request; nothing is sent until `.send()`.*/
        pub fn revert_to_revision(
            &self,
            commit: impl Into<String>,
        ) -> requests::ProjectGitRevertToRevision<'_> {
            requests::ProjectGitRevertToRevision {
                __owner: self,
                commit: commit.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Undoes one commit, as a new commit; returns DSS's report.

`POST /projects/{project_key}/git/actions/revertCommit`

Never retried: sending it twice could do the work twice.

Arguments:
- `commit`: The commit to undo. Sent as query parameter `commit`.

Returns a [`ProjectGitRevertCommit`](requests::ProjectGitRevertCommit) request; nothing is sent until `.send()`.*/
        pub fn revert_commit(
            &self,
            commit: impl Into<String>,
        ) -> requests::ProjectGitRevertCommit<'_> {
            requests::ProjectGitRevertCommit {
                __owner: self,
                commit: commit.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Drops the uncommitted changes: back to the local branch's last commit.

`POST /projects/{project_key}/git/actions/resetToLocalHeadState`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectGitResetToHead`](requests::ProjectGitResetToHead) request; nothing is sent until `.send()`.*/
        pub fn reset_to_head(&self) -> requests::ProjectGitResetToHead<'_> {
            requests::ProjectGitResetToHead {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Drops the local changes and commits: back to the remote branch's
state.

`POST /projects/{project_key}/git/actions/resetToRemoteHeadState`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectGitResetToUpstream`](requests::ProjectGitResetToUpstream) request; nothing is sent until `.send()`.*/
        pub fn reset_to_upstream(&self) -> requests::ProjectGitResetToUpstream<'_> {
            requests::ProjectGitResetToUpstream {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Wipes out the repository's whole history and starts it again from
the project's current state. Refused before anything is sent unless
`i_know_what_i_am_doing(true)` is set, as in dataikuapi.

`POST /projects/{project_key}/git/actions/dropAndRebuild`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `i_know_what_i_am_doing`: Default: `false`. Sent as query parameter `iKnowWhatIAmDoing`.

Returns a [`ProjectGitDropAndRebuild`](requests::ProjectGitDropAndRebuild) request; nothing is sent until `.send()`.*/
        pub fn drop_and_rebuild(&self) -> requests::ProjectGitDropAndRebuild<'_> {
            requests::ProjectGitDropAndRebuild {
                __owner: self,
                i_know_what_i_am_doing: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the Git references of the project's libraries (outside
repositories checked out into them).

`GET /projects/{project_key}/git/lib-git-refs/`

Returns a [`ProjectGitListLibraries`](requests::ProjectGitListLibraries) request; nothing is sent until `.send()`.*/
        pub fn list_libraries(&self) -> requests::ProjectGitListLibraries<'_> {
            requests::ProjectGitListLibraries {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds a Git reference to the project's libraries: an outside
repository, checked out into a folder of the libraries; returns the
task of the first checkout.

`POST /projects/{project_key}/git/lib-git-refs/`

Never retried: sending it twice could do the work twice.

Arguments:
- `repository`: URL of the repository. Sent as JSON member `repository`.
- `local_target_path`: Folder of the libraries to check it out into. Sent as JSON member `localTargetPath`.
- `checkout`: Branch, tag or commit to check out. Sent as JSON member `checkout`.

Optional arguments, set by name on the returned request:
- `path_in_git_repository`: Default: ``. Sent as JSON member `pathInGitRepository`.
- `add_to_python_path`: Default: `true`. Sent as JSON member `addToPythonPath`.
- `login`: Unset by default (then sent as `null`). Sent as JSON member `login`.
- `password`: Unset by default (then sent as `null`). Sent as JSON member `password`.

Returns a [`ProjectGitAddLibrary`](requests::ProjectGitAddLibrary) request; nothing is sent until `.send()`.*/
        pub fn add_library(
            &self,
            repository: impl Into<String>,
            local_target_path: impl Into<String>,
            checkout: impl Into<String>,
        ) -> requests::ProjectGitAddLibrary<'_> {
            requests::ProjectGitAddLibrary {
                __owner: self,
                repository: repository.into(),
                local_target_path: local_target_path.into(),
                checkout: checkout.into(),
                path_in_git_repository: String::from(""),
                add_to_python_path: true,
                login: None,
                password: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Changes a Git reference of the project's libraries (named by the
folder it is checked out into); returns DSS's report.

`PUT /projects/{project_key}/git/lib-git-refs/{git_reference_path*}`

Arguments:
- `git_reference_path`: The folder of the libraries the reference is checked out into (slashes kept). Sent as path segments (each encoded, the slashes kept).
- `remote`: URL of the repository. Sent as JSON member `repository`.
- `remote_path`: Part of the repository to check out (dataikuapi's `remotePath`). Sent as JSON member `pathInGitRepository`.
- `checkout`: Branch, tag or commit to check out. Sent as JSON member `checkout`.

Optional arguments, set by name on the returned request:
- `login`: Unset by default (then sent as `null`). Sent as JSON member `login`.
- `password`: Unset by default (then sent as `null`). Sent as JSON member `password`.

Returns a [`ProjectGitSetLibrary`](requests::ProjectGitSetLibrary) request; nothing is sent until `.send()`.*/
        pub fn set_library(
            &self,
            git_reference_path: impl Into<String>,
            remote: impl Into<String>,
            remote_path: impl Into<String>,
            checkout: impl Into<String>,
        ) -> requests::ProjectGitSetLibrary<'_> {
            requests::ProjectGitSetLibrary {
                __owner: self,
                git_reference_path: git_reference_path.into(),
                remote: remote.into(),
                remote_path: remote_path.into(),
                checkout: checkout.into(),
                login: None,
                password: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Removes a Git reference from the project's libraries.

`DELETE /projects/{project_key}/git/lib-git-refs/{git_reference_path*}`

Arguments:
- `git_reference_path`: The folder of the libraries the reference is checked out into. Sent as path segments (each encoded, the slashes kept).
- `delete_directory`: Also delete that folder. Sent as query parameter `deleteDirectory`.

Returns a [`ProjectGitRemoveLibrary`](requests::ProjectGitRemoveLibrary) request; nothing is sent until `.send()`.*/
        pub fn remove_library(
            &self,
            git_reference_path: impl Into<String>,
            delete_directory: bool,
        ) -> requests::ProjectGitRemoveLibrary<'_> {
            requests::ProjectGitRemoveLibrary {
                __owner: self,
                git_reference_path: git_reference_path.into(),
                delete_directory: delete_directory,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Checks a Git reference of the libraries out again, dropping local
changes; returns the task.

`POST /projects/{project_key}/git/lib-git-refs/action/reset`

Never retried: sending it twice could do the work twice.

Arguments:
- `git_reference_path`: The folder of the libraries the reference is checked out into. Sent as JSON member `gitRef`.

Returns a [`ProjectGitResetLibrary`](requests::ProjectGitResetLibrary) request; nothing is sent until `.send()`.*/
        pub fn reset_library(
            &self,
            git_reference_path: impl Into<String>,
        ) -> requests::ProjectGitResetLibrary<'_> {
            requests::ProjectGitResetLibrary {
                __owner: self,
                git_reference_path: git_reference_path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Commits and pushes the changes made to a Git reference of the
libraries to its repository; returns the task.

`POST /projects/{project_key}/git/lib-git-refs/action/push`

Never retried: sending it twice could do the work twice.

Arguments:
- `git_reference_path`: The folder of the libraries the reference is checked out into. Sent as JSON member `gitRef`.
- `commit_message`: The commit's message. Sent as JSON member `commitMessage`.

Returns a [`ProjectGitPushLibrary`](requests::ProjectGitPushLibrary) request; nothing is sent until `.send()`.*/
        pub fn push_library(
            &self,
            git_reference_path: impl Into<String>,
            commit_message: impl Into<String>,
        ) -> requests::ProjectGitPushLibrary<'_> {
            requests::ProjectGitPushLibrary {
                __owner: self,
                git_reference_path: git_reference_path.into(),
                commit_message: commit_message.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Commits and pushes the changes of every Git reference of the
libraries; returns the task.

`POST /projects/{project_key}/git/actions/git-refs/push-all`

Never retried: sending it twice could do the work twice.

Arguments:
- `commit_message`: The commits' message. Sent as JSON member `commitMessage`.

Returns a [`ProjectGitPushAllLibraries`](requests::ProjectGitPushAllLibraries) request; nothing is sent until `.send()`.*/
        pub fn push_all_libraries(
            &self,
            commit_message: impl Into<String>,
        ) -> requests::ProjectGitPushAllLibraries<'_> {
            requests::ProjectGitPushAllLibraries {
                __owner: self,
                commit_message: commit_message.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Checks every Git reference of the libraries out again, dropping
local changes; returns the task.

`POST /projects/{project_key}/git/actions/git-refs/reset-all`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectGitResetAllLibraries`](requests::ProjectGitResetAllLibraries) request; nothing is sent until `.send()`.*/
        pub fn reset_all_libraries(&self) -> requests::ProjectGitResetAllLibraries<'_> {
            requests::ProjectGitResetAllLibraries {
                __owner: self,
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
                ("DssProjectGit", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ProjectGitGetStatus::ENDPOINT;
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
                ("DssProjectGit", "get_remote") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_remote();
                        let __endpoint = requests::ProjectGitGetRemote::ENDPOINT;
                        if let Some(__v) = args.opt_str("name")? {
                            __r = __r.name(__v);
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
                ("DssProjectGit", "set_remote") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_remote(args.str("url")?);
                        let __endpoint = requests::ProjectGitSetRemote::ENDPOINT;
                        if let Some(__v) = args.opt_str("name")? {
                            __r = __r.name(__v);
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
                ("DssProjectGit", "remove_remote") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.remove_remote();
                        let __endpoint = requests::ProjectGitRemoveRemote::ENDPOINT;
                        if let Some(__v) = args.opt_str("name")? {
                            __r = __r.name(__v);
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
                ("DssProjectGit", "list_branches") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_branches();
                        let __endpoint = requests::ProjectGitListBranches::ENDPOINT;
                        if let Some(__v) = args.opt_bool("remote")? {
                            __r = __r.remote(__v);
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
                ("DssProjectGit", "create_branch") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_branch(args.str("branch_name")?);
                        let __endpoint = requests::ProjectGitCreateBranch::ENDPOINT;
                        if let Some(__v) = args.opt_str("commit")? {
                            __r = __r.commit(__v);
                        }
                        if let Some(__v) = args.opt_bool("duplicate_project")? {
                            __r = __r.duplicate_project(__v);
                        }
                        if let Some(__v) = args.opt_str("target_project_key")? {
                            __r = __r.target_project_key(__v);
                        }
                        if let Some(__v) = args.opt_str("target_project_folder_id")? {
                            __r = __r.target_project_folder_id(__v);
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
                ("DssProjectGit", "delete_branch") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_branch(args.str("branch_name")?);
                        let __endpoint = requests::ProjectGitDeleteBranch::ENDPOINT;
                        if let Some(__v) = args.opt_bool("force_delete")? {
                            __r = __r.force_delete(__v);
                        }
                        if let Some(__v) = args.opt_bool("remote")? {
                            __r = __r.remote(__v);
                        }
                        if let Some(__v) = args.opt_bool("delete_remotely")? {
                            __r = __r.delete_remotely(__v);
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
                ("DssProjectGit", "get_current_branch") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_current_branch();
                        let __endpoint = requests::ProjectGitGetCurrentBranch::ENDPOINT;
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
                ("DssProjectGit", "list_tags") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_tags();
                        let __endpoint = requests::ProjectGitListTags::ENDPOINT;
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
                ("DssProjectGit", "create_tag") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_tag(args.str("name")?);
                        let __endpoint = requests::ProjectGitCreateTag::ENDPOINT;
                        if let Some(__v) = args.opt_str("reference")? {
                            __r = __r.reference(__v);
                        }
                        if let Some(__v) = args.opt_str("message")? {
                            __r = __r.message(__v);
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
                ("DssProjectGit", "delete_tag") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_tag(args.str("name")?);
                        let __endpoint = requests::ProjectGitDeleteTag::ENDPOINT;
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
                ("DssProjectGit", "switch") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.switch(args.str("branch_name")?);
                        let __endpoint = requests::ProjectGitSwitch::ENDPOINT;
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
                ("DssProjectGit", "checkout") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.checkout(args.str("branch_name")?);
                        let __endpoint = requests::ProjectGitCheckout::ENDPOINT;
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
                ("DssProjectGit", "fetch") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.fetch();
                        let __endpoint = requests::ProjectGitFetch::ENDPOINT;
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
                ("DssProjectGit", "pull") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.pull();
                        let __endpoint = requests::ProjectGitPull::ENDPOINT;
                        if let Some(__v) = args.opt_str("branch_name")? {
                            __r = __r.branch_name(__v);
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
                ("DssProjectGit", "push") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.push();
                        let __endpoint = requests::ProjectGitPush::ENDPOINT;
                        if let Some(__v) = args.opt_str("branch_name")? {
                            __r = __r.branch_name(__v);
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
                ("DssProjectGit", "log") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.log();
                        let __endpoint = requests::ProjectGitLog::ENDPOINT;
                        if let Some(__v) = args.opt_str("path")? {
                            __r = __r.path(__v);
                        }
                        if let Some(__v) = args.opt_str("start_commit")? {
                            __r = __r.start_commit(__v);
                        }
                        if let Some(__v) = args.opt_int("count")? {
                            __r = __r.count(__v);
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
                ("DssProjectGit", "diff") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.diff();
                        let __endpoint = requests::ProjectGitDiff::ENDPOINT;
                        if let Some(__v) = args.opt_str("commit_from")? {
                            __r = __r.commit_from(__v);
                        }
                        if let Some(__v) = args.opt_str("commit_to")? {
                            __r = __r.commit_to(__v);
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
                ("DssProjectGit", "commit") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.commit(args.str("message")?);
                        let __endpoint = requests::ProjectGitCommit::ENDPOINT;
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
                ("DssProjectGit", "revert_to_revision") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.revert_to_revision(args.str("commit")?);
                        let __endpoint = requests::ProjectGitRevertToRevision::ENDPOINT;
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
                ("DssProjectGit", "revert_commit") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.revert_commit(args.str("commit")?);
                        let __endpoint = requests::ProjectGitRevertCommit::ENDPOINT;
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
                ("DssProjectGit", "reset_to_head") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.reset_to_head();
                        let __endpoint = requests::ProjectGitResetToHead::ENDPOINT;
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
                ("DssProjectGit", "reset_to_upstream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.reset_to_upstream();
                        let __endpoint = requests::ProjectGitResetToUpstream::ENDPOINT;
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
                ("DssProjectGit", "drop_and_rebuild") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.drop_and_rebuild();
                        let __endpoint = requests::ProjectGitDropAndRebuild::ENDPOINT;
                        if let Some(__v) = args.opt_bool("i_know_what_i_am_doing")? {
                            __r = __r.i_know_what_i_am_doing(__v);
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
                ("DssProjectGit", "list_libraries") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_libraries();
                        let __endpoint = requests::ProjectGitListLibraries::ENDPOINT;
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
                ("DssProjectGit", "add_library") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .add_library(
                                args.str("repository")?,
                                args.str("local_target_path")?,
                                args.str("checkout")?,
                            );
                        let __endpoint = requests::ProjectGitAddLibrary::ENDPOINT;
                        if let Some(__v) = args.opt_str("path_in_git_repository")? {
                            __r = __r.path_in_git_repository(__v);
                        }
                        if let Some(__v) = args.opt_bool("add_to_python_path")? {
                            __r = __r.add_to_python_path(__v);
                        }
                        if let Some(__v) = args.opt_str("login")? {
                            __r = __r.login(__v);
                        }
                        if let Some(__v) = args.opt_str("password")? {
                            __r = __r.password(__v);
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
                ("DssProjectGit", "set_library") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .set_library(
                                args.str("git_reference_path")?,
                                args.str("remote")?,
                                args.str("remote_path")?,
                                args.str("checkout")?,
                            );
                        let __endpoint = requests::ProjectGitSetLibrary::ENDPOINT;
                        if let Some(__v) = args.opt_str("login")? {
                            __r = __r.login(__v);
                        }
                        if let Some(__v) = args.opt_str("password")? {
                            __r = __r.password(__v);
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
                ("DssProjectGit", "remove_library") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .remove_library(
                                args.str("git_reference_path")?,
                                args.bool("delete_directory")?,
                            );
                        let __endpoint = requests::ProjectGitRemoveLibrary::ENDPOINT;
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
                ("DssProjectGit", "reset_library") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .reset_library(args.str("git_reference_path")?);
                        let __endpoint = requests::ProjectGitResetLibrary::ENDPOINT;
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
                ("DssProjectGit", "push_library") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .push_library(
                                args.str("git_reference_path")?,
                                args.str("commit_message")?,
                            );
                        let __endpoint = requests::ProjectGitPushLibrary::ENDPOINT;
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
                ("DssProjectGit", "push_all_libraries") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .push_all_libraries(args.str("commit_message")?);
                        let __endpoint = requests::ProjectGitPushAllLibraries::ENDPOINT;
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
                ("DssProjectGit", "reset_all_libraries") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectGit", ids)?;
                        let __owner = super::handles::DssProjectGit {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.reset_all_libraries();
                        let __endpoint = requests::ProjectGitResetAllLibraries::ENDPOINT;
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
            let handle = super::handles::DssProjectGit {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectGit"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
