// The expansion of `scenarios.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/scenarios.dss`.
pub mod spec_scenarios {
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
        ///A scenario of a project, named by its project and its id.
        #[derive(Clone)]
        pub struct DssScenario {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
        }
        impl DssScenario {
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
        impl ::core::fmt::Debug for DssScenario {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssScenario")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a scenario, as `get_settings` reads them (dataikuapi's
`DSSScenarioSettings`, with the methods of its
`StepBasedScenarioSettings` and `PythonScriptBasedScenarioSettings`
forms): `type`, `active`, `params` with the steps of a step-based
scenario, `triggers`, `reporters`, ...; and for a script scenario its
script (`script`), which DSS keeps apart. Changed, then sent back by
`save`: the whole object as it was read except where it was changed,
then the script of a script scenario.*/
        #[derive(Clone)]
        pub struct DssScenarioSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) script: Option<String>,
            pub(crate) document: crate::rt::Document,
        }
        impl DssScenarioSettings {
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
        impl ::core::fmt::Debug for DssScenarioSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssScenarioSettings")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**A request to run a scenario (`DssScenario::run`): a fire of one of its
triggers, named by the trigger's id and the id of this fire (`run_id`,
which is not the id of a scenario run). DSS may cancel it (when the
scenario is already running, say) or start a run for it;
`wait_for_scenario_run` finds that run. Holds the fire as last read.*/
        #[derive(Clone)]
        pub struct DssTriggerFire {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) scenario_id: String,
            pub(crate) trigger_id: String,
            pub(crate) run_id: String,
            pub(crate) fire: TriggerFire,
        }
        impl DssTriggerFire {
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
            ///The `run_id` this handle points at.
            pub fn run_id(&self) -> &str {
                &self.run_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssTriggerFire {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssTriggerFire")
                    .field("project_key", &self.project_key)
                    .field("scenario_id", &self.scenario_id)
                    .field("trigger_id", &self.trigger_id)
                    .field("run_id", &self.run_id)
                    .finish_non_exhaustive()
            }
        }
        /**One run of a scenario, named by its project, scenario and run id. Holds
the run as last read (`get_info`); `refresh` reads it again.*/
        #[derive(Clone)]
        pub struct DssScenarioRun {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) scenario_id: String,
            pub(crate) run_id: String,
            pub(crate) run: ScenarioRunInfo,
        }
        impl DssScenarioRun {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `scenario_id` this handle points at.
            pub fn scenario_id(&self) -> &str {
                &self.scenario_id
            }
            ///The `run_id` this handle points at.
            pub fn run_id(&self) -> &str {
                &self.run_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssScenarioRun {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssScenarioRun")
                    .field("project_key", &self.project_key)
                    .field("scenario_id", &self.scenario_id)
                    .field("run_id", &self.run_id)
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
        ///A scenario as listed by `list_scenarios`.
        #[derive(Clone, PartialEq)]
        pub struct ScenarioSummary {
            ///The scenario's project.
            pub project_key: String,
            ///The scenario's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///`step_based`, or the language of a script scenario (`custom_python`, ...).
            pub r#type: Option<String>,
            ///Whether its automatic triggers are active.
            pub active: Option<bool>,
            ///Whether it is running now.
            pub running: Option<bool>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioSummary, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_active: Option<bool> = None;
                        let mut __m_running: Option<bool> = None;
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
                                "active" => {
                                    __m_active = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "active",
                                    )?;
                                }
                                "running" => {
                                    __m_running = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "running",
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
                        Ok(ScenarioSummary {
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
                            active: __m_active,
                            running: __m_running,
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioSummary {
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
                    "active",
                    &self.active,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "running",
                    &self.running,
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
        impl ::core::fmt::Debug for ScenarioSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioSummary")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("active", &self.active)
                    .field("running", &self.running)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioSummary {
            ///The [`DssScenario`](super::super::handles::DssScenario) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssScenario {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssScenario {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        id: __f_id,
                    }
                }
            }
        }
        ///The light status of a scenario (`DssScenario::get_status`).
        #[derive(Clone, PartialEq)]
        pub struct ScenarioStatus {
            ///The scenario's id.
            pub id: Option<String>,
            ///Whether it is running now.
            pub running: bool,
            ///Whether its automatic triggers are active.
            pub active: Option<bool>,
            /**When it is expected to run next, in milliseconds since the Unix
epoch (absent or 0 when no active time-based trigger says);
`next_run_time()` reads it as a time.*/
            pub next_run: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioStatus, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_running: Option<bool> = None;
                        let mut __m_active: Option<bool> = None;
                        let mut __m_next_run: Option<i64> = None;
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
                                "running" => {
                                    __m_running = Some(
                                        crate::rt::model::next_member(&mut __map, "running")?,
                                    );
                                }
                                "active" => {
                                    __m_active = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "active",
                                    )?;
                                }
                                "nextRun" => {
                                    __m_next_run = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nextRun",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ScenarioStatus {
                            id: __m_id,
                            running: __m_running.unwrap_or_default(),
                            active: __m_active,
                            next_run: __m_next_run,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioStatus {
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
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "running",
                    &self.running,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "active",
                    &self.active,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nextRun",
                    &self.next_run,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ScenarioStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioStatus")
                    .field("id", &self.id)
                    .field("running", &self.running)
                    .field("active", &self.active)
                    .field("next_run", &self.next_run)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioStatus {}
        ///The trigger of a trigger fire.
        #[derive(Clone, PartialEq)]
        pub struct TriggerRef {
            /**The trigger's id in the scenario's settings (`manual` for runs asked
through the API).*/
            pub id: String,
            ///The trigger's type (`manual`, `temporal`, ...).
            pub r#type: Option<String>,
            ///The trigger's name.
            pub name: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for TriggerRef {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = TriggerRef;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `TriggerRef` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<TriggerRef, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(TriggerRef {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            r#type: __m_type,
                            name: __m_name,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for TriggerRef {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for TriggerRef {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("TriggerRef")
                    .field("id", &self.id)
                    .field("type", &self.r#type)
                    .field("name", &self.name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl TriggerRef {}
        /**A trigger fire as DSS answers it (`DssScenario::run`,
`DssScenario::get_trigger_fire`).*/
        #[derive(Clone, PartialEq)]
        pub struct TriggerFire {
            ///The id of this fire of the trigger (not a scenario run id).
            pub run_id: String,
            ///The trigger that fired.
            pub trigger: TriggerRef,
            ///The scenario it asks to run.
            pub scenario_id: Option<String>,
            ///The scenario's project.
            pub project_key: Option<String>,
            ///Whether DSS cancelled the fire (no run will come of it).
            pub cancelled: bool,
            ///The parameters passed with the fire.
            pub params: Option<Value>,
            ///When the trigger fired, in milliseconds since the Unix epoch.
            pub timestamp: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for TriggerFire {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = TriggerFire;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `TriggerFire` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<TriggerFire, __A::Error> {
                        let mut __m_run_id: Option<String> = None;
                        let mut __m_trigger: Option<TriggerRef> = None;
                        let mut __m_scenario_id: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_cancelled: Option<bool> = None;
                        let mut __m_params: Option<Value> = None;
                        let mut __m_timestamp: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "runId" => {
                                    __m_run_id = Some(
                                        crate::rt::model::next_member(&mut __map, "runId")?,
                                    );
                                }
                                "trigger" => {
                                    __m_trigger = Some(
                                        crate::rt::model::next_member(&mut __map, "trigger")?,
                                    );
                                }
                                "scenarioId" => {
                                    __m_scenario_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "scenarioId",
                                    )?;
                                }
                                "projectKey" => {
                                    __m_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectKey",
                                    )?;
                                }
                                "cancelled" => {
                                    __m_cancelled = Some(
                                        crate::rt::model::next_member(&mut __map, "cancelled")?,
                                    );
                                }
                                "params" => {
                                    __m_params = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "params",
                                    )?;
                                }
                                "timestamp" => {
                                    __m_timestamp = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "timestamp",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(TriggerFire {
                            run_id: match __m_run_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("runId"),
                                    );
                                }
                            },
                            trigger: match __m_trigger {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("trigger"),
                                    );
                                }
                            },
                            scenario_id: __m_scenario_id,
                            project_key: __m_project_key,
                            cancelled: __m_cancelled.unwrap_or_default(),
                            params: __m_params,
                            timestamp: __m_timestamp,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for TriggerFire {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "runId",
                    &self.run_id,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "trigger",
                    &self.trigger,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "scenarioId",
                    &self.scenario_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "cancelled",
                    &self.cancelled,
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
                    "timestamp",
                    &self.timestamp,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for TriggerFire {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("TriggerFire")
                    .field("run_id", &self.run_id)
                    .field("trigger", &self.trigger)
                    .field("scenario_id", &self.scenario_id)
                    .field("project_key", &self.project_key)
                    .field("cancelled", &self.cancelled)
                    .field("params", &self.params)
                    .field("timestamp", &self.timestamp)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl TriggerFire {}
        ///The scenario a run belongs to.
        #[derive(Clone, PartialEq)]
        pub struct ScenarioRef {
            ///The scenario's project.
            pub project_key: String,
            ///The scenario's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///The scenario's type.
            pub r#type: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioRef {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioRef;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioRef` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioRef, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
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
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ScenarioRef {
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
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioRef {
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
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ScenarioRef {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioRef")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioRef {}
        ///The trigger fire that started a run.
        #[derive(Clone, PartialEq)]
        pub struct ScenarioRunTrigger {
            ///The id of the fire.
            pub run_id: Option<String>,
            ///The trigger, as in the scenario's settings.
            pub trigger: Option<Value>,
            ///Whether the fire was cancelled.
            pub cancelled: Option<bool>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioRunTrigger {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioRunTrigger;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioRunTrigger` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioRunTrigger, __A::Error> {
                        let mut __m_run_id: Option<String> = None;
                        let mut __m_trigger: Option<Value> = None;
                        let mut __m_cancelled: Option<bool> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "runId" => {
                                    __m_run_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "runId",
                                    )?;
                                }
                                "trigger" => {
                                    __m_trigger = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "trigger",
                                    )?;
                                }
                                "cancelled" => {
                                    __m_cancelled = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "cancelled",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ScenarioRunTrigger {
                            run_id: __m_run_id,
                            trigger: __m_trigger,
                            cancelled: __m_cancelled,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioRunTrigger {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "runId",
                    &self.run_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "trigger",
                    &self.trigger,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "cancelled",
                    &self.cancelled,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ScenarioRunTrigger {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioRunTrigger")
                    .field("run_id", &self.run_id)
                    .field("trigger", &self.trigger)
                    .field("cancelled", &self.cancelled)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioRunTrigger {}
        ///How a finished run ended.
        #[derive(Clone, PartialEq)]
        pub struct ScenarioRunResult {
            /**`SUCCESS`, `WARNING`, `FAILED` or `ABORTED`; typed by
[`ScenarioRunInfo::outcome`](crate::ScenarioRunInfo::outcome).*/
            pub outcome: Option<String>,
            ///The kind of result (`SCENARIO_DONE`, ...).
            pub r#type: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioRunResult {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioRunResult;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioRunResult` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioRunResult, __A::Error> {
                        let mut __m_outcome: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "outcome" => {
                                    __m_outcome = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "outcome",
                                    )?;
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ScenarioRunResult {
                            outcome: __m_outcome,
                            r#type: __m_type,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioRunResult {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "outcome",
                    &self.outcome,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ScenarioRunResult {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioRunResult")
                    .field("outcome", &self.outcome)
                    .field("type", &self.r#type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioRunResult {}
        /**A run of a scenario, as DSS describes it (`get_last_runs`, `get_run`,
the runs of trigger fires). It is finished when it has a `result`.*/
        #[derive(Clone, PartialEq)]
        pub struct ScenarioRunInfo {
            ///The run's id.
            pub run_id: String,
            ///The scenario that ran.
            pub scenario: Option<ScenarioRef>,
            ///The trigger fire that started it.
            pub trigger: Option<ScenarioRunTrigger>,
            ///Start time, in milliseconds since the Unix epoch.
            pub start: i64,
            ///End time, in milliseconds since the Unix epoch; 0 while it runs.
            pub end: i64,
            ///How it ended; absent while it runs.
            pub result: Option<ScenarioRunResult>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioRunInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioRunInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioRunInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioRunInfo, __A::Error> {
                        let mut __m_run_id: Option<String> = None;
                        let mut __m_scenario: Option<ScenarioRef> = None;
                        let mut __m_trigger: Option<ScenarioRunTrigger> = None;
                        let mut __m_start: Option<i64> = None;
                        let mut __m_end: Option<i64> = None;
                        let mut __m_result: Option<ScenarioRunResult> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "runId" => {
                                    __m_run_id = Some(
                                        crate::rt::model::next_member(&mut __map, "runId")?,
                                    );
                                }
                                "scenario" => {
                                    __m_scenario = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "scenario",
                                    )?;
                                }
                                "trigger" => {
                                    __m_trigger = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "trigger",
                                    )?;
                                }
                                "start" => {
                                    __m_start = Some(
                                        crate::rt::model::next_member(&mut __map, "start")?,
                                    );
                                }
                                "end" => {
                                    __m_end = Some(
                                        crate::rt::model::next_member(&mut __map, "end")?,
                                    );
                                }
                                "result" => {
                                    __m_result = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "result",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ScenarioRunInfo {
                            run_id: match __m_run_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("runId"),
                                    );
                                }
                            },
                            scenario: __m_scenario,
                            trigger: __m_trigger,
                            start: __m_start.unwrap_or_default(),
                            end: __m_end.unwrap_or_default(),
                            result: __m_result,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioRunInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "runId",
                    &self.run_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "scenario",
                    &self.scenario,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "trigger",
                    &self.trigger,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "start",
                    &self.start,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "end",
                    &self.end,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "result",
                    &self.result,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ScenarioRunInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioRunInfo")
                    .field("run_id", &self.run_id)
                    .field("scenario", &self.scenario)
                    .field("trigger", &self.trigger)
                    .field("start", &self.start)
                    .field("end", &self.end)
                    .field("result", &self.result)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioRunInfo {}
        /**A run with the runs of its steps (`DssScenarioRun::get_details`,
`DssScenario::get_run_for_trigger`); both are absent from the answer
about a trigger fire whose run has not started.*/
        #[derive(Clone, PartialEq)]
        pub struct ScenarioRunDetails {
            ///The run.
            pub scenario_run: Option<ScenarioRunInfo>,
            /**The runs of its steps so far, each with its `step`, its `result`
(`outcome`, `thrown`) and its `additionalReportItems` (the jobs it ran, ...).*/
            pub step_runs: Vec<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ScenarioRunDetails {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ScenarioRunDetails;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ScenarioRunDetails` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ScenarioRunDetails, __A::Error> {
                        let mut __m_scenario_run: Option<ScenarioRunInfo> = None;
                        let mut __m_step_runs: Option<Vec<Value>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "scenarioRun" => {
                                    __m_scenario_run = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "scenarioRun",
                                    )?;
                                }
                                "stepRuns" => {
                                    __m_step_runs = Some(
                                        crate::rt::model::next_member(&mut __map, "stepRuns")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ScenarioRunDetails {
                            scenario_run: __m_scenario_run,
                            step_runs: __m_step_runs.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ScenarioRunDetails {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "scenarioRun",
                    &self.scenario_run,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "stepRuns",
                    &self.step_runs,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ScenarioRunDetails {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScenarioRunDetails")
                    .field("scenario_run", &self.scenario_run)
                    .field("step_runs", &self.step_runs)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ScenarioRunDetails {}
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
        ///Request value of [`DssProject::list_scenarios`](super::super::handles::DssProject::list_scenarios): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListScenarios<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListScenarios<'a> {
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
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListScenarios, super::endpoints::PROJECT_LIST_SCENARIOS, json(Vec <
            ScenarioSummary >,
            "Sends the request (`GET /projects/{project_key}/scenarios/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListScenarios<'_> {}
        ///Request value of [`DssProject::create_scenario`](super::super::handles::DssProject::create_scenario): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateScenario<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) scenario_name: String,
            pub(crate) scenario_type: String,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateScenario<'a> {
            /**The rest of the scenario's definition (`params`, `active`,
`triggers`, ...); its members are sent beside `type` and `name`.
`params` is `{}` unless the definition has one.

Default: `{}`. Sent as the members of the JSON body.*/
            pub fn definition(
                mut self,
                definition: impl Into<::serde_json::Value>,
            ) -> Self {
                self.definition = definition.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, scenario_name, scenario_type, definition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("params"),
                                    ::serde_json::Value::Object(::serde_json::Map::new()),
                                );
                            crate::rt::spread(&mut __map, "definition", definition)?;
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(scenario_type),
                                );
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(scenario_name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/scenarios/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssScenario, crate::rt::Error> {
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
                            super::super::handles::DssScenario {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateScenario, super::endpoints::PROJECT_CREATE_SCENARIO, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateScenario<'_> {}
        ///Request value of [`DssScenario::run`](super::super::handles::DssScenario::run): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioRun<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioRun<'a> {
            /**Parameters passed to the run (its trigger parameters), sent as
the JSON body.

Default: `{}`. Sent as the JSON body.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssScenario,)),
                crate::rt::Error,
            > {
                let Self { __owner, params, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/run");
                __call.json(&::serde_json::Value::from(params))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/scenarios/{id}/run`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssTriggerFire, crate::rt::Error> {
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
                            let __f_scenario_id = ::core::clone::Clone::clone(
                                &__owner.id,
                            );
                            let __f_trigger_id = crate::rt::answer_string(
                                &__answer,
                                "trigger.id",
                                Self::ENDPOINT,
                            )?;
                            let __f_run_id = crate::rt::answer_string(
                                &__answer,
                                "runId",
                                Self::ENDPOINT,
                            )?;
                            let __f_fire = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssTriggerFire {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                scenario_id: __f_scenario_id,
                                trigger_id: __f_trigger_id,
                                run_id: __f_run_id,
                                fire: __f_fire,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(ScenarioRun, super::endpoints::SCENARIO_RUN, send_as);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioRun<'_> {}
        ///Request value of [`DssScenario::get_trigger_fire`](super::super::handles::DssScenario::get_trigger_fire): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetTriggerFire<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) trigger_id: String,
            pub(crate) trigger_run_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetTriggerFire<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssScenario,)),
                crate::rt::Error,
            > {
                let Self { __owner, trigger_id, trigger_run_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/trigger/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/");
                __call.segment("trigger_id", &trigger_id, false)?;
                __call.query("triggerRunId", &trigger_run_id);
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/scenarios/trigger/{id}/{trigger_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssTriggerFire, crate::rt::Error> {
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
                            let __f_scenario_id = ::core::clone::Clone::clone(
                                &__owner.id,
                            );
                            let __f_trigger_id = crate::rt::answer_string(
                                &__answer,
                                "trigger.id",
                                Self::ENDPOINT,
                            )?;
                            let __f_run_id = crate::rt::answer_string(
                                &__answer,
                                "runId",
                                Self::ENDPOINT,
                            )?;
                            let __f_fire = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssTriggerFire {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                scenario_id: __f_scenario_id,
                                trigger_id: __f_trigger_id,
                                run_id: __f_run_id,
                                fire: __f_fire,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ScenarioGetTriggerFire, super::endpoints::SCENARIO_GET_TRIGGER_FIRE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetTriggerFire<'_> {}
        ///Request value of [`DssScenario::get_run_for_trigger`](super::super::handles::DssScenario::get_run_for_trigger): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetRunForTrigger<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) trigger_id: String,
            pub(crate) trigger_run_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetRunForTrigger<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, trigger_id, trigger_run_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/get-run-for-trigger");
                __call.query("triggerId", &trigger_id);
                __call.query("triggerRunId", &trigger_run_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioGetRunForTrigger, super::endpoints::SCENARIO_GET_RUN_FOR_TRIGGER,
            json(ScenarioRunDetails,
            "Sends the request (`GET /projects/{project_key}/scenarios/{id}/get-run-for-trigger`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetRunForTrigger<'_> {}
        ///Request value of [`DssScenario::abort`](super::super::handles::DssScenario::abort): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioAbort<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioAbort<'a> {
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
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/abort");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioAbort, super::endpoints::SCENARIO_ABORT, json(Value,
            "Sends the request (`POST /projects/{project_key}/scenarios/{id}/abort`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioAbort<'_> {}
        ///Request value of [`DssScenario::get_status`](super::super::handles::DssScenario::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetStatus<'a> {
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
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/light");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioGetStatus, super::endpoints::SCENARIO_GET_STATUS,
            json(ScenarioStatus,
            "Sends the request (`GET /projects/{project_key}/scenarios/{id}/light`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetStatus<'_> {}
        ///Request value of [`DssScenario::get_raw_settings`](super::super::handles::DssScenario::get_raw_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetRawSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetRawSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssScenario,)),
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
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/scenarios/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssScenarioSettings, crate::rt::Error> {
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
                            let __f_id = ::core::clone::Clone::clone(&__owner.id);
                            let __f_script = ::core::default::Default::default();
                            super::super::handles::DssScenarioSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                                script: __f_script,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ScenarioGetRawSettings, super::endpoints::SCENARIO_GET_RAW_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetRawSettings<'_> {}
        ///Request value of [`DssScenario::get_script_payload`](super::super::handles::DssScenario::get_script_payload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetScriptPayload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetScriptPayload<'a> {
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
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/payload");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioGetScriptPayload, super::endpoints::SCENARIO_GET_SCRIPT_PAYLOAD,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/scenarios/{id}/payload`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetScriptPayload<'_> {}
        ///Request value of [`DssScenario::save_script_payload`](super::super::handles::DssScenario::save_script_payload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioSaveScriptPayload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) script: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioSaveScriptPayload<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, script, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/payload");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("script"),
                                    ::serde_json::Value::from(script),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioSaveScriptPayload, super::endpoints::SCENARIO_SAVE_SCRIPT_PAYLOAD,
            json(Value,
            "Sends the request (`PUT /projects/{project_key}/scenarios/{id}/payload`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioSaveScriptPayload<'_> {}
        ///Request value of [`DssScenario::get_last_runs`](super::super::handles::DssScenario::get_last_runs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetLastRuns<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) limit: i64,
            pub(crate) only_finished_runs: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetLastRuns<'a> {
            /**Most runs to return.

Default: `10`. Sent as query parameter `limit`.*/
            pub fn limit(mut self, limit: i64) -> Self {
                self.limit = limit;
                self
            }
            /**Leave out the runs still going.

Default: `false`. Sent as query parameter `onlyFinishedRuns`.*/
            pub fn only_finished_runs(mut self, only_finished_runs: bool) -> Self {
                self.only_finished_runs = only_finished_runs;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, limit, only_finished_runs, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/get-last-runs");
                __call.query("limit", &limit);
                __call.query("onlyFinishedRuns", &only_finished_runs);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioGetLastRuns, super::endpoints::SCENARIO_GET_LAST_RUNS, json(Vec <
            ScenarioRunInfo >,
            "Sends the request (`GET /projects/{project_key}/scenarios/{id}/get-last-runs`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetLastRuns<'_> {}
        ///Request value of [`DssScenario::get_runs_by_date_range`](super::super::handles::DssScenario::get_runs_by_date_range): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetRunsByDateRange<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) from_date: String,
            pub(crate) to_date: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetRunsByDateRange<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, from_date, to_date, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/get-runs-by-date");
                __call.query("fromDate", &from_date);
                __call.query("toDate", &to_date);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioGetRunsByDateRange,
            super::endpoints::SCENARIO_GET_RUNS_BY_DATE_RANGE, json(Vec < ScenarioRunInfo
            >,
            "Sends the request (`GET /projects/{project_key}/scenarios/{id}/get-runs-by-date`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetRunsByDateRange<'_> {}
        ///Request value of [`DssScenario::get_run`](super::super::handles::DssScenario::get_run): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetRun<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) run_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetRun<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssScenario,)),
                crate::rt::Error,
            > {
                let Self { __owner, run_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/");
                __call.segment("run_id", &run_id, false)?;
                __call.lit("/");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/scenarios/{id}/{run_id}/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssScenarioRun, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let mut __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_scenario_id = ::core::clone::Clone::clone(
                                &__owner.id,
                            );
                            let __f_run_id = crate::rt::answer_string(
                                &__answer,
                                "scenarioRun.runId",
                                Self::ENDPOINT,
                            )?;
                            let __f_run = crate::rt::answer_member(
                                &mut __answer,
                                "scenarioRun",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssScenarioRun {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                scenario_id: __f_scenario_id,
                                run_id: __f_run_id,
                                run: __f_run,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ScenarioGetRun, super::endpoints::SCENARIO_GET_RUN, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetRun<'_> {}
        ///Request value of [`DssScenario::delete`](super::super::handles::DssScenario::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioDelete<'a> {
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
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioDelete, super::endpoints::SCENARIO_DELETE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/scenarios/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioDelete<'_> {}
        ///Request value of [`DssScenarioRun::get_details`](super::super::handles::DssScenarioRun::get_details): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioRunGetDetails<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenarioRun,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioRunGetDetails<'a> {
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
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioRunGetDetails, super::endpoints::SCENARIO_RUN_GET_DETAILS,
            json(ScenarioRunDetails,
            "Sends the request (`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioRunGetDetails<'_> {}
        ///Request value of [`DssScenarioRun::get_log`](super::super::handles::DssScenarioRun::get_log): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioRunGetLog<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenarioRun,
            pub(crate) step_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioRunGetLog<'a> {
            /**Only the log of this step (a step id of the scenario's settings).

Unset by default (then left out). Sent as query parameter `stepId`.*/
            pub fn step_id(mut self, step_id: impl Into<String>) -> Self {
                self.step_id = Some(step_id.into());
                self
            }
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
                __call.lit("/log");
                __call.query("stepId", &step_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioRunGetLog, super::endpoints::SCENARIO_RUN_GET_LOG,
            stream("Sends the request (`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/log`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioRunGetLog<'_> {}
        ///Request value of [`DssScenarioSettings::save_raw_settings`](super::super::handles::DssScenarioSettings::save_raw_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioSettingsSaveRawSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenarioSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioSettingsSaveRawSettings<'a> {
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
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioSettingsSaveRawSettings,
            super::endpoints::SCENARIO_SETTINGS_SAVE_RAW_SETTINGS, json(Value,
            "Sends the request (`PUT /projects/{project_key}/scenarios/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioSettingsSaveRawSettings<'_> {}
        crate::rt::request_list!(
            ProjectListScenarios, ProjectCreateScenario, ScenarioRun,
            ScenarioGetTriggerFire, ScenarioGetRunForTrigger, ScenarioAbort,
            ScenarioGetStatus, ScenarioGetRawSettings, ScenarioGetScriptPayload,
            ScenarioSaveScriptPayload, ScenarioGetLastRuns, ScenarioGetRunsByDateRange,
            ScenarioGetRun, ScenarioDelete, ScenarioRunGetDetails, ScenarioRunGetLog,
            ScenarioSettingsSaveRawSettings
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_scenarios`.
        pub static PROJECT_LIST_SCENARIOS: Endpoint = Endpoint::new(
            "DssProject",
            "list_scenarios",
            crate::rt::Server::DSS,
            "Lists the project's scenarios.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/",
                    &[],
                    "ProjectListScenarios",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ScenarioSummary >"),
            [false, true, false],
        );
        ///`DssProject::get_scenario`.
        pub static PROJECT_GET_SCENARIO: Endpoint = Endpoint::new(
            "DssProject",
            "get_scenario",
            crate::rt::Server::DSS,
            "A handle on one scenario of the project, by id.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssScenario"),
            [false, true, false],
        );
        ///`DssProject::create_scenario`.
        pub static PROJECT_CREATE_SCENARIO: Endpoint = Endpoint::new(
            "DssProject",
            "create_scenario",
            crate::rt::Server::DSS,
            "Creates a scenario and returns a handle on it (with the id DSS gave it).",
            &[
                Arg::new(
                    "scenario_name",
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
                    "scenario_type",
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
                    "definition",
                    "json",
                    Presence::Default("{}"),
                    Place::Spread,
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/scenarios/",
                    &[],
                    "ProjectCreateScenario",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssScenario"),
            [false, true, false],
        );
        ///`DssScenario::run`.
        pub static SCENARIO_RUN: Endpoint = Endpoint::new(
            "DssScenario",
            "run",
            crate::rt::Server::DSS,
            "Asks DSS to run the scenario.",
            &[
                Arg::new(
                    "params",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/scenarios/{id}/run",
                    &[],
                    "ScenarioRun",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssTriggerFire"),
            [false, true, false],
        );
        ///`DssScenario::get_trigger_fire`.
        pub static SCENARIO_GET_TRIGGER_FIRE: Endpoint = Endpoint::new(
            "DssScenario",
            "get_trigger_fire",
            crate::rt::Server::DSS,
            "Reads a trigger fire of the scenario again, by the trigger's id and the fire's id.",
            &[
                Arg::new("trigger_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "trigger_run_id",
                    "str",
                    Presence::Required,
                    Place::Query("triggerRunId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/trigger/{id}/{trigger_id}",
                    &[],
                    "ScenarioGetTriggerFire",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssTriggerFire"),
            [false, false, false],
        );
        ///`DssScenario::get_run_for_trigger`.
        pub static SCENARIO_GET_RUN_FOR_TRIGGER: Endpoint = Endpoint::new(
            "DssScenario",
            "get_run_for_trigger",
            crate::rt::Server::DSS,
            "Reads the run a trigger fire started: its `scenarioRun` is absent until the run exists.",
            &[
                Arg::new(
                    "trigger_id",
                    "str",
                    Presence::Required,
                    Place::Query("triggerId"),
                    false,
                ),
                Arg::new(
                    "trigger_run_id",
                    "str",
                    Presence::Required,
                    Place::Query("triggerRunId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/get-run-for-trigger",
                    &[],
                    "ScenarioGetRunForTrigger",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("ScenarioRunDetails"),
            [false, false, false],
        );
        ///`DssScenario::abort`.
        pub static SCENARIO_ABORT: Endpoint = Endpoint::new(
            "DssScenario",
            "abort",
            crate::rt::Server::DSS,
            "Asks DSS to abort the scenario's current run; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/scenarios/{id}/abort",
                    &[],
                    "ScenarioAbort",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssScenario::get_status`.
        pub static SCENARIO_GET_STATUS: Endpoint = Endpoint::new(
            "DssScenario",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the scenario's light status: whether it is running, when it runs next.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/light",
                    &[],
                    "ScenarioGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("ScenarioStatus"),
            [false, true, false],
        );
        ///`DssScenario::get_raw_settings`.
        pub static SCENARIO_GET_RAW_SETTINGS: Endpoint = Endpoint::new(
            "DssScenario",
            "get_raw_settings",
            crate::rt::Server::DSS,
            "Reads the scenario's settings as they are (`type`, `active`, `params` with the steps of a step-based scenario, `triggers`, `reporters`, ...), without the script of a script scenario: the first request of [`get_settings`](crate::DssScenario::get_settings), which reads both.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}",
                    &[],
                    "ScenarioGetRawSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssScenarioSettings"),
            [false, false, false],
        );
        ///`DssScenario::get_script_payload`.
        pub static SCENARIO_GET_SCRIPT_PAYLOAD: Endpoint = Endpoint::new(
            "DssScenario",
            "get_script_payload",
            crate::rt::Server::DSS,
            "Reads the script of a script scenario (`{\"script\", \"extension\"}`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/payload",
                    &[],
                    "ScenarioGetScriptPayload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssScenario::save_script_payload`.
        pub static SCENARIO_SAVE_SCRIPT_PAYLOAD: Endpoint = Endpoint::new(
            "DssScenario",
            "save_script_payload",
            crate::rt::Server::DSS,
            "Saves the script of a script scenario; returns DSS's answer.",
            &[
                Arg::new(
                    "script",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "script",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/scenarios/{id}/payload",
                    &[],
                    "ScenarioSaveScriptPayload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssScenario::get_last_runs`.
        pub static SCENARIO_GET_LAST_RUNS: Endpoint = Endpoint::new(
            "DssScenario",
            "get_last_runs",
            crate::rt::Server::DSS,
            "Lists the scenario's last runs, newest first.",
            &[
                Arg::new(
                    "limit",
                    "int",
                    Presence::Default("10"),
                    Place::Query("limit"),
                    false,
                ),
                Arg::new(
                    "only_finished_runs",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("onlyFinishedRuns"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/get-last-runs",
                    &[],
                    "ScenarioGetLastRuns",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ScenarioRunInfo >"),
            [false, true, false],
        );
        ///`DssScenario::get_runs_by_date_range`.
        pub static SCENARIO_GET_RUNS_BY_DATE_RANGE: Endpoint = Endpoint::new(
            "DssScenario",
            "get_runs_by_date_range",
            crate::rt::Server::DSS,
            "Lists the scenario's runs between two dates, both given (`get_runs_by_date` defaults the end to today).",
            &[
                Arg::new(
                    "from_date",
                    "str",
                    Presence::Required,
                    Place::Query("fromDate"),
                    false,
                ),
                Arg::new(
                    "to_date",
                    "str",
                    Presence::Required,
                    Place::Query("toDate"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/get-runs-by-date",
                    &[],
                    "ScenarioGetRunsByDateRange",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ScenarioRunInfo >"),
            [false, false, false],
        );
        ///`DssScenario::get_run`.
        pub static SCENARIO_GET_RUN: Endpoint = Endpoint::new(
            "DssScenario",
            "get_run",
            crate::rt::Server::DSS,
            "Reads one run of the scenario and returns a handle on it, holding the run as read.",
            &[Arg::new("run_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/{run_id}/",
                    &[],
                    "ScenarioGetRun",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssScenarioRun"),
            [false, true, false],
        );
        ///`DssScenario::delete`.
        pub static SCENARIO_DELETE: Endpoint = Endpoint::new(
            "DssScenario",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the scenario; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/scenarios/{id}",
                    &[],
                    "ScenarioDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssScenarioRun::get_details`.
        pub static SCENARIO_RUN_GET_DETAILS: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_details",
            crate::rt::Server::DSS,
            "Reads the run again, with the runs of its steps (`refresh` keeps the run it reads).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{scenario_id}/{run_id}/",
                    &[],
                    "ScenarioRunGetDetails",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("ScenarioRunDetails"),
            [false, true, false],
        );
        ///`DssScenarioRun::get_log`.
        pub static SCENARIO_RUN_GET_LOG: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "get_log",
            crate::rt::Server::DSS,
            "The run's log, or the log of one of its steps, read as it arrives.",
            &[
                Arg::new(
                    "step_id",
                    "str",
                    Presence::Optional,
                    Place::Query("stepId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{scenario_id}/{run_id}/log",
                    &[],
                    "ScenarioRunGetLog",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssScenario::run_and_wait`.
        pub static SCENARIO_RUN_AND_WAIT: Endpoint = Endpoint::new(
            "DssScenario",
            "run_and_wait",
            crate::rt::Server::DSS,
            "Runs the scenario and waits for its own run (followed from the trigger fire) to end.",
            &[],
            None,
            ResultKind::HandWritten("ScenarioRunAndWait < '_ , 'static >"),
            [true, true, false],
        );
        ///`DssScenario::get_settings`.
        pub static SCENARIO_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssScenario",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the scenario's settings, and the script of a script scenario, to change and `save`.",
            &[],
            None,
            ResultKind::HandWritten("ScenarioGetSettings < '_ >"),
            [true, true, false],
        );
        ///`DssScenario::get_runs_by_date`.
        pub static SCENARIO_GET_RUNS_BY_DATE: Endpoint = Endpoint::new(
            "DssScenario",
            "get_runs_by_date",
            crate::rt::Server::DSS,
            "The runs between two dates (the end date is today unless set).",
            &[
                Arg::new(
                    "from_date",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ScenarioGetRunsByDate < '_ >"),
            [true, true, false],
        );
        ///`DssScenario::get_current_run`.
        pub static SCENARIO_GET_CURRENT_RUN: Endpoint = Endpoint::new(
            "DssScenario",
            "get_current_run",
            crate::rt::Server::DSS,
            "The run going on now, if any.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssScenarioRun > >"),
            [true, true, false],
        );
        ///`DssScenario::get_last_finished_run`.
        pub static SCENARIO_GET_LAST_FINISHED_RUN: Endpoint = Endpoint::new(
            "DssScenario",
            "get_last_finished_run",
            crate::rt::Server::DSS,
            "The last run that ended, if any.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssScenarioRun > >"),
            [true, true, false],
        );
        ///`DssScenario::get_last_successful_run`.
        pub static SCENARIO_GET_LAST_SUCCESSFUL_RUN: Endpoint = Endpoint::new(
            "DssScenario",
            "get_last_successful_run",
            crate::rt::Server::DSS,
            "The last run that ended with success, if any.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssScenarioRun > >"),
            [true, true, false],
        );
        ///`DssTriggerFire::is_cancelled`.
        pub static TRIGGER_FIRE_IS_CANCELLED: Endpoint = Endpoint::new(
            "DssTriggerFire",
            "is_cancelled",
            crate::rt::Server::DSS,
            "Whether the trigger fire was cancelled, as last read (no request).",
            &[],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssTriggerFire::refresh`.
        pub static TRIGGER_FIRE_REFRESH: Endpoint = Endpoint::new(
            "DssTriggerFire",
            "refresh",
            crate::rt::Server::DSS,
            "Reads the trigger fire again and keeps it; answers whether it was cancelled.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , bool >"),
            [true, true, false],
        );
        ///`DssTriggerFire::get_scenario_run`.
        pub static TRIGGER_FIRE_GET_SCENARIO_RUN: Endpoint = Endpoint::new(
            "DssTriggerFire",
            "get_scenario_run",
            crate::rt::Server::DSS,
            "The run this trigger fire started, if it has started.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssScenarioRun > >"),
            [true, true, false],
        );
        ///`DssTriggerFire::wait_for_scenario_run`.
        pub static TRIGGER_FIRE_WAIT_FOR_SCENARIO_RUN: Endpoint = Endpoint::new(
            "DssTriggerFire",
            "wait_for_scenario_run",
            crate::rt::Server::DSS,
            "Waits until the run this trigger fire started exists, and returns it.",
            &[],
            None,
            ResultKind::HandWritten(
                "Waiting < '_ , 'static , Option < DssScenarioRun > >",
            ),
            [true, true, false],
        );
        ///`DssScenarioRun::refresh`.
        pub static SCENARIO_RUN_REFRESH: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "refresh",
            crate::rt::Server::DSS,
            "Reads the run again and keeps what the server says.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , & ScenarioRunInfo >"),
            [true, true, false],
        );
        ///`DssScenarioRun::wait_for_completion`.
        pub static SCENARIO_RUN_WAIT_FOR_COMPLETION: Endpoint = Endpoint::new(
            "DssScenarioRun",
            "wait_for_completion",
            crate::rt::Server::DSS,
            "Waits for the run to end; a failed outcome is an error unless `no_fail`.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , & ScenarioRunInfo >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::save_raw_settings`.
        pub static SCENARIO_SETTINGS_SAVE_RAW_SETTINGS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "save_raw_settings",
            crate::rt::Server::DSS,
            "Saves the settings without the script: the whole object, sent back as it was read except where it was changed; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/scenarios/{id}",
                    &[],
                    "ScenarioSettingsSaveRawSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssScenarioSettings::active`.
        pub static SCENARIO_SETTINGS_ACTIVE: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "active",
            crate::rt::Server::DSS,
            "Whether the scenario's automatic triggers are active.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssScenarioSettings::set_active`.
        pub static SCENARIO_SETTINGS_SET_ACTIVE: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "set_active",
            crate::rt::Server::DSS,
            "Turns the scenario's automatic triggers on or off.",
            &[
                Arg::new(
                    "active",
                    "bool",
                    Presence::Required,
                    Place::Document("active"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssScenarioSettings::run_as`.
        pub static SCENARIO_SETTINGS_RUN_AS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "run_as",
            crate::rt::Server::DSS,
            "The login the scenario runs as; none: as the last user who changed it.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssScenarioSettings::set_run_as`.
        pub static SCENARIO_SETTINGS_SET_RUN_AS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "set_run_as",
            crate::rt::Server::DSS,
            "The login the scenario runs as (only administrators may set one), or `None`: as the last user who changed it (sent as `null`, as dataikuapi does).",
            &[
                Arg::new(
                    "run_as",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssScenarioSettings"),
            [true, true, false],
        );
        ///`DssScenarioSettings::effective_run_as`.
        pub static SCENARIO_SETTINGS_EFFECTIVE_RUN_AS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "effective_run_as",
            crate::rt::Server::DSS,
            "The login the scenario runs as in fact: `run_as` when set, else the last user who changed it (or who created it); none when DSS says neither.",
            &[],
            None,
            ResultKind::HandWritten("Option < & str >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::raw_triggers`.
        pub static SCENARIO_SETTINGS_RAW_TRIGGERS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "raw_triggers",
            crate::rt::Server::DSS,
            "The scenario's automatic triggers, each with `active` (change them in place, through `raw_mut`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssScenarioSettings::raw_reporters`.
        pub static SCENARIO_SETTINGS_RAW_REPORTERS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "raw_reporters",
            crate::rt::Server::DSS,
            "The scenario's reporters.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssScenarioSettings::raw_steps`.
        pub static SCENARIO_SETTINGS_RAW_STEPS: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "raw_steps",
            crate::rt::Server::DSS,
            "The steps of a step-based scenario (`id`, `name`, `type`, `params`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssScenarioSettings::add_periodic_trigger`.
        pub static SCENARIO_SETTINGS_ADD_PERIODIC_TRIGGER: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "add_periodic_trigger",
            crate::rt::Server::DSS,
            "Adds an active trigger that runs the scenario every so many minutes (dataikuapi's default: 5).",
            &[
                Arg::new(
                    "every_minutes",
                    "i64",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssScenarioSettings"),
            [true, true, false],
        );
        ///`DssScenarioSettings::add_hourly_trigger`.
        pub static SCENARIO_SETTINGS_ADD_HOURLY_TRIGGER: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "add_hourly_trigger",
            crate::rt::Server::DSS,
            "Adds an active trigger that runs the scenario every hour, with dataikuapi's defaults (minute 0, every hour, from today, in the server's time zone) unless set on the returned value.",
            &[],
            None,
            ResultKind::HandWritten("HourlyTrigger < '_ >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::add_daily_trigger`.
        pub static SCENARIO_SETTINGS_ADD_DAILY_TRIGGER: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "add_daily_trigger",
            crate::rt::Server::DSS,
            "Adds an active trigger that runs the scenario every day, with dataikuapi's defaults (at 2:00, every day, from today, in the server's time zone) unless set on the returned value.",
            &[],
            None,
            ResultKind::HandWritten("DailyTrigger < '_ >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::add_monthly_trigger`.
        pub static SCENARIO_SETTINGS_ADD_MONTHLY_TRIGGER: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "add_monthly_trigger",
            crate::rt::Server::DSS,
            "Adds an active trigger that runs the scenario every month, with dataikuapi's defaults (on day 1 at 2:00, every month, in the server's time zone) unless set on the returned value.",
            &[],
            None,
            ResultKind::HandWritten("MonthlyTrigger < '_ >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::is_step_based`.
        pub static SCENARIO_SETTINGS_IS_STEP_BASED: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "is_step_based",
            crate::rt::Server::DSS,
            "Whether the scenario is made of steps (else it runs a script).",
            &[],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssScenarioSettings::code`.
        pub static SCENARIO_SETTINGS_CODE: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "code",
            crate::rt::Server::DSS,
            "The script of a script scenario (dataikuapi's `code`); none for a step-based one.",
            &[],
            None,
            ResultKind::HandWritten("Option < & str >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::set_code`.
        pub static SCENARIO_SETTINGS_SET_CODE: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "set_code",
            crate::rt::Server::DSS,
            "Replaces the script of a script scenario (dataikuapi's `code` setter); a step-based scenario has none to replace ([`Error::InvalidArgument`](crate::Error::InvalidArgument)).",
            &[Arg::new("code", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Result < & mut DssScenarioSettings >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::save`.
        pub static SCENARIO_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssScenarioSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (`PUT /projects/{project_key}/scenarios/{id}`, the whole object), then the script of a script scenario (`PUT .../payload`), as dataikuapi does.",
            &[],
            None,
            ResultKind::HandWritten("ScenarioSettingsSave < '_ >"),
            [true, true, false],
        );
        ///`DssScenarioSettings::get_raw`.
        pub static SCENARIO_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssScenarioSettings",
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
        &endpoints::PROJECT_LIST_SCENARIOS,
        &endpoints::PROJECT_GET_SCENARIO,
        &endpoints::PROJECT_CREATE_SCENARIO,
        &endpoints::SCENARIO_RUN,
        &endpoints::SCENARIO_GET_TRIGGER_FIRE,
        &endpoints::SCENARIO_GET_RUN_FOR_TRIGGER,
        &endpoints::SCENARIO_ABORT,
        &endpoints::SCENARIO_GET_STATUS,
        &endpoints::SCENARIO_GET_RAW_SETTINGS,
        &endpoints::SCENARIO_GET_SCRIPT_PAYLOAD,
        &endpoints::SCENARIO_SAVE_SCRIPT_PAYLOAD,
        &endpoints::SCENARIO_GET_LAST_RUNS,
        &endpoints::SCENARIO_GET_RUNS_BY_DATE_RANGE,
        &endpoints::SCENARIO_GET_RUN,
        &endpoints::SCENARIO_DELETE,
        &endpoints::SCENARIO_RUN_GET_DETAILS,
        &endpoints::SCENARIO_RUN_GET_LOG,
        &endpoints::SCENARIO_RUN_AND_WAIT,
        &endpoints::SCENARIO_GET_SETTINGS,
        &endpoints::SCENARIO_GET_RUNS_BY_DATE,
        &endpoints::SCENARIO_GET_CURRENT_RUN,
        &endpoints::SCENARIO_GET_LAST_FINISHED_RUN,
        &endpoints::SCENARIO_GET_LAST_SUCCESSFUL_RUN,
        &endpoints::TRIGGER_FIRE_IS_CANCELLED,
        &endpoints::TRIGGER_FIRE_REFRESH,
        &endpoints::TRIGGER_FIRE_GET_SCENARIO_RUN,
        &endpoints::TRIGGER_FIRE_WAIT_FOR_SCENARIO_RUN,
        &endpoints::SCENARIO_RUN_REFRESH,
        &endpoints::SCENARIO_RUN_WAIT_FOR_COMPLETION,
        &endpoints::SCENARIO_SETTINGS_SAVE_RAW_SETTINGS,
        &endpoints::SCENARIO_SETTINGS_ACTIVE,
        &endpoints::SCENARIO_SETTINGS_SET_ACTIVE,
        &endpoints::SCENARIO_SETTINGS_RUN_AS,
        &endpoints::SCENARIO_SETTINGS_SET_RUN_AS,
        &endpoints::SCENARIO_SETTINGS_EFFECTIVE_RUN_AS,
        &endpoints::SCENARIO_SETTINGS_RAW_TRIGGERS,
        &endpoints::SCENARIO_SETTINGS_RAW_REPORTERS,
        &endpoints::SCENARIO_SETTINGS_RAW_STEPS,
        &endpoints::SCENARIO_SETTINGS_ADD_PERIODIC_TRIGGER,
        &endpoints::SCENARIO_SETTINGS_ADD_HOURLY_TRIGGER,
        &endpoints::SCENARIO_SETTINGS_ADD_DAILY_TRIGGER,
        &endpoints::SCENARIO_SETTINGS_ADD_MONTHLY_TRIGGER,
        &endpoints::SCENARIO_SETTINGS_IS_STEP_BASED,
        &endpoints::SCENARIO_SETTINGS_CODE,
        &endpoints::SCENARIO_SETTINGS_SET_CODE,
        &endpoints::SCENARIO_SETTINGS_SAVE,
        &endpoints::SCENARIO_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssScenario",
                doc: "A scenario of a project, named by its project and its id.",
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
            Handle {
                name: "DssScenarioSettings",
                doc: "The settings of a scenario, as `get_settings` reads them (dataikuapi's `DSSScenarioSettings`, with the methods of its `StepBasedScenarioSettings` and `PythonScriptBasedScenarioSettings` forms): `type`, `active`, `params` with the steps of a step-based scenario, `triggers`, `reporters`, ...; and for a script scenario its script (`script`), which DSS keeps apart.",
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
                        name: "script",
                        ty: Some("Option < String >"),
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssTriggerFire",
                doc: "A request to run a scenario (`DssScenario::run`): a fire of one of its triggers, named by the trigger's id and the id of this fire (`run_id`, which is not the id of a scenario run).",
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
                        name: "run_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "fire",
                        ty: Some("TriggerFire"),
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssScenarioRun",
                doc: "One run of a scenario, named by its project, scenario and run id.",
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
                        name: "run_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "run",
                        ty: Some("ScenarioRunInfo"),
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
                name: "ScenarioSummary",
                doc: "A scenario as listed by `list_scenarios`.",
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
                        name: "active",
                        wire: "active",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "running",
                        wire: "running",
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
                ],
                handle: Some("DssScenario"),
            },
            Model {
                name: "ScenarioStatus",
                doc: "The light status of a scenario (`DssScenario::get_status`).",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "running",
                        wire: "running",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "active",
                        wire: "active",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "next_run",
                        wire: "nextRun",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "TriggerRef",
                doc: "The trigger of a trigger fire.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
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
                        name: "name",
                        wire: "name",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "TriggerFire",
                doc: "A trigger fire as DSS answers it (`DssScenario::run`, `DssScenario::get_trigger_fire`).",
                members: &[
                    ModelMember {
                        name: "run_id",
                        wire: "runId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "trigger",
                        wire: "trigger",
                        ty: "TriggerRef",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "scenario_id",
                        wire: "scenarioId",
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
                        name: "cancelled",
                        wire: "cancelled",
                        ty: "bool",
                        optional: false,
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
                        name: "timestamp",
                        wire: "timestamp",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ScenarioRef",
                doc: "The scenario a run belongs to.",
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
                ],
                handle: None,
            },
            Model {
                name: "ScenarioRunTrigger",
                doc: "The trigger fire that started a run.",
                members: &[
                    ModelMember {
                        name: "run_id",
                        wire: "runId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "trigger",
                        wire: "trigger",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "cancelled",
                        wire: "cancelled",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ScenarioRunResult",
                doc: "How a finished run ended.",
                members: &[
                    ModelMember {
                        name: "outcome",
                        wire: "outcome",
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
                ],
                handle: None,
            },
            Model {
                name: "ScenarioRunInfo",
                doc: "A run of a scenario, as DSS describes it (`get_last_runs`, `get_run`, the runs of trigger fires).",
                members: &[
                    ModelMember {
                        name: "run_id",
                        wire: "runId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "scenario",
                        wire: "scenario",
                        ty: "Option < ScenarioRef >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "trigger",
                        wire: "trigger",
                        ty: "Option < ScenarioRunTrigger >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "start",
                        wire: "start",
                        ty: "i64",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "end",
                        wire: "end",
                        ty: "i64",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "result",
                        wire: "result",
                        ty: "Option < ScenarioRunResult >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ScenarioRunDetails",
                doc: "A run with the runs of its steps (`DssScenarioRun::get_details`, `DssScenario::get_run_for_trigger`); both are absent from the answer about a trigger fire whose run has not started.",
                members: &[
                    ModelMember {
                        name: "scenario_run",
                        wire: "scenarioRun",
                        ty: "Option < ScenarioRunInfo >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "step_runs",
                        wire: "stepRuns",
                        ty: "Vec < Value >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the project's scenarios.

`GET /projects/{project_key}/scenarios/`

Returns a [`ProjectListScenarios`](requests::ProjectListScenarios) request; nothing is sent until `.send()`.*/
        pub fn list_scenarios(&self) -> requests::ProjectListScenarios<'_> {
            requests::ProjectListScenarios {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one scenario of the project, by id.

Builds a handle; sends no request.*/
        pub fn get_scenario(
            &self,
            id: impl Into<String>,
        ) -> super::handles::DssScenario {
            let id = id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_id = id;
                super::handles::DssScenario {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    id: __f_id,
                }
            }
        }
        /**Creates a scenario and returns a handle on it (with the id DSS gave
it).

`POST /projects/{project_key}/scenarios/`

Never retried: sending it twice could do the work twice.

Arguments:
- `scenario_name`: Display name of the new scenario. Sent as JSON member `name`.
- `scenario_type`: `step_based`, or `custom_python` for a script scenario. Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `definition`: Default: `{}`. Sent as the members of the JSON body.

Returns a [`ProjectCreateScenario`](requests::ProjectCreateScenario) request; nothing is sent until `.send()`.*/
        pub fn create_scenario(
            &self,
            scenario_name: impl Into<String>,
            scenario_type: impl Into<String>,
        ) -> requests::ProjectCreateScenario<'_> {
            requests::ProjectCreateScenario {
                __owner: self,
                scenario_name: scenario_name.into(),
                scenario_type: scenario_type.into(),
                definition: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssScenario {
        /**Asks DSS to run the scenario. DSS answers with a trigger fire, not a
run: the run starts a few seconds later, unless the fire is cancelled
(see [`DssTriggerFire`]); `run_and_wait` does it all.

`POST /projects/{project_key}/scenarios/{id}/run`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as the JSON body.

Returns a [`ScenarioRun`](requests::ScenarioRun) request; nothing is sent until `.send()`.*/
        pub fn run(&self) -> requests::ScenarioRun<'_> {
            requests::ScenarioRun {
                __owner: self,
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a trigger fire of the scenario again, by the trigger's id and
the fire's id.

`GET /projects/{project_key}/scenarios/trigger/{id}/{trigger_id}`

Arguments:
- `trigger_id`: The trigger's id (`manual` for runs asked through the API). Sent as a path segment.
- `trigger_run_id`: The id of the fire (a trigger fire's `run_id`). Sent as query parameter `triggerRunId`.

Returns a [`ScenarioGetTriggerFire`](requests::ScenarioGetTriggerFire) request; nothing is sent until `.send()`.*/
        pub fn get_trigger_fire(
            &self,
            trigger_id: impl Into<String>,
            trigger_run_id: impl Into<String>,
        ) -> requests::ScenarioGetTriggerFire<'_> {
            requests::ScenarioGetTriggerFire {
                __owner: self,
                trigger_id: trigger_id.into(),
                trigger_run_id: trigger_run_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the run a trigger fire started: its `scenarioRun` is absent
until the run exists. [`DssTriggerFire::get_scenario_run`] is the
same request from the fire.

`GET /projects/{project_key}/scenarios/{id}/get-run-for-trigger`

Arguments:
- `trigger_id`: The trigger's id. Sent as query parameter `triggerId`.
- `trigger_run_id`: The id of the fire. Sent as query parameter `triggerRunId`.

Returns a [`ScenarioGetRunForTrigger`](requests::ScenarioGetRunForTrigger) request; nothing is sent until `.send()`.*/
        pub fn get_run_for_trigger(
            &self,
            trigger_id: impl Into<String>,
            trigger_run_id: impl Into<String>,
        ) -> requests::ScenarioGetRunForTrigger<'_> {
            requests::ScenarioGetRunForTrigger {
                __owner: self,
                trigger_id: trigger_id.into(),
                trigger_run_id: trigger_run_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks DSS to abort the scenario's current run; returns DSS's answer.

`POST /projects/{project_key}/scenarios/{id}/abort`

Never retried: sending it twice could do the work twice.

Returns a [`ScenarioAbort`](requests::ScenarioAbort) request; nothing is sent until `.send()`.*/
        pub fn abort(&self) -> requests::ScenarioAbort<'_> {
            requests::ScenarioAbort {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the scenario's light status: whether it is running, when it
runs next.

`GET /projects/{project_key}/scenarios/{id}/light`

Returns a [`ScenarioGetStatus`](requests::ScenarioGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ScenarioGetStatus<'_> {
            requests::ScenarioGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the scenario's settings as they are (`type`, `active`,
`params` with the steps of a step-based scenario, `triggers`,
`reporters`, ...), without the script of a script scenario:
the first request of [`get_settings`](crate::DssScenario::get_settings),
which reads both.

`GET /projects/{project_key}/scenarios/{id}`

Returns a [`ScenarioGetRawSettings`](requests::ScenarioGetRawSettings) request; nothing is sent until `.send()`.*/
        pub fn get_raw_settings(&self) -> requests::ScenarioGetRawSettings<'_> {
            requests::ScenarioGetRawSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the script of a script scenario (`{"script", "extension"}`).

`GET /projects/{project_key}/scenarios/{id}/payload`

Returns a [`ScenarioGetScriptPayload`](requests::ScenarioGetScriptPayload) request; nothing is sent until `.send()`.*/
        pub fn get_script_payload(&self) -> requests::ScenarioGetScriptPayload<'_> {
            requests::ScenarioGetScriptPayload {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the script of a script scenario; returns DSS's answer.

`PUT /projects/{project_key}/scenarios/{id}/payload`

Arguments:
- `script`: The new script. Sent as JSON member `script`.

Returns a [`ScenarioSaveScriptPayload`](requests::ScenarioSaveScriptPayload) request; nothing is sent until `.send()`.*/
        pub fn save_script_payload(
            &self,
            script: impl Into<String>,
        ) -> requests::ScenarioSaveScriptPayload<'_> {
            requests::ScenarioSaveScriptPayload {
                __owner: self,
                script: script.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the scenario's last runs, newest first.

`GET /projects/{project_key}/scenarios/{id}/get-last-runs`

Optional arguments, set by name on the returned request:
- `limit`: Default: `10`. Sent as query parameter `limit`.
- `only_finished_runs`: Default: `false`. Sent as query parameter `onlyFinishedRuns`.

Returns a [`ScenarioGetLastRuns`](requests::ScenarioGetLastRuns) request; nothing is sent until `.send()`.*/
        pub fn get_last_runs(&self) -> requests::ScenarioGetLastRuns<'_> {
            requests::ScenarioGetLastRuns {
                __owner: self,
                limit: 10i64,
                only_finished_runs: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the scenario's runs between two dates, both given (`get_runs_by_date`
defaults the end to today).

`GET /projects/{project_key}/scenarios/{id}/get-runs-by-date`

Arguments:
- `from_date`: First day (`YYYY-MM-DD`), included. Sent as query parameter `fromDate`.
- `to_date`: Last day (`YYYY-MM-DD`), excluded. Sent as query parameter `toDate`.

Returns a [`ScenarioGetRunsByDateRange`](requests::ScenarioGetRunsByDateRange) request; nothing is sent until `.send()`.*/
        pub fn get_runs_by_date_range(
            &self,
            from_date: impl Into<String>,
            to_date: impl Into<String>,
        ) -> requests::ScenarioGetRunsByDateRange<'_> {
            requests::ScenarioGetRunsByDateRange {
                __owner: self,
                from_date: from_date.into(),
                to_date: to_date.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one run of the scenario and returns a handle on it, holding
the run as read.

`GET /projects/{project_key}/scenarios/{id}/{run_id}/`

Arguments:
- `run_id`: The run's id. Sent as a path segment.

Returns a [`ScenarioGetRun`](requests::ScenarioGetRun) request; nothing is sent until `.send()`.*/
        pub fn get_run(
            &self,
            run_id: impl Into<String>,
        ) -> requests::ScenarioGetRun<'_> {
            requests::ScenarioGetRun {
                __owner: self,
                run_id: run_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the scenario; returns DSS's answer.

`DELETE /projects/{project_key}/scenarios/{id}`

Returns a [`ScenarioDelete`](requests::ScenarioDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ScenarioDelete<'_> {
            requests::ScenarioDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssScenarioRun {
        /**Reads the run again, with the runs of its steps (`refresh` keeps the
run it reads).

`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/`

Returns a [`ScenarioRunGetDetails`](requests::ScenarioRunGetDetails) request; nothing is sent until `.send()`.*/
        pub fn get_details(&self) -> requests::ScenarioRunGetDetails<'_> {
            requests::ScenarioRunGetDetails {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The run's log, or the log of one of its steps, read as it arrives.

`GET /projects/{project_key}/scenarios/{scenario_id}/{run_id}/log`

Optional arguments, set by name on the returned request:
- `step_id`: Unset by default (then left out). Sent as query parameter `stepId`.

Returns a [`ScenarioRunGetLog`](requests::ScenarioRunGetLog) request; nothing is sent until `.send()`.*/
        pub fn get_log(&self) -> requests::ScenarioRunGetLog<'_> {
            requests::ScenarioRunGetLog {
                __owner: self,
                step_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssTriggerFire {}
    impl super::handles::DssScenarioSettings {
        /**Saves the settings without the script: the whole object, sent back
as it was read except where it was changed; returns DSS's answer.
The first request of [`save`](crate::DssScenarioSettings::save),
the whole of it for a step-based scenario.

`PUT /projects/{project_key}/scenarios/{id}`

Returns a [`ScenarioSettingsSaveRawSettings`](requests::ScenarioSettingsSaveRawSettings) request; nothing is sent until `.send()`.*/
        pub fn save_raw_settings(
            &self,
        ) -> requests::ScenarioSettingsSaveRawSettings<'_> {
            requests::ScenarioSettingsSaveRawSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Whether the scenario's automatic triggers are active.

Reads the document this value holds; sends no request.*/
        pub fn active(&self) -> ::core::option::Option<bool> {
            self.document.get("active").and_then(::serde_json::Value::as_bool)
        }
        /**Turns the scenario's automatic triggers on or off.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_active(&mut self, active: bool) -> &mut Self {
            self.document.set("active", ::serde_json::Value::Bool(active));
            self
        }
        /**The login the scenario runs as; none: as the last user who changed
it.

Reads the document this value holds; sends no request.*/
        pub fn run_as(&self) -> ::core::option::Option<&str> {
            self.document.get("runAsUser").and_then(::serde_json::Value::as_str)
        }
        /**The scenario's automatic triggers, each with `active` (change them
in place, through `raw_mut`).

Reads the document this value holds; sends no request.*/
        pub fn raw_triggers(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("triggers")
        }
        /**The scenario's reporters.

Reads the document this value holds; sends no request.*/
        pub fn raw_reporters(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("reporters")
        }
        /**The steps of a step-based scenario (`id`, `name`, `type`, `params`).

Reads the document this value holds; sends no request.*/
        pub fn raw_steps(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("params.steps")
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
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_run_and_wait(
                    &self,
                ) -> ScenarioRunAndWait<'_, 'static> {
                    self.run_and_wait()
                }
            }
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_settings(&self) -> ScenarioGetSettings<'_> {
                    self.get_settings()
                }
            }
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_runs_by_date(
                    &self,
                    from_date: &str,
                ) -> ScenarioGetRunsByDate<'_> {
                    self.get_runs_by_date(from_date)
                }
            }
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_current_run(
                    &self,
                ) -> Pending<'_, Option<DssScenarioRun>> {
                    self.get_current_run()
                }
            }
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_last_finished_run(
                    &self,
                ) -> Pending<'_, Option<DssScenarioRun>> {
                    self.get_last_finished_run()
                }
            }
            impl super::handles::DssScenario {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_last_successful_run(
                    &self,
                ) -> Pending<'_, Option<DssScenarioRun>> {
                    self.get_last_successful_run()
                }
            }
            impl super::handles::DssTriggerFire {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_is_cancelled(&self) -> bool {
                    self.is_cancelled()
                }
            }
            impl super::handles::DssTriggerFire {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_refresh(&mut self) -> Pending<'_, bool> {
                    self.refresh()
                }
            }
            impl super::handles::DssTriggerFire {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_scenario_run(
                    &self,
                ) -> Pending<'_, Option<DssScenarioRun>> {
                    self.get_scenario_run()
                }
            }
            impl super::handles::DssTriggerFire {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait_for_scenario_run(
                    &mut self,
                ) -> Waiting<'_, 'static, Option<DssScenarioRun>> {
                    self.wait_for_scenario_run()
                }
            }
            impl super::handles::DssScenarioRun {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_refresh(&mut self) -> Pending<'_, &ScenarioRunInfo> {
                    self.refresh()
                }
            }
            impl super::handles::DssScenarioRun {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait_for_completion(
                    &mut self,
                ) -> Waiting<'_, 'static, &ScenarioRunInfo> {
                    self.wait_for_completion()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_run_as(
                    &mut self,
                    run_as: Option<&str>,
                ) -> &mut DssScenarioSettings {
                    self.set_run_as(run_as)
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_effective_run_as(&self) -> Option<&str> {
                    self.effective_run_as()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_periodic_trigger(
                    &mut self,
                    every_minutes: i64,
                ) -> &mut DssScenarioSettings {
                    self.add_periodic_trigger(every_minutes)
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_hourly_trigger(&mut self) -> HourlyTrigger<'_> {
                    self.add_hourly_trigger()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_daily_trigger(&mut self) -> DailyTrigger<'_> {
                    self.add_daily_trigger()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_monthly_trigger(&mut self) -> MonthlyTrigger<'_> {
                    self.add_monthly_trigger()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_is_step_based(&self) -> bool {
                    self.is_step_based()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_code(&self) -> Option<&str> {
                    self.code()
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_code(
                    &mut self,
                    code: &str,
                ) -> Result<&mut DssScenarioSettings> {
                    self.set_code(code)
                }
            }
            impl super::handles::DssScenarioSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_save(&self) -> ScenarioSettingsSave<'_> {
                    self.save()
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
                ("DssProject", "list_scenarios") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_scenarios();
                        let __endpoint = requests::ProjectListScenarios::ENDPOINT;
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
                ("DssProject", "create_scenario") => {
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
                            .create_scenario(
                                args.str("scenario_name")?,
                                args.str("scenario_type")?,
                            );
                        let __endpoint = requests::ProjectCreateScenario::ENDPOINT;
                        if let Some(__v) = args.opt_json("definition")? {
                            __r = __r.definition(__v);
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
                ("DssScenario", "run") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run();
                        let __endpoint = requests::ScenarioRun::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
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
                ("DssScenario", "get_trigger_fire") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_trigger_fire(
                                args.str("trigger_id")?,
                                args.str("trigger_run_id")?,
                            );
                        let __endpoint = requests::ScenarioGetTriggerFire::ENDPOINT;
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
                ("DssScenario", "get_run_for_trigger") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_run_for_trigger(
                                args.str("trigger_id")?,
                                args.str("trigger_run_id")?,
                            );
                        let __endpoint = requests::ScenarioGetRunForTrigger::ENDPOINT;
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
                ("DssScenario", "abort") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.abort();
                        let __endpoint = requests::ScenarioAbort::ENDPOINT;
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
                ("DssScenario", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ScenarioGetStatus::ENDPOINT;
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
                ("DssScenario", "get_raw_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_raw_settings();
                        let __endpoint = requests::ScenarioGetRawSettings::ENDPOINT;
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
                ("DssScenario", "get_script_payload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_script_payload();
                        let __endpoint = requests::ScenarioGetScriptPayload::ENDPOINT;
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
                ("DssScenario", "save_script_payload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save_script_payload(args.str("script")?);
                        let __endpoint = requests::ScenarioSaveScriptPayload::ENDPOINT;
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
                ("DssScenario", "get_last_runs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_runs();
                        let __endpoint = requests::ScenarioGetLastRuns::ENDPOINT;
                        if let Some(__v) = args.opt_int("limit")? {
                            __r = __r.limit(__v);
                        }
                        if let Some(__v) = args.opt_bool("only_finished_runs")? {
                            __r = __r.only_finished_runs(__v);
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
                ("DssScenario", "get_runs_by_date_range") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_runs_by_date_range(
                                args.str("from_date")?,
                                args.str("to_date")?,
                            );
                        let __endpoint = requests::ScenarioGetRunsByDateRange::ENDPOINT;
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
                ("DssScenario", "get_run") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_run(args.str("run_id")?);
                        let __endpoint = requests::ScenarioGetRun::ENDPOINT;
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
                ("DssScenario", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ScenarioDelete::ENDPOINT;
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
                ("DssScenarioSettings", "save_raw_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenarioSettings", ids)?;
                        let __owner = super::handles::DssScenarioSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            script: ::core::default::Default::default(),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save_raw_settings();
                        let __endpoint = requests::ScenarioSettingsSaveRawSettings::ENDPOINT;
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
                "DssScenarioSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        let mut __doc = __owner.get_raw_settings().send()?;
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
            let model: super::models::ScenarioSummary = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"active\":true,\"running\":true,\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioSummary"
            );
            checked += 1;
            let model: super::models::ScenarioStatus = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"running\":true,\"active\":true,\"nextRun\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioStatus"
            );
            checked += 1;
            let model: super::models::TriggerRef = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"type\":\"plain\",\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "TriggerRef")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "TriggerRef"
            );
            checked += 1;
            let model: super::models::TriggerFire = ::serde_json::from_str(
                    "{\"runId\":\"plain\",\"trigger\":{\"id\":\"plain\",\"type\":\"plain\",\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"scenarioId\":\"plain\",\"projectKey\":\"plain\",\"cancelled\":true,\"params\":{\"k\":\"plain\"},\"timestamp\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "TriggerFire")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "TriggerFire"
            );
            checked += 1;
            let model: super::models::ScenarioRef = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioRef")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioRef"
            );
            checked += 1;
            let model: super::models::ScenarioRunTrigger = ::serde_json::from_str(
                    "{\"runId\":\"plain\",\"trigger\":{\"k\":\"plain\"},\"cancelled\":true,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioRunTrigger")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioRunTrigger"
            );
            checked += 1;
            let model: super::models::ScenarioRunResult = ::serde_json::from_str(
                    "{\"outcome\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioRunResult")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioRunResult"
            );
            checked += 1;
            let model: super::models::ScenarioRunInfo = ::serde_json::from_str(
                    "{\"runId\":\"plain\",\"scenario\":{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"trigger\":{\"runId\":\"plain\",\"trigger\":{\"k\":\"plain\"},\"cancelled\":true,\"unknownMember\":\"SECRET-0b7c2f\"},\"start\":1,\"end\":1,\"result\":{\"outcome\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioRunInfo")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioRunInfo"
            );
            checked += 1;
            let model: super::models::ScenarioRunDetails = ::serde_json::from_str(
                    "{\"scenarioRun\":{\"runId\":\"plain\",\"scenario\":{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"trigger\":{\"runId\":\"plain\",\"trigger\":{\"k\":\"plain\"},\"cancelled\":true,\"unknownMember\":\"SECRET-0b7c2f\"},\"start\":1,\"end\":1,\"result\":{\"outcome\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"},\"stepRuns\":[{\"k\":\"plain\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ScenarioRunDetails")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScenarioRunDetails"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssScenario {
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
                "DssScenario"
            );
            checked += 1;
            let handle = super::handles::DssScenarioSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                id: ::std::string::String::from("plain"),
                script: ::serde_json::from_str("\"plain\"")
                    .unwrap_or_else(|e| {
                        panic!(
                            "cannot build `{}`'s `{}`: {e}", "DssScenarioSettings",
                            "script"
                        )
                    }),
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
                "DssScenarioSettings"
            );
            checked += 1;
            let handle = super::handles::DssTriggerFire {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                scenario_id: ::std::string::String::from("plain"),
                trigger_id: ::std::string::String::from("plain"),
                run_id: ::std::string::String::from("plain"),
                fire: ::serde_json::from_str(
                        "{\"runId\":\"plain\",\"trigger\":{\"id\":\"plain\",\"type\":\"plain\",\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"scenarioId\":\"plain\",\"projectKey\":\"plain\",\"cancelled\":true,\"params\":{\"k\":\"plain\"},\"timestamp\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssTriggerFire", "fire")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssTriggerFire"
            );
            checked += 1;
            let handle = super::handles::DssScenarioRun {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                scenario_id: ::std::string::String::from("plain"),
                run_id: ::std::string::String::from("plain"),
                run: ::serde_json::from_str(
                        "{\"runId\":\"plain\",\"scenario\":{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"trigger\":{\"runId\":\"plain\",\"trigger\":{\"k\":\"plain\"},\"cancelled\":true,\"unknownMember\":\"SECRET-0b7c2f\"},\"start\":1,\"end\":1,\"result\":{\"outcome\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssScenarioRun", "run")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssScenarioRun"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
