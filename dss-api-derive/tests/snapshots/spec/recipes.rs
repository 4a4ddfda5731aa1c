// The expansion of `recipes.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/recipes.dss`.
pub mod spec_recipes {
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
        ///A recipe of a project, named by its project and its name.
        #[derive(Clone)]
        pub struct DssRecipe {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) recipe_name: String,
        }
        impl DssRecipe {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `recipe_name` this handle points at.
            pub fn recipe_name(&self) -> &str {
                &self.recipe_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssRecipe {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssRecipe")
                    .field("project_key", &self.project_key)
                    .field("recipe_name", &self.recipe_name)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a recipe, as `get_settings` reads them: `{"recipe":
{..}, "payload": ".."}`, the payload being the code of a code recipe or
the JSON text of a visual recipe's type-specific settings (dataikuapi's
`DSSRecipeSettings`, with the methods of its `CodeRecipeSettings` form
and of the forms of grouping, upsert, sort, prepare and embed-dataset
recipes); changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssRecipeSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) recipe_name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssRecipeSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `recipe_name` this handle points at.
            pub fn recipe_name(&self) -> &str {
                &self.recipe_name
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
        impl ::core::fmt::Debug for DssRecipeSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssRecipeSettings")
                    .field("project_key", &self.project_key)
                    .field("recipe_name", &self.recipe_name)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The schema changes a recipe's outputs need (`compute_schema_updates`),
as DSS computed them; `apply` makes them.*/
        #[derive(Clone)]
        pub struct RequiredSchemaUpdates {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) recipe_name: String,
            pub(crate) updates: SchemaUpdates,
        }
        impl RequiredSchemaUpdates {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `recipe_name` this handle points at.
            pub fn recipe_name(&self) -> &str {
                &self.recipe_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for RequiredSchemaUpdates {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("RequiredSchemaUpdates")
                    .field("project_key", &self.project_key)
                    .field("recipe_name", &self.recipe_name)
                    .finish_non_exhaustive()
            }
        }
        /**The flow of a project: its datasets, recipes, folders, models and how
they connect.*/
        #[derive(Clone)]
        pub struct DssProjectFlow {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssProjectFlow {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssProjectFlow {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectFlow")
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
        ///A recipe as listed by `list_recipes`.
        #[derive(Clone, PartialEq)]
        pub struct RecipeSummary {
            ///The recipe's project.
            pub project_key: String,
            ///The recipe's name.
            pub name: String,
            ///The recipe's type (`python`, `sync`, `join`, ...).
            pub r#type: Option<String>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for RecipeSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = RecipeSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `RecipeSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<RecipeSummary, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
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
                        Ok(RecipeSummary {
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
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for RecipeSummary {
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
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for RecipeSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("RecipeSummary")
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl RecipeSummary {
            ///The [`DssRecipe`](super::super::handles::DssRecipe) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssRecipe {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_recipe_name = ::core::clone::Clone::clone(&self.name);
                    super::super::handles::DssRecipe {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        recipe_name: __f_recipe_name,
                    }
                }
            }
        }
        ///One output of a recipe whose schema must change.
        #[derive(Clone, PartialEq)]
        pub struct SchemaUpdateComputable {
            ///The output's type (`DATASET`, `MANAGED_FOLDER`, ...).
            pub r#type: String,
            ///The output's id.
            pub id: Option<String>,
            ///The dataset's name, for a `DATASET` output.
            pub dataset_name: Option<String>,
            ///The schema it should get.
            pub new_schema: Option<Value>,
            ///What does not match in the current schema.
            pub incompatibilities: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SchemaUpdateComputable {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SchemaUpdateComputable;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SchemaUpdateComputable` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SchemaUpdateComputable, __A::Error> {
                        let mut __m_type: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_dataset_name: Option<String> = None;
                        let mut __m_new_schema: Option<Value> = None;
                        let mut __m_incompatibilities: Option<Vec<String>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "type" => {
                                    __m_type = Some(
                                        crate::rt::model::next_member(&mut __map, "type")?,
                                    );
                                }
                                "id" => {
                                    __m_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "id",
                                    )?;
                                }
                                "datasetName" => {
                                    __m_dataset_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "datasetName",
                                    )?;
                                }
                                "newSchema" => {
                                    __m_new_schema = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "newSchema",
                                    )?;
                                }
                                "incompatibilities" => {
                                    __m_incompatibilities = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "incompatibilities",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SchemaUpdateComputable {
                            r#type: match __m_type {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("type"),
                                    );
                                }
                            },
                            id: __m_id,
                            dataset_name: __m_dataset_name,
                            new_schema: __m_new_schema,
                            incompatibilities: __m_incompatibilities,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SchemaUpdateComputable {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "type",
                    &self.r#type,
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
                    "datasetName",
                    &self.dataset_name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "newSchema",
                    &self.new_schema,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "incompatibilities",
                    &self.incompatibilities,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SchemaUpdateComputable {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SchemaUpdateComputable")
                    .field("type", &self.r#type)
                    .field("id", &self.id)
                    .field("dataset_name", &self.dataset_name)
                    .field("new_schema", &self.new_schema)
                    .field("incompatibilities", &self.incompatibilities)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SchemaUpdateComputable {}
        ///The schema changes a recipe's outputs need, as DSS computes them.
        #[derive(Clone, PartialEq)]
        pub struct SchemaUpdates {
            ///How many incompatibilities were found; 0 means nothing to do.
            pub total_incompatibilities: i64,
            ///The outputs to update.
            pub computables: Vec<SchemaUpdateComputable>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SchemaUpdates {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SchemaUpdates;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SchemaUpdates` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SchemaUpdates, __A::Error> {
                        let mut __m_total_incompatibilities: Option<i64> = None;
                        let mut __m_computables: Option<Vec<SchemaUpdateComputable>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "totalIncompatibilities" => {
                                    __m_total_incompatibilities = Some(
                                        crate::rt::model::next_member(
                                            &mut __map,
                                            "totalIncompatibilities",
                                        )?,
                                    );
                                }
                                "computables" => {
                                    __m_computables = Some(
                                        crate::rt::model::next_member(&mut __map, "computables")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SchemaUpdates {
                            total_incompatibilities: __m_total_incompatibilities
                                .unwrap_or_default(),
                            computables: __m_computables.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SchemaUpdates {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "totalIncompatibilities",
                    &self.total_incompatibilities,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "computables",
                    &self.computables,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SchemaUpdates {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SchemaUpdates")
                    .field("total_incompatibilities", &self.total_incompatibilities)
                    .field("computables", &self.computables)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SchemaUpdates {}
        ///One node of a flow graph: a dataset, recipe, folder, model, ...
        #[derive(Clone, PartialEq)]
        pub struct FlowNode {
            ///The object's id (a dataset or recipe name, a folder id, ...).
            pub r#ref: String,
            /**The node's type (`COMPUTABLE_DATASET`, `COMPUTABLE_FOLDER`,
`RUNNABLE_RECIPE`, ...).*/
            pub r#type: String,
            ///The nodes this one feeds, by key of `nodes`.
            pub successors: Vec<String>,
            ///The nodes that feed this one, by key of `nodes`.
            pub predecessors: Vec<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for FlowNode {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = FlowNode;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `FlowNode` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<FlowNode, __A::Error> {
                        let mut __m_ref: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_successors: Option<Vec<String>> = None;
                        let mut __m_predecessors: Option<Vec<String>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "ref" => {
                                    __m_ref = Some(
                                        crate::rt::model::next_member(&mut __map, "ref")?,
                                    );
                                }
                                "type" => {
                                    __m_type = Some(
                                        crate::rt::model::next_member(&mut __map, "type")?,
                                    );
                                }
                                "successors" => {
                                    __m_successors = Some(
                                        crate::rt::model::next_member(&mut __map, "successors")?,
                                    );
                                }
                                "predecessors" => {
                                    __m_predecessors = Some(
                                        crate::rt::model::next_member(&mut __map, "predecessors")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(FlowNode {
                            r#ref: match __m_ref {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("ref"),
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
                            successors: __m_successors.unwrap_or_default(),
                            predecessors: __m_predecessors.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for FlowNode {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "ref",
                    &self.r#ref,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "successors",
                    &self.successors,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "predecessors",
                    &self.predecessors,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for FlowNode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("FlowNode")
                    .field("ref", &self.r#ref)
                    .field("type", &self.r#type)
                    .field("successors", &self.successors)
                    .field("predecessors", &self.predecessors)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl FlowNode {}
        ///The graph of a project's flow.
        #[derive(Clone, PartialEq)]
        pub struct FlowGraph {
            ///Every node, by its key (the object's id).
            pub nodes: ::std::collections::BTreeMap<String, FlowNode>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for FlowGraph {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = FlowGraph;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `FlowGraph` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<FlowGraph, __A::Error> {
                        let mut __m_nodes: Option<
                            ::std::collections::BTreeMap<String, FlowNode>,
                        > = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "nodes" => {
                                    __m_nodes = Some(
                                        crate::rt::model::next_member(&mut __map, "nodes")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(FlowGraph {
                            nodes: match __m_nodes {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("nodes"),
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
        impl ::serde::Serialize for FlowGraph {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "nodes",
                    &self.nodes,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for FlowGraph {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("FlowGraph")
                    .field("nodes", &self.nodes)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl FlowGraph {}
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
        ///Request value of [`DssProject::list_recipes`](super::super::handles::DssProject::list_recipes): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListRecipes<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListRecipes<'a> {
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
                __call.lit("/recipes/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListRecipes, super::endpoints::PROJECT_LIST_RECIPES, json(Vec <
            RecipeSummary >,
            "Sends the request (`GET /projects/{project_key}/recipes/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListRecipes<'_> {}
        ///Request value of [`DssProject::create_recipe`](super::super::handles::DssProject::create_recipe): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateRecipe<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) recipe_proto: ::serde_json::Value,
            pub(crate) creation_settings: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateRecipe<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, recipe_proto, creation_settings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/recipes/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("recipePrototype"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        crate::rt::spread(
                                            &mut __map,
                                            "recipe_proto",
                                            recipe_proto,
                                        )?;
                                        __map
                                            .insert(
                                                String::from("projectKey"),
                                                ::serde_json::Value::from(__owner.project_key.as_str()),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            __map
                                .insert(
                                    String::from("creationSettings"),
                                    ::serde_json::Value::from(creation_settings),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/recipes/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssRecipe, crate::rt::Error> {
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
                            let __f_recipe_name = crate::rt::answer_string(
                                &__answer,
                                "name",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssRecipe {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                recipe_name: __f_recipe_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateRecipe, super::endpoints::PROJECT_CREATE_RECIPE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateRecipe<'_> {}
        ///Request value of [`DssProjectFlow::get_graph`](super::super::handles::DssProjectFlow::get_graph): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGetGraph<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGetGraph<'a> {
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
                __call.lit("/flow/graph/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFlowGetGraph, super::endpoints::PROJECT_FLOW_GET_GRAPH,
            json(FlowGraph,
            "Sends the request (`GET /projects/{project_key}/flow/graph/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowGetGraph<'_> {}
        ///Request value of [`DssRecipe::get_settings`](super::super::handles::DssRecipe::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssRecipe,)),
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/recipes/{recipe_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssRecipeSettings, crate::rt::Error> {
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
                            let __f_recipe_name = ::core::clone::Clone::clone(
                                &__owner.recipe_name,
                            );
                            super::super::handles::DssRecipeSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                recipe_name: __f_recipe_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            RecipeGetSettings, super::endpoints::RECIPE_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeGetSettings<'_> {}
        ///Request value of [`DssRecipe::delete`](super::super::handles::DssRecipe::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeDelete<'a> {
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeDelete, super::endpoints::RECIPE_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/recipes/{recipe_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeDelete<'_> {}
        ///Request value of [`DssRecipe::get_status`](super::super::handles::DssRecipe::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeGetStatus<'a> {
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                __call.lit("/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeGetStatus, super::endpoints::RECIPE_GET_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/recipes/{recipe_name}/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeGetStatus<'_> {}
        ///Request value of [`DssRecipe::compute_schema_updates`](super::super::handles::DssRecipe::compute_schema_updates): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeComputeSchemaUpdates<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeComputeSchemaUpdates<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssRecipe,)),
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                __call.lit("/schema-update");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/recipes/{recipe_name}/schema-update`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::RequiredSchemaUpdates, crate::rt::Error> {
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
                            let __f_recipe_name = ::core::clone::Clone::clone(
                                &__owner.recipe_name,
                            );
                            let __f_updates = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::RequiredSchemaUpdates {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                recipe_name: __f_recipe_name,
                                updates: __f_updates,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            RecipeComputeSchemaUpdates, super::endpoints::RECIPE_COMPUTE_SCHEMA_UPDATES,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeComputeSchemaUpdates<'_> {}
        ///Request value of [`RequiredSchemaUpdates::update_output_schema`](super::super::handles::RequiredSchemaUpdates::update_output_schema): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RequiredSchemaUpdatesUpdateOutputSchema<'a> {
            pub(crate) __owner: &'a super::super::handles::RequiredSchemaUpdates,
            pub(crate) computable_type: String,
            pub(crate) computable_id: String,
            pub(crate) new_schema: ::serde_json::Value,
            pub(crate) drop_and_recreate: bool,
            pub(crate) synchronize_metastore: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RequiredSchemaUpdatesUpdateOutputSchema<'a> {
            /**Drop and recreate the output's data where the schema change needs it.

Default: `true`. Sent as JSON member `dropAndRecreate`.*/
            pub fn drop_and_recreate(mut self, drop_and_recreate: bool) -> Self {
                self.drop_and_recreate = drop_and_recreate;
                self
            }
            /**Update the Hive metastore too.

Default: `true`. Sent as JSON member `synchronizeMetastore`.*/
            pub fn synchronize_metastore(mut self, synchronize_metastore: bool) -> Self {
                self.synchronize_metastore = synchronize_metastore;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    computable_type,
                    computable_id,
                    new_schema,
                    drop_and_recreate,
                    synchronize_metastore,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                __call.lit("/actions/updateOutputSchema");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("computableType"),
                                    ::serde_json::Value::from(computable_type),
                                );
                            __map
                                .insert(
                                    String::from("computableId"),
                                    ::serde_json::Value::from(computable_id),
                                );
                            __map
                                .insert(
                                    String::from("newSchema"),
                                    ::serde_json::Value::from(new_schema),
                                );
                            __map
                                .insert(
                                    String::from("dropAndRecreate"),
                                    ::serde_json::Value::from(drop_and_recreate),
                                );
                            __map
                                .insert(
                                    String::from("synchronizeMetastore"),
                                    ::serde_json::Value::from(synchronize_metastore),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RequiredSchemaUpdatesUpdateOutputSchema,
            super::endpoints::REQUIRED_SCHEMA_UPDATES_UPDATE_OUTPUT_SCHEMA, json(Value,
            "Sends the request (`POST /projects/{project_key}/recipes/{recipe_name}/actions/updateOutputSchema`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RequiredSchemaUpdatesUpdateOutputSchema<'_> {}
        ///Request value of [`DssRecipeSettings::save`](super::super::handles::DssRecipeSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipeSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeSettingsSave<'a> {
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeSettingsSave, super::endpoints::RECIPE_SETTINGS_SAVE, json(Value,
            "Sends the request (`PUT /projects/{project_key}/recipes/{recipe_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListRecipes, ProjectCreateRecipe, ProjectFlowGetGraph,
            RecipeGetSettings, RecipeDelete, RecipeGetStatus, RecipeComputeSchemaUpdates,
            RequiredSchemaUpdatesUpdateOutputSchema, RecipeSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_recipes`.
        pub static PROJECT_LIST_RECIPES: Endpoint = Endpoint::new(
            "DssProject",
            "list_recipes",
            crate::rt::Server::DSS,
            "Lists the project's recipes.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/recipes/",
                    &[],
                    "ProjectListRecipes",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < RecipeSummary >"),
            [false, true, false],
        );
        ///`DssProject::get_recipe`.
        pub static PROJECT_GET_RECIPE: Endpoint = Endpoint::new(
            "DssProject",
            "get_recipe",
            crate::rt::Server::DSS,
            "A handle on one recipe of the project, by name.",
            &[
                Arg::new(
                    "recipe_name",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssRecipe"),
            [false, true, false],
        );
        ///`DssProject::create_recipe`.
        pub static PROJECT_CREATE_RECIPE: Endpoint = Endpoint::new(
            "DssProject",
            "create_recipe",
            crate::rt::Server::DSS,
            "Creates a recipe and returns a handle on it (with the name DSS gave it).",
            &[
                Arg::new(
                    "recipe_proto",
                    "json",
                    Presence::Required,
                    Place::Spread,
                    false,
                ),
                Arg::new(
                    "creation_settings",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "creationSettings",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/recipes/",
                    &[],
                    "ProjectCreateRecipe",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssRecipe"),
            [false, true, false],
        );
        ///`DssProject::get_flow`.
        pub static PROJECT_GET_FLOW: Endpoint = Endpoint::new(
            "DssProject",
            "get_flow",
            crate::rt::Server::DSS,
            "A handle on the project's flow.",
            &[],
            None,
            ResultKind::Handle("DssProjectFlow"),
            [false, true, false],
        );
        ///`DssProjectFlow::get_graph`.
        pub static PROJECT_FLOW_GET_GRAPH: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "get_graph",
            crate::rt::Server::DSS,
            "Reads the graph of the flow.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/graph/",
                    &[],
                    "ProjectFlowGetGraph",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("FlowGraph"),
            [false, true, false],
        );
        ///`DssRecipe::get_settings`.
        pub static RECIPE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssRecipe",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the recipe's settings as DSS sends them (`{\"recipe\": {..}, \"payload\": \"..\"}`), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/recipes/{recipe_name}",
                    &[],
                    "RecipeGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssRecipeSettings"),
            [false, true, false],
        );
        ///`DssRecipe::delete`.
        pub static RECIPE_DELETE: Endpoint = Endpoint::new(
            "DssRecipe",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the recipe.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/recipes/{recipe_name}",
                    &[],
                    "RecipeDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssRecipe::get_status`.
        pub static RECIPE_GET_STATUS: Endpoint = Endpoint::new(
            "DssRecipe",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the recipe's status: its engines, and what DSS has to say about its settings (`allMessagesForFrontend`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/recipes/{recipe_name}/status",
                    &[],
                    "RecipeGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRecipe::compute_schema_updates`.
        pub static RECIPE_COMPUTE_SCHEMA_UPDATES: Endpoint = Endpoint::new(
            "DssRecipe",
            "compute_schema_updates",
            crate::rt::Server::DSS,
            "Computes the schema changes the recipe's outputs need (DSS cannot for some code recipes, and answers an error).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/recipes/{recipe_name}/schema-update",
                    &[],
                    "RecipeComputeSchemaUpdates",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("RequiredSchemaUpdates"),
            [false, true, false],
        );
        ///`RequiredSchemaUpdates::update_output_schema`.
        pub static REQUIRED_SCHEMA_UPDATES_UPDATE_OUTPUT_SCHEMA: Endpoint = Endpoint::new(
            "RequiredSchemaUpdates",
            "update_output_schema",
            crate::rt::Server::DSS,
            "Gives one output of the recipe a new schema (what `apply` sends for each output); returns DSS's answer.",
            &[
                Arg::new(
                    "computable_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "computableType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "computable_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "computableId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "new_schema",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "newSchema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "drop_and_recreate",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "dropAndRecreate",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "synchronize_metastore",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "synchronizeMetastore",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/recipes/{recipe_name}/actions/updateOutputSchema",
                    &[],
                    "RequiredSchemaUpdatesUpdateOutputSchema",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRecipe::run`.
        pub static RECIPE_RUN: Endpoint = Endpoint::new(
            "DssRecipe",
            "run",
            crate::rt::Server::DSS,
            "Builds the recipe's output through a job (found in the flow graph) and waits for it.",
            &[],
            None,
            ResultKind::HandWritten("JobRun < '_ , 'static >"),
            [true, true, false],
        );
        ///`RequiredSchemaUpdates::apply`.
        pub static REQUIRED_SCHEMA_UPDATES_APPLY: Endpoint = Endpoint::new(
            "RequiredSchemaUpdates",
            "apply",
            crate::rt::Server::DSS,
            "Applies every schema change, one request per output.",
            &[],
            None,
            ResultKind::HandWritten("SchemaUpdatesApply < '_ >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::save`.
        pub static RECIPE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object (`recipe` and `payload`, the payload as text), sent back as it was read except where it was changed; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/recipes/{recipe_name}",
                    &[],
                    "RecipeSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRecipeSettings::r#type`.
        pub static RECIPE_SETTINGS_R_TYPE: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "r#type",
            crate::rt::Server::DSS,
            "The recipe's type (`sync`, `python`, `join`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_recipe_raw_definition`.
        pub static RECIPE_SETTINGS_GET_RECIPE_RAW_DEFINITION: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_recipe_raw_definition",
            crate::rt::Server::DSS,
            "The recipe's definition: everything but the payload (`name`, `projectKey`, `type`, `params`, `inputs`, `outputs`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_recipe_inputs`.
        pub static RECIPE_SETTINGS_GET_RECIPE_INPUTS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_recipe_inputs",
            crate::rt::Server::DSS,
            "The recipe's inputs: a map from role name to `{\"items\": [{\"ref\", \"deps\"}, ..]}`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_recipe_outputs`.
        pub static RECIPE_SETTINGS_GET_RECIPE_OUTPUTS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_recipe_outputs",
            crate::rt::Server::DSS,
            "The recipe's outputs: a map from role name to `{\"items\": [{\"ref\", \"appendMode\"}, ..]}`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_recipe_params`.
        pub static RECIPE_SETTINGS_GET_RECIPE_PARAMS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_recipe_params",
            crate::rt::Server::DSS,
            "The recipe's type-specific settings that are not in the payload (engine settings, mostly).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::raw_params`.
        pub static RECIPE_SETTINGS_RAW_PARAMS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "raw_params",
            crate::rt::Server::DSS,
            "The recipe's type-specific settings that are not in the payload (dataikuapi's property for `get_recipe_params`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_payload`.
        pub static RECIPE_SETTINGS_GET_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_payload",
            crate::rt::Server::DSS,
            "The payload as DSS stores it: the code of a code recipe, the JSON text of a visual recipe's settings.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::str_payload`.
        pub static RECIPE_SETTINGS_STR_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "str_payload",
            crate::rt::Server::DSS,
            "The payload as DSS stores it (dataikuapi's property for `get_payload`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_payload`.
        pub static RECIPE_SETTINGS_SET_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_payload",
            crate::rt::Server::DSS,
            "Replaces the payload, as text.",
            &[
                Arg::new(
                    "payload",
                    "str",
                    Presence::Required,
                    Place::Document("payload"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_str_payload`.
        pub static RECIPE_SETTINGS_SET_STR_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_str_payload",
            crate::rt::Server::DSS,
            "Replaces the payload, as text (dataikuapi's property setter for `set_payload`).",
            &[
                Arg::new(
                    "payload",
                    "str",
                    Presence::Required,
                    Place::Document("payload"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_json_payload`.
        pub static RECIPE_SETTINGS_GET_JSON_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_json_payload",
            crate::rt::Server::DSS,
            "The payload of a visual recipe, parsed from its JSON text, as a document that writes back what is not changed as it was (an error for a payload that is not JSON, like a code recipe's).",
            &[],
            None,
            ResultKind::HandWritten("Result < Document >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::obj_payload`.
        pub static RECIPE_SETTINGS_OBJ_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "obj_payload",
            crate::rt::Server::DSS,
            "The payload of a visual recipe, parsed (dataikuapi's property for `get_json_payload`).",
            &[],
            None,
            ResultKind::HandWritten("Result < Document >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_json_payload`.
        pub static RECIPE_SETTINGS_SET_JSON_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_json_payload",
            crate::rt::Server::DSS,
            "Replaces the payload of a visual recipe by this JSON, as text (what was not changed in a document from `get_json_payload` is written as it was read).",
            &[
                Arg::new(
                    "payload",
                    "impl Into < Document >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssRecipeSettings"),
            [true, true, false],
        );
        ///`DssRecipeSettings::has_input`.
        pub static RECIPE_SETTINGS_HAS_INPUT: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "has_input",
            crate::rt::Server::DSS,
            "Whether one of the recipe's inputs, in any role, is this ref (a dataset name, a folder or model id, `PROJECT.name` for an exposed object).",
            &[
                Arg::new(
                    "input_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssRecipeSettings::has_output`.
        pub static RECIPE_SETTINGS_HAS_OUTPUT: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "has_output",
            crate::rt::Server::DSS,
            "Whether one of the recipe's outputs, in any role, is this ref.",
            &[
                Arg::new(
                    "output_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssRecipeSettings::replace_input`.
        pub static RECIPE_SETTINGS_REPLACE_INPUT: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "replace_input",
            crate::rt::Server::DSS,
            "Replaces an input ref of the recipe by another, in every role (nothing when it is not an input).",
            &[
                Arg::new(
                    "current_input_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "new_input_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssRecipeSettings"),
            [true, true, false],
        );
        ///`DssRecipeSettings::replace_output`.
        pub static RECIPE_SETTINGS_REPLACE_OUTPUT: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "replace_output",
            crate::rt::Server::DSS,
            "Replaces an output ref of the recipe by another, in every role (nothing when it is not an output).",
            &[
                Arg::new(
                    "current_output_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "new_output_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssRecipeSettings"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_input`.
        pub static RECIPE_SETTINGS_ADD_INPUT: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_input",
            crate::rt::Server::DSS,
            "Adds an input to a role of the recipe (`main` for most recipes), with its partition dependencies, one per dimension (none: dataikuapi's default, an empty list).",
            &[
                Arg::new("role", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "r#ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "partition_deps",
                    "Option < Value >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssRecipeSettings"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_output`.
        pub static RECIPE_SETTINGS_ADD_OUTPUT: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_output",
            crate::rt::Server::DSS,
            "Adds an output to a role of the recipe (`main` for most recipes), appending to it or overwriting it when the recipe runs (dataikuapi's default: overwrite).",
            &[
                Arg::new("role", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "r#ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "append_mode",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssRecipeSettings"),
            [true, true, false],
        );
        ///`DssRecipeSettings::get_flat_input_refs`.
        pub static RECIPE_SETTINGS_GET_FLAT_INPUT_REFS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_flat_input_refs",
            crate::rt::Server::DSS,
            "Every input ref of the recipe, whatever its role.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::get_flat_output_refs`.
        pub static RECIPE_SETTINGS_GET_FLAT_OUTPUT_REFS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_flat_output_refs",
            crate::rt::Server::DSS,
            "Every output ref of the recipe, whatever its role.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::tags`.
        pub static RECIPE_SETTINGS_TAGS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "tags",
            crate::rt::Server::DSS,
            "The tags of the recipe.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_tags`.
        pub static RECIPE_SETTINGS_SET_TAGS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the tags of the recipe.",
            &[
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Required,
                    Place::Document("recipe.tags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::description`.
        pub static RECIPE_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "description",
            crate::rt::Server::DSS,
            "The description of the recipe.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_description`.
        pub static RECIPE_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the description of the recipe.",
            &[
                Arg::new(
                    "description",
                    "str",
                    Presence::Required,
                    Place::Document("recipe.description"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::short_description`.
        pub static RECIPE_SETTINGS_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "short_description",
            crate::rt::Server::DSS,
            "The short description of the recipe.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_short_description`.
        pub static RECIPE_SETTINGS_SET_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_short_description",
            crate::rt::Server::DSS,
            "Sets the short description of the recipe.",
            &[
                Arg::new(
                    "short_description",
                    "str",
                    Presence::Required,
                    Place::Document("recipe.shortDesc"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::custom_fields`.
        pub static RECIPE_SETTINGS_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "custom_fields",
            crate::rt::Server::DSS,
            "The custom fields of the recipe (none when it has none).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_custom_fields`.
        pub static RECIPE_SETTINGS_SET_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_custom_fields",
            crate::rt::Server::DSS,
            "Sets the custom fields of the recipe (an object).",
            &[
                Arg::new(
                    "custom_fields",
                    "json",
                    Presence::Required,
                    Place::Document("recipe.customFields"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_code`.
        pub static RECIPE_SETTINGS_GET_CODE: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_code",
            crate::rt::Server::DSS,
            "The code of a code recipe (its payload).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_code`.
        pub static RECIPE_SETTINGS_SET_CODE: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_code",
            crate::rt::Server::DSS,
            "Replaces the code of a code recipe (its payload).",
            &[
                Arg::new(
                    "code",
                    "str",
                    Presence::Required,
                    Place::Document("payload"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRecipeSettings::get_code_env_settings`.
        pub static RECIPE_SETTINGS_GET_CODE_ENV_SETTINGS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_code_env_settings",
            crate::rt::Server::DSS,
            "How a code recipe chooses its code environment (`envMode`: `USE_BUILTIN_MODE`, `INHERIT` or `EXPLICIT_ENV` with `envName`); none for a recipe that does not choose one.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssRecipeSettings::set_code_env`.
        pub static RECIPE_SETTINGS_SET_CODE_ENV: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_code_env",
            crate::rt::Server::DSS,
            "Sets the code environment of a code recipe: the one named, the project's (`inherit`), or DSS's builtin one (`use_builtin`), the first of them given.",
            &[
                Arg::new(
                    "code_env",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "inherit",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "use_builtin",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::clear_grouping_keys`.
        pub static RECIPE_SETTINGS_CLEAR_GROUPING_KEYS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "clear_grouping_keys",
            crate::rt::Server::DSS,
            "Grouping recipe: removes every grouping key.",
            &[],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_grouping_key`.
        pub static RECIPE_SETTINGS_ADD_GROUPING_KEY: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_grouping_key",
            crate::rt::Server::DSS,
            "Grouping recipe: adds a grouping key, a column.",
            &[
                Arg::new(
                    "column",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_global_count_enabled`.
        pub static RECIPE_SETTINGS_SET_GLOBAL_COUNT_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_global_count_enabled",
            crate::rt::Server::DSS,
            "Grouping recipe: counts the records of each group, or not.",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::get_or_create_column_settings`.
        pub static RECIPE_SETTINGS_GET_OR_CREATE_COLUMN_SETTINGS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "get_or_create_column_settings",
            crate::rt::Server::DSS,
            "Grouping recipe: the aggregations of a column, made when it has none.",
            &[
                Arg::new(
                    "column",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < Value >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_column_aggregations`.
        pub static RECIPE_SETTINGS_SET_COLUMN_AGGREGATIONS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_column_aggregations",
            crate::rt::Server::DSS,
            "Grouping recipe: sets the basic aggregations of a column (each off unless set in `aggregations`); returns the column's aggregations.",
            &[
                Arg::new(
                    "column",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "aggregations",
                    "& ColumnAggregations",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < Value >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::clear_upsert_keys`.
        pub static RECIPE_SETTINGS_CLEAR_UPSERT_KEYS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "clear_upsert_keys",
            crate::rt::Server::DSS,
            "Upsert recipe: removes every upsert key.",
            &[],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_upsert_key`.
        pub static RECIPE_SETTINGS_ADD_UPSERT_KEY: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_upsert_key",
            crate::rt::Server::DSS,
            "Upsert recipe: adds an upsert key, a column.",
            &[
                Arg::new(
                    "column",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_computed_column`.
        pub static RECIPE_SETTINGS_ADD_COMPUTED_COLUMN: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_computed_column",
            crate::rt::Server::DSS,
            "Upsert recipe: adds a column computed on the input.",
            &[
                Arg::new(
                    "computed_column",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::row_number_column_enabled`.
        pub static RECIPE_SETTINGS_ROW_NUMBER_COLUMN_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "row_number_column_enabled",
            crate::rt::Server::DSS,
            "Sort recipe: whether a row number column is added.",
            &[],
            None,
            ResultKind::HandWritten("Result < Option < bool > >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_row_number_column_enabled`.
        pub static RECIPE_SETTINGS_SET_ROW_NUMBER_COLUMN_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_row_number_column_enabled",
            crate::rt::Server::DSS,
            "Sort recipe: adds a row number column, or not.",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::rank_column_enabled`.
        pub static RECIPE_SETTINGS_RANK_COLUMN_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "rank_column_enabled",
            crate::rt::Server::DSS,
            "Sort recipe: whether a rank column is added.",
            &[],
            None,
            ResultKind::HandWritten("Result < Option < bool > >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_rank_column_enabled`.
        pub static RECIPE_SETTINGS_SET_RANK_COLUMN_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_rank_column_enabled",
            crate::rt::Server::DSS,
            "Sort recipe: adds a rank column, or not.",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::dense_rank_column_enabled`.
        pub static RECIPE_SETTINGS_DENSE_RANK_COLUMN_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "dense_rank_column_enabled",
            crate::rt::Server::DSS,
            "Sort recipe: whether a dense rank column is added.",
            &[],
            None,
            ResultKind::HandWritten("Result < Option < bool > >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_dense_rank_column_enabled`.
        pub static RECIPE_SETTINGS_SET_DENSE_RANK_COLUMN_ENABLED: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_dense_rank_column_enabled",
            crate::rt::Server::DSS,
            "Sort recipe: adds a dense rank column, or not.",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::clear_sorting_keys`.
        pub static RECIPE_SETTINGS_CLEAR_SORTING_KEYS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "clear_sorting_keys",
            crate::rt::Server::DSS,
            "Sort recipe: removes every sorting key.",
            &[],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_sorting_key`.
        pub static RECIPE_SETTINGS_ADD_SORTING_KEY: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_sorting_key",
            crate::rt::Server::DSS,
            "Sort recipe: adds a sorting key, a column, ascending (dataikuapi's default) or not.",
            &[
                Arg::new(
                    "column",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "ascending",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::raw_steps`.
        pub static RECIPE_SETTINGS_RAW_STEPS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "raw_steps",
            crate::rt::Server::DSS,
            "Prepare recipe: the steps of its script.",
            &[],
            None,
            ResultKind::HandWritten("Result < Option < Value > >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::add_processor_step`.
        pub static RECIPE_SETTINGS_ADD_PROCESSOR_STEP: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "add_processor_step",
            crate::rt::Server::DSS,
            "Prepare recipe: adds a processor step, of a type with its parameters.",
            &[
                Arg::new(
                    "r#type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "params",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::embedding_column`.
        pub static RECIPE_SETTINGS_EMBEDDING_COLUMN: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "embedding_column",
            crate::rt::Server::DSS,
            "Embed-dataset recipe: the column whose text is embedded.",
            &[],
            None,
            ResultKind::HandWritten("Result < Option < Value > >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_embedding_column`.
        pub static RECIPE_SETTINGS_SET_EMBEDDING_COLUMN: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_embedding_column",
            crate::rt::Server::DSS,
            "Embed-dataset recipe: sets the column whose text is embedded.",
            &[
                Arg::new(
                    "column",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::max_records`.
        pub static RECIPE_SETTINGS_MAX_RECORDS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "max_records",
            crate::rt::Server::DSS,
            "Embed-dataset recipe: the most records embedded.",
            &[],
            None,
            ResultKind::HandWritten("Result < Option < Value > >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::set_max_records`.
        pub static RECIPE_SETTINGS_SET_MAX_RECORDS: Endpoint = Endpoint::new(
            "DssRecipeSettings",
            "set_max_records",
            crate::rt::Server::DSS,
            "Embed-dataset recipe: sets the most records embedded.",
            &[
                Arg::new(
                    "max_records",
                    "i64",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssRecipeSettings >"),
            [true, true, false],
        );
        ///`DssRecipeSettings::get_raw`.
        pub static RECIPE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssRecipeSettings",
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
        &endpoints::PROJECT_LIST_RECIPES,
        &endpoints::PROJECT_GET_RECIPE,
        &endpoints::PROJECT_CREATE_RECIPE,
        &endpoints::PROJECT_GET_FLOW,
        &endpoints::PROJECT_FLOW_GET_GRAPH,
        &endpoints::RECIPE_GET_SETTINGS,
        &endpoints::RECIPE_DELETE,
        &endpoints::RECIPE_GET_STATUS,
        &endpoints::RECIPE_COMPUTE_SCHEMA_UPDATES,
        &endpoints::REQUIRED_SCHEMA_UPDATES_UPDATE_OUTPUT_SCHEMA,
        &endpoints::RECIPE_RUN,
        &endpoints::REQUIRED_SCHEMA_UPDATES_APPLY,
        &endpoints::RECIPE_SETTINGS_SAVE,
        &endpoints::RECIPE_SETTINGS_R_TYPE,
        &endpoints::RECIPE_SETTINGS_GET_RECIPE_RAW_DEFINITION,
        &endpoints::RECIPE_SETTINGS_GET_RECIPE_INPUTS,
        &endpoints::RECIPE_SETTINGS_GET_RECIPE_OUTPUTS,
        &endpoints::RECIPE_SETTINGS_GET_RECIPE_PARAMS,
        &endpoints::RECIPE_SETTINGS_RAW_PARAMS,
        &endpoints::RECIPE_SETTINGS_GET_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_STR_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_SET_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_SET_STR_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_GET_JSON_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_OBJ_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_SET_JSON_PAYLOAD,
        &endpoints::RECIPE_SETTINGS_HAS_INPUT,
        &endpoints::RECIPE_SETTINGS_HAS_OUTPUT,
        &endpoints::RECIPE_SETTINGS_REPLACE_INPUT,
        &endpoints::RECIPE_SETTINGS_REPLACE_OUTPUT,
        &endpoints::RECIPE_SETTINGS_ADD_INPUT,
        &endpoints::RECIPE_SETTINGS_ADD_OUTPUT,
        &endpoints::RECIPE_SETTINGS_GET_FLAT_INPUT_REFS,
        &endpoints::RECIPE_SETTINGS_GET_FLAT_OUTPUT_REFS,
        &endpoints::RECIPE_SETTINGS_TAGS,
        &endpoints::RECIPE_SETTINGS_SET_TAGS,
        &endpoints::RECIPE_SETTINGS_DESCRIPTION,
        &endpoints::RECIPE_SETTINGS_SET_DESCRIPTION,
        &endpoints::RECIPE_SETTINGS_SHORT_DESCRIPTION,
        &endpoints::RECIPE_SETTINGS_SET_SHORT_DESCRIPTION,
        &endpoints::RECIPE_SETTINGS_CUSTOM_FIELDS,
        &endpoints::RECIPE_SETTINGS_SET_CUSTOM_FIELDS,
        &endpoints::RECIPE_SETTINGS_GET_CODE,
        &endpoints::RECIPE_SETTINGS_SET_CODE,
        &endpoints::RECIPE_SETTINGS_GET_CODE_ENV_SETTINGS,
        &endpoints::RECIPE_SETTINGS_SET_CODE_ENV,
        &endpoints::RECIPE_SETTINGS_CLEAR_GROUPING_KEYS,
        &endpoints::RECIPE_SETTINGS_ADD_GROUPING_KEY,
        &endpoints::RECIPE_SETTINGS_SET_GLOBAL_COUNT_ENABLED,
        &endpoints::RECIPE_SETTINGS_GET_OR_CREATE_COLUMN_SETTINGS,
        &endpoints::RECIPE_SETTINGS_SET_COLUMN_AGGREGATIONS,
        &endpoints::RECIPE_SETTINGS_CLEAR_UPSERT_KEYS,
        &endpoints::RECIPE_SETTINGS_ADD_UPSERT_KEY,
        &endpoints::RECIPE_SETTINGS_ADD_COMPUTED_COLUMN,
        &endpoints::RECIPE_SETTINGS_ROW_NUMBER_COLUMN_ENABLED,
        &endpoints::RECIPE_SETTINGS_SET_ROW_NUMBER_COLUMN_ENABLED,
        &endpoints::RECIPE_SETTINGS_RANK_COLUMN_ENABLED,
        &endpoints::RECIPE_SETTINGS_SET_RANK_COLUMN_ENABLED,
        &endpoints::RECIPE_SETTINGS_DENSE_RANK_COLUMN_ENABLED,
        &endpoints::RECIPE_SETTINGS_SET_DENSE_RANK_COLUMN_ENABLED,
        &endpoints::RECIPE_SETTINGS_CLEAR_SORTING_KEYS,
        &endpoints::RECIPE_SETTINGS_ADD_SORTING_KEY,
        &endpoints::RECIPE_SETTINGS_RAW_STEPS,
        &endpoints::RECIPE_SETTINGS_ADD_PROCESSOR_STEP,
        &endpoints::RECIPE_SETTINGS_EMBEDDING_COLUMN,
        &endpoints::RECIPE_SETTINGS_SET_EMBEDDING_COLUMN,
        &endpoints::RECIPE_SETTINGS_MAX_RECORDS,
        &endpoints::RECIPE_SETTINGS_SET_MAX_RECORDS,
        &endpoints::RECIPE_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssRecipe",
                doc: "A recipe of a project, named by its project and its name.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "recipe_name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssRecipeSettings",
                doc: "The settings of a recipe, as `get_settings` reads them: `{\"recipe\": {..}, \"payload\": \"..\"}`, the payload being the code of a code recipe or the JSON text of a visual recipe's type-specific settings (dataikuapi's `DSSRecipeSettings`, with the methods of its `CodeRecipeSettings` form and of the forms of grouping, upsert, sort, prepare and embed-dataset recipes); changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "recipe_name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "RequiredSchemaUpdates",
                doc: "The schema changes a recipe's outputs need (`compute_schema_updates`), as DSS computed them; `apply` makes them.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "recipe_name",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "updates",
                        ty: Some("SchemaUpdates"),
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssProjectFlow",
                doc: "The flow of a project: its datasets, recipes, folders, models and how they connect.",
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
        &[
            Model {
                name: "RecipeSummary",
                doc: "A recipe as listed by `list_recipes`.",
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
                        name: "tags",
                        wire: "tags",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssRecipe"),
            },
            Model {
                name: "SchemaUpdateComputable",
                doc: "One output of a recipe whose schema must change.",
                members: &[
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "String",
                        optional: false,
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
                        name: "dataset_name",
                        wire: "datasetName",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "new_schema",
                        wire: "newSchema",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "incompatibilities",
                        wire: "incompatibilities",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "SchemaUpdates",
                doc: "The schema changes a recipe's outputs need, as DSS computes them.",
                members: &[
                    ModelMember {
                        name: "total_incompatibilities",
                        wire: "totalIncompatibilities",
                        ty: "i64",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "computables",
                        wire: "computables",
                        ty: "Vec < SchemaUpdateComputable >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "FlowNode",
                doc: "One node of a flow graph: a dataset, recipe, folder, model, ...",
                members: &[
                    ModelMember {
                        name: "ref",
                        wire: "ref",
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
                    ModelMember {
                        name: "successors",
                        wire: "successors",
                        ty: "Vec < String >",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "predecessors",
                        wire: "predecessors",
                        ty: "Vec < String >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "FlowGraph",
                doc: "The graph of a project's flow.",
                members: &[
                    ModelMember {
                        name: "nodes",
                        wire: "nodes",
                        ty: ":: std :: collections :: BTreeMap < String , FlowNode >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the project's recipes.

`GET /projects/{project_key}/recipes/`

Returns a [`ProjectListRecipes`](requests::ProjectListRecipes) request; nothing is sent until `.send()`.*/
        pub fn list_recipes(&self) -> requests::ProjectListRecipes<'_> {
            requests::ProjectListRecipes {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one recipe of the project, by name.

Builds a handle; sends no request.*/
        pub fn get_recipe(
            &self,
            recipe_name: impl Into<String>,
        ) -> super::handles::DssRecipe {
            let recipe_name = recipe_name.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_recipe_name = recipe_name;
                super::handles::DssRecipe {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    recipe_name: __f_recipe_name,
                }
            }
        }
        /**Creates a recipe and returns a handle on it (with the name DSS gave
it). The prototype is sent with the project's key added.

`POST /projects/{project_key}/recipes/`

Never retried: sending it twice could do the work twice.

Arguments:
- `recipe_proto`: The recipe's prototype: `type`, `name` (`null`: DSS picks one), `inputs` and `outputs` (`{"main": {"items": [{"ref": ..}]}}`), ... Sent as the members of the JSON body.
- `creation_settings`: How to create it: the code of a code recipe (`script`), whether to create its output (`createOutputDataset`, `outputDatasetSettings`), ... Sent as JSON member `creationSettings`.

Returns a [`ProjectCreateRecipe`](requests::ProjectCreateRecipe) request; nothing is sent until `.send()`.*/
        pub fn create_recipe(
            &self,
            recipe_proto: impl Into<::serde_json::Value>,
            creation_settings: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateRecipe<'_> {
            requests::ProjectCreateRecipe {
                __owner: self,
                recipe_proto: recipe_proto.into(),
                creation_settings: creation_settings.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the project's flow.

Builds a handle; sends no request.*/
        pub fn get_flow(&self) -> super::handles::DssProjectFlow {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssProjectFlow {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
    }
    impl super::handles::DssProjectFlow {
        /**Reads the graph of the flow.

`GET /projects/{project_key}/flow/graph/`

Returns a [`ProjectFlowGetGraph`](requests::ProjectFlowGetGraph) request; nothing is sent until `.send()`.*/
        pub fn get_graph(&self) -> requests::ProjectFlowGetGraph<'_> {
            requests::ProjectFlowGetGraph {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssRecipe {
        /**Reads the recipe's settings as DSS sends them (`{"recipe": {..},
"payload": ".."}`), to change and `save`.

`GET /projects/{project_key}/recipes/{recipe_name}`

Returns a [`RecipeGetSettings`](requests::RecipeGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::RecipeGetSettings<'_> {
            requests::RecipeGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the recipe.

`DELETE /projects/{project_key}/recipes/{recipe_name}`

Returns a [`RecipeDelete`](requests::RecipeDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::RecipeDelete<'_> {
            requests::RecipeDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the recipe's status: its engines, and what DSS has to say about
its settings (`allMessagesForFrontend`).

`GET /projects/{project_key}/recipes/{recipe_name}/status`

Returns a [`RecipeGetStatus`](requests::RecipeGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::RecipeGetStatus<'_> {
            requests::RecipeGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes the schema changes the recipe's outputs need (DSS cannot for
some code recipes, and answers an error). Nothing changes until
`apply`.

`GET /projects/{project_key}/recipes/{recipe_name}/schema-update`

Returns a [`RecipeComputeSchemaUpdates`](requests::RecipeComputeSchemaUpdates) request; nothing is sent until `.send()`.*/
        pub fn compute_schema_updates(
            &self,
        ) -> requests::RecipeComputeSchemaUpdates<'_> {
            requests::RecipeComputeSchemaUpdates {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::RequiredSchemaUpdates {
        /**Gives one output of the recipe a new schema (what `apply` sends for
each output); returns DSS's answer.

`POST /projects/{project_key}/recipes/{recipe_name}/actions/updateOutputSchema`

Never retried: sending it twice could do the work twice.

Arguments:
- `computable_type`: The output's type (`DATASET`, ...). Sent as JSON member `computableType`.
- `computable_id`: The output's id (a dataset's name). Sent as JSON member `computableId`.
- `new_schema`: The schema to give it. Sent as JSON member `newSchema`.

Optional arguments, set by name on the returned request:
- `drop_and_recreate`: Default: `true`. Sent as JSON member `dropAndRecreate`.
- `synchronize_metastore`: Default: `true`. Sent as JSON member `synchronizeMetastore`.

Returns a [`RequiredSchemaUpdatesUpdateOutputSchema`](requests::RequiredSchemaUpdatesUpdateOutputSchema) request; nothing is sent until `.send()`.*/
        pub fn update_output_schema(
            &self,
            computable_type: impl Into<String>,
            computable_id: impl Into<String>,
            new_schema: impl Into<::serde_json::Value>,
        ) -> requests::RequiredSchemaUpdatesUpdateOutputSchema<'_> {
            requests::RequiredSchemaUpdatesUpdateOutputSchema {
                __owner: self,
                computable_type: computable_type.into(),
                computable_id: computable_id.into(),
                new_schema: new_schema.into(),
                drop_and_recreate: true,
                synchronize_metastore: true,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssRecipeSettings {
        /**Saves the settings: the whole object (`recipe` and `payload`, the
payload as text), sent back as it was read except where it was
changed; returns DSS's answer.

`PUT /projects/{project_key}/recipes/{recipe_name}`

Returns a [`RecipeSettingsSave`](requests::RecipeSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::RecipeSettingsSave<'_> {
            requests::RecipeSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The recipe's type (`sync`, `python`, `join`, ...).

Reads the document this value holds; sends no request.*/
        pub fn r#type(&self) -> ::core::option::Option<&str> {
            self.document.get("recipe.type").and_then(::serde_json::Value::as_str)
        }
        /**The recipe's definition: everything but the payload (`name`,
`projectKey`, `type`, `params`, `inputs`, `outputs`, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_recipe_raw_definition(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe")
        }
        /**The recipe's inputs: a map from role name to `{"items": [{"ref",
"deps"}, ..]}`.

Reads the document this value holds; sends no request.*/
        pub fn get_recipe_inputs(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe.inputs")
        }
        /**The recipe's outputs: a map from role name to `{"items": [{"ref",
"appendMode"}, ..]}`.

Reads the document this value holds; sends no request.*/
        pub fn get_recipe_outputs(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe.outputs")
        }
        /**The recipe's type-specific settings that are not in the payload
(engine settings, mostly).

Reads the document this value holds; sends no request.*/
        pub fn get_recipe_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe.params")
        }
        /**The recipe's type-specific settings that are not in the payload
(dataikuapi's property for `get_recipe_params`).

Reads the document this value holds; sends no request.*/
        pub fn raw_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe.params")
        }
        /**The payload as DSS stores it: the code of a code recipe, the JSON
text of a visual recipe's settings.

Reads the document this value holds; sends no request.*/
        pub fn get_payload(&self) -> ::core::option::Option<&str> {
            self.document.get("payload").and_then(::serde_json::Value::as_str)
        }
        /**The payload as DSS stores it (dataikuapi's property for
`get_payload`).

Reads the document this value holds; sends no request.*/
        pub fn str_payload(&self) -> ::core::option::Option<&str> {
            self.document.get("payload").and_then(::serde_json::Value::as_str)
        }
        /**Replaces the payload, as text.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_payload(
            &mut self,
            payload: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("payload", ::serde_json::Value::from(payload.into()));
            self
        }
        /**Replaces the payload, as text (dataikuapi's property setter for
`set_payload`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_str_payload(
            &mut self,
            payload: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("payload", ::serde_json::Value::from(payload.into()));
            self
        }
        /**The tags of the recipe.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("recipe.tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the tags of the recipe.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_tags(
            &mut self,
            tags: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "recipe.tags",
                    ::serde_json::Value::from(
                        tags
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The description of the recipe.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("recipe.description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the description of the recipe.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "recipe.description",
                    ::serde_json::Value::from(description.into()),
                );
            self
        }
        /**The short description of the recipe.

Reads the document this value holds; sends no request.*/
        pub fn short_description(&self) -> ::core::option::Option<&str> {
            self.document.get("recipe.shortDesc").and_then(::serde_json::Value::as_str)
        }
        /**Sets the short description of the recipe.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_short_description(
            &mut self,
            short_description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "recipe.shortDesc",
                    ::serde_json::Value::from(short_description.into()),
                );
            self
        }
        /**The custom fields of the recipe (none when it has none).

Reads the document this value holds; sends no request.*/
        pub fn custom_fields(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe.customFields")
        }
        /**Sets the custom fields of the recipe (an object).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_custom_fields(
            &mut self,
            custom_fields: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("recipe.customFields", custom_fields.into());
            self
        }
        /**The code of a code recipe (its payload).

Reads the document this value holds; sends no request.*/
        pub fn get_code(&self) -> ::core::option::Option<&str> {
            self.document.get("payload").and_then(::serde_json::Value::as_str)
        }
        /**Replaces the code of a code recipe (its payload).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_code(
            &mut self,
            code: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("payload", ::serde_json::Value::from(code.into()));
            self
        }
        /**How a code recipe chooses its code environment (`envMode`:
`USE_BUILTIN_MODE`, `INHERIT` or `EXPLICIT_ENV` with `envName`);
none for a recipe that does not choose one.

Reads the document this value holds; sends no request.*/
        pub fn get_code_env_settings(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("recipe.params.envSelection")
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
            impl super::handles::DssRecipe {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_run(&self) -> JobRun<'_, 'static> {
                    self.run()
                }
            }
            impl super::handles::RequiredSchemaUpdates {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_apply(&self) -> SchemaUpdatesApply<'_> {
                    self.apply()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_json_payload(&self) -> Result<Document> {
                    self.get_json_payload()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_obj_payload(&self) -> Result<Document> {
                    self.obj_payload()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_json_payload(
                    &mut self,
                    payload: impl Into<Document>,
                ) -> &mut DssRecipeSettings {
                    self.set_json_payload(payload)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_has_input(&self, input_ref: &str) -> bool {
                    self.has_input(input_ref)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_has_output(&self, output_ref: &str) -> bool {
                    self.has_output(output_ref)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_replace_input(
                    &mut self,
                    current_input_ref: &str,
                    new_input_ref: &str,
                ) -> &mut DssRecipeSettings {
                    self.replace_input(current_input_ref, new_input_ref)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_replace_output(
                    &mut self,
                    current_output_ref: &str,
                    new_output_ref: &str,
                ) -> &mut DssRecipeSettings {
                    self.replace_output(current_output_ref, new_output_ref)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_input(
                    &mut self,
                    role: &str,
                    r#ref: &str,
                    partition_deps: Option<Value>,
                ) -> &mut DssRecipeSettings {
                    self.add_input(role, r#ref, partition_deps)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_output(
                    &mut self,
                    role: &str,
                    r#ref: &str,
                    append_mode: bool,
                ) -> &mut DssRecipeSettings {
                    self.add_output(role, r#ref, append_mode)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_flat_input_refs(&self) -> Vec<&str> {
                    self.get_flat_input_refs()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_flat_output_refs(&self) -> Vec<&str> {
                    self.get_flat_output_refs()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_code_env(
                    &mut self,
                    code_env: Option<&str>,
                    inherit: bool,
                    use_builtin: bool,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_code_env(code_env, inherit, use_builtin)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_clear_grouping_keys(
                    &mut self,
                ) -> Result<&mut DssRecipeSettings> {
                    self.clear_grouping_keys()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_grouping_key(
                    &mut self,
                    column: &str,
                ) -> Result<&mut DssRecipeSettings> {
                    self.add_grouping_key(column)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_global_count_enabled(
                    &mut self,
                    enabled: bool,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_global_count_enabled(enabled)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_or_create_column_settings(
                    &mut self,
                    column: &str,
                ) -> Result<Value> {
                    self.get_or_create_column_settings(column)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_column_aggregations(
                    &mut self,
                    column: &str,
                    aggregations: &ColumnAggregations,
                ) -> Result<Value> {
                    self.set_column_aggregations(column, aggregations)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_clear_upsert_keys(
                    &mut self,
                ) -> Result<&mut DssRecipeSettings> {
                    self.clear_upsert_keys()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_upsert_key(
                    &mut self,
                    column: &str,
                ) -> Result<&mut DssRecipeSettings> {
                    self.add_upsert_key(column)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_computed_column(
                    &mut self,
                    computed_column: Value,
                ) -> Result<&mut DssRecipeSettings> {
                    self.add_computed_column(computed_column)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_row_number_column_enabled(
                    &self,
                ) -> Result<Option<bool>> {
                    self.row_number_column_enabled()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_row_number_column_enabled(
                    &mut self,
                    enabled: bool,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_row_number_column_enabled(enabled)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_rank_column_enabled(&self) -> Result<Option<bool>> {
                    self.rank_column_enabled()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_rank_column_enabled(
                    &mut self,
                    enabled: bool,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_rank_column_enabled(enabled)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_dense_rank_column_enabled(
                    &self,
                ) -> Result<Option<bool>> {
                    self.dense_rank_column_enabled()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_dense_rank_column_enabled(
                    &mut self,
                    enabled: bool,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_dense_rank_column_enabled(enabled)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_clear_sorting_keys(
                    &mut self,
                ) -> Result<&mut DssRecipeSettings> {
                    self.clear_sorting_keys()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_sorting_key(
                    &mut self,
                    column: &str,
                    ascending: bool,
                ) -> Result<&mut DssRecipeSettings> {
                    self.add_sorting_key(column, ascending)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_raw_steps(&self) -> Result<Option<Value>> {
                    self.raw_steps()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_processor_step(
                    &mut self,
                    r#type: &str,
                    params: Value,
                ) -> Result<&mut DssRecipeSettings> {
                    self.add_processor_step(r#type, params)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_embedding_column(&self) -> Result<Option<Value>> {
                    self.embedding_column()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_embedding_column(
                    &mut self,
                    column: &str,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_embedding_column(column)
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_max_records(&self) -> Result<Option<Value>> {
                    self.max_records()
                }
            }
            impl super::handles::DssRecipeSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_max_records(
                    &mut self,
                    max_records: i64,
                ) -> Result<&mut DssRecipeSettings> {
                    self.set_max_records(max_records)
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
                ("DssProject", "list_recipes") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_recipes();
                        let __endpoint = requests::ProjectListRecipes::ENDPOINT;
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
                ("DssProject", "create_recipe") => {
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
                            .create_recipe(
                                args.json("recipe_proto")?,
                                args.json("creation_settings")?,
                            );
                        let __endpoint = requests::ProjectCreateRecipe::ENDPOINT;
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
                ("DssProjectFlow", "get_graph") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_graph();
                        let __endpoint = requests::ProjectFlowGetGraph::ENDPOINT;
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
                ("DssRecipe", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::RecipeGetSettings::ENDPOINT;
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
                ("DssRecipe", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::RecipeDelete::ENDPOINT;
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
                ("DssRecipe", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::RecipeGetStatus::ENDPOINT;
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
                ("DssRecipe", "compute_schema_updates") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.compute_schema_updates();
                        let __endpoint = requests::RecipeComputeSchemaUpdates::ENDPOINT;
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
                ("DssRecipeSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipeSettings", ids)?;
                        let __owner = super::handles::DssRecipeSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::RecipeSettingsSave::ENDPOINT;
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
                "DssRecipeSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
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
            let model: super::models::RecipeSummary = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "RecipeSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "RecipeSummary"
            );
            checked += 1;
            let model: super::models::SchemaUpdateComputable = ::serde_json::from_str(
                    "{\"type\":\"plain\",\"id\":\"plain\",\"datasetName\":\"plain\",\"newSchema\":{\"k\":\"plain\"},\"incompatibilities\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SchemaUpdateComputable")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SchemaUpdateComputable"
            );
            checked += 1;
            let model: super::models::SchemaUpdates = ::serde_json::from_str(
                    "{\"totalIncompatibilities\":1,\"computables\":[{\"type\":\"plain\",\"id\":\"plain\",\"datasetName\":\"plain\",\"newSchema\":{\"k\":\"plain\"},\"incompatibilities\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SchemaUpdates")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SchemaUpdates"
            );
            checked += 1;
            let model: super::models::FlowNode = ::serde_json::from_str(
                    "{\"ref\":\"plain\",\"type\":\"plain\",\"successors\":[\"plain\"],\"predecessors\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "FlowNode")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "FlowNode"
            );
            checked += 1;
            let model: super::models::FlowGraph = ::serde_json::from_str(
                    "{\"nodes\":{\"k\":{\"ref\":\"plain\",\"type\":\"plain\",\"successors\":[\"plain\"],\"predecessors\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "FlowGraph")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "FlowGraph"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssRecipe {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                recipe_name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssRecipe"
            );
            checked += 1;
            let handle = super::handles::DssRecipeSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                recipe_name: ::std::string::String::from("plain"),
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
                "DssRecipeSettings"
            );
            checked += 1;
            let handle = super::handles::RequiredSchemaUpdates {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                recipe_name: ::std::string::String::from("plain"),
                updates: ::serde_json::from_str(
                        "{\"totalIncompatibilities\":1,\"computables\":[{\"type\":\"plain\",\"id\":\"plain\",\"datasetName\":\"plain\",\"newSchema\":{\"k\":\"plain\"},\"incompatibilities\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!(
                            "cannot build `{}`'s `{}`: {e}", "RequiredSchemaUpdates",
                            "updates"
                        )
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "RequiredSchemaUpdates"
            );
            checked += 1;
            let handle = super::handles::DssProjectFlow {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectFlow"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
