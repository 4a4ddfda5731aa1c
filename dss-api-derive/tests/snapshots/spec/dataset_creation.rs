// The expansion of `dataset_creation.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/dataset_creation.dss`.
pub mod spec_dataset_creation {
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
        ///Request value of [`DssProject::create_upload_dataset`](super::super::handles::DssProject::create_upload_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateUploadDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) connection: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateUploadDataset<'a> {
            /**Connection to store the uploaded files in (DSS's default when
unset: left out).

Unset by default (then left out). Sent as JSON member `params.uploadConnection`.*/
            pub fn connection(mut self, connection: impl Into<String>) -> Self {
                self.connection = Some(connection.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, dataset_name, connection, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("UploadedFiles"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        let __v = ::serde_json::Value::from(connection);
                                        if !__v.is_null() {
                                            __map.insert(String::from("uploadConnection"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateUploadDataset, super::endpoints::PROJECT_CREATE_UPLOAD_DATASET,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateUploadDataset<'_> {}
        ///Request value of [`DssProject::create_fslike_dataset`](super::super::handles::DssProject::create_fslike_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateFslikeDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) dataset_type: String,
            pub(crate) connection: String,
            pub(crate) path_in_connection: String,
            pub(crate) extra_params: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateFslikeDataset<'a> {
            /**More type-specific parameters, added to `params` (`bucket`,
`container`, ...).

Unset by default (then left out). Sent as the members of the JSON body.*/
            pub fn extra_params(
                mut self,
                extra_params: impl Into<::serde_json::Value>,
            ) -> Self {
                self.extra_params = Some(extra_params.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    dataset_name,
                    dataset_type,
                    connection,
                    path_in_connection,
                    extra_params,
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
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(dataset_type),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection),
                                            );
                                        __map
                                            .insert(
                                                String::from("path"),
                                                ::serde_json::Value::from(path_in_connection),
                                            );
                                        crate::rt::spread(
                                            &mut __map,
                                            "extra_params",
                                            extra_params,
                                        )?;
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateFslikeDataset, super::endpoints::PROJECT_CREATE_FSLIKE_DATASET,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateFslikeDataset<'_> {}
        ///Request value of [`DssProject::create_filesystem_dataset`](super::super::handles::DssProject::create_filesystem_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateFilesystemDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) connection: String,
            pub(crate) path_in_connection: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateFilesystemDataset<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    dataset_name,
                    connection,
                    path_in_connection,
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
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("Filesystem"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection),
                                            );
                                        __map
                                            .insert(
                                                String::from("path"),
                                                ::serde_json::Value::from(path_in_connection),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateFilesystemDataset,
            super::endpoints::PROJECT_CREATE_FILESYSTEM_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateFilesystemDataset<'_> {}
        ///Request value of [`DssProject::create_s3_dataset`](super::super::handles::DssProject::create_s3_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateS3Dataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) connection: String,
            pub(crate) path_in_connection: String,
            pub(crate) bucket: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateS3Dataset<'a> {
            /**The bucket (the connection's own when unset: left out).

Unset by default (then left out). Sent as JSON member `params.bucket`.*/
            pub fn bucket(mut self, bucket: impl Into<String>) -> Self {
                self.bucket = Some(bucket.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    dataset_name,
                    connection,
                    path_in_connection,
                    bucket,
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
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("S3"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection),
                                            );
                                        __map
                                            .insert(
                                                String::from("path"),
                                                ::serde_json::Value::from(path_in_connection),
                                            );
                                        let __v = ::serde_json::Value::from(bucket);
                                        if !__v.is_null() {
                                            __map.insert(String::from("bucket"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateS3Dataset, super::endpoints::PROJECT_CREATE_S3_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateS3Dataset<'_> {}
        ///Request value of [`DssProject::create_gcs_dataset`](super::super::handles::DssProject::create_gcs_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateGcsDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) connection: String,
            pub(crate) path_in_connection: String,
            pub(crate) bucket: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateGcsDataset<'a> {
            /**The bucket (the connection's own when unset: left out).

Unset by default (then left out). Sent as JSON member `params.bucket`.*/
            pub fn bucket(mut self, bucket: impl Into<String>) -> Self {
                self.bucket = Some(bucket.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    dataset_name,
                    connection,
                    path_in_connection,
                    bucket,
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
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("GCS"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection),
                                            );
                                        __map
                                            .insert(
                                                String::from("path"),
                                                ::serde_json::Value::from(path_in_connection),
                                            );
                                        let __v = ::serde_json::Value::from(bucket);
                                        if !__v.is_null() {
                                            __map.insert(String::from("bucket"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateGcsDataset, super::endpoints::PROJECT_CREATE_GCS_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateGcsDataset<'_> {}
        ///Request value of [`DssProject::create_azure_blob_dataset`](super::super::handles::DssProject::create_azure_blob_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateAzureBlobDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) connection: String,
            pub(crate) path_in_connection: String,
            pub(crate) container: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateAzureBlobDataset<'a> {
            /**The container (the connection's own when unset: left out).

Unset by default (then left out). Sent as JSON member `params.container`.*/
            pub fn container(mut self, container: impl Into<String>) -> Self {
                self.container = Some(container.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    dataset_name,
                    connection,
                    path_in_connection,
                    container,
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
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("Azure"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection),
                                            );
                                        __map
                                            .insert(
                                                String::from("path"),
                                                ::serde_json::Value::from(path_in_connection),
                                            );
                                        let __v = ::serde_json::Value::from(container);
                                        if !__v.is_null() {
                                            __map.insert(String::from("container"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateAzureBlobDataset,
            super::endpoints::PROJECT_CREATE_AZURE_BLOB_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateAzureBlobDataset<'_> {}
        ///Request value of [`DssProject::create_sql_table_dataset`](super::super::handles::DssProject::create_sql_table_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateSqlTableDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) r#type: String,
            pub(crate) connection: String,
            pub(crate) table: String,
            pub(crate) schema: String,
            pub(crate) catalog: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateSqlTableDataset<'a> {
            /**The table's catalog (unset: `null`, the connection's default).

Unset by default (then sent as `null`). Sent as JSON member `params.catalog`.*/
            pub fn catalog(mut self, catalog: impl Into<String>) -> Self {
                self.catalog = Some(catalog.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    dataset_name,
                    r#type,
                    connection,
                    table,
                    schema,
                    catalog,
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
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(r#type),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection),
                                            );
                                        __map
                                            .insert(
                                                String::from("mode"),
                                                ::serde_json::Value::from("table"),
                                            );
                                        __map
                                            .insert(
                                                String::from("table"),
                                                ::serde_json::Value::from(table),
                                            );
                                        __map
                                            .insert(
                                                String::from("schema"),
                                                ::serde_json::Value::from(schema),
                                            );
                                        __map
                                            .insert(
                                                String::from("catalog"),
                                                ::serde_json::Value::from(catalog),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateSqlTableDataset,
            super::endpoints::PROJECT_CREATE_SQL_TABLE_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateSqlTableDataset<'_> {}
        ///Request value of [`DssProject::create_sample_dataset`](super::super::handles::DssProject::create_sample_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateSampleDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) plugin: String,
            pub(crate) sample: String,
            pub(crate) version: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateSampleDataset<'a> {
            /**The sample's version (the plugin's default when unset: left out).

Unset by default (then left out). Sent as JSON member `params.version`.*/
            pub fn version(mut self, version: impl Into<String>) -> Self {
                self.version = Some(version.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, dataset_name, plugin, sample, version, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from({
                                        let mut __s = ::std::string::String::new();
                                        __s.push_str("Sample_");
                                        __s.push_str(&plugin);
                                        __s.push_str("_");
                                        __s.push_str(&sample);
                                        __s
                                    }),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("pluginId"),
                                                ::serde_json::Value::from(plugin),
                                            );
                                        __map
                                            .insert(
                                                String::from("sampleName"),
                                                ::serde_json::Value::from(sample),
                                            );
                                        let __v = ::serde_json::Value::from(version);
                                        if !__v.is_null() {
                                            __map.insert(String::from("version"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateSampleDataset, super::endpoints::PROJECT_CREATE_SAMPLE_DATASET,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateSampleDataset<'_> {}
        ///Request value of [`DssManagedFolder::create_dataset_from_files`](super::super::handles::DssManagedFolder::create_dataset_from_files): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderCreateDatasetFromFiles<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) dataset_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderCreateDatasetFromFiles<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssManagedFolder),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, dataset_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&dataset_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("FilesInFolder"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("folderSmartId"),
                                                ::serde_json::Value::from(__owner.odb_id.as_str()),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (dataset_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = dataset_name;
                            super::super::handles::DssDataset {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ManagedFolderCreateDatasetFromFiles,
            super::endpoints::MANAGED_FOLDER_CREATE_DATASET_FROM_FILES, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderCreateDatasetFromFiles<'_> {}
        crate::rt::request_list!(
            ProjectCreateUploadDataset, ProjectCreateFslikeDataset,
            ProjectCreateFilesystemDataset, ProjectCreateS3Dataset,
            ProjectCreateGcsDataset, ProjectCreateAzureBlobDataset,
            ProjectCreateSqlTableDataset, ProjectCreateSampleDataset,
            ManagedFolderCreateDatasetFromFiles
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::create_upload_dataset`.
        pub static PROJECT_CREATE_UPLOAD_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_upload_dataset",
            crate::rt::Server::DSS,
            "Creates an \"uploaded files\" dataset, empty; its files are added with [`DssDataset::uploaded_add_file`](crate::DssDataset::uploaded_add_file).",
            &[
                Arg::new(
                    "dataset_name",
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
                    "connection",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.uploadConnection",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateUploadDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_fslike_dataset`.
        pub static PROJECT_CREATE_FSLIKE_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_fslike_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset over files of a file-like connection (filesystem, HDFS, S3, GCS, Azure, FTP, ...), of any such type.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "dataset_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "path_in_connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.path",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "extra_params",
                    "json",
                    Presence::Optional,
                    Place::Spread,
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateFslikeDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_filesystem_dataset`.
        pub static PROJECT_CREATE_FILESYSTEM_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_filesystem_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset over files of a filesystem connection.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "path_in_connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.path",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateFilesystemDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_s3_dataset`.
        pub static PROJECT_CREATE_S3_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_s3_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset over files of an S3 connection.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "path_in_connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.path",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "bucket",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.bucket",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateS3Dataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_gcs_dataset`.
        pub static PROJECT_CREATE_GCS_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_gcs_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset over files of a Google Cloud Storage connection.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "path_in_connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.path",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "bucket",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.bucket",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateGcsDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_azure_blob_dataset`.
        pub static PROJECT_CREATE_AZURE_BLOB_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_azure_blob_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset over files of an Azure Blob Storage connection.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "path_in_connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.path",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "container",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.container",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateAzureBlobDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_sql_table_dataset`.
        pub static PROJECT_CREATE_SQL_TABLE_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_sql_table_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset over a table of a SQL connection.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "r#type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "table",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.table",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "schema",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.schema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "catalog",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.catalog",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateSqlTableDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_sample_dataset`.
        pub static PROJECT_CREATE_SAMPLE_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_sample_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset from a sample a plugin provides.",
            &[
                Arg::new(
                    "dataset_name",
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
                    "plugin",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.pluginId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "sample",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "params.sampleName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "version",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.version",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectCreateSampleDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::new_managed_dataset`.
        pub static PROJECT_NEW_MANAGED_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "new_managed_dataset",
            crate::rt::Server::DSS,
            "A managed dataset to set up (where it is stored, its partitioning), then create.",
            &[
                Arg::new(
                    "dataset_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssManagedDatasetCreationHelper"),
            [true, true, false],
        );
        ///`DssManagedFolder::create_dataset_from_files`.
        pub static MANAGED_FOLDER_CREATE_DATASET_FROM_FILES: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "create_dataset_from_files",
            crate::rt::Server::DSS,
            "Creates a dataset over the files of this folder (\"files in folder\").",
            &[
                Arg::new(
                    "dataset_name",
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
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ManagedFolderCreateDatasetFromFiles",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_CREATE_UPLOAD_DATASET,
        &endpoints::PROJECT_CREATE_FSLIKE_DATASET,
        &endpoints::PROJECT_CREATE_FILESYSTEM_DATASET,
        &endpoints::PROJECT_CREATE_S3_DATASET,
        &endpoints::PROJECT_CREATE_GCS_DATASET,
        &endpoints::PROJECT_CREATE_AZURE_BLOB_DATASET,
        &endpoints::PROJECT_CREATE_SQL_TABLE_DATASET,
        &endpoints::PROJECT_CREATE_SAMPLE_DATASET,
        &endpoints::PROJECT_NEW_MANAGED_DATASET,
        &endpoints::MANAGED_FOLDER_CREATE_DATASET_FROM_FILES,
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
    impl super::handles::DssProject {
        /**Creates an "uploaded files" dataset, empty; its files are added with
[`DssDataset::uploaded_add_file`](crate::DssDataset::uploaded_add_file).

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `connection`: Unset by default (then left out). Sent as JSON member `params.uploadConnection`.

Returns a [`ProjectCreateUploadDataset`](requests::ProjectCreateUploadDataset) request; nothing is sent until `.send()`.*/
        pub fn create_upload_dataset(
            &self,
            dataset_name: impl Into<String>,
        ) -> requests::ProjectCreateUploadDataset<'_> {
            requests::ProjectCreateUploadDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                connection: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset over files of a file-like connection (filesystem,
HDFS, S3, GCS, Azure, FTP, ...), of any such type.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `dataset_type`: The dataset type (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, ...). Sent as JSON member `type`.
- `connection`: The connection. Sent as JSON member `params.connection`.
- `path_in_connection`: Path of the files in the connection. Sent as JSON member `params.path`.

Optional arguments, set by name on the returned request:
- `extra_params`: Unset by default (then left out). Sent as the members of the JSON body.

Returns a [`ProjectCreateFslikeDataset`](requests::ProjectCreateFslikeDataset) request; nothing is sent until `.send()`.*/
        pub fn create_fslike_dataset(
            &self,
            dataset_name: impl Into<String>,
            dataset_type: impl Into<String>,
            connection: impl Into<String>,
            path_in_connection: impl Into<String>,
        ) -> requests::ProjectCreateFslikeDataset<'_> {
            requests::ProjectCreateFslikeDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                dataset_type: dataset_type.into(),
                connection: connection.into(),
                path_in_connection: path_in_connection.into(),
                extra_params: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset over files of a filesystem connection.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `connection`: The connection. Sent as JSON member `params.connection`.
- `path_in_connection`: Path of the files in the connection. Sent as JSON member `params.path`.

Returns a [`ProjectCreateFilesystemDataset`](requests::ProjectCreateFilesystemDataset) request; nothing is sent until `.send()`.*/
        pub fn create_filesystem_dataset(
            &self,
            dataset_name: impl Into<String>,
            connection: impl Into<String>,
            path_in_connection: impl Into<String>,
        ) -> requests::ProjectCreateFilesystemDataset<'_> {
            requests::ProjectCreateFilesystemDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                connection: connection.into(),
                path_in_connection: path_in_connection.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset over files of an S3 connection.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `connection`: The connection. Sent as JSON member `params.connection`.
- `path_in_connection`: Path of the files in the bucket. Sent as JSON member `params.path`.

Optional arguments, set by name on the returned request:
- `bucket`: Unset by default (then left out). Sent as JSON member `params.bucket`.

Returns a [`ProjectCreateS3Dataset`](requests::ProjectCreateS3Dataset) request; nothing is sent until `.send()`.*/
        pub fn create_s3_dataset(
            &self,
            dataset_name: impl Into<String>,
            connection: impl Into<String>,
            path_in_connection: impl Into<String>,
        ) -> requests::ProjectCreateS3Dataset<'_> {
            requests::ProjectCreateS3Dataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                connection: connection.into(),
                path_in_connection: path_in_connection.into(),
                bucket: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset over files of a Google Cloud Storage connection.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `connection`: The connection. Sent as JSON member `params.connection`.
- `path_in_connection`: Path of the files in the bucket. Sent as JSON member `params.path`.

Optional arguments, set by name on the returned request:
- `bucket`: Unset by default (then left out). Sent as JSON member `params.bucket`.

Returns a [`ProjectCreateGcsDataset`](requests::ProjectCreateGcsDataset) request; nothing is sent until `.send()`.*/
        pub fn create_gcs_dataset(
            &self,
            dataset_name: impl Into<String>,
            connection: impl Into<String>,
            path_in_connection: impl Into<String>,
        ) -> requests::ProjectCreateGcsDataset<'_> {
            requests::ProjectCreateGcsDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                connection: connection.into(),
                path_in_connection: path_in_connection.into(),
                bucket: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset over files of an Azure Blob Storage connection.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `connection`: The connection. Sent as JSON member `params.connection`.
- `path_in_connection`: Path of the files in the container. Sent as JSON member `params.path`.

Optional arguments, set by name on the returned request:
- `container`: Unset by default (then left out). Sent as JSON member `params.container`.

Returns a [`ProjectCreateAzureBlobDataset`](requests::ProjectCreateAzureBlobDataset) request; nothing is sent until `.send()`.*/
        pub fn create_azure_blob_dataset(
            &self,
            dataset_name: impl Into<String>,
            connection: impl Into<String>,
            path_in_connection: impl Into<String>,
        ) -> requests::ProjectCreateAzureBlobDataset<'_> {
            requests::ProjectCreateAzureBlobDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                connection: connection.into(),
                path_in_connection: path_in_connection.into(),
                container: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset over a table of a SQL connection.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `r#type`: The dataset type, that of the connection (`PostgreSQL`, `Snowflake`, ...). Sent as JSON member `type`.
- `connection`: The connection. Sent as JSON member `params.connection`.
- `table`: The table. Sent as JSON member `params.table`.
- `schema`: The table's schema. Sent as JSON member `params.schema`.

Optional arguments, set by name on the returned request:
- `catalog`: Unset by default (then sent as `null`). Sent as JSON member `params.catalog`.

Returns a [`ProjectCreateSqlTableDataset`](requests::ProjectCreateSqlTableDataset) request; nothing is sent until `.send()`.*/
        pub fn create_sql_table_dataset(
            &self,
            dataset_name: impl Into<String>,
            r#type: impl Into<String>,
            connection: impl Into<String>,
            table: impl Into<String>,
            schema: impl Into<String>,
        ) -> requests::ProjectCreateSqlTableDataset<'_> {
            requests::ProjectCreateSqlTableDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                r#type: r#type.into(),
                connection: connection.into(),
                table: table.into(),
                schema: schema.into(),
                catalog: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a dataset from a sample a plugin provides.

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `plugin`: The plugin's id. Sent as JSON member `params.pluginId`.
- `sample`: The sample's name in the plugin. Sent as JSON member `params.sampleName`.

Optional arguments, set by name on the returned request:
- `version`: Unset by default (then left out). Sent as JSON member `params.version`.

Returns a [`ProjectCreateSampleDataset`](requests::ProjectCreateSampleDataset) request; nothing is sent until `.send()`.*/
        pub fn create_sample_dataset(
            &self,
            dataset_name: impl Into<String>,
            plugin: impl Into<String>,
            sample: impl Into<String>,
        ) -> requests::ProjectCreateSampleDataset<'_> {
            requests::ProjectCreateSampleDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                plugin: plugin.into(),
                sample: sample.into(),
                version: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssManagedFolder {
        /**Creates a dataset over the files of this folder ("files in folder").

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.

Returns a [`ManagedFolderCreateDatasetFromFiles`](requests::ManagedFolderCreateDatasetFromFiles) request; nothing is sent until `.send()`.*/
        pub fn create_dataset_from_files(
            &self,
            dataset_name: impl Into<String>,
        ) -> requests::ManagedFolderCreateDatasetFromFiles<'_> {
            requests::ManagedFolderCreateDatasetFromFiles {
                __owner: self,
                dataset_name: dataset_name.into(),
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
                fn __signature_of_new_managed_dataset(
                    &self,
                    dataset_name: &str,
                ) -> DssManagedDatasetCreationHelper {
                    self.new_managed_dataset(dataset_name)
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
                ("DssProject", "create_upload_dataset") => {
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
                            .create_upload_dataset(args.str("dataset_name")?);
                        let __endpoint = requests::ProjectCreateUploadDataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("connection")? {
                            __r = __r.connection(__v);
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
                ("DssProject", "create_fslike_dataset") => {
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
                            .create_fslike_dataset(
                                args.str("dataset_name")?,
                                args.str("dataset_type")?,
                                args.str("connection")?,
                                args.str("path_in_connection")?,
                            );
                        let __endpoint = requests::ProjectCreateFslikeDataset::ENDPOINT;
                        if let Some(__v) = args.opt_json("extra_params")? {
                            __r = __r.extra_params(__v);
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
                ("DssProject", "create_filesystem_dataset") => {
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
                            .create_filesystem_dataset(
                                args.str("dataset_name")?,
                                args.str("connection")?,
                                args.str("path_in_connection")?,
                            );
                        let __endpoint = requests::ProjectCreateFilesystemDataset::ENDPOINT;
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
                ("DssProject", "create_s3_dataset") => {
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
                            .create_s3_dataset(
                                args.str("dataset_name")?,
                                args.str("connection")?,
                                args.str("path_in_connection")?,
                            );
                        let __endpoint = requests::ProjectCreateS3Dataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("bucket")? {
                            __r = __r.bucket(__v);
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
                ("DssProject", "create_gcs_dataset") => {
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
                            .create_gcs_dataset(
                                args.str("dataset_name")?,
                                args.str("connection")?,
                                args.str("path_in_connection")?,
                            );
                        let __endpoint = requests::ProjectCreateGcsDataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("bucket")? {
                            __r = __r.bucket(__v);
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
                ("DssProject", "create_azure_blob_dataset") => {
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
                            .create_azure_blob_dataset(
                                args.str("dataset_name")?,
                                args.str("connection")?,
                                args.str("path_in_connection")?,
                            );
                        let __endpoint = requests::ProjectCreateAzureBlobDataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("container")? {
                            __r = __r.container(__v);
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
                ("DssProject", "create_sql_table_dataset") => {
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
                            .create_sql_table_dataset(
                                args.str("dataset_name")?,
                                args.str("type")?,
                                args.str("connection")?,
                                args.str("table")?,
                                args.str("schema")?,
                            );
                        let __endpoint = requests::ProjectCreateSqlTableDataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("catalog")? {
                            __r = __r.catalog(__v);
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
                ("DssProject", "create_sample_dataset") => {
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
                            .create_sample_dataset(
                                args.str("dataset_name")?,
                                args.str("plugin")?,
                                args.str("sample")?,
                            );
                        let __endpoint = requests::ProjectCreateSampleDataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("version")? {
                            __r = __r.version(__v);
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
                ("DssManagedFolder", "create_dataset_from_files") => {
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
                        let mut __r = __owner
                            .create_dataset_from_files(args.str("dataset_name")?);
                        let __endpoint = requests::ManagedFolderCreateDatasetFromFiles::ENDPOINT;
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
