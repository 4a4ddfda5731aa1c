// The expansion of `datasets.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/datasets.dss`.
pub mod spec_datasets {
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
        /**A dataset of a project, named by project key and dataset name. Its rows
are streamed by `iter_rows`; `exists`, `rename`, `compute_metrics` and
`run_checks` are written by hand over the requests below.*/
        #[derive(Clone)]
        pub struct DssDataset {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dataset_name: String,
        }
        impl DssDataset {
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
        impl ::core::fmt::Debug for DssDataset {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDataset")
                    .field("project_key", &self.project_key)
                    .field("dataset_name", &self.dataset_name)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a dataset, as `get_settings` reads them (dataikuapi's
`DSSDatasetSettings`, with the methods of its `FSLikeDatasetSettings` and
`SQLDatasetSettings` forms): the whole JSON object, read and changed
through `raw_mut` or the accessors, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssDatasetSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dataset_name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssDatasetSettings {
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
        impl ::core::fmt::Debug for DssDatasetSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDatasetSettings")
                    .field("project_key", &self.project_key)
                    .field("dataset_name", &self.dataset_name)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**Everything DSS knows of a dataset, as `get_info` reads it (dataikuapi's
`DSSDatasetInfo`): its settings, its last build, ...*/
        #[derive(Clone)]
        pub struct DssDatasetInfo {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) dataset_name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssDatasetInfo {
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
        impl ::core::fmt::Debug for DssDatasetInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDatasetInfo")
                    .field("project_key", &self.project_key)
                    .field("dataset_name", &self.dataset_name)
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
        ///A dataset as listed by `list_datasets`.
        #[derive(Clone, PartialEq)]
        pub struct DatasetListItem {
            ///Project holding the dataset (another project for a shared one).
            pub project_key: String,
            ///The dataset's name.
            pub name: String,
            ///Dataset type (`Filesystem`, `PostgreSQL`, `UploadedFiles`, ...).
            pub r#type: Option<String>,
            ///Whether DSS manages the dataset's storage.
            pub managed: Option<bool>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            ///Type-specific parameters (`connection`, `path`, `table`, ...).
            pub params: Option<Value>,
            ///The dataset's schema.
            pub schema: Option<DatasetSchema>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DatasetListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DatasetListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DatasetListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DatasetListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_managed: Option<bool> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
                        let mut __m_params: Option<Value> = None;
                        let mut __m_schema: Option<DatasetSchema> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "managed" => {
                                    __m_managed = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "managed",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                "params" => {
                                    __m_params = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "params",
                                    )?;
                                }
                                "schema" => {
                                    __m_schema = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "schema",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DatasetListItem {
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
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
                                    );
                                }
                            },
                            r#type: __m_type,
                            managed: __m_managed,
                            tags: __m_tags,
                            params: __m_params,
                            schema: __m_schema,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DatasetListItem {
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
                ::serde::ser::SerializeMap::serialize_entry(
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
                    "managed",
                    &self.managed,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "params",
                    &self.params,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "schema",
                    &self.schema,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DatasetListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DatasetListItem")
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("managed", &self.managed)
                    .field("tags", &self.tags)
                    .field("params", &self.params)
                    .field("schema", &self.schema)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DatasetListItem {
            ///The [`DssDataset`](super::super::handles::DssDataset) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssDataset {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_dataset_name = ::core::clone::Clone::clone(&self.name);
                    super::super::handles::DssDataset {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        dataset_name: __f_dataset_name,
                    }
                }
            }
        }
        ///A dataset's schema: its columns, in order.
        #[derive(Clone, PartialEq)]
        pub struct DatasetSchema {
            ///The columns (none when absent).
            pub columns: Vec<SchemaColumn>,
            ///Whether a user edited the schema by hand.
            pub user_modified: Option<bool>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DatasetSchema {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DatasetSchema;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DatasetSchema` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DatasetSchema, __A::Error> {
                        let mut __m_columns: Option<Vec<SchemaColumn>> = None;
                        let mut __m_user_modified: Option<bool> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "columns" => {
                                    __m_columns = Some(
                                        crate::rt::model::next_member(&mut __map, "columns")?,
                                    );
                                }
                                "userModified" => {
                                    __m_user_modified = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "userModified",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DatasetSchema {
                            columns: __m_columns.unwrap_or_default(),
                            user_modified: __m_user_modified,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DatasetSchema {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "columns",
                    &self.columns,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "userModified",
                    &self.user_modified,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DatasetSchema {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DatasetSchema")
                    .field("columns", &self.columns)
                    .field("user_modified", &self.user_modified)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DatasetSchema {}
        /**One column of a dataset's schema; its other members (`maxLength`,
`comment`, `meaning`, ...) are kept in `extra`.*/
        #[derive(Clone, PartialEq)]
        pub struct SchemaColumn {
            ///Column name.
            pub name: String,
            /**DSS storage type (`string`, `int`, `bigint`, `double`, `boolean`,
`date`, ...), which decides how `iter_rows` types the values.*/
            pub r#type: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SchemaColumn {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SchemaColumn;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SchemaColumn` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SchemaColumn, __A::Error> {
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                "type" => {
                                    __m_type = Some(
                                        crate::rt::model::next_member(&mut __map, "type")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SchemaColumn {
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
                                    );
                                }
                            },
                            r#type: match __m_type {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("type"),
                                    );
                                }
                            },
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SchemaColumn {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SchemaColumn {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SchemaColumn")
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SchemaColumn {}
        ///One place where a dataset is used (a recipe reading it, ...).
        #[derive(Clone, PartialEq)]
        pub struct DatasetUsage {
            ///Kind of the using object (`RECIPE`, ...).
            pub r#type: Option<String>,
            ///Project of the using object.
            pub project_key: Option<String>,
            ///Id of the using object.
            pub id: Option<String>,
            ///Type of the using object, as DSS names object types.
            pub object_type: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DatasetUsage {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DatasetUsage;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DatasetUsage` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DatasetUsage, __A::Error> {
                        let mut __m_type: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_object_type: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "projectKey" => {
                                    __m_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectKey",
                                    )?;
                                }
                                "id" => {
                                    __m_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "id",
                                    )?;
                                }
                                "objectType" => {
                                    __m_object_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "objectType",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DatasetUsage {
                            r#type: __m_type,
                            project_key: __m_project_key,
                            id: __m_id,
                            object_type: __m_object_type,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DatasetUsage {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
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
                    "id",
                    &self.id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "objectType",
                    &self.object_type,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DatasetUsage {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DatasetUsage")
                    .field("type", &self.r#type)
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("object_type", &self.object_type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DatasetUsage {}
        ///A file of an "uploaded files" dataset.
        #[derive(Clone, PartialEq)]
        pub struct UploadedFile {
            ///Path of the file inside the dataset (`/data.csv`).
            pub path: String,
            ///Size in bytes.
            pub size: Option<i64>,
            ///Last change, in milliseconds since the Unix epoch.
            pub last_modified: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for UploadedFile {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = UploadedFile;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `UploadedFile` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<UploadedFile, __A::Error> {
                        let mut __m_path: Option<String> = None;
                        let mut __m_size: Option<i64> = None;
                        let mut __m_last_modified: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "path" => {
                                    __m_path = Some(
                                        crate::rt::model::next_member(&mut __map, "path")?,
                                    );
                                }
                                "size" => {
                                    __m_size = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "size",
                                    )?;
                                }
                                "lastModified" => {
                                    __m_last_modified = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "lastModified",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(UploadedFile {
                            path: match __m_path {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("path"),
                                    );
                                }
                            },
                            size: __m_size,
                            last_modified: __m_last_modified,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for UploadedFile {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "path",
                    &self.path,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "size",
                    &self.size,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "lastModified",
                    &self.last_modified,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for UploadedFile {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("UploadedFile")
                    .field("path", &self.path)
                    .field("size", &self.size)
                    .field("last_modified", &self.last_modified)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl UploadedFile {}
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
        ///Request value of [`DssProject::list_datasets`](super::super::handles::DssProject::list_datasets): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListDatasets<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) include_shared: bool,
            pub(crate) tags: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListDatasets<'a> {
            /**Also list the datasets of other projects shared into this one.

Default: `false`. Sent as query parameter `foreign`.*/
            pub fn include_shared(mut self, include_shared: bool) -> Self {
                self.include_shared = include_shared;
                self
            }
            /**Only datasets having one of these tags (none: no filter).

Default: `[]`. Sent as query parameter `tags`, repeated for each item.*/
            pub fn tags(
                mut self,
                tags: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.tags = tags.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, include_shared, tags, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.query("foreign", &include_shared);
                __call.query("tags", &tags);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListDatasets, super::endpoints::PROJECT_LIST_DATASETS, json(Vec <
            DatasetListItem >,
            "Sends the request (`GET /projects/{project_key}/datasets/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListDatasets<'_> {}
        ///Request value of [`DssProject::create_dataset`](super::super::handles::DssProject::create_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) r#type: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) format_type: Option<String>,
            pub(crate) format_params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateDataset<'a> {
            /**Type-specific parameters (`connection`, `path`, `table`, ...).

Default: `{}`. Sent as JSON member `params`.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            /**Storage format of a file-based dataset (`csv`, `parquet`, ...).

Unset by default (then sent as `null`). Sent as JSON member `formatType`.*/
            pub fn format_type(mut self, format_type: impl Into<String>) -> Self {
                self.format_type = Some(format_type.into());
                self
            }
            /**Parameters of the storage format.

Default: `{}`. Sent as JSON member `formatParams`.*/
            pub fn format_params(
                mut self,
                format_params: impl Into<::serde_json::Value>,
            ) -> Self {
                self.format_params = format_params.into();
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
                    params,
                    format_type,
                    format_params,
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
                                    ::serde_json::Value::from(params),
                                );
                            __map
                                .insert(
                                    String::from("formatType"),
                                    ::serde_json::Value::from(format_type),
                                );
                            __map
                                .insert(
                                    String::from("formatParams"),
                                    ::serde_json::Value::from(format_params),
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
            ProjectCreateDataset, super::endpoints::PROJECT_CREATE_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateDataset<'_> {}
        ///Request value of [`DssProject::create_managed_dataset`](super::super::handles::DssProject::create_managed_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateManagedDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) dataset_name: String,
            pub(crate) connection: Option<String>,
            pub(crate) type_option_id: Option<String>,
            pub(crate) format_option_id: Option<String>,
            pub(crate) partitioning_option_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateManagedDataset<'a> {
            /**Connection to store the data in (DSS's default when unset).

Unset by default (then left out). Sent as JSON member `creationSettings.connectionId`.*/
            pub fn connection(mut self, connection: impl Into<String>) -> Self {
                self.connection = Some(connection.into());
                self
            }
            /**Storage type offered by the connection (`Filesystem`, ...).

Unset by default (then left out). Sent as JSON member `creationSettings.typeOptionId`.*/
            pub fn type_option_id(mut self, type_option_id: impl Into<String>) -> Self {
                self.type_option_id = Some(type_option_id.into());
                self
            }
            /**Storage format (`csv`, `parquet`, ...).

Unset by default (then left out). Sent as JSON member `creationSettings.specificSettings.formatOptionId`.*/
            pub fn format_option_id(
                mut self,
                format_option_id: impl Into<String>,
            ) -> Self {
                self.format_option_id = Some(format_option_id.into());
                self
            }
            /**Partitioning: `copy:dataset:<name>` copies that of a dataset,
`copy:folder:<id>` that of a managed folder.

Unset by default (then left out). Sent as JSON member `creationSettings.partitioningOptionId`.*/
            pub fn partitioning_option_id(
                mut self,
                partitioning_option_id: impl Into<String>,
            ) -> Self {
                self.partitioning_option_id = Some(partitioning_option_id.into());
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
                    type_option_id,
                    format_option_id,
                    partitioning_option_id,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/managed");
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
                                    String::from("creationSettings"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("specificSettings"),
                                                {
                                                    let mut __map = ::serde_json::Map::new();
                                                    let __v = ::serde_json::Value::from(format_option_id);
                                                    if !__v.is_null() {
                                                        __map.insert(String::from("formatOptionId"), __v);
                                                    }
                                                    ::serde_json::Value::Object(__map)
                                                },
                                            );
                                        let __v = ::serde_json::Value::from(connection);
                                        if !__v.is_null() {
                                            __map.insert(String::from("connectionId"), __v);
                                        }
                                        let __v = ::serde_json::Value::from(type_option_id);
                                        if !__v.is_null() {
                                            __map.insert(String::from("typeOptionId"), __v);
                                        }
                                        let __v = ::serde_json::Value::from(partitioning_option_id);
                                        if !__v.is_null() {
                                            __map.insert(String::from("partitioningOptionId"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (dataset_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/managed`) and returns the answer.
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
            ProjectCreateManagedDataset,
            super::endpoints::PROJECT_CREATE_MANAGED_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateManagedDataset<'_> {}
        ///Request value of [`DssProject::rename_dataset`](super::super::handles::DssProject::rename_dataset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectRenameDataset<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) old_name: String,
            pub(crate) new_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectRenameDataset<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, old_name, new_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/actions/renameDataset");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldName"),
                                    ::serde_json::Value::from(old_name),
                                );
                            __map
                                .insert(
                                    String::from("newName"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&new_name),
                                    ),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (new_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/actions/renameDataset`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataset, crate::rt::Error> {
                let (__call, (new_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_dataset_name = new_name;
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
            ProjectRenameDataset, super::endpoints::PROJECT_RENAME_DATASET, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectRenameDataset<'_> {}
        ///Request value of [`DssDataset::get_settings`](super::super::handles::DssDataset::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
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
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDatasetSettings, crate::rt::Error> {
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
                            super::super::handles::DssDatasetSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetGetSettings, super::endpoints::DATASET_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetSettings<'_> {}
        ///Request value of [`DssDataset::get_schema`](super::super::handles::DssDataset::get_schema): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetSchema<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetSchema<'a> {
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
                __call.lit("/schema");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetSchema, super::endpoints::DATASET_GET_SCHEMA, json(DatasetSchema,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/schema`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetSchema<'_> {}
        ///Request value of [`DssDataset::set_schema`](super::super::handles::DssDataset::set_schema): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetSetSchema<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) schema: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetSetSchema<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, schema, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/schema");
                __call.json(&::serde_json::Value::from(schema))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetSetSchema, super::endpoints::DATASET_SET_SCHEMA, json(Value,
            "Sends the request (`PUT /projects/{project_key}/datasets/{dataset_name}/schema`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetSetSchema<'_> {}
        ///Request value of [`DssDataset::get_metadata`](super::super::handles::DssDataset::get_metadata): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetMetadata<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetMetadata<'a> {
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
                __call.lit("/metadata");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetMetadata, super::endpoints::DATASET_GET_METADATA, json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/metadata`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetMetadata<'_> {}
        ///Request value of [`DssDataset::set_metadata`](super::super::handles::DssDataset::set_metadata): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetSetMetadata<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) metadata: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetSetMetadata<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, metadata, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/metadata");
                __call.json(&::serde_json::Value::from(metadata))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetSetMetadata, super::endpoints::DATASET_SET_METADATA, json(Value,
            "Sends the request (`PUT /projects/{project_key}/datasets/{dataset_name}/metadata`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetSetMetadata<'_> {}
        ///Request value of [`DssDataset::delete`](super::super::handles::DssDataset::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) drop_data: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetDelete<'a> {
            /**Also delete the data of a managed dataset.

Default: `false`. Sent as query parameter `dropData`.*/
            pub fn drop_data(mut self, drop_data: bool) -> Self {
                self.drop_data = drop_data;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, drop_data, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.query("dropData", &drop_data);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetDelete, super::endpoints::DATASET_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/datasets/{dataset_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetDelete<'_> {}
        ///Request value of [`DssDataset::get_info`](super::super::handles::DssDataset::get_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetInfo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetInfo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
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
                __call.lit("/info");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/info`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDatasetInfo, crate::rt::Error> {
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
                            super::super::handles::DssDatasetInfo {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                dataset_name: __f_dataset_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetGetInfo, super::endpoints::DATASET_GET_INFO, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetInfo<'_> {}
        ///Request value of [`DssDataset::get_usages`](super::super::handles::DssDataset::get_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetUsages<'a> {
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
                __call.lit("/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetUsages, super::endpoints::DATASET_GET_USAGES, json(Vec <
            DatasetUsage >,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetUsages<'_> {}
        ///Request value of [`DssDataset::list_partitions`](super::super::handles::DssDataset::list_partitions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetListPartitions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetListPartitions<'a> {
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
                __call.lit("/partitions");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetListPartitions, super::endpoints::DATASET_LIST_PARTITIONS, json(Vec <
            String >,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/partitions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetListPartitions<'_> {}
        ///Request value of [`DssDataset::clear`](super::super::handles::DssDataset::clear): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetClear<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) partitions: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetClear<'a> {
            /**Partitions to clear; none (and an empty list, as in dataikuapi)
clears all the data.

Default: `[]`. Sent as query parameter `partitions`, repeated for each item.*/
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
                __call.lit("/data");
                __call.query("partitions", &partitions);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetClear, super::endpoints::DATASET_CLEAR, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/datasets/{dataset_name}/data`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetClear<'_> {}
        ///Request value of [`DssDataset::copy_to`](super::super::handles::DssDataset::copy_to): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCopyTo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) target_project_key: String,
            pub(crate) target_dataset_name: String,
            pub(crate) sync_schema: bool,
            pub(crate) write_mode: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCopyTo<'a> {
            /**Set the target's schema to this dataset's.

Default: `true`. Sent as JSON member `syncSchema`.*/
            pub fn sync_schema(mut self, sync_schema: bool) -> Self {
                self.sync_schema = sync_schema;
                self
            }
            /**`OVERWRITE`, `APPEND`, ...

Default: `OVERWRITE`. Sent as JSON member `writeMode`.*/
            pub fn write_mode(mut self, write_mode: impl Into<String>) -> Self {
                self.write_mode = write_mode.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    target_project_key,
                    target_dataset_name,
                    sync_schema,
                    write_mode,
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
                __call.lit("/actions/copyTo");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("targetProjectKey"),
                                    ::serde_json::Value::from(target_project_key),
                                );
                            __map
                                .insert(
                                    String::from("targetDatasetName"),
                                    ::serde_json::Value::from(target_dataset_name),
                                );
                            __map
                                .insert(
                                    String::from("syncSchema"),
                                    ::serde_json::Value::from(sync_schema),
                                );
                            __map
                                .insert(
                                    String::from("writeMode"),
                                    ::serde_json::Value::from(write_mode),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/copyTo`) and returns the answer.
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
            DatasetCopyTo, super::endpoints::DATASET_COPY_TO, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCopyTo<'_> {}
        ///Request value of [`DssDataset::compute_defined_metrics`](super::super::handles::DssDataset::compute_defined_metrics): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetComputeDefinedMetrics<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetComputeDefinedMetrics<'a> {
            /**Partition to compute them on (`ALL` for all of them; empty for a
dataset that is not partitioned).

Default: ``. Sent as query parameter `partition`.*/
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
                __call.lit("/actions/computeMetrics");
                __call.query("partition", &partition);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetComputeDefinedMetrics,
            super::endpoints::DATASET_COMPUTE_DEFINED_METRICS, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/computeMetrics`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetComputeDefinedMetrics<'_> {}
        ///Request value of [`DssDataset::compute_metrics_with_probes`](super::super::handles::DssDataset::compute_metrics_with_probes): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetComputeMetricsWithProbes<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) probes: ::serde_json::Value,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetComputeMetricsWithProbes<'a> {
            /**Partition to compute them on (`ALL` for all of them; empty for a
dataset that is not partitioned).

Default: ``. Sent as query parameter `partition`.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, probes, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/computeMetrics");
                __call.query("partition", &partition);
                __call.json(&::serde_json::Value::from(probes))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetComputeMetricsWithProbes,
            super::endpoints::DATASET_COMPUTE_METRICS_WITH_PROBES, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/computeMetrics`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetComputeMetricsWithProbes<'_> {}
        ///Request value of [`DssDataset::compute_metrics_from_ids`](super::super::handles::DssDataset::compute_metrics_from_ids): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetComputeMetricsFromIds<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) metric_ids: Vec<String>,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetComputeMetricsFromIds<'a> {
            /**Partition to compute them on (`ALL` for all of them; empty for a
dataset that is not partitioned).

Default: ``. Sent as query parameter `partition`.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, metric_ids, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/computeMetricsFromIds");
                __call.query("partition", &partition);
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("metricIds"),
                                    ::serde_json::Value::from(metric_ids),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetComputeMetricsFromIds,
            super::endpoints::DATASET_COMPUTE_METRICS_FROM_IDS, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/computeMetricsFromIds`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetComputeMetricsFromIds<'_> {}
        ///Request value of [`DssDataset::run_defined_checks`](super::super::handles::DssDataset::run_defined_checks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetRunDefinedChecks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetRunDefinedChecks<'a> {
            /**Partition to run them on (`ALL` for all of them; empty for a
dataset that is not partitioned).

Default: ``. Sent as query parameter `partition`.*/
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
                __call.lit("/actions/runChecks");
                __call.query("partition", &partition);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetRunDefinedChecks, super::endpoints::DATASET_RUN_DEFINED_CHECKS,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/runChecks`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetRunDefinedChecks<'_> {}
        ///Request value of [`DssDataset::run_checks_from_ids`](super::super::handles::DssDataset::run_checks_from_ids): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetRunChecksFromIds<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) checks: Vec<String>,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetRunChecksFromIds<'a> {
            /**Partition to run them on (`ALL` for all of them; empty for a
dataset that is not partitioned).

Default: ``. Sent as query parameter `partition`.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, checks, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/runChecks");
                __call.query("partition", &partition);
                __call.json(&::serde_json::Value::from(checks))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetRunChecksFromIds, super::endpoints::DATASET_RUN_CHECKS_FROM_IDS,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/runChecks`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetRunChecksFromIds<'_> {}
        ///Request value of [`DssDataset::get_last_metric_values`](super::super::handles::DssDataset::get_last_metric_values): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetLastMetricValues<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetLastMetricValues<'a> {
            /**Partition to read them for (`ALL` for all of them, `NP` for a
dataset that is not partitioned). dataikuapi sends `NP` for an
empty partition; here an empty one is refused before sending.

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
                __call.lit("/metrics/last/");
                __call.segment("partition", &partition, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetLastMetricValues, super::endpoints::DATASET_GET_LAST_METRIC_VALUES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/metrics/last/{partition}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetLastMetricValues<'_> {}
        ///Request value of [`DssDataset::get_metric_history`](super::super::handles::DssDataset::get_metric_history): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetMetricHistory<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) metric: String,
            pub(crate) partition: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetMetricHistory<'a> {
            /**Partition to read it for (`ALL` for all of them, `NP` for a
dataset that is not partitioned). dataikuapi sends `NP` for an
empty partition; here an empty one is refused before sending.

Default: `NP`. Sent as a path segment.*/
            pub fn partition(mut self, partition: impl Into<String>) -> Self {
                self.partition = partition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, metric, partition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/metrics/history/");
                __call.segment("partition", &partition, false)?;
                __call.query("metricLookup", &metric);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetMetricHistory, super::endpoints::DATASET_GET_METRIC_HISTORY,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/metrics/history/{partition}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetMetricHistory<'_> {}
        ///Request value of [`DssDataset::uploaded_list_files`](super::super::handles::DssDataset::uploaded_list_files): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetUploadedListFiles<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetUploadedListFiles<'a> {
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
                __call.lit("/uploaded/files");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetUploadedListFiles, super::endpoints::DATASET_UPLOADED_LIST_FILES,
            json(Vec < UploadedFile >,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/uploaded/files`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetUploadedListFiles<'_> {}
        ///Request value of [`DssDataset::uploaded_add_file`](super::super::handles::DssDataset::uploaded_add_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetUploadedAddFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) filename: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetUploadedAddFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, filename, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/uploaded/files");
                __call.upload(filename, fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetUploadedAddFile, super::endpoints::DATASET_UPLOADED_ADD_FILE,
            unit("Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/uploaded/files`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetUploadedAddFile<'_> {}
        ///Request value of [`DssDataset::raw_rows`](super::super::handles::DssDataset::raw_rows): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetRawRows<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) partitions: Option<Vec<String>>,
            pub(crate) columns: Option<Vec<String>>,
            pub(crate) read_session_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetRawRows<'a> {
            /**Only these partitions (all when unset).

Unset by default (then left out). Sent as query parameter `partitions`, repeated for each item.*/
            pub fn partitions(
                mut self,
                partitions: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.partitions = Some(partitions.into_iter().map(Into::into).collect());
                self
            }
            /**Only these columns, in this order (all when unset).

Unset by default (then left out). Sent as query parameter `columns`, repeated for each item.*/
            pub fn columns(
                mut self,
                columns: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.columns = Some(columns.into_iter().map(Into::into).collect());
                self
            }
            /**Id of this read, for [`finish_streaming`](crate::DssDataset::finish_streaming)
to check it afterwards (no check possible when unset).

Unset by default (then left out). Sent as query parameter `readSessionId`.*/
            pub fn read_session_id(
                mut self,
                read_session_id: impl Into<String>,
            ) -> Self {
                self.read_session_id = Some(read_session_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, partitions, columns, read_session_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/data/");
                __call.query("format", "tsv-excel-noheader");
                __call.query("partitions", &partitions);
                __call.query("readSessionId", &read_session_id);
                __call.query("columns", &columns);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetRawRows, super::endpoints::DATASET_RAW_ROWS,
            stream("Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/data/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetRawRows<'_> {}
        ///Request value of [`DssDataset::finish_streaming`](super::super::handles::DssDataset::finish_streaming): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetFinishStreaming<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) read_session_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetFinishStreaming<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, read_session_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/finish-streaming/");
                __call.query("readSessionId", &read_session_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetFinishStreaming, super::endpoints::DATASET_FINISH_STREAMING,
            unit("Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/finish-streaming/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetFinishStreaming<'_> {}
        ///Request value of [`DssDatasetSettings::save`](super::super::handles::DssDatasetSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDatasetSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetSettingsSave<'a> {
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
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetSettingsSave, super::endpoints::DATASET_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/datasets/{dataset_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListDatasets, ProjectCreateDataset, ProjectCreateManagedDataset,
            ProjectRenameDataset, DatasetGetSettings, DatasetGetSchema, DatasetSetSchema,
            DatasetGetMetadata, DatasetSetMetadata, DatasetDelete, DatasetGetInfo,
            DatasetGetUsages, DatasetListPartitions, DatasetClear, DatasetCopyTo,
            DatasetComputeDefinedMetrics, DatasetComputeMetricsWithProbes,
            DatasetComputeMetricsFromIds, DatasetRunDefinedChecks,
            DatasetRunChecksFromIds, DatasetGetLastMetricValues, DatasetGetMetricHistory,
            DatasetUploadedListFiles, DatasetUploadedAddFile, DatasetRawRows,
            DatasetFinishStreaming, DatasetSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_datasets`.
        pub static PROJECT_LIST_DATASETS: Endpoint = Endpoint::new(
            "DssProject",
            "list_datasets",
            crate::rt::Server::DSS,
            "Lists the datasets of the project; each item converts to a [`DssDataset`](crate::DssDataset) with `to_handle`.",
            &[
                Arg::new(
                    "include_shared",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("foreign"),
                    false,
                ),
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Query("tags"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/",
                    &[],
                    "ProjectListDatasets",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DatasetListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_dataset`.
        pub static PROJECT_GET_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "get_dataset",
            crate::rt::Server::DSS,
            "A handle on one dataset of the project.",
            &[
                Arg::new(
                    "dataset_name",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_dataset`.
        pub static PROJECT_CREATE_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_dataset",
            crate::rt::Server::DSS,
            "Creates a dataset of any type and returns a handle on it (DSS's answer is not read).",
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
                    "params",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "params",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "format_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "formatType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "format_params",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "formatParams",
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
                    "ProjectCreateDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::create_managed_dataset`.
        pub static PROJECT_CREATE_MANAGED_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "create_managed_dataset",
            crate::rt::Server::DSS,
            "Creates a managed dataset (DSS chooses where its data lives from the options) and returns a handle on it: dataikuapi's `new_managed_dataset(name).with_store_into(..).with_copy_partitioning_from(..).create()`.",
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
                        path: "creationSettings.connectionId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "type_option_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "creationSettings.typeOptionId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "format_option_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "creationSettings.specificSettings.formatOptionId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "partitioning_option_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "creationSettings.partitioningOptionId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/managed",
                    &[],
                    "ProjectCreateManagedDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, true, false],
        );
        ///`DssProject::rename_dataset`.
        pub static PROJECT_RENAME_DATASET: Endpoint = Endpoint::new(
            "DssProject",
            "rename_dataset",
            crate::rt::Server::DSS,
            "Renames a dataset of the project and returns a handle on it under its new name: the request behind [`DssDataset::rename`](crate::DssDataset::rename), which refuses the current name before sending.",
            &[
                Arg::new(
                    "old_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "oldName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "new_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/actions/renameDataset",
                    &[],
                    "ProjectRenameDataset",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataset"),
            [false, false, false],
        );
        ///`DssDataset::get_settings`.
        pub static DATASET_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssDataset",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the dataset's settings (type, params, format, schema, partitioning, tags, ...), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}",
                    &[],
                    "DatasetGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDatasetSettings"),
            [false, true, false],
        );
        ///`DssDataset::get_schema`.
        pub static DATASET_GET_SCHEMA: Endpoint = Endpoint::new(
            "DssDataset",
            "get_schema",
            crate::rt::Server::DSS,
            "Reads the dataset's schema.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/schema",
                    &[],
                    "DatasetGetSchema",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DatasetSchema"),
            [false, true, false],
        );
        ///`DssDataset::set_schema`.
        pub static DATASET_SET_SCHEMA: Endpoint = Endpoint::new(
            "DssDataset",
            "set_schema",
            crate::rt::Server::DSS,
            "Saves the dataset's schema (`{\"columns\": [{\"name\", \"type\"}, ..]}`, or a [`DatasetSchema`](crate::models::DatasetSchema) as JSON).",
            &[
                Arg::new(
                    "schema",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/datasets/{dataset_name}/schema",
                    &[],
                    "DatasetSetSchema",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::get_metadata`.
        pub static DATASET_GET_METADATA: Endpoint = Endpoint::new(
            "DssDataset",
            "get_metadata",
            crate::rt::Server::DSS,
            "Reads the dataset's metadata (label, description, tags, custom fields).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/metadata",
                    &[],
                    "DatasetGetMetadata",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::set_metadata`.
        pub static DATASET_SET_METADATA: Endpoint = Endpoint::new(
            "DssDataset",
            "set_metadata",
            crate::rt::Server::DSS,
            "Saves the dataset's metadata, as read by `get_metadata` and changed.",
            &[
                Arg::new(
                    "metadata",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/datasets/{dataset_name}/metadata",
                    &[],
                    "DatasetSetMetadata",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::delete`.
        pub static DATASET_DELETE: Endpoint = Endpoint::new(
            "DssDataset",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the dataset.",
            &[
                Arg::new(
                    "drop_data",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("dropData"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/datasets/{dataset_name}",
                    &[],
                    "DatasetDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataset::get_info`.
        pub static DATASET_GET_INFO: Endpoint = Endpoint::new(
            "DssDataset",
            "get_info",
            crate::rt::Server::DSS,
            "Reads everything DSS knows of the dataset (its settings, last build, ...).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/info",
                    &[],
                    "DatasetGetInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDatasetInfo"),
            [false, true, false],
        );
        ///`DssDataset::get_usages`.
        pub static DATASET_GET_USAGES: Endpoint = Endpoint::new(
            "DssDataset",
            "get_usages",
            crate::rt::Server::DSS,
            "Lists where the dataset is used.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/usages",
                    &[],
                    "DatasetGetUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DatasetUsage >"),
            [false, true, false],
        );
        ///`DssDataset::list_partitions`.
        pub static DATASET_LIST_PARTITIONS: Endpoint = Endpoint::new(
            "DssDataset",
            "list_partitions",
            crate::rt::Server::DSS,
            "Lists the dataset's partitions (`NP` alone for a dataset that is not partitioned).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/partitions",
                    &[],
                    "DatasetListPartitions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < String >"),
            [false, true, false],
        );
        ///`DssDataset::clear`.
        pub static DATASET_CLEAR: Endpoint = Endpoint::new(
            "DssDataset",
            "clear",
            crate::rt::Server::DSS,
            "Deletes the dataset's data, of some partitions or of all of them.",
            &[
                Arg::new(
                    "partitions",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Query("partitions"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/datasets/{dataset_name}/data",
                    &[],
                    "DatasetClear",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::copy_to`.
        pub static DATASET_COPY_TO: Endpoint = Endpoint::new(
            "DssDataset",
            "copy_to",
            crate::rt::Server::DSS,
            "Copies the dataset's data into another dataset; returns the copy task.",
            &[
                Arg::new(
                    "target_project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_dataset_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetDatasetName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "sync_schema",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "syncSchema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "write_mode",
                    "str",
                    Presence::Default("OVERWRITE"),
                    Place::Member {
                        path: "writeMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/copyTo",
                    &[],
                    "DatasetCopyTo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssDataset::compute_defined_metrics`.
        pub static DATASET_COMPUTE_DEFINED_METRICS: Endpoint = Endpoint::new(
            "DssDataset",
            "compute_defined_metrics",
            crate::rt::Server::DSS,
            "Computes the metrics set up on the dataset: the request behind [`compute_metrics`](crate::DssDataset::compute_metrics) when it is given neither metric ids nor probes.",
            &[
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default(""),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/computeMetrics",
                    &[],
                    "DatasetComputeDefinedMetrics",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::compute_metrics_with_probes`.
        pub static DATASET_COMPUTE_METRICS_WITH_PROBES: Endpoint = Endpoint::new(
            "DssDataset",
            "compute_metrics_with_probes",
            crate::rt::Server::DSS,
            "Computes the metrics of a probes configuration: the request behind [`compute_metrics`](crate::DssDataset::compute_metrics) given probes.",
            &[
                Arg::new(
                    "probes",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default(""),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/computeMetrics",
                    &[],
                    "DatasetComputeMetricsWithProbes",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::compute_metrics_from_ids`.
        pub static DATASET_COMPUTE_METRICS_FROM_IDS: Endpoint = Endpoint::new(
            "DssDataset",
            "compute_metrics_from_ids",
            crate::rt::Server::DSS,
            "Computes the metrics named by their ids: the request behind [`compute_metrics`](crate::DssDataset::compute_metrics) given metric ids.",
            &[
                Arg::new(
                    "metric_ids",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "metricIds",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default(""),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/computeMetricsFromIds",
                    &[],
                    "DatasetComputeMetricsFromIds",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::run_defined_checks`.
        pub static DATASET_RUN_DEFINED_CHECKS: Endpoint = Endpoint::new(
            "DssDataset",
            "run_defined_checks",
            crate::rt::Server::DSS,
            "Runs the checks set up on the dataset: the request behind [`run_checks`](crate::DssDataset::run_checks) when it is given no check ids.",
            &[
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default(""),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/runChecks",
                    &[],
                    "DatasetRunDefinedChecks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::run_checks_from_ids`.
        pub static DATASET_RUN_CHECKS_FROM_IDS: Endpoint = Endpoint::new(
            "DssDataset",
            "run_checks_from_ids",
            crate::rt::Server::DSS,
            "Runs the checks named by their ids: the request behind [`run_checks`](crate::DssDataset::run_checks) given check ids.",
            &[
                Arg::new(
                    "checks",
                    "[str]",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "partition",
                    "str",
                    Presence::Default(""),
                    Place::Query("partition"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/runChecks",
                    &[],
                    "DatasetRunChecksFromIds",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::get_last_metric_values`.
        pub static DATASET_GET_LAST_METRIC_VALUES: Endpoint = Endpoint::new(
            "DssDataset",
            "get_last_metric_values",
            crate::rt::Server::DSS,
            "Reads the last value of each metric of the dataset.",
            &[Arg::new("partition", "str", Presence::Default("NP"), Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/metrics/last/{partition}",
                    &[],
                    "DatasetGetLastMetricValues",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::get_metric_history`.
        pub static DATASET_GET_METRIC_HISTORY: Endpoint = Endpoint::new(
            "DssDataset",
            "get_metric_history",
            crate::rt::Server::DSS,
            "Reads the history of the values of one metric of the dataset.",
            &[
                Arg::new(
                    "metric",
                    "str",
                    Presence::Required,
                    Place::Query("metricLookup"),
                    false,
                ),
                Arg::new("partition", "str", Presence::Default("NP"), Place::Path, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/metrics/history/{partition}",
                    &[],
                    "DatasetGetMetricHistory",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::uploaded_list_files`.
        pub static DATASET_UPLOADED_LIST_FILES: Endpoint = Endpoint::new(
            "DssDataset",
            "uploaded_list_files",
            crate::rt::Server::DSS,
            "Lists the files of an \"uploaded files\" dataset.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/uploaded/files",
                    &[],
                    "DatasetUploadedListFiles",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < UploadedFile >"),
            [false, true, false],
        );
        ///`DssDataset::uploaded_add_file`.
        pub static DATASET_UPLOADED_ADD_FILE: Endpoint = Endpoint::new(
            "DssDataset",
            "uploaded_add_file",
            crate::rt::Server::DSS,
            "Adds a file to an \"uploaded files\" dataset, streamed from here.",
            &[
                Arg::new("fp", "file", Presence::Required, Place::Upload, false),
                Arg::new("filename", "str", Presence::Required, Place::UploadName, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/uploaded/files",
                    &[],
                    "DatasetUploadedAddFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataset::raw_rows`.
        pub static DATASET_RAW_ROWS: Endpoint = Endpoint::new(
            "DssDataset",
            "raw_rows",
            crate::rt::Server::DSS,
            "The raw data stream (TSV, Excel dialect, no header, columns in the order of the schema, or of `columns`) behind [`iter_rows`](crate::DssDataset::iter_rows), which parses, types and verifies it.",
            &[
                Arg::new(
                    "partitions",
                    "[str]",
                    Presence::Optional,
                    Place::Query("partitions"),
                    false,
                ),
                Arg::new(
                    "columns",
                    "[str]",
                    Presence::Optional,
                    Place::Query("columns"),
                    false,
                ),
                Arg::new(
                    "read_session_id",
                    "str",
                    Presence::Optional,
                    Place::Query("readSessionId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/data/",
                    &[("format", "tsv-excel-noheader")],
                    "DatasetRawRows",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, false, false],
        );
        ///`DssDataset::finish_streaming`.
        pub static DATASET_FINISH_STREAMING: Endpoint = Endpoint::new(
            "DssDataset",
            "finish_streaming",
            crate::rt::Server::DSS,
            "Asks the server whether a read of the data stream went to its end without error (`iter_rows` does this by itself when it reaches the end).",
            &[
                Arg::new(
                    "read_session_id",
                    "str",
                    Presence::Required,
                    Place::Query("readSessionId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/finish-streaming/",
                    &[],
                    "DatasetFinishStreaming",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, false, false],
        );
        ///`DssDataset::exists`.
        pub static DATASET_EXISTS: Endpoint = Endpoint::new(
            "DssDataset",
            "exists",
            crate::rt::Server::DSS,
            "Whether the dataset exists: `false` on a 404 only.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , bool >"),
            [true, true, false],
        );
        ///`DssDataset::rename`.
        pub static DATASET_RENAME: Endpoint = Endpoint::new(
            "DssDataset",
            "rename",
            crate::rt::Server::DSS,
            "Renames the dataset (the current name is refused before sending); returns a handle under the new name.",
            &[
                Arg::new(
                    "new_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , DssDataset >"),
            [true, true, false],
        );
        ///`DssDataset::compute_metrics`.
        pub static DATASET_COMPUTE_METRICS: Endpoint = Endpoint::new(
            "DssDataset",
            "compute_metrics",
            crate::rt::Server::DSS,
            "Computes metrics, from metric ids, probes or the dataset's own.",
            &[],
            None,
            ResultKind::HandWritten("DatasetComputeMetrics < '_ >"),
            [true, true, false],
        );
        ///`DssDataset::run_checks`.
        pub static DATASET_RUN_CHECKS: Endpoint = Endpoint::new(
            "DssDataset",
            "run_checks",
            crate::rt::Server::DSS,
            "Runs checks, given by id or the dataset's own.",
            &[],
            None,
            ResultKind::HandWritten("DatasetRunChecks < '_ >"),
            [true, true, false],
        );
        ///`DssDataset::iter_rows`.
        pub static DATASET_ITER_ROWS: Endpoint = Endpoint::new(
            "DssDataset",
            "iter_rows",
            crate::rt::Server::DSS,
            "Streams the rows, typed by the schema, and checks the read at the end.",
            &[],
            None,
            ResultKind::HandWritten("DatasetIterRows < '_ >"),
            [true, true, false],
        );
        ///`DssDataset::build`.
        pub static DATASET_BUILD: Endpoint = Endpoint::new(
            "DssDataset",
            "build",
            crate::rt::Server::DSS,
            "Builds the dataset with a job and waits for it (unless told not to).",
            &[],
            None,
            ResultKind::HandWritten("JobRun < '_ , 'static >"),
            [true, true, false],
        );
        ///`DssDatasetSettings::save`.
        pub static DATASET_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed (members this client does not know included).",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/datasets/{dataset_name}",
                    &[],
                    "DatasetSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDatasetSettings::get_raw_params`.
        pub static DATASET_SETTINGS_GET_RAW_PARAMS: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "get_raw_params",
            crate::rt::Server::DSS,
            "The type-specific parameters (`connection`, `path`, `table`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::get_raw_format_params`.
        pub static DATASET_SETTINGS_GET_RAW_FORMAT_PARAMS: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "get_raw_format_params",
            crate::rt::Server::DSS,
            "The format parameters of a file-based dataset.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_connection_and_path`.
        pub static DATASET_SETTINGS_SET_CONNECTION_AND_PATH: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_connection_and_path",
            crate::rt::Server::DSS,
            "Sets where a file-based dataset's data is: its connection and path.",
            &[
                Arg::new(
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Document("params.connection"),
                    false,
                ),
                Arg::new(
                    "path",
                    "str",
                    Presence::Required,
                    Place::Document("params.path"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_feature_group`.
        pub static DATASET_SETTINGS_SET_FEATURE_GROUP: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_feature_group",
            crate::rt::Server::DSS,
            "Makes the dataset a feature group of the Feature Store, or not (saving it needs the \"Manage Feature Store\" permission).",
            &[
                Arg::new(
                    "status",
                    "bool",
                    Presence::Required,
                    Place::Document("featureGroup"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_partitioning_file_pattern`.
        pub static DATASET_SETTINGS_SET_PARTITIONING_FILE_PATTERN: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_partitioning_file_pattern",
            crate::rt::Server::DSS,
            "Sets the pattern of the files of each partition of a file-based dataset.",
            &[
                Arg::new(
                    "pattern",
                    "str",
                    Presence::Required,
                    Place::Document("partitioning.filePathPattern"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDatasetSettings::remove_partitioning`.
        pub static DATASET_SETTINGS_REMOVE_PARTITIONING: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "remove_partitioning",
            crate::rt::Server::DSS,
            "Makes the dataset unpartitioned.",
            &[],
            None,
            ResultKind::HandWritten("& mut DssDatasetSettings"),
            [true, true, false],
        );
        ///`DssDatasetSettings::add_discrete_partitioning_dimension`.
        pub static DATASET_SETTINGS_ADD_DISCRETE_PARTITIONING_DIMENSION: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "add_discrete_partitioning_dimension",
            crate::rt::Server::DSS,
            "Adds a discrete (value) partitioning dimension.",
            &[
                Arg::new(
                    "dim_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssDatasetSettings"),
            [true, true, false],
        );
        ///`DssDatasetSettings::add_time_partitioning_dimension`.
        pub static DATASET_SETTINGS_ADD_TIME_PARTITIONING_DIMENSION: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "add_time_partitioning_dimension",
            crate::rt::Server::DSS,
            "Adds a time partitioning dimension of a period (dataikuapi's default `DAY`; `YEAR`, `MONTH`, `HOUR` too).",
            &[
                Arg::new(
                    "dim_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "period",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssDatasetSettings"),
            [true, true, false],
        );
        ///`DssDatasetSettings::add_raw_schema_column`.
        pub static DATASET_SETTINGS_ADD_RAW_SCHEMA_COLUMN: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "add_raw_schema_column",
            crate::rt::Server::DSS,
            "Adds a column to the schema (`{\"name\": .., \"type\": ..}`).",
            &[
                Arg::new(
                    "column",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssDatasetSettings"),
            [true, true, false],
        );
        ///`DssDatasetSettings::set_format`.
        pub static DATASET_SETTINGS_SET_FORMAT: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_format",
            crate::rt::Server::DSS,
            "Sets the format of a file-based dataset and its parameters.",
            &[
                Arg::new(
                    "format_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "format_params",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssDatasetSettings"),
            [true, true, false],
        );
        ///`DssDatasetSettings::set_csv_format`.
        pub static DATASET_SETTINGS_SET_CSV_FORMAT: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_csv_format",
            crate::rt::Server::DSS,
            "Sets a CSV format, with dataikuapi's defaults (`,`, excel style, a header row) unless set on the returned value.",
            &[],
            None,
            ResultKind::HandWritten("CsvFormat < '_ >"),
            [true, true, false],
        );
        ///`DssDatasetSettings::set_table`.
        pub static DATASET_SETTINGS_SET_TABLE: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_table",
            crate::rt::Server::DSS,
            "Points an SQL dataset at a table of a connection, in a catalog (`None`: the connection's default database).",
            &[
                Arg::new(
                    "connection",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "schema",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "table",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "catalog",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssDatasetSettings"),
            [true, true, false],
        );
        ///`DssDatasetSettings::tags`.
        pub static DATASET_SETTINGS_TAGS: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "tags",
            crate::rt::Server::DSS,
            "The tags of the dataset.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_tags`.
        pub static DATASET_SETTINGS_SET_TAGS: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the tags of the dataset.",
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
        ///`DssDatasetSettings::description`.
        pub static DATASET_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "description",
            crate::rt::Server::DSS,
            "The description of the dataset.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_description`.
        pub static DATASET_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the description of the dataset.",
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
        ///`DssDatasetSettings::short_description`.
        pub static DATASET_SETTINGS_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "short_description",
            crate::rt::Server::DSS,
            "The short description of the dataset.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_short_description`.
        pub static DATASET_SETTINGS_SET_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_short_description",
            crate::rt::Server::DSS,
            "Sets the short description of the dataset.",
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
        ///`DssDatasetSettings::custom_fields`.
        pub static DATASET_SETTINGS_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "custom_fields",
            crate::rt::Server::DSS,
            "The custom fields of the dataset (none when it has none).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::set_custom_fields`.
        pub static DATASET_SETTINGS_SET_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "set_custom_fields",
            crate::rt::Server::DSS,
            "Sets the custom fields of the dataset (an object).",
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
        ///`DssDatasetInfo::get_last_build_info`.
        pub static DATASET_INFO_GET_LAST_BUILD_INFO: Endpoint = Endpoint::new(
            "DssDatasetInfo",
            "get_last_build_info",
            crate::rt::Server::DSS,
            "The dataset's last build (`buildStartTime`, `buildEndTime`, `buildSuccess`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssDatasetInfo::last_build_start_time`.
        pub static DATASET_INFO_LAST_BUILD_START_TIME: Endpoint = Endpoint::new(
            "DssDatasetInfo",
            "last_build_start_time",
            crate::rt::Server::DSS,
            "When the last build started, in milliseconds since the Unix epoch.",
            &[],
            None,
            ResultKind::Local("Option<i64>"),
            [false, true, false],
        );
        ///`DssDatasetInfo::last_build_end_time`.
        pub static DATASET_INFO_LAST_BUILD_END_TIME: Endpoint = Endpoint::new(
            "DssDatasetInfo",
            "last_build_end_time",
            crate::rt::Server::DSS,
            "When the last build ended, in milliseconds since the Unix epoch.",
            &[],
            None,
            ResultKind::Local("Option<i64>"),
            [false, true, false],
        );
        ///`DssDatasetInfo::is_last_build_successful`.
        pub static DATASET_INFO_IS_LAST_BUILD_SUCCESSFUL: Endpoint = Endpoint::new(
            "DssDatasetInfo",
            "is_last_build_successful",
            crate::rt::Server::DSS,
            "Whether the last build succeeded.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssDatasetSettings::get_raw`.
        pub static DATASET_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssDatasetSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssDatasetInfo::get_raw`.
        pub static DATASET_INFO_GET_RAW: Endpoint = Endpoint::new(
            "DssDatasetInfo",
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
        &endpoints::PROJECT_LIST_DATASETS,
        &endpoints::PROJECT_GET_DATASET,
        &endpoints::PROJECT_CREATE_DATASET,
        &endpoints::PROJECT_CREATE_MANAGED_DATASET,
        &endpoints::PROJECT_RENAME_DATASET,
        &endpoints::DATASET_GET_SETTINGS,
        &endpoints::DATASET_GET_SCHEMA,
        &endpoints::DATASET_SET_SCHEMA,
        &endpoints::DATASET_GET_METADATA,
        &endpoints::DATASET_SET_METADATA,
        &endpoints::DATASET_DELETE,
        &endpoints::DATASET_GET_INFO,
        &endpoints::DATASET_GET_USAGES,
        &endpoints::DATASET_LIST_PARTITIONS,
        &endpoints::DATASET_CLEAR,
        &endpoints::DATASET_COPY_TO,
        &endpoints::DATASET_COMPUTE_DEFINED_METRICS,
        &endpoints::DATASET_COMPUTE_METRICS_WITH_PROBES,
        &endpoints::DATASET_COMPUTE_METRICS_FROM_IDS,
        &endpoints::DATASET_RUN_DEFINED_CHECKS,
        &endpoints::DATASET_RUN_CHECKS_FROM_IDS,
        &endpoints::DATASET_GET_LAST_METRIC_VALUES,
        &endpoints::DATASET_GET_METRIC_HISTORY,
        &endpoints::DATASET_UPLOADED_LIST_FILES,
        &endpoints::DATASET_UPLOADED_ADD_FILE,
        &endpoints::DATASET_RAW_ROWS,
        &endpoints::DATASET_FINISH_STREAMING,
        &endpoints::DATASET_EXISTS,
        &endpoints::DATASET_RENAME,
        &endpoints::DATASET_COMPUTE_METRICS,
        &endpoints::DATASET_RUN_CHECKS,
        &endpoints::DATASET_ITER_ROWS,
        &endpoints::DATASET_BUILD,
        &endpoints::DATASET_SETTINGS_SAVE,
        &endpoints::DATASET_SETTINGS_GET_RAW_PARAMS,
        &endpoints::DATASET_SETTINGS_GET_RAW_FORMAT_PARAMS,
        &endpoints::DATASET_SETTINGS_SET_CONNECTION_AND_PATH,
        &endpoints::DATASET_SETTINGS_SET_FEATURE_GROUP,
        &endpoints::DATASET_SETTINGS_SET_PARTITIONING_FILE_PATTERN,
        &endpoints::DATASET_SETTINGS_REMOVE_PARTITIONING,
        &endpoints::DATASET_SETTINGS_ADD_DISCRETE_PARTITIONING_DIMENSION,
        &endpoints::DATASET_SETTINGS_ADD_TIME_PARTITIONING_DIMENSION,
        &endpoints::DATASET_SETTINGS_ADD_RAW_SCHEMA_COLUMN,
        &endpoints::DATASET_SETTINGS_SET_FORMAT,
        &endpoints::DATASET_SETTINGS_SET_CSV_FORMAT,
        &endpoints::DATASET_SETTINGS_SET_TABLE,
        &endpoints::DATASET_SETTINGS_TAGS,
        &endpoints::DATASET_SETTINGS_SET_TAGS,
        &endpoints::DATASET_SETTINGS_DESCRIPTION,
        &endpoints::DATASET_SETTINGS_SET_DESCRIPTION,
        &endpoints::DATASET_SETTINGS_SHORT_DESCRIPTION,
        &endpoints::DATASET_SETTINGS_SET_SHORT_DESCRIPTION,
        &endpoints::DATASET_SETTINGS_CUSTOM_FIELDS,
        &endpoints::DATASET_SETTINGS_SET_CUSTOM_FIELDS,
        &endpoints::DATASET_INFO_GET_LAST_BUILD_INFO,
        &endpoints::DATASET_INFO_LAST_BUILD_START_TIME,
        &endpoints::DATASET_INFO_LAST_BUILD_END_TIME,
        &endpoints::DATASET_INFO_IS_LAST_BUILD_SUCCESSFUL,
        &endpoints::DATASET_SETTINGS_GET_RAW,
        &endpoints::DATASET_INFO_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssDataset",
                doc: "A dataset of a project, named by project key and dataset name.",
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
            Handle {
                name: "DssDatasetSettings",
                doc: "The settings of a dataset, as `get_settings` reads them (dataikuapi's `DSSDatasetSettings`, with the methods of its `FSLikeDatasetSettings` and `SQLDatasetSettings` forms): the whole JSON object, read and changed through `raw_mut` or the accessors, then sent back whole by `save`.",
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
                document: true,
            },
            Handle {
                name: "DssDatasetInfo",
                doc: "Everything DSS knows of a dataset, as `get_info` reads it (dataikuapi's `DSSDatasetInfo`): its settings, its last build, ...",
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
                name: "DatasetListItem",
                doc: "A dataset as listed by `list_datasets`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
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
                        name: "managed",
                        wire: "managed",
                        ty: "Option < bool >",
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
                    ModelMember {
                        name: "params",
                        wire: "params",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "schema",
                        wire: "schema",
                        ty: "Option < DatasetSchema >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssDataset"),
            },
            Model {
                name: "DatasetSchema",
                doc: "A dataset's schema: its columns, in order.",
                members: &[
                    ModelMember {
                        name: "columns",
                        wire: "columns",
                        ty: "Vec < SchemaColumn >",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "user_modified",
                        wire: "userModified",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "SchemaColumn",
                doc: "One column of a dataset's schema; its other members (`maxLength`, `comment`, `meaning`, ...) are kept in `extra`.",
                members: &[
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DatasetUsage",
                doc: "One place where a dataset is used (a recipe reading it, ...).",
                members: &[
                    ModelMember {
                        name: "type",
                        wire: "type",
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
                        name: "id",
                        wire: "id",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "object_type",
                        wire: "objectType",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "UploadedFile",
                doc: "A file of an \"uploaded files\" dataset.",
                members: &[
                    ModelMember {
                        name: "path",
                        wire: "path",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "size",
                        wire: "size",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "last_modified",
                        wire: "lastModified",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the datasets of the project; each item converts to a
[`DssDataset`](crate::DssDataset) with `to_handle`.

`GET /projects/{project_key}/datasets/`

Optional arguments, set by name on the returned request:
- `include_shared`: Default: `false`. Sent as query parameter `foreign`.
- `tags`: Default: `[]`. Sent as query parameter `tags`, repeated for each item.

Returns a [`ProjectListDatasets`](requests::ProjectListDatasets) request; nothing is sent until `.send()`.*/
        pub fn list_datasets(&self) -> requests::ProjectListDatasets<'_> {
            requests::ProjectListDatasets {
                __owner: self,
                include_shared: false,
                tags: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one dataset of the project.

Builds a handle; sends no request.*/
        pub fn get_dataset(
            &self,
            dataset_name: impl Into<String>,
        ) -> super::handles::DssDataset {
            let dataset_name = dataset_name.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_dataset_name = dataset_name;
                super::handles::DssDataset {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    dataset_name: __f_dataset_name,
                }
            }
        }
        /**Creates a dataset of any type and returns a handle on it (DSS's
answer is not read).

`POST /projects/{project_key}/datasets/`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.
- `r#type`: Dataset type (`Filesystem`, `PostgreSQL`, ...). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as JSON member `params`.
- `format_type`: Unset by default (then sent as `null`). Sent as JSON member `formatType`.
- `format_params`: Default: `{}`. Sent as JSON member `formatParams`.

Returns a [`ProjectCreateDataset`](requests::ProjectCreateDataset) request; nothing is sent until `.send()`.*/
        pub fn create_dataset(
            &self,
            dataset_name: impl Into<String>,
            r#type: impl Into<String>,
        ) -> requests::ProjectCreateDataset<'_> {
            requests::ProjectCreateDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                r#type: r#type.into(),
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                format_type: None,
                format_params: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a managed dataset (DSS chooses where its data lives from the
options) and returns a handle on it: dataikuapi's
`new_managed_dataset(name).with_store_into(..).with_copy_partitioning_from(..).create()`.

dataikuapi's `create(overwrite=True)` first deletes an existing
dataset of that name with its data; that is not an option here, so
the deletion stays visible in the caller's code:
`if ds.exists()? { ds.delete().drop_data(true).send()?; }` sends the
same requests.

`POST /projects/{project_key}/datasets/managed`

Never retried: sending it twice could do the work twice.

Arguments:
- `dataset_name`: Name of the new dataset. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `connection`: Unset by default (then left out). Sent as JSON member `creationSettings.connectionId`.
- `type_option_id`: Unset by default (then left out). Sent as JSON member `creationSettings.typeOptionId`.
- `format_option_id`: Unset by default (then left out). Sent as JSON member `creationSettings.specificSettings.formatOptionId`.
- `partitioning_option_id`: Unset by default (then left out). Sent as JSON member `creationSettings.partitioningOptionId`.

Returns a [`ProjectCreateManagedDataset`](requests::ProjectCreateManagedDataset) request; nothing is sent until `.send()`.*/
        pub fn create_managed_dataset(
            &self,
            dataset_name: impl Into<String>,
        ) -> requests::ProjectCreateManagedDataset<'_> {
            requests::ProjectCreateManagedDataset {
                __owner: self,
                dataset_name: dataset_name.into(),
                connection: None,
                type_option_id: None,
                format_option_id: None,
                partitioning_option_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Renames a dataset of the project and returns a handle on it under
its new name: the request behind [`DssDataset::rename`](crate::DssDataset::rename), which
refuses the current name before sending.

`POST /projects/{project_key}/actions/renameDataset`

Never retried: sending it twice could do the work twice.

Arguments:
- `old_name`: The dataset's current name. Sent as JSON member `oldName`.
- `new_name`: Its new name. Sent as JSON member `newName`.

Returns a [`ProjectRenameDataset`](requests::ProjectRenameDataset) request; nothing is sent until `.send()`.*/
        pub fn rename_dataset(
            &self,
            old_name: impl Into<String>,
            new_name: impl Into<String>,
        ) -> requests::ProjectRenameDataset<'_> {
            requests::ProjectRenameDataset {
                __owner: self,
                old_name: old_name.into(),
                new_name: new_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataset {
        /**Reads the dataset's settings (type, params, format, schema,
partitioning, tags, ...), to change and `save`.

`GET /projects/{project_key}/datasets/{dataset_name}`

Returns a [`DatasetGetSettings`](requests::DatasetGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::DatasetGetSettings<'_> {
            requests::DatasetGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the dataset's schema.

`GET /projects/{project_key}/datasets/{dataset_name}/schema`

Returns a [`DatasetGetSchema`](requests::DatasetGetSchema) request; nothing is sent until `.send()`.*/
        pub fn get_schema(&self) -> requests::DatasetGetSchema<'_> {
            requests::DatasetGetSchema {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the dataset's schema (`{"columns": [{"name", "type"}, ..]}`,
or a [`DatasetSchema`](crate::models::DatasetSchema) as JSON).

`PUT /projects/{project_key}/datasets/{dataset_name}/schema`

Arguments:
- `schema`: Sent as the JSON body.

Returns a [`DatasetSetSchema`](requests::DatasetSetSchema) request; nothing is sent until `.send()`.*/
        pub fn set_schema(
            &self,
            schema: impl Into<::serde_json::Value>,
        ) -> requests::DatasetSetSchema<'_> {
            requests::DatasetSetSchema {
                __owner: self,
                schema: schema.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the dataset's metadata (label, description, tags, custom fields).

`GET /projects/{project_key}/datasets/{dataset_name}/metadata`

Returns a [`DatasetGetMetadata`](requests::DatasetGetMetadata) request; nothing is sent until `.send()`.*/
        pub fn get_metadata(&self) -> requests::DatasetGetMetadata<'_> {
            requests::DatasetGetMetadata {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the dataset's metadata, as read by `get_metadata` and changed.

`PUT /projects/{project_key}/datasets/{dataset_name}/metadata`

Arguments:
- `metadata`: Sent as the JSON body.

Returns a [`DatasetSetMetadata`](requests::DatasetSetMetadata) request; nothing is sent until `.send()`.*/
        pub fn set_metadata(
            &self,
            metadata: impl Into<::serde_json::Value>,
        ) -> requests::DatasetSetMetadata<'_> {
            requests::DatasetSetMetadata {
                __owner: self,
                metadata: metadata.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the dataset.

`DELETE /projects/{project_key}/datasets/{dataset_name}`

Optional arguments, set by name on the returned request:
- `drop_data`: Default: `false`. Sent as query parameter `dropData`.

Returns a [`DatasetDelete`](requests::DatasetDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::DatasetDelete<'_> {
            requests::DatasetDelete {
                __owner: self,
                drop_data: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads everything DSS knows of the dataset (its settings, last build, ...).

`GET /projects/{project_key}/datasets/{dataset_name}/info`

Returns a [`DatasetGetInfo`](requests::DatasetGetInfo) request; nothing is sent until `.send()`.*/
        pub fn get_info(&self) -> requests::DatasetGetInfo<'_> {
            requests::DatasetGetInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists where the dataset is used.

`GET /projects/{project_key}/datasets/{dataset_name}/usages`

Returns a [`DatasetGetUsages`](requests::DatasetGetUsages) request; nothing is sent until `.send()`.*/
        pub fn get_usages(&self) -> requests::DatasetGetUsages<'_> {
            requests::DatasetGetUsages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the dataset's partitions (`NP` alone for a dataset that is not
partitioned).

`GET /projects/{project_key}/datasets/{dataset_name}/partitions`

Returns a [`DatasetListPartitions`](requests::DatasetListPartitions) request; nothing is sent until `.send()`.*/
        pub fn list_partitions(&self) -> requests::DatasetListPartitions<'_> {
            requests::DatasetListPartitions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the dataset's data, of some partitions or of all of them.

`DELETE /projects/{project_key}/datasets/{dataset_name}/data`

Optional arguments, set by name on the returned request:
- `partitions`: Default: `[]`. Sent as query parameter `partitions`, repeated for each item.

Returns a [`DatasetClear`](requests::DatasetClear) request; nothing is sent until `.send()`.*/
        pub fn clear(&self) -> requests::DatasetClear<'_> {
            requests::DatasetClear {
                __owner: self,
                partitions: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Copies the dataset's data into another dataset; returns the copy task.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/copyTo`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_project_key`: Project of the target dataset. Sent as JSON member `targetProjectKey`.
- `target_dataset_name`: Name of the target dataset. Sent as JSON member `targetDatasetName`.

Optional arguments, set by name on the returned request:
- `sync_schema`: Default: `true`. Sent as JSON member `syncSchema`.
- `write_mode`: Default: `OVERWRITE`. Sent as JSON member `writeMode`.

Returns a [`DatasetCopyTo`](requests::DatasetCopyTo) request; nothing is sent until `.send()`.*/
        pub fn copy_to(
            &self,
            target_project_key: impl Into<String>,
            target_dataset_name: impl Into<String>,
        ) -> requests::DatasetCopyTo<'_> {
            requests::DatasetCopyTo {
                __owner: self,
                target_project_key: target_project_key.into(),
                target_dataset_name: target_dataset_name.into(),
                sync_schema: true,
                write_mode: String::from("OVERWRITE"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes the metrics set up on the dataset: the request behind
[`compute_metrics`](crate::DssDataset::compute_metrics) when it is given
neither metric ids nor probes.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/computeMetrics`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `partition`: Default: ``. Sent as query parameter `partition`.

Returns a [`DatasetComputeDefinedMetrics`](requests::DatasetComputeDefinedMetrics) request; nothing is sent until `.send()`.*/
        pub fn compute_defined_metrics(
            &self,
        ) -> requests::DatasetComputeDefinedMetrics<'_> {
            requests::DatasetComputeDefinedMetrics {
                __owner: self,
                partition: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes the metrics of a probes configuration: the request behind
[`compute_metrics`](crate::DssDataset::compute_metrics) given probes.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/computeMetrics`

Never retried: sending it twice could do the work twice.

Arguments:
- `probes`: The probes configuration (`{"probes": [{"type": .., ..}]}`). Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `partition`: Default: ``. Sent as query parameter `partition`.

Returns a [`DatasetComputeMetricsWithProbes`](requests::DatasetComputeMetricsWithProbes) request; nothing is sent until `.send()`.*/
        pub fn compute_metrics_with_probes(
            &self,
            probes: impl Into<::serde_json::Value>,
        ) -> requests::DatasetComputeMetricsWithProbes<'_> {
            requests::DatasetComputeMetricsWithProbes {
                __owner: self,
                probes: probes.into(),
                partition: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes the metrics named by their ids: the request behind
[`compute_metrics`](crate::DssDataset::compute_metrics) given metric ids.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/computeMetricsFromIds`

Never retried: sending it twice could do the work twice.

Arguments:
- `metric_ids`: Ids of the metrics (`records:COUNT_RECORDS`, ...). Sent as JSON member `metricIds`.

Optional arguments, set by name on the returned request:
- `partition`: Default: ``. Sent as query parameter `partition`.

Returns a [`DatasetComputeMetricsFromIds`](requests::DatasetComputeMetricsFromIds) request; nothing is sent until `.send()`.*/
        pub fn compute_metrics_from_ids(
            &self,
            metric_ids: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::DatasetComputeMetricsFromIds<'_> {
            requests::DatasetComputeMetricsFromIds {
                __owner: self,
                metric_ids: metric_ids.into_iter().map(Into::into).collect(),
                partition: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the checks set up on the dataset: the request behind
[`run_checks`](crate::DssDataset::run_checks) when it is given no check ids.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/runChecks`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `partition`: Default: ``. Sent as query parameter `partition`.

Returns a [`DatasetRunDefinedChecks`](requests::DatasetRunDefinedChecks) request; nothing is sent until `.send()`.*/
        pub fn run_defined_checks(&self) -> requests::DatasetRunDefinedChecks<'_> {
            requests::DatasetRunDefinedChecks {
                __owner: self,
                partition: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the checks named by their ids: the request behind
[`run_checks`](crate::DssDataset::run_checks) given check ids.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/runChecks`

Never retried: sending it twice could do the work twice.

Arguments:
- `checks`: Ids of the checks. Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `partition`: Default: ``. Sent as query parameter `partition`.

Returns a [`DatasetRunChecksFromIds`](requests::DatasetRunChecksFromIds) request; nothing is sent until `.send()`.*/
        pub fn run_checks_from_ids(
            &self,
            checks: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::DatasetRunChecksFromIds<'_> {
            requests::DatasetRunChecksFromIds {
                __owner: self,
                checks: checks.into_iter().map(Into::into).collect(),
                partition: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the last value of each metric of the dataset.

`GET /projects/{project_key}/datasets/{dataset_name}/metrics/last/{partition}`

Optional arguments, set by name on the returned request:
- `partition`: Default: `NP`. Sent as a path segment.

Returns a [`DatasetGetLastMetricValues`](requests::DatasetGetLastMetricValues) request; nothing is sent until `.send()`.*/
        pub fn get_last_metric_values(
            &self,
        ) -> requests::DatasetGetLastMetricValues<'_> {
            requests::DatasetGetLastMetricValues {
                __owner: self,
                partition: String::from("NP"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the history of the values of one metric of the dataset.

`GET /projects/{project_key}/datasets/{dataset_name}/metrics/history/{partition}`

Arguments:
- `metric`: Id of the metric (`records:COUNT_RECORDS`, ...). Sent as query parameter `metricLookup`.

Optional arguments, set by name on the returned request:
- `partition`: Default: `NP`. Sent as a path segment.

Returns a [`DatasetGetMetricHistory`](requests::DatasetGetMetricHistory) request; nothing is sent until `.send()`.*/
        pub fn get_metric_history(
            &self,
            metric: impl Into<String>,
        ) -> requests::DatasetGetMetricHistory<'_> {
            requests::DatasetGetMetricHistory {
                __owner: self,
                metric: metric.into(),
                partition: String::from("NP"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the files of an "uploaded files" dataset.

`GET /projects/{project_key}/datasets/{dataset_name}/uploaded/files`

Returns a [`DatasetUploadedListFiles`](requests::DatasetUploadedListFiles) request; nothing is sent until `.send()`.*/
        pub fn uploaded_list_files(&self) -> requests::DatasetUploadedListFiles<'_> {
            requests::DatasetUploadedListFiles {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds a file to an "uploaded files" dataset, streamed from here.

`POST /projects/{project_key}/datasets/{dataset_name}/uploaded/files`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The content (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename from `filename`).
- `filename`: Name of the file in the dataset. Sent as the file name of the uploaded part.

Returns a [`DatasetUploadedAddFile`](requests::DatasetUploadedAddFile) request; nothing is sent until `.send()`.*/
        pub fn uploaded_add_file(
            &self,
            fp: impl Into<crate::rt::Upload>,
            filename: impl Into<String>,
        ) -> requests::DatasetUploadedAddFile<'_> {
            requests::DatasetUploadedAddFile {
                __owner: self,
                fp: fp.into(),
                filename: filename.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**The raw data stream (TSV, Excel dialect, no header, columns in the
order of the schema, or of `columns`) behind
[`iter_rows`](crate::DssDataset::iter_rows), which parses, types and
verifies it.

`GET /projects/{project_key}/datasets/{dataset_name}/data/` (always with `format=tsv-excel-noheader`)

Optional arguments, set by name on the returned request:
- `partitions`: Unset by default (then left out). Sent as query parameter `partitions`, repeated for each item.
- `columns`: Unset by default (then left out). Sent as query parameter `columns`, repeated for each item.
- `read_session_id`: Unset by default (then left out). Sent as query parameter `readSessionId`.

Returns a [`DatasetRawRows`](requests::DatasetRawRows) request; nothing is sent until `.send()`.*/
        pub fn raw_rows(&self) -> requests::DatasetRawRows<'_> {
            requests::DatasetRawRows {
                __owner: self,
                partitions: None,
                columns: None,
                read_session_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks the server whether a read of the data stream went to its end
without error (`iter_rows` does this by itself when it reaches the
end).

`GET /projects/{project_key}/datasets/{dataset_name}/finish-streaming/`

Arguments:
- `read_session_id`: The id the stream was opened with. Sent as query parameter `readSessionId`.

Returns a [`DatasetFinishStreaming`](requests::DatasetFinishStreaming) request; nothing is sent until `.send()`.*/
        pub fn finish_streaming(
            &self,
            read_session_id: impl Into<String>,
        ) -> requests::DatasetFinishStreaming<'_> {
            requests::DatasetFinishStreaming {
                __owner: self,
                read_session_id: read_session_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDatasetSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed (members this client does not know included).

`PUT /projects/{project_key}/datasets/{dataset_name}`

Returns a [`DatasetSettingsSave`](requests::DatasetSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::DatasetSettingsSave<'_> {
            requests::DatasetSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The type-specific parameters (`connection`, `path`, `table`, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_raw_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("params")
        }
        /**The format parameters of a file-based dataset.

Reads the document this value holds; sends no request.*/
        pub fn get_raw_format_params(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("formatParams")
        }
        /**Sets where a file-based dataset's data is: its connection and path.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_connection_and_path(
            &mut self,
            connection: impl ::core::convert::Into<::std::string::String>,
            path: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("params.connection", ::serde_json::Value::from(connection.into()));
            self.document.set("params.path", ::serde_json::Value::from(path.into()));
            self
        }
        /**Makes the dataset a feature group of the Feature Store, or not
(saving it needs the "Manage Feature Store" permission).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_feature_group(&mut self, status: bool) -> &mut Self {
            self.document.set("featureGroup", ::serde_json::Value::Bool(status));
            self
        }
        /**Sets the pattern of the files of each partition of a file-based
dataset.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_partitioning_file_pattern(
            &mut self,
            pattern: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "partitioning.filePathPattern",
                    ::serde_json::Value::from(pattern.into()),
                );
            self
        }
        /**The tags of the dataset.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the tags of the dataset.

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
        /**The description of the dataset.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the description of the dataset.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("description", ::serde_json::Value::from(description.into()));
            self
        }
        /**The short description of the dataset.

Reads the document this value holds; sends no request.*/
        pub fn short_description(&self) -> ::core::option::Option<&str> {
            self.document.get("shortDesc").and_then(::serde_json::Value::as_str)
        }
        /**Sets the short description of the dataset.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_short_description(
            &mut self,
            short_description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("shortDesc", ::serde_json::Value::from(short_description.into()));
            self
        }
        /**The custom fields of the dataset (none when it has none).

Reads the document this value holds; sends no request.*/
        pub fn custom_fields(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("customFields")
        }
        /**Sets the custom fields of the dataset (an object).

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
    impl super::handles::DssDatasetInfo {
        /**The dataset's last build (`buildStartTime`, `buildEndTime`,
`buildSuccess`, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_last_build_info(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("lastBuild")
        }
        /**When the last build started, in milliseconds since the Unix epoch.

Reads the document this value holds; sends no request.*/
        pub fn last_build_start_time(&self) -> ::core::option::Option<i64> {
            self.document
                .get("lastBuild.buildStartTime")
                .and_then(::serde_json::Value::as_i64)
        }
        /**When the last build ended, in milliseconds since the Unix epoch.

Reads the document this value holds; sends no request.*/
        pub fn last_build_end_time(&self) -> ::core::option::Option<i64> {
            self.document
                .get("lastBuild.buildEndTime")
                .and_then(::serde_json::Value::as_i64)
        }
        /**Whether the last build succeeded.

Reads the document this value holds; sends no request.*/
        pub fn is_last_build_successful(&self) -> ::core::option::Option<bool> {
            self.document
                .get("lastBuild.buildSuccess")
                .and_then(::serde_json::Value::as_bool)
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
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_exists(&self) -> Pending<'_, bool> {
                    self.exists()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_rename(
                    &self,
                    new_name: &str,
                ) -> Pending<'_, DssDataset> {
                    self.rename(new_name)
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_compute_metrics(&self) -> DatasetComputeMetrics<'_> {
                    self.compute_metrics()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_run_checks(&self) -> DatasetRunChecks<'_> {
                    self.run_checks()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_iter_rows(&self) -> DatasetIterRows<'_> {
                    self.iter_rows()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_build(&self) -> JobRun<'_, 'static> {
                    self.build()
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_partitioning(
                    &mut self,
                ) -> &mut DssDatasetSettings {
                    self.remove_partitioning()
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_discrete_partitioning_dimension(
                    &mut self,
                    dim_name: &str,
                ) -> &mut DssDatasetSettings {
                    self.add_discrete_partitioning_dimension(dim_name)
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_time_partitioning_dimension(
                    &mut self,
                    dim_name: &str,
                    period: &str,
                ) -> &mut DssDatasetSettings {
                    self.add_time_partitioning_dimension(dim_name, period)
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_raw_schema_column(
                    &mut self,
                    column: Value,
                ) -> &mut DssDatasetSettings {
                    self.add_raw_schema_column(column)
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_format(
                    &mut self,
                    format_type: &str,
                    format_params: Value,
                ) -> &mut DssDatasetSettings {
                    self.set_format(format_type, format_params)
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_csv_format(&mut self) -> CsvFormat<'_> {
                    self.set_csv_format()
                }
            }
            impl super::handles::DssDatasetSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_table(
                    &mut self,
                    connection: &str,
                    schema: &str,
                    table: &str,
                    catalog: Option<&str>,
                ) -> &mut DssDatasetSettings {
                    self.set_table(connection, schema, table, catalog)
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
                ("DssProject", "list_datasets") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_datasets();
                        let __endpoint = requests::ProjectListDatasets::ENDPOINT;
                        if let Some(__v) = args.opt_bool("include_shared")? {
                            __r = __r.include_shared(__v);
                        }
                        if let Some(__v) = args.opt_strings("tags")? {
                            __r = __r.tags(__v);
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
                ("DssProject", "create_dataset") => {
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
                            .create_dataset(
                                args.str("dataset_name")?,
                                args.str("type")?,
                            );
                        let __endpoint = requests::ProjectCreateDataset::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
                        }
                        if let Some(__v) = args.opt_str("format_type")? {
                            __r = __r.format_type(__v);
                        }
                        if let Some(__v) = args.opt_json("format_params")? {
                            __r = __r.format_params(__v);
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
                ("DssProject", "create_managed_dataset") => {
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
                            .create_managed_dataset(args.str("dataset_name")?);
                        let __endpoint = requests::ProjectCreateManagedDataset::ENDPOINT;
                        if let Some(__v) = args.opt_str("connection")? {
                            __r = __r.connection(__v);
                        }
                        if let Some(__v) = args.opt_str("type_option_id")? {
                            __r = __r.type_option_id(__v);
                        }
                        if let Some(__v) = args.opt_str("format_option_id")? {
                            __r = __r.format_option_id(__v);
                        }
                        if let Some(__v) = args.opt_str("partitioning_option_id")? {
                            __r = __r.partitioning_option_id(__v);
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
                ("DssProject", "rename_dataset") => {
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
                            .rename_dataset(
                                args.str("old_name")?,
                                args.str("new_name")?,
                            );
                        let __endpoint = requests::ProjectRenameDataset::ENDPOINT;
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
                ("DssDataset", "get_settings") => {
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
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::DatasetGetSettings::ENDPOINT;
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
                ("DssDataset", "get_schema") => {
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
                        let mut __r = __owner.get_schema();
                        let __endpoint = requests::DatasetGetSchema::ENDPOINT;
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
                ("DssDataset", "set_schema") => {
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
                        let mut __r = __owner.set_schema(args.json("schema")?);
                        let __endpoint = requests::DatasetSetSchema::ENDPOINT;
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
                ("DssDataset", "get_metadata") => {
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
                        let mut __r = __owner.get_metadata();
                        let __endpoint = requests::DatasetGetMetadata::ENDPOINT;
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
                ("DssDataset", "set_metadata") => {
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
                        let mut __r = __owner.set_metadata(args.json("metadata")?);
                        let __endpoint = requests::DatasetSetMetadata::ENDPOINT;
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
                ("DssDataset", "delete") => {
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
                        let mut __r = __owner.delete();
                        let __endpoint = requests::DatasetDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("drop_data")? {
                            __r = __r.drop_data(__v);
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
                ("DssDataset", "get_info") => {
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
                        let mut __r = __owner.get_info();
                        let __endpoint = requests::DatasetGetInfo::ENDPOINT;
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
                ("DssDataset", "get_usages") => {
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
                        let mut __r = __owner.get_usages();
                        let __endpoint = requests::DatasetGetUsages::ENDPOINT;
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
                ("DssDataset", "list_partitions") => {
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
                        let mut __r = __owner.list_partitions();
                        let __endpoint = requests::DatasetListPartitions::ENDPOINT;
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
                ("DssDataset", "clear") => {
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
                        let mut __r = __owner.clear();
                        let __endpoint = requests::DatasetClear::ENDPOINT;
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
                ("DssDataset", "copy_to") => {
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
                            .copy_to(
                                args.str("target_project_key")?,
                                args.str("target_dataset_name")?,
                            );
                        let __endpoint = requests::DatasetCopyTo::ENDPOINT;
                        if let Some(__v) = args.opt_bool("sync_schema")? {
                            __r = __r.sync_schema(__v);
                        }
                        if let Some(__v) = args.opt_str("write_mode")? {
                            __r = __r.write_mode(__v);
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
                ("DssDataset", "compute_defined_metrics") => {
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
                        let mut __r = __owner.compute_defined_metrics();
                        let __endpoint = requests::DatasetComputeDefinedMetrics::ENDPOINT;
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
                ("DssDataset", "compute_metrics_with_probes") => {
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
                            .compute_metrics_with_probes(args.json("probes")?);
                        let __endpoint = requests::DatasetComputeMetricsWithProbes::ENDPOINT;
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
                ("DssDataset", "compute_metrics_from_ids") => {
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
                            .compute_metrics_from_ids(args.strings("metric_ids")?);
                        let __endpoint = requests::DatasetComputeMetricsFromIds::ENDPOINT;
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
                ("DssDataset", "run_defined_checks") => {
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
                        let mut __r = __owner.run_defined_checks();
                        let __endpoint = requests::DatasetRunDefinedChecks::ENDPOINT;
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
                ("DssDataset", "run_checks_from_ids") => {
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
                            .run_checks_from_ids(args.strings("checks")?);
                        let __endpoint = requests::DatasetRunChecksFromIds::ENDPOINT;
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
                ("DssDataset", "get_last_metric_values") => {
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
                        let mut __r = __owner.get_last_metric_values();
                        let __endpoint = requests::DatasetGetLastMetricValues::ENDPOINT;
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
                ("DssDataset", "get_metric_history") => {
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
                        let mut __r = __owner.get_metric_history(args.str("metric")?);
                        let __endpoint = requests::DatasetGetMetricHistory::ENDPOINT;
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
                ("DssDataset", "uploaded_list_files") => {
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
                        let mut __r = __owner.uploaded_list_files();
                        let __endpoint = requests::DatasetUploadedListFiles::ENDPOINT;
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
                ("DssDataset", "uploaded_add_file") => {
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
                            .uploaded_add_file(args.file("fp")?, args.str("filename")?);
                        let __endpoint = requests::DatasetUploadedAddFile::ENDPOINT;
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
                ("DssDataset", "raw_rows") => {
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
                        let mut __r = __owner.raw_rows();
                        let __endpoint = requests::DatasetRawRows::ENDPOINT;
                        if let Some(__v) = args.opt_strings("partitions")? {
                            __r = __r.partitions(__v);
                        }
                        if let Some(__v) = args.opt_strings("columns")? {
                            __r = __r.columns(__v);
                        }
                        if let Some(__v) = args.opt_str("read_session_id")? {
                            __r = __r.read_session_id(__v);
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
                ("DssDataset", "finish_streaming") => {
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
                            .finish_streaming(args.str("read_session_id")?);
                        let __endpoint = requests::DatasetFinishStreaming::ENDPOINT;
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
                ("DssDatasetSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDatasetSettings", ids)?;
                        let __owner = super::handles::DssDatasetSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::DatasetSettingsSave::ENDPOINT;
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
                "DssDatasetSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssDatasetInfo" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        let mut __doc = __owner.get_info().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
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
            let model: super::models::DatasetListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"managed\":true,\"tags\":[\"plain\"],\"params\":{\"k\":\"plain\"},\"schema\":{\"columns\":[{\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"userModified\":true,\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DatasetListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DatasetListItem"
            );
            checked += 1;
            let model: super::models::DatasetSchema = ::serde_json::from_str(
                    "{\"columns\":[{\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"userModified\":true,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DatasetSchema")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DatasetSchema"
            );
            checked += 1;
            let model: super::models::SchemaColumn = ::serde_json::from_str(
                    "{\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SchemaColumn")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SchemaColumn"
            );
            checked += 1;
            let model: super::models::DatasetUsage = ::serde_json::from_str(
                    "{\"type\":\"plain\",\"projectKey\":\"plain\",\"id\":\"plain\",\"objectType\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DatasetUsage")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DatasetUsage"
            );
            checked += 1;
            let model: super::models::UploadedFile = ::serde_json::from_str(
                    "{\"path\":\"plain\",\"size\":1,\"lastModified\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "UploadedFile")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "UploadedFile"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssDataset {
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
                "DssDataset"
            );
            checked += 1;
            let handle = super::handles::DssDatasetSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dataset_name: ::std::string::String::from("plain"),
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
                "DssDatasetSettings"
            );
            checked += 1;
            let handle = super::handles::DssDatasetInfo {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                dataset_name: ::std::string::String::from("plain"),
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
                "DssDatasetInfo"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
