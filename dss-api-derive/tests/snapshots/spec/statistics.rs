// The expansion of `statistics.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/statistics.dss`.
pub mod spec_statistics {
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
        /**A statistics worksheet of a dataset, named by its id. `run_worksheet`
is written by hand over the requests below.*/
        #[derive(Clone)]
        pub struct DssStatisticsWorksheet {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dataset_name: String,
            pub(crate) worksheet_id: String,
        }
        impl DssStatisticsWorksheet {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `dataset_name` this handle points at.
            pub fn dataset_name(&self) -> &str {
                &self.dataset_name
            }
            ///The `worksheet_id` this handle points at.
            pub fn worksheet_id(&self) -> &str {
                &self.worksheet_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssStatisticsWorksheet {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssStatisticsWorksheet")
                    .field("project_key", &self.project_key)
                    .field("dataset_name", &self.dataset_name)
                    .field("worksheet_id", &self.worksheet_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a statistics worksheet, as `get_settings` reads them
(dataikuapi's `DSSStatisticsWorksheetSettings`): its cards (under
`rootCard`) and its sampling (`dataSpec`); changed, then sent back whole
by `save`.*/
        #[derive(Clone)]
        pub struct DssStatisticsWorksheetSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dataset_name: String,
            pub(crate) worksheet_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssStatisticsWorksheetSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `dataset_name` this handle points at.
            pub fn dataset_name(&self) -> &str {
                &self.dataset_name
            }
            ///The `worksheet_id` this handle points at.
            pub fn worksheet_id(&self) -> &str {
                &self.worksheet_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssStatisticsWorksheetSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssStatisticsWorksheetSettings")
                    .field("project_key", &self.project_key)
                    .field("dataset_name", &self.dataset_name)
                    .field("worksheet_id", &self.worksheet_id)
                    .field("document", &self.document)
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
        /**A statistics worksheet as listed by `list_statistics_worksheets`; its
id names it in
[`DssDataset::get_statistics_worksheet`](crate::DssDataset::get_statistics_worksheet).*/
        #[derive(Clone, PartialEq)]
        pub struct StatisticsWorksheetSummary {
            ///The worksheet's id.
            pub id: String,
            ///Its name.
            pub name: Option<String>,
            ///Project holding it.
            pub project_key: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for StatisticsWorksheetSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = StatisticsWorksheetSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `StatisticsWorksheetSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<StatisticsWorksheetSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "projectKey" => {
                                    __m_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectKey",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(StatisticsWorksheetSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            name: __m_name,
                            project_key: __m_project_key,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for StatisticsWorksheetSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for StatisticsWorksheetSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("StatisticsWorksheetSummary")
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("project_key", &self.project_key)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl StatisticsWorksheetSummary {}
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
        ///Request value of [`DssDataset::list_statistics_worksheets`](super::super::handles::DssDataset::list_statistics_worksheets): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetListStatisticsWorksheets<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetListStatisticsWorksheets<'a> {
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
                __call.lit("/statistics/worksheets/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetListStatisticsWorksheets,
            super::endpoints::DATASET_LIST_STATISTICS_WORKSHEETS, json(Vec <
            StatisticsWorksheetSummary >,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetListStatisticsWorksheets<'_> {}
        ///Request value of [`DssDataset::create_statistics_worksheet`](super::super::handles::DssDataset::create_statistics_worksheet): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreateStatisticsWorksheet<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreateStatisticsWorksheet<'a> {
            /**The worksheet's name.

Default: `My worksheet`. Sent as JSON member `name`.*/
            pub fn name(mut self, name: impl Into<String>) -> Self {
                self.name = name.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/statistics/worksheets/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("dataSpec"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("inputDatasetSmartName"),
                                                ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                            );
                                        __map
                                            .insert(
                                                String::from("datasetSelection"),
                                                {
                                                    let mut __map = ::serde_json::Map::new();
                                                    __map
                                                        .insert(
                                                            String::from("partitionSelectionMethod"),
                                                            ::serde_json::Value::from("ALL"),
                                                        );
                                                    __map
                                                        .insert(
                                                            String::from("maxRecords"),
                                                            ::serde_json::Value::from(30000i64),
                                                        );
                                                    __map
                                                        .insert(
                                                            String::from("samplingMethod"),
                                                            ::serde_json::Value::from("FULL"),
                                                        );
                                                    ::serde_json::Value::Object(__map)
                                                },
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssStatisticsWorksheet,
                crate::rt::Error,
            > {
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
                            let __f_dataset_name = ::core::clone::Clone::clone(
                                &__owner.dataset_name,
                            );
                            let __f_worksheet_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssStatisticsWorksheet {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                                worksheet_id: __f_worksheet_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreateStatisticsWorksheet,
            super::endpoints::DATASET_CREATE_STATISTICS_WORKSHEET, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreateStatisticsWorksheet<'_> {}
        ///Request value of [`DssStatisticsWorksheet::delete`](super::super::handles::DssStatisticsWorksheet::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StatisticsWorksheetDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStatisticsWorksheet,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StatisticsWorksheetDelete<'a> {
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
                __call.lit("/statistics/worksheets/");
                __call.segment("worksheet_id", &__owner.worksheet_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StatisticsWorksheetDelete, super::endpoints::STATISTICS_WORKSHEET_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StatisticsWorksheetDelete<'_> {}
        ///Request value of [`DssStatisticsWorksheet::get_settings`](super::super::handles::DssStatisticsWorksheet::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StatisticsWorksheetGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStatisticsWorksheet,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StatisticsWorksheetGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssStatisticsWorksheet,),
                ),
                crate::rt::Error,
            > {
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
                __call.lit("/statistics/worksheets/");
                __call.segment("worksheet_id", &__owner.worksheet_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssStatisticsWorksheetSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = ::core::clone::Clone::clone(
                                &__owner.dataset_name,
                            );
                            let __f_worksheet_id = ::core::clone::Clone::clone(
                                &__owner.worksheet_id,
                            );
                            super::super::handles::DssStatisticsWorksheetSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                                worksheet_id: __f_worksheet_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            StatisticsWorksheetGetSettings,
            super::endpoints::STATISTICS_WORKSHEET_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StatisticsWorksheetGetSettings<'_> {}
        ///Request value of [`DssStatisticsWorksheet::run_card`](super::super::handles::DssStatisticsWorksheet::run_card): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StatisticsWorksheetRunCard<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStatisticsWorksheet,
            pub(crate) card: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StatisticsWorksheetRunCard<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, card, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/statistics/worksheets/");
                __call.segment("worksheet_id", &__owner.worksheet_id, false)?;
                __call.lit("/actions/run-card");
                __call.json(&::serde_json::Value::from(card))?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}/actions/run-card`) and returns the answer.
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
            StatisticsWorksheetRunCard, super::endpoints::STATISTICS_WORKSHEET_RUN_CARD,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StatisticsWorksheetRunCard<'_> {}
        ///Request value of [`DssStatisticsWorksheet::run_computation`](super::super::handles::DssStatisticsWorksheet::run_computation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StatisticsWorksheetRunComputation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStatisticsWorksheet,
            pub(crate) computation: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StatisticsWorksheetRunComputation<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, computation, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/statistics/worksheets/");
                __call.segment("worksheet_id", &__owner.worksheet_id, false)?;
                __call.lit("/actions/run-computation");
                __call.json(&::serde_json::Value::from(computation))?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}/actions/run-computation`) and returns the answer.
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
            StatisticsWorksheetRunComputation,
            super::endpoints::STATISTICS_WORKSHEET_RUN_COMPUTATION, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StatisticsWorksheetRunComputation<'_> {}
        ///Request value of [`DssStatisticsWorksheetSettings::save`](super::super::handles::DssStatisticsWorksheetSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StatisticsWorksheetSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStatisticsWorksheetSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StatisticsWorksheetSettingsSave<'a> {
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
                __call.lit("/statistics/worksheets/");
                __call.segment("worksheet_id", &__owner.worksheet_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StatisticsWorksheetSettingsSave,
            super::endpoints::STATISTICS_WORKSHEET_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StatisticsWorksheetSettingsSave<'_> {}
        crate::rt::request_list!(
            DatasetListStatisticsWorksheets, DatasetCreateStatisticsWorksheet,
            StatisticsWorksheetDelete, StatisticsWorksheetGetSettings,
            StatisticsWorksheetRunCard, StatisticsWorksheetRunComputation,
            StatisticsWorksheetSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssDataset::list_statistics_worksheets`.
        pub static DATASET_LIST_STATISTICS_WORKSHEETS: Endpoint = Endpoint::new(
            "DssDataset",
            "list_statistics_worksheets",
            crate::rt::Server::DSS,
            "Lists the statistics worksheets of the dataset.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/",
                    &[],
                    "DatasetListStatisticsWorksheets",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < StatisticsWorksheetSummary >"),
            [false, true, false],
        );
        ///`DssDataset::create_statistics_worksheet`.
        pub static DATASET_CREATE_STATISTICS_WORKSHEET: Endpoint = Endpoint::new(
            "DssDataset",
            "create_statistics_worksheet",
            crate::rt::Server::DSS,
            "Creates a statistics worksheet on the whole dataset (a sample of at most 30,000 rows, all partitions) and returns a handle on it.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Default("My worksheet"),
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
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/",
                    &[],
                    "DatasetCreateStatisticsWorksheet",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStatisticsWorksheet"),
            [false, true, false],
        );
        ///`DssDataset::get_statistics_worksheet`.
        pub static DATASET_GET_STATISTICS_WORKSHEET: Endpoint = Endpoint::new(
            "DssDataset",
            "get_statistics_worksheet",
            crate::rt::Server::DSS,
            "A handle on one statistics worksheet of the dataset.",
            &[
                Arg::new(
                    "worksheet_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssStatisticsWorksheet"),
            [false, true, false],
        );
        ///`DssStatisticsWorksheet::delete`.
        pub static STATISTICS_WORKSHEET_DELETE: Endpoint = Endpoint::new(
            "DssStatisticsWorksheet",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the worksheet.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}",
                    &[],
                    "StatisticsWorksheetDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssStatisticsWorksheet::get_settings`.
        pub static STATISTICS_WORKSHEET_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssStatisticsWorksheet",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the worksheet's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}",
                    &[],
                    "StatisticsWorksheetGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStatisticsWorksheetSettings"),
            [false, true, false],
        );
        ///`DssStatisticsWorksheet::run_card`.
        pub static STATISTICS_WORKSHEET_RUN_CARD: Endpoint = Endpoint::new(
            "DssStatisticsWorksheet",
            "run_card",
            crate::rt::Server::DSS,
            "Computes one card (its definition, e.g.",
            &[
                Arg::new(
                    "card",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}/actions/run-card",
                    &[],
                    "StatisticsWorksheetRunCard",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssStatisticsWorksheet::run_computation`.
        pub static STATISTICS_WORKSHEET_RUN_COMPUTATION: Endpoint = Endpoint::new(
            "DssStatisticsWorksheet",
            "run_computation",
            crate::rt::Server::DSS,
            "Runs one computation (its definition) on the worksheet's data, waits for it and returns its result; `.start()` returns the task instead (dataikuapi's `wait=False`).",
            &[
                Arg::new(
                    "computation",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}/actions/run-computation",
                    &[],
                    "StatisticsWorksheetRunComputation",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssStatisticsWorksheet::run_worksheet`.
        pub static STATISTICS_WORKSHEET_RUN_WORKSHEET: Endpoint = Endpoint::new(
            "DssStatisticsWorksheet",
            "run_worksheet",
            crate::rt::Server::DSS,
            "Computes the whole worksheet: reads its settings, then runs its root card as [`run_card`](crate::DssStatisticsWorksheet::run_card) does.",
            &[],
            None,
            ResultKind::HandWritten("StatisticsRunWorksheet < '_ >"),
            [true, true, false],
        );
        ///`DssStatisticsWorksheetSettings::save`.
        pub static STATISTICS_WORKSHEET_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssStatisticsWorksheetSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}",
                    &[],
                    "StatisticsWorksheetSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssStatisticsWorksheetSettings::add_card`.
        pub static STATISTICS_WORKSHEET_SETTINGS_ADD_CARD: Endpoint = Endpoint::new(
            "DssStatisticsWorksheetSettings",
            "add_card",
            crate::rt::Server::DSS,
            "Adds a card (its definition) at the end of the worksheet's cards.",
            &[Arg::new("card", "Value", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("& mut DssStatisticsWorksheetSettings"),
            [true, true, false],
        );
        ///`DssStatisticsWorksheetSettings::list_cards`.
        pub static STATISTICS_WORKSHEET_SETTINGS_LIST_CARDS: Endpoint = Endpoint::new(
            "DssStatisticsWorksheetSettings",
            "list_cards",
            crate::rt::Server::DSS,
            "The definitions of the worksheet's cards, in order.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & Value >"),
            [true, true, false],
        );
        ///`DssStatisticsWorksheetSettings::get_raw_sampling_settings`.
        pub static STATISTICS_WORKSHEET_SETTINGS_GET_RAW_SAMPLING_SETTINGS: Endpoint = Endpoint::new(
            "DssStatisticsWorksheetSettings",
            "get_raw_sampling_settings",
            crate::rt::Server::DSS,
            "How the worksheet samples the dataset (`datasetSelection`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssStatisticsWorksheetSettings::set_sampling_settings`.
        pub static STATISTICS_WORKSHEET_SETTINGS_SET_SAMPLING_SETTINGS: Endpoint = Endpoint::new(
            "DssStatisticsWorksheetSettings",
            "set_sampling_settings",
            crate::rt::Server::DSS,
            "Sets how the worksheet samples the dataset.",
            &[
                Arg::new(
                    "selection",
                    "json",
                    Presence::Required,
                    Place::Document("dataSpec.datasetSelection"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssStatisticsWorksheetSettings::get_raw`.
        pub static STATISTICS_WORKSHEET_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssStatisticsWorksheetSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::DATASET_LIST_STATISTICS_WORKSHEETS,
        &endpoints::DATASET_CREATE_STATISTICS_WORKSHEET,
        &endpoints::DATASET_GET_STATISTICS_WORKSHEET,
        &endpoints::STATISTICS_WORKSHEET_DELETE,
        &endpoints::STATISTICS_WORKSHEET_GET_SETTINGS,
        &endpoints::STATISTICS_WORKSHEET_RUN_CARD,
        &endpoints::STATISTICS_WORKSHEET_RUN_COMPUTATION,
        &endpoints::STATISTICS_WORKSHEET_RUN_WORKSHEET,
        &endpoints::STATISTICS_WORKSHEET_SETTINGS_SAVE,
        &endpoints::STATISTICS_WORKSHEET_SETTINGS_ADD_CARD,
        &endpoints::STATISTICS_WORKSHEET_SETTINGS_LIST_CARDS,
        &endpoints::STATISTICS_WORKSHEET_SETTINGS_GET_RAW_SAMPLING_SETTINGS,
        &endpoints::STATISTICS_WORKSHEET_SETTINGS_SET_SAMPLING_SETTINGS,
        &endpoints::STATISTICS_WORKSHEET_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssStatisticsWorksheet",
                doc: "A statistics worksheet of a dataset, named by its id.",
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
                    HandleField {
                        name: "worksheet_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssStatisticsWorksheetSettings",
                doc: "The settings of a statistics worksheet, as `get_settings` reads them (dataikuapi's `DSSStatisticsWorksheetSettings`): its cards (under `rootCard`) and its sampling (`dataSpec`); changed, then sent back whole by `save`.",
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
                    HandleField {
                        name: "worksheet_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[
            Model {
                name: "StatisticsWorksheetSummary",
                doc: "A statistics worksheet as listed by `list_statistics_worksheets`; its id names it in [`DssDataset::get_statistics_worksheet`](crate::DssDataset::get_statistics_worksheet).",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "name",
                        wire: "name",
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
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssDataset {
        /**Lists the statistics worksheets of the dataset.

`GET /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/`

Returns a [`DatasetListStatisticsWorksheets`](requests::DatasetListStatisticsWorksheets) request; nothing is sent until `.send()`.*/
        pub fn list_statistics_worksheets(
            &self,
        ) -> requests::DatasetListStatisticsWorksheets<'_> {
            requests::DatasetListStatisticsWorksheets {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a statistics worksheet on the whole dataset (a sample of at
most 30,000 rows, all partitions) and returns a handle on it.

`POST /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `name`: Default: `My worksheet`. Sent as JSON member `name`.

Returns a [`DatasetCreateStatisticsWorksheet`](requests::DatasetCreateStatisticsWorksheet) request; nothing is sent until `.send()`.*/
        pub fn create_statistics_worksheet(
            &self,
        ) -> requests::DatasetCreateStatisticsWorksheet<'_> {
            requests::DatasetCreateStatisticsWorksheet {
                __owner: self,
                name: String::from("My worksheet"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one statistics worksheet of the dataset.

Builds a handle; sends no request.*/
        pub fn get_statistics_worksheet(
            &self,
            worksheet_id: impl Into<String>,
        ) -> super::handles::DssStatisticsWorksheet {
            let worksheet_id = worksheet_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_dataset_name = ::core::clone::Clone::clone(&self.dataset_name);
                let __f_worksheet_id = worksheet_id;
                super::handles::DssStatisticsWorksheet {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    dataset_name: __f_dataset_name,
                    worksheet_id: __f_worksheet_id,
                }
            }
        }
    }
    impl super::handles::DssStatisticsWorksheet {
        /**Deletes the worksheet.

`DELETE /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}`

Returns a [`StatisticsWorksheetDelete`](requests::StatisticsWorksheetDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::StatisticsWorksheetDelete<'_> {
            requests::StatisticsWorksheetDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the worksheet's settings, to change and `save`.

`GET /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}`

Returns a [`StatisticsWorksheetGetSettings`](requests::StatisticsWorksheetGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::StatisticsWorksheetGetSettings<'_> {
            requests::StatisticsWorksheetGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes one card (its definition, e.g. one of the worksheet's
`rootCard.cards`) on the worksheet's data, waits for it and returns
its result; `.start()` returns the task instead (dataikuapi's
`wait=False`).

`POST /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}/actions/run-card`

Never retried: sending it twice could do the work twice.

Arguments:
- `card`: The card's definition. Sent as the JSON body.

Returns a [`StatisticsWorksheetRunCard`](requests::StatisticsWorksheetRunCard) request; nothing is sent until `.send()`.*/
        pub fn run_card(
            &self,
            card: impl Into<::serde_json::Value>,
        ) -> requests::StatisticsWorksheetRunCard<'_> {
            requests::StatisticsWorksheetRunCard {
                __owner: self,
                card: card.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs one computation (its definition) on the worksheet's data, waits
for it and returns its result; `.start()` returns the task instead
(dataikuapi's `wait=False`).

`POST /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}/actions/run-computation`

Never retried: sending it twice could do the work twice.

Arguments:
- `computation`: The computation's definition. Sent as the JSON body.

Returns a [`StatisticsWorksheetRunComputation`](requests::StatisticsWorksheetRunComputation) request; nothing is sent until `.send()`.*/
        pub fn run_computation(
            &self,
            computation: impl Into<::serde_json::Value>,
        ) -> requests::StatisticsWorksheetRunComputation<'_> {
            requests::StatisticsWorksheetRunComputation {
                __owner: self,
                computation: computation.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssStatisticsWorksheetSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/datasets/{dataset_name}/statistics/worksheets/{worksheet_id}`

Returns a [`StatisticsWorksheetSettingsSave`](requests::StatisticsWorksheetSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::StatisticsWorksheetSettingsSave<'_> {
            requests::StatisticsWorksheetSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**How the worksheet samples the dataset (`datasetSelection`).

Reads the document this value holds; sends no request.*/
        pub fn get_raw_sampling_settings(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("dataSpec.datasetSelection")
        }
        /**Sets how the worksheet samples the dataset.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_sampling_settings(
            &mut self,
            selection: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("dataSpec.datasetSelection", selection.into());
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
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
            impl super::handles::DssStatisticsWorksheet {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_run_worksheet(&self) -> StatisticsRunWorksheet<'_> {
                    self.run_worksheet()
                }
            }
            impl super::handles::DssStatisticsWorksheetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_card(
                    &mut self,
                    card: Value,
                ) -> &mut DssStatisticsWorksheetSettings {
                    self.add_card(card)
                }
            }
            impl super::handles::DssStatisticsWorksheetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_cards(&self) -> Vec<&Value> {
                    self.list_cards()
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
                ("DssDataset", "list_statistics_worksheets") => {
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
                        let mut __r = __owner.list_statistics_worksheets();
                        let __endpoint = requests::DatasetListStatisticsWorksheets::ENDPOINT;
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
                ("DssDataset", "create_statistics_worksheet") => {
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
                        let mut __r = __owner.create_statistics_worksheet();
                        let __endpoint = requests::DatasetCreateStatisticsWorksheet::ENDPOINT;
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
                ("DssStatisticsWorksheet", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name, __id_worksheet_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssStatisticsWorksheet", ids)?;
                        let __owner = super::handles::DssStatisticsWorksheet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            worksheet_id: __id_worksheet_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::StatisticsWorksheetDelete::ENDPOINT;
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
                ("DssStatisticsWorksheet", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name, __id_worksheet_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssStatisticsWorksheet", ids)?;
                        let __owner = super::handles::DssStatisticsWorksheet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            worksheet_id: __id_worksheet_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::StatisticsWorksheetGetSettings::ENDPOINT;
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
                ("DssStatisticsWorksheet", "run_card") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name, __id_worksheet_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssStatisticsWorksheet", ids)?;
                        let __owner = super::handles::DssStatisticsWorksheet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            worksheet_id: __id_worksheet_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run_card(args.json("card")?);
                        let __endpoint = requests::StatisticsWorksheetRunCard::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssStatisticsWorksheet", "run_computation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name, __id_worksheet_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssStatisticsWorksheet", ids)?;
                        let __owner = super::handles::DssStatisticsWorksheet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            worksheet_id: __id_worksheet_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run_computation(args.json("computation")?);
                        let __endpoint = requests::StatisticsWorksheetRunComputation::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssStatisticsWorksheetSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name, __id_worksheet_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssStatisticsWorksheetSettings", ids)?;
                        let __owner = super::handles::DssStatisticsWorksheetSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            worksheet_id: __id_worksheet_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::StatisticsWorksheetSettingsSave::ENDPOINT;
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
        Some(
            match document {
                "DssStatisticsWorksheetSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name, __id_worksheet_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssStatisticsWorksheet", ids)?;
                        let __owner = super::handles::DssStatisticsWorksheet {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            worksheet_id: __id_worksheet_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Every model and handle hides its secrets (see the generator's
    /// `codegen/secrets.rs`).
    #[cfg(test)]
    mod secret_tests {
        #[test]
        fn no_model_shows_a_secret() {
            let mut checked = 0usize;
            let model: super::models::StatisticsWorksheetSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"name\":\"plain\",\"projectKey\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "StatisticsWorksheetSummary"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "StatisticsWorksheetSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssStatisticsWorksheet {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dataset_name: ::std::string::String::from("plain"),
                worksheet_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssStatisticsWorksheet"
            );
            checked += 1;
            let handle = super::handles::DssStatisticsWorksheetSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dataset_name: ::std::string::String::from("plain"),
                worksheet_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssStatisticsWorksheetSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
