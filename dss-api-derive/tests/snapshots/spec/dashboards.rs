// The expansion of `dashboards.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/dashboards.dss`.
pub mod spec_dashboards {
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
        ///A dashboard of a project, named by its id.
        #[derive(Clone)]
        pub struct DssDashboard {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dashboard_id: String,
        }
        impl DssDashboard {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `dashboard_id` this handle points at.
            pub fn dashboard_id(&self) -> &str {
                &self.dashboard_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssDashboard {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDashboard")
                    .field("project_key", &self.project_key)
                    .field("dashboard_id", &self.dashboard_id)
                    .finish_non_exhaustive()
            }
        }
        /**An insight of a project (a chart, a table, a metric... shown on
dashboards), named by its id.*/
        #[derive(Clone)]
        pub struct DssInsight {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) insight_id: String,
        }
        impl DssInsight {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `insight_id` this handle points at.
            pub fn insight_id(&self) -> &str {
                &self.insight_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssInsight {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssInsight")
                    .field("project_key", &self.project_key)
                    .field("insight_id", &self.insight_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a dashboard, as `get_settings` reads them (dataikuapi's
`DSSDashboardSettings`): its name, pages and tiles, tags, ...; changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssDashboardSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dashboard_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssDashboardSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `dashboard_id` this handle points at.
            pub fn dashboard_id(&self) -> &str {
                &self.dashboard_id
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
        impl ::core::fmt::Debug for DssDashboardSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDashboardSettings")
                    .field("project_key", &self.project_key)
                    .field("dashboard_id", &self.dashboard_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of an insight, as `get_settings` reads them (dataikuapi's
`DSSInsightSettings`): its name, type, parameters, tags, ...; changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssInsightSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) insight_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssInsightSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `insight_id` this handle points at.
            pub fn insight_id(&self) -> &str {
                &self.insight_id
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
        impl ::core::fmt::Debug for DssInsightSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssInsightSettings")
                    .field("project_key", &self.project_key)
                    .field("insight_id", &self.insight_id)
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
        ///A dashboard as listed by `list_dashboards`.
        #[derive(Clone, PartialEq)]
        pub struct DashboardListItem {
            ///Project holding the dashboard.
            pub project_key: String,
            ///The dashboard's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///Whether it is promoted to every reader of the project.
            pub listed: Option<bool>,
            ///Login of its owner.
            pub owner: Option<String>,
            ///Number of pages.
            pub num_pages: Option<i64>,
            ///Number of tiles, all pages together.
            pub num_tiles: Option<i64>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DashboardListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DashboardListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DashboardListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DashboardListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_listed: Option<bool> = None;
                        let mut __m_owner: Option<String> = None;
                        let mut __m_num_pages: Option<i64> = None;
                        let mut __m_num_tiles: Option<i64> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
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
                                "listed" => {
                                    __m_listed = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "listed",
                                    )?;
                                }
                                "owner" => {
                                    __m_owner = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "owner",
                                    )?;
                                }
                                "numPages" => {
                                    __m_num_pages = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "numPages",
                                    )?;
                                }
                                "numTiles" => {
                                    __m_num_tiles = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "numTiles",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DashboardListItem {
                            project_key: match __m_project_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "projectKey",
                                        ),
                                    );
                                }
                            },
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            name: __m_name,
                            listed: __m_listed,
                            owner: __m_owner,
                            num_pages: __m_num_pages,
                            num_tiles: __m_num_tiles,
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DashboardListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
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
                    "listed",
                    &self.listed,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "owner",
                    &self.owner,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "numPages",
                    &self.num_pages,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "numTiles",
                    &self.num_tiles,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DashboardListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DashboardListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("listed", &self.listed)
                    .field("owner", &self.owner)
                    .field("num_pages", &self.num_pages)
                    .field("num_tiles", &self.num_tiles)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DashboardListItem {
            ///The [`DssDashboard`](super::super::handles::DssDashboard) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssDashboard {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_dashboard_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssDashboard {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        dashboard_id: __f_dashboard_id,
                    }
                }
            }
        }
        ///An insight as listed by `list_insights`.
        #[derive(Clone, PartialEq)]
        pub struct InsightListItem {
            ///Project holding the insight.
            pub project_key: String,
            ///The insight's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///Insight type (`chart`, `dataset_table`, `metrics`, ...).
            pub r#type: Option<String>,
            ///Whether it is promoted to every reader of the project.
            pub listed: Option<bool>,
            ///Login of its owner.
            pub owner: Option<String>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for InsightListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = InsightListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `InsightListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<InsightListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_listed: Option<bool> = None;
                        let mut __m_owner: Option<String> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
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
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "listed" => {
                                    __m_listed = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "listed",
                                    )?;
                                }
                                "owner" => {
                                    __m_owner = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "owner",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(InsightListItem {
                            project_key: match __m_project_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "projectKey",
                                        ),
                                    );
                                }
                            },
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            name: __m_name,
                            r#type: __m_type,
                            listed: __m_listed,
                            owner: __m_owner,
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for InsightListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
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
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "listed",
                    &self.listed,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "owner",
                    &self.owner,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for InsightListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("InsightListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("listed", &self.listed)
                    .field("owner", &self.owner)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl InsightListItem {
            ///The [`DssInsight`](super::super::handles::DssInsight) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssInsight {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_insight_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssInsight {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        insight_id: __f_insight_id,
                    }
                }
            }
        }
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
        ///Request value of [`DssProject::list_dashboards`](super::super::handles::DssProject::list_dashboards): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListDashboards<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListDashboards<'a> {
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
                __call.lit("/dashboards/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListDashboards, super::endpoints::PROJECT_LIST_DASHBOARDS, json(Vec <
            DashboardListItem >,
            "Sends the request (`GET /projects/{project_key}/dashboards/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListDashboards<'_> {}
        ///Request value of [`DssProject::create_dashboard_from`](super::super::handles::DssProject::create_dashboard_from): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateDashboardFrom<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) settings: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateDashboardFrom<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, settings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/dashboards/");
                __call.json(&::serde_json::Value::from(settings))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/dashboards/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDashboard, crate::rt::Error> {
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
                            let __f_dashboard_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssDashboard {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dashboard_id: __f_dashboard_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateDashboardFrom, super::endpoints::PROJECT_CREATE_DASHBOARD_FROM,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateDashboardFrom<'_> {}
        ///Request value of [`DssProject::list_insights`](super::super::handles::DssProject::list_insights): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListInsights<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListInsights<'a> {
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
                __call.lit("/insights/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListInsights, super::endpoints::PROJECT_LIST_INSIGHTS, json(Vec <
            InsightListItem >,
            "Sends the request (`GET /projects/{project_key}/insights/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListInsights<'_> {}
        ///Request value of [`DssProject::create_insight`](super::super::handles::DssProject::create_insight): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateInsight<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) creation_info: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateInsight<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, creation_info, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/insights/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("insightPrototype"),
                                    ::serde_json::Value::from(creation_info),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/insights/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssInsight, crate::rt::Error> {
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
                            let __f_insight_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssInsight {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                insight_id: __f_insight_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateInsight, super::endpoints::PROJECT_CREATE_INSIGHT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateInsight<'_> {}
        ///Request value of [`DssDashboard::delete`](super::super::handles::DssDashboard::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DashboardDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDashboard,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DashboardDelete<'a> {
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
                __call.lit("/dashboards/");
                __call.segment("dashboard_id", &__owner.dashboard_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DashboardDelete, super::endpoints::DASHBOARD_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/dashboards/{dashboard_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DashboardDelete<'_> {}
        ///Request value of [`DssDashboard::get_settings`](super::super::handles::DssDashboard::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DashboardGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDashboard,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DashboardGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDashboard,)),
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
                __call.lit("/dashboards/");
                __call.segment("dashboard_id", &__owner.dashboard_id, false)?;
                __call.lit("/");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/dashboards/{dashboard_id}/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDashboardSettings, crate::rt::Error> {
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
                            let __f_dashboard_id = ::core::clone::Clone::clone(
                                &__owner.dashboard_id,
                            );
                            super::super::handles::DssDashboardSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dashboard_id: __f_dashboard_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DashboardGetSettings, super::endpoints::DASHBOARD_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DashboardGetSettings<'_> {}
        ///Request value of [`DssDashboardSettings::save`](super::super::handles::DssDashboardSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DashboardSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDashboardSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DashboardSettingsSave<'a> {
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
                __call.lit("/dashboards/");
                __call.segment("dashboard_id", &__owner.dashboard_id, false)?;
                __call.lit("/");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DashboardSettingsSave, super::endpoints::DASHBOARD_SETTINGS_SAVE, json(Value,
            "Sends the request (`PUT /projects/{project_key}/dashboards/{dashboard_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DashboardSettingsSave<'_> {}
        ///Request value of [`DssInsight::delete`](super::super::handles::DssInsight::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InsightDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssInsight,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InsightDelete<'a> {
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
                __call.lit("/insights/");
                __call.segment("insight_id", &__owner.insight_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            InsightDelete, super::endpoints::INSIGHT_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/insights/{insight_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InsightDelete<'_> {}
        ///Request value of [`DssInsight::get_settings`](super::super::handles::DssInsight::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InsightGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssInsight,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InsightGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssInsight,)),
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
                __call.lit("/insights/");
                __call.segment("insight_id", &__owner.insight_id, false)?;
                __call.lit("/");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/insights/{insight_id}/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssInsightSettings, crate::rt::Error> {
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
                            let __f_insight_id = ::core::clone::Clone::clone(
                                &__owner.insight_id,
                            );
                            super::super::handles::DssInsightSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                insight_id: __f_insight_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            InsightGetSettings, super::endpoints::INSIGHT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InsightGetSettings<'_> {}
        ///Request value of [`DssInsightSettings::save`](super::super::handles::DssInsightSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InsightSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssInsightSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InsightSettingsSave<'a> {
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
                __call.lit("/insights/");
                __call.segment("insight_id", &__owner.insight_id, false)?;
                __call.lit("/");
                __call
                    .json(
                        &crate::rt::DocumentIn {
                            key: "insight",
                            document: &__owner.document,
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            InsightSettingsSave, super::endpoints::INSIGHT_SETTINGS_SAVE, json(Value,
            "Sends the request (`POST /projects/{project_key}/insights/{insight_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InsightSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListDashboards, ProjectCreateDashboardFrom, ProjectListInsights,
            ProjectCreateInsight, DashboardDelete, DashboardGetSettings,
            DashboardSettingsSave, InsightDelete, InsightGetSettings, InsightSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_dashboards`.
        pub static PROJECT_LIST_DASHBOARDS: Endpoint = Endpoint::new(
            "DssProject",
            "list_dashboards",
            crate::rt::Server::DSS,
            "Lists the dashboards of the project; each item converts to a [`DssDashboard`](crate::DssDashboard) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/dashboards/",
                    &[],
                    "ProjectListDashboards",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DashboardListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_dashboard`.
        pub static PROJECT_GET_DASHBOARD: Endpoint = Endpoint::new(
            "DssProject",
            "get_dashboard",
            crate::rt::Server::DSS,
            "A handle on one dashboard of the project.",
            &[
                Arg::new(
                    "dashboard_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssDashboard"),
            [false, true, false],
        );
        ///`DssProject::create_dashboard_from`.
        pub static PROJECT_CREATE_DASHBOARD_FROM: Endpoint = Endpoint::new(
            "DssProject",
            "create_dashboard_from",
            crate::rt::Server::DSS,
            "Creates a dashboard from its whole settings: the request behind [`create_dashboard`](crate::DssProject::create_dashboard).",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/dashboards/",
                    &[],
                    "ProjectCreateDashboardFrom",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDashboard"),
            [false, false, false],
        );
        ///`DssProject::create_dashboard`.
        pub static PROJECT_CREATE_DASHBOARD: Endpoint = Endpoint::new(
            "DssProject",
            "create_dashboard",
            crate::rt::Server::DSS,
            "Creates a dashboard (with no page, unless settings are given) and returns a handle on it.",
            &[
                Arg::new(
                    "dashboard_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ProjectCreateDashboard < '_ >"),
            [true, true, false],
        );
        ///`DssProject::list_insights`.
        pub static PROJECT_LIST_INSIGHTS: Endpoint = Endpoint::new(
            "DssProject",
            "list_insights",
            crate::rt::Server::DSS,
            "Lists the insights of the project; each item converts to a [`DssInsight`](crate::DssInsight) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/insights/",
                    &[],
                    "ProjectListInsights",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < InsightListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_insight`.
        pub static PROJECT_GET_INSIGHT: Endpoint = Endpoint::new(
            "DssProject",
            "get_insight",
            crate::rt::Server::DSS,
            "A handle on one insight of the project.",
            &[
                Arg::new(
                    "insight_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssInsight"),
            [false, true, false],
        );
        ///`DssProject::create_insight`.
        pub static PROJECT_CREATE_INSIGHT: Endpoint = Endpoint::new(
            "DssProject",
            "create_insight",
            crate::rt::Server::DSS,
            "Creates an insight and returns a handle on it.",
            &[
                Arg::new(
                    "creation_info",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "insightPrototype",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/insights/",
                    &[],
                    "ProjectCreateInsight",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssInsight"),
            [false, true, false],
        );
        ///`DssDashboard::delete`.
        pub static DASHBOARD_DELETE: Endpoint = Endpoint::new(
            "DssDashboard",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the dashboard.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/dashboards/{dashboard_id}/",
                    &[],
                    "DashboardDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDashboard::get_settings`.
        pub static DASHBOARD_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssDashboard",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the dashboard's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/dashboards/{dashboard_id}/",
                    &[],
                    "DashboardGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDashboardSettings"),
            [false, true, false],
        );
        ///`DssDashboardSettings::save`.
        pub static DASHBOARD_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed (DSS answers with the saved dashboard).",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/dashboards/{dashboard_id}/",
                    &[],
                    "DashboardSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDashboardSettings::id`.
        pub static DASHBOARD_SETTINGS_ID: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "id",
            crate::rt::Server::DSS,
            "The dashboard's id.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::name`.
        pub static DASHBOARD_SETTINGS_NAME: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "name",
            crate::rt::Server::DSS,
            "The dashboard's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::listed`.
        pub static DASHBOARD_SETTINGS_LISTED: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "listed",
            crate::rt::Server::DSS,
            "Whether the dashboard is promoted to every reader of the project.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::owner`.
        pub static DASHBOARD_SETTINGS_OWNER: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "owner",
            crate::rt::Server::DSS,
            "Login of the dashboard's owner.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::tags`.
        pub static DASHBOARD_SETTINGS_TAGS: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "tags",
            crate::rt::Server::DSS,
            "The tags of the dashboard.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::set_tags`.
        pub static DASHBOARD_SETTINGS_SET_TAGS: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the tags of the dashboard.",
            &[
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Required,
                    Place::Document("tags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDashboardSettings::description`.
        pub static DASHBOARD_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "description",
            crate::rt::Server::DSS,
            "The description of the dashboard.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::set_description`.
        pub static DASHBOARD_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the description of the dashboard.",
            &[
                Arg::new(
                    "description",
                    "str",
                    Presence::Required,
                    Place::Document("description"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDashboardSettings::short_description`.
        pub static DASHBOARD_SETTINGS_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "short_description",
            crate::rt::Server::DSS,
            "The short description of the dashboard.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::set_short_description`.
        pub static DASHBOARD_SETTINGS_SET_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "set_short_description",
            crate::rt::Server::DSS,
            "Sets the short description of the dashboard.",
            &[
                Arg::new(
                    "short_description",
                    "str",
                    Presence::Required,
                    Place::Document("shortDesc"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDashboardSettings::custom_fields`.
        pub static DASHBOARD_SETTINGS_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "custom_fields",
            crate::rt::Server::DSS,
            "The custom fields of the dashboard (none when it has none).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssDashboardSettings::set_custom_fields`.
        pub static DASHBOARD_SETTINGS_SET_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "set_custom_fields",
            crate::rt::Server::DSS,
            "Sets the custom fields of the dashboard (an object).",
            &[
                Arg::new(
                    "custom_fields",
                    "json",
                    Presence::Required,
                    Place::Document("customFields"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssInsight::delete`.
        pub static INSIGHT_DELETE: Endpoint = Endpoint::new(
            "DssInsight",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the insight.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/insights/{insight_id}/",
                    &[],
                    "InsightDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssInsight::get_settings`.
        pub static INSIGHT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssInsight",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the insight's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/insights/{insight_id}/",
                    &[],
                    "InsightGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssInsightSettings"),
            [false, true, false],
        );
        ///`DssInsightSettings::save`.
        pub static INSIGHT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed, as the `insight` member of the body (DSS answers with the saved insight).",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/insights/{insight_id}/",
                    &[],
                    "InsightSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssInsightSettings::id`.
        pub static INSIGHT_SETTINGS_ID: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "id",
            crate::rt::Server::DSS,
            "The insight's id.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::name`.
        pub static INSIGHT_SETTINGS_NAME: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "name",
            crate::rt::Server::DSS,
            "The insight's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::r#type`.
        pub static INSIGHT_SETTINGS_R_TYPE: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "r#type",
            crate::rt::Server::DSS,
            "The insight's type (`chart`, `dataset_table`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::listed`.
        pub static INSIGHT_SETTINGS_LISTED: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "listed",
            crate::rt::Server::DSS,
            "Whether the insight is promoted to every reader of the project.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssInsightSettings::owner`.
        pub static INSIGHT_SETTINGS_OWNER: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "owner",
            crate::rt::Server::DSS,
            "Login of the insight's owner.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::tags`.
        pub static INSIGHT_SETTINGS_TAGS: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "tags",
            crate::rt::Server::DSS,
            "The tags of the insight.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::set_tags`.
        pub static INSIGHT_SETTINGS_SET_TAGS: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the tags of the insight.",
            &[
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Required,
                    Place::Document("tags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssInsightSettings::description`.
        pub static INSIGHT_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "description",
            crate::rt::Server::DSS,
            "The description of the insight.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::set_description`.
        pub static INSIGHT_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the description of the insight.",
            &[
                Arg::new(
                    "description",
                    "str",
                    Presence::Required,
                    Place::Document("description"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssInsightSettings::short_description`.
        pub static INSIGHT_SETTINGS_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "short_description",
            crate::rt::Server::DSS,
            "The short description of the insight.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssInsightSettings::set_short_description`.
        pub static INSIGHT_SETTINGS_SET_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "set_short_description",
            crate::rt::Server::DSS,
            "Sets the short description of the insight.",
            &[
                Arg::new(
                    "short_description",
                    "str",
                    Presence::Required,
                    Place::Document("shortDesc"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssInsightSettings::custom_fields`.
        pub static INSIGHT_SETTINGS_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "custom_fields",
            crate::rt::Server::DSS,
            "The custom fields of the insight (none when it has none).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssInsightSettings::set_custom_fields`.
        pub static INSIGHT_SETTINGS_SET_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssInsightSettings",
            "set_custom_fields",
            crate::rt::Server::DSS,
            "Sets the custom fields of the insight (an object).",
            &[
                Arg::new(
                    "custom_fields",
                    "json",
                    Presence::Required,
                    Place::Document("customFields"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDashboardSettings::get_raw`.
        pub static DASHBOARD_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssDashboardSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssInsightSettings::get_raw`.
        pub static INSIGHT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssInsightSettings",
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
        &endpoints::PROJECT_LIST_DASHBOARDS,
        &endpoints::PROJECT_GET_DASHBOARD,
        &endpoints::PROJECT_CREATE_DASHBOARD_FROM,
        &endpoints::PROJECT_CREATE_DASHBOARD,
        &endpoints::PROJECT_LIST_INSIGHTS,
        &endpoints::PROJECT_GET_INSIGHT,
        &endpoints::PROJECT_CREATE_INSIGHT,
        &endpoints::DASHBOARD_DELETE,
        &endpoints::DASHBOARD_GET_SETTINGS,
        &endpoints::DASHBOARD_SETTINGS_SAVE,
        &endpoints::DASHBOARD_SETTINGS_ID,
        &endpoints::DASHBOARD_SETTINGS_NAME,
        &endpoints::DASHBOARD_SETTINGS_LISTED,
        &endpoints::DASHBOARD_SETTINGS_OWNER,
        &endpoints::DASHBOARD_SETTINGS_TAGS,
        &endpoints::DASHBOARD_SETTINGS_SET_TAGS,
        &endpoints::DASHBOARD_SETTINGS_DESCRIPTION,
        &endpoints::DASHBOARD_SETTINGS_SET_DESCRIPTION,
        &endpoints::DASHBOARD_SETTINGS_SHORT_DESCRIPTION,
        &endpoints::DASHBOARD_SETTINGS_SET_SHORT_DESCRIPTION,
        &endpoints::DASHBOARD_SETTINGS_CUSTOM_FIELDS,
        &endpoints::DASHBOARD_SETTINGS_SET_CUSTOM_FIELDS,
        &endpoints::INSIGHT_DELETE,
        &endpoints::INSIGHT_GET_SETTINGS,
        &endpoints::INSIGHT_SETTINGS_SAVE,
        &endpoints::INSIGHT_SETTINGS_ID,
        &endpoints::INSIGHT_SETTINGS_NAME,
        &endpoints::INSIGHT_SETTINGS_R_TYPE,
        &endpoints::INSIGHT_SETTINGS_LISTED,
        &endpoints::INSIGHT_SETTINGS_OWNER,
        &endpoints::INSIGHT_SETTINGS_TAGS,
        &endpoints::INSIGHT_SETTINGS_SET_TAGS,
        &endpoints::INSIGHT_SETTINGS_DESCRIPTION,
        &endpoints::INSIGHT_SETTINGS_SET_DESCRIPTION,
        &endpoints::INSIGHT_SETTINGS_SHORT_DESCRIPTION,
        &endpoints::INSIGHT_SETTINGS_SET_SHORT_DESCRIPTION,
        &endpoints::INSIGHT_SETTINGS_CUSTOM_FIELDS,
        &endpoints::INSIGHT_SETTINGS_SET_CUSTOM_FIELDS,
        &endpoints::DASHBOARD_SETTINGS_GET_RAW,
        &endpoints::INSIGHT_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssDashboard",
                doc: "A dashboard of a project, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "dashboard_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssInsight",
                doc: "An insight of a project (a chart, a table, a metric...",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "insight_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssDashboardSettings",
                doc: "The settings of a dashboard, as `get_settings` reads them (dataikuapi's `DSSDashboardSettings`): its name, pages and tiles, tags, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "dashboard_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssInsightSettings",
                doc: "The settings of an insight, as `get_settings` reads them (dataikuapi's `DSSInsightSettings`): its name, type, parameters, tags, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "insight_id",
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
                name: "DashboardListItem",
                doc: "A dashboard as listed by `list_dashboards`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
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
                        name: "listed",
                        wire: "listed",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "owner",
                        wire: "owner",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "num_pages",
                        wire: "numPages",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "num_tiles",
                        wire: "numTiles",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tags",
                        wire: "tags",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssDashboard"),
            },
            Model {
                name: "InsightListItem",
                doc: "An insight as listed by `list_insights`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
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
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "listed",
                        wire: "listed",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "owner",
                        wire: "owner",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tags",
                        wire: "tags",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssInsight"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the dashboards of the project; each item converts to a
[`DssDashboard`](crate::DssDashboard) with `to_handle`.

`GET /projects/{project_key}/dashboards/`

Returns a [`ProjectListDashboards`](requests::ProjectListDashboards) request; nothing is sent until `.send()`.*/
        pub fn list_dashboards(&self) -> requests::ProjectListDashboards<'_> {
            requests::ProjectListDashboards {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one dashboard of the project.

Builds a handle; sends no request.*/
        pub fn get_dashboard(
            &self,
            dashboard_id: impl Into<String>,
        ) -> super::handles::DssDashboard {
            let dashboard_id = dashboard_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_dashboard_id = dashboard_id;
                super::handles::DssDashboard {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    dashboard_id: __f_dashboard_id,
                }
            }
        }
        /**Creates a dashboard from its whole settings: the request behind
[`create_dashboard`](crate::DssProject::create_dashboard).

`POST /projects/{project_key}/dashboards/`

Never retried: sending it twice could do the work twice.

Arguments:
- `settings`: The new dashboard's settings, its `name` included. Sent as the JSON body.

Returns a [`ProjectCreateDashboardFrom`](requests::ProjectCreateDashboardFrom) request; nothing is sent until `.send()`.*/
        pub fn create_dashboard_from(
            &self,
            settings: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateDashboardFrom<'_> {
            requests::ProjectCreateDashboardFrom {
                __owner: self,
                settings: settings.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the insights of the project; each item converts to a
[`DssInsight`](crate::DssInsight) with `to_handle`.

`GET /projects/{project_key}/insights/`

Returns a [`ProjectListInsights`](requests::ProjectListInsights) request; nothing is sent until `.send()`.*/
        pub fn list_insights(&self) -> requests::ProjectListInsights<'_> {
            requests::ProjectListInsights {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one insight of the project.

Builds a handle; sends no request.*/
        pub fn get_insight(
            &self,
            insight_id: impl Into<String>,
        ) -> super::handles::DssInsight {
            let insight_id = insight_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_insight_id = insight_id;
                super::handles::DssInsight {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    insight_id: __f_insight_id,
                }
            }
        }
        /**Creates an insight and returns a handle on it.

`POST /projects/{project_key}/insights/`

Never retried: sending it twice could do the work twice.

Arguments:
- `creation_info`: What to create, as DSS expects it: `{"type", "name", "params", ...}` (`type` and `params` depend on the kind of insight). Sent as JSON member `insightPrototype`.

Returns a [`ProjectCreateInsight`](requests::ProjectCreateInsight) request; nothing is sent until `.send()`.*/
        pub fn create_insight(
            &self,
            creation_info: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateInsight<'_> {
            requests::ProjectCreateInsight {
                __owner: self,
                creation_info: creation_info.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDashboard {
        /**Deletes the dashboard.

`DELETE /projects/{project_key}/dashboards/{dashboard_id}/`

Returns a [`DashboardDelete`](requests::DashboardDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::DashboardDelete<'_> {
            requests::DashboardDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the dashboard's settings, to change and `save`.

`GET /projects/{project_key}/dashboards/{dashboard_id}/`

Returns a [`DashboardGetSettings`](requests::DashboardGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::DashboardGetSettings<'_> {
            requests::DashboardGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDashboardSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed (DSS answers with the saved dashboard).

`PUT /projects/{project_key}/dashboards/{dashboard_id}/`

Returns a [`DashboardSettingsSave`](requests::DashboardSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::DashboardSettingsSave<'_> {
            requests::DashboardSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The dashboard's id.

Reads the document this value holds; sends no request.*/
        pub fn id(&self) -> ::core::option::Option<&str> {
            self.document.get("id").and_then(::serde_json::Value::as_str)
        }
        /**The dashboard's name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**Whether the dashboard is promoted to every reader of the project.

Reads the document this value holds; sends no request.*/
        pub fn listed(&self) -> ::core::option::Option<bool> {
            self.document.get("listed").and_then(::serde_json::Value::as_bool)
        }
        /**Login of the dashboard's owner.

Reads the document this value holds; sends no request.*/
        pub fn owner(&self) -> ::core::option::Option<&str> {
            self.document.get("owner").and_then(::serde_json::Value::as_str)
        }
        /**The tags of the dashboard.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the tags of the dashboard.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_tags(
            &mut self,
            tags: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "tags",
                    ::serde_json::Value::from(
                        tags
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The description of the dashboard.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the description of the dashboard.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("description", ::serde_json::Value::from(description.into()));
            self
        }
        /**The short description of the dashboard.

Reads the document this value holds; sends no request.*/
        pub fn short_description(&self) -> ::core::option::Option<&str> {
            self.document.get("shortDesc").and_then(::serde_json::Value::as_str)
        }
        /**Sets the short description of the dashboard.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_short_description(
            &mut self,
            short_description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("shortDesc", ::serde_json::Value::from(short_description.into()));
            self
        }
        /**The custom fields of the dashboard (none when it has none).

Reads the document this value holds; sends no request.*/
        pub fn custom_fields(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("customFields")
        }
        /**Sets the custom fields of the dashboard (an object).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_custom_fields(
            &mut self,
            custom_fields: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("customFields", custom_fields.into());
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssInsight {
        /**Deletes the insight.

`DELETE /projects/{project_key}/insights/{insight_id}/`

Returns a [`InsightDelete`](requests::InsightDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::InsightDelete<'_> {
            requests::InsightDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the insight's settings, to change and `save`.

`GET /projects/{project_key}/insights/{insight_id}/`

Returns a [`InsightGetSettings`](requests::InsightGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::InsightGetSettings<'_> {
            requests::InsightGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssInsightSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed, as the `insight` member of the body (DSS
answers with the saved insight).

`POST /projects/{project_key}/insights/{insight_id}/`

Never retried: sending it twice could do the work twice.

Returns a [`InsightSettingsSave`](requests::InsightSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::InsightSettingsSave<'_> {
            requests::InsightSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The insight's id.

Reads the document this value holds; sends no request.*/
        pub fn id(&self) -> ::core::option::Option<&str> {
            self.document.get("id").and_then(::serde_json::Value::as_str)
        }
        /**The insight's name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**The insight's type (`chart`, `dataset_table`, ...).

Reads the document this value holds; sends no request.*/
        pub fn r#type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**Whether the insight is promoted to every reader of the project.

Reads the document this value holds; sends no request.*/
        pub fn listed(&self) -> ::core::option::Option<bool> {
            self.document.get("listed").and_then(::serde_json::Value::as_bool)
        }
        /**Login of the insight's owner.

Reads the document this value holds; sends no request.*/
        pub fn owner(&self) -> ::core::option::Option<&str> {
            self.document.get("owner").and_then(::serde_json::Value::as_str)
        }
        /**The tags of the insight.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the tags of the insight.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_tags(
            &mut self,
            tags: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "tags",
                    ::serde_json::Value::from(
                        tags
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The description of the insight.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the description of the insight.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("description", ::serde_json::Value::from(description.into()));
            self
        }
        /**The short description of the insight.

Reads the document this value holds; sends no request.*/
        pub fn short_description(&self) -> ::core::option::Option<&str> {
            self.document.get("shortDesc").and_then(::serde_json::Value::as_str)
        }
        /**Sets the short description of the insight.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_short_description(
            &mut self,
            short_description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("shortDesc", ::serde_json::Value::from(short_description.into()));
            self
        }
        /**The custom fields of the insight (none when it has none).

Reads the document this value holds; sends no request.*/
        pub fn custom_fields(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("customFields")
        }
        /**Sets the custom fields of the insight (an object).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_custom_fields(
            &mut self,
            custom_fields: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("customFields", custom_fields.into());
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
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_create_dashboard(
                    &self,
                    dashboard_name: &str,
                ) -> ProjectCreateDashboard<'_> {
                    self.create_dashboard(dashboard_name)
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
                ("DssProject", "list_dashboards") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_dashboards();
                        let __endpoint = requests::ProjectListDashboards::ENDPOINT;
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
                ("DssProject", "create_dashboard_from") => {
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
                            .create_dashboard_from(args.json("settings")?);
                        let __endpoint = requests::ProjectCreateDashboardFrom::ENDPOINT;
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
                ("DssProject", "list_insights") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_insights();
                        let __endpoint = requests::ProjectListInsights::ENDPOINT;
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
                ("DssProject", "create_insight") => {
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
                            .create_insight(args.json("creation_info")?);
                        let __endpoint = requests::ProjectCreateInsight::ENDPOINT;
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
                ("DssDashboard", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dashboard_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDashboard", ids)?;
                        let __owner = super::handles::DssDashboard {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dashboard_id: __id_dashboard_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::DashboardDelete::ENDPOINT;
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
                ("DssDashboard", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dashboard_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDashboard", ids)?;
                        let __owner = super::handles::DssDashboard {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dashboard_id: __id_dashboard_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::DashboardGetSettings::ENDPOINT;
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
                ("DssDashboardSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dashboard_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDashboardSettings", ids)?;
                        let __owner = super::handles::DssDashboardSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dashboard_id: __id_dashboard_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::DashboardSettingsSave::ENDPOINT;
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
                ("DssInsight", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_insight_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssInsight", ids)?;
                        let __owner = super::handles::DssInsight {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            insight_id: __id_insight_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::InsightDelete::ENDPOINT;
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
                ("DssInsight", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_insight_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssInsight", ids)?;
                        let __owner = super::handles::DssInsight {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            insight_id: __id_insight_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::InsightGetSettings::ENDPOINT;
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
                ("DssInsightSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_insight_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssInsightSettings", ids)?;
                        let __owner = super::handles::DssInsightSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            insight_id: __id_insight_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::InsightSettingsSave::ENDPOINT;
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
                "DssDashboardSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_dashboard_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDashboard", ids)?;
                        let __owner = super::handles::DssDashboard {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dashboard_id: __id_dashboard_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssInsightSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_insight_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssInsight", ids)?;
                        let __owner = super::handles::DssInsight {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            insight_id: __id_insight_id,
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
            let model: super::models::DashboardListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"listed\":true,\"owner\":\"plain\",\"numPages\":1,\"numTiles\":1,\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DashboardListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DashboardListItem"
            );
            checked += 1;
            let model: super::models::InsightListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"listed\":true,\"owner\":\"plain\",\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "InsightListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "InsightListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssDashboard {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dashboard_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssDashboard"
            );
            checked += 1;
            let handle = super::handles::DssInsight {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                insight_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssInsight"
            );
            checked += 1;
            let handle = super::handles::DssDashboardSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dashboard_id: ::std::string::String::from("plain"),
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
                "DssDashboardSettings"
            );
            checked += 1;
            let handle = super::handles::DssInsightSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                insight_id: ::std::string::String::from("plain"),
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
                "DssInsightSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
