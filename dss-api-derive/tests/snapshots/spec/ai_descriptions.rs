// The expansion of `ai_descriptions.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/ai_descriptions.dss`.
pub mod spec_ai_descriptions {
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
        ///Request value of [`DssProject::generate_ai_description`](super::super::handles::DssProject::generate_ai_description): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGenerateAiDescription<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) language: String,
            pub(crate) purpose: String,
            pub(crate) length: String,
            pub(crate) save_description: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGenerateAiDescription<'a> {
            /**The description's language, in lower case (`english`,
`french`, `chinese_traditional`, ...).

Default: `english`. Sent as query parameter `language`.*/
            pub fn language(mut self, language: impl Into<String>) -> Self {
                self.language = language.into();
                self
            }
            /**Who it is for: `generic`, `technical`, `business_oriented` or
`executive`.

Default: `generic`. Sent as query parameter `purpose`.*/
            pub fn purpose(mut self, purpose: impl Into<String>) -> Self {
                self.purpose = purpose.into();
                self
            }
            /**How long: `low`, `medium` or `high`.

Default: `medium`. Sent as query parameter `length`.*/
            pub fn length(mut self, length: impl Into<String>) -> Self {
                self.length = length.into();
                self
            }
            /**Save it as the project's description too.

Default: `false`. Sent as query parameter `saveDescription`.*/
            pub fn save_description(mut self, save_description: bool) -> Self {
                self.save_description = save_description;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    language,
                    purpose,
                    length,
                    save_description,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/generate-ai-description");
                __call.query("language", &language);
                __call.query("purpose", &purpose);
                __call.query("length", &length);
                __call.query("saveDescription", &save_description);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGenerateAiDescription,
            super::endpoints::PROJECT_GENERATE_AI_DESCRIPTION, json(Value,
            "Sends the request (`POST /projects/{project_key}/generate-ai-description`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGenerateAiDescription<'_> {}
        ///Request value of [`DssDataset::generate_ai_description`](super::super::handles::DssDataset::generate_ai_description): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGenerateAiDescription<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) language: String,
            pub(crate) save_description: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGenerateAiDescription<'a> {
            /**The description's language, in lower case (`english`,
`french`, ...).

Default: `english`. Sent as query parameter `language`.*/
            pub fn language(mut self, language: impl Into<String>) -> Self {
                self.language = language.into();
                self
            }
            /**Save it as the dataset's description too.

Default: `false`. Sent as query parameter `saveDescription`.*/
            pub fn save_description(mut self, save_description: bool) -> Self {
                self.save_description = save_description;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, language, save_description, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/generate-ai-description");
                __call.query("language", &language);
                __call.query("saveDescription", &save_description);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGenerateAiDescription,
            super::endpoints::DATASET_GENERATE_AI_DESCRIPTION, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/generate-ai-description`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGenerateAiDescription<'_> {}
        ///Request value of [`DssFlowZone::generate_ai_description`](super::super::handles::DssFlowZone::generate_ai_description): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneGenerateAiDescription<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) language: String,
            pub(crate) purpose: String,
            pub(crate) length: String,
            pub(crate) save_description: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneGenerateAiDescription<'a> {
            /**The description's language, in lower case (`english`,
`french`, ...).

Default: `english`. Sent as query parameter `language`.*/
            pub fn language(mut self, language: impl Into<String>) -> Self {
                self.language = language.into();
                self
            }
            /**Who it is for: `generic`, `technical`, `business_oriented` or
`executive`.

Default: `generic`. Sent as query parameter `purpose`.*/
            pub fn purpose(mut self, purpose: impl Into<String>) -> Self {
                self.purpose = purpose.into();
                self
            }
            /**How long: `low`, `medium` or `high`.

Default: `medium`. Sent as query parameter `length`.*/
            pub fn length(mut self, length: impl Into<String>) -> Self {
                self.length = length.into();
                self
            }
            /**Save it as the zone's description too.

Default: `false`. Sent as query parameter `saveDescription`.*/
            pub fn save_description(mut self, save_description: bool) -> Self {
                self.save_description = save_description;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    language,
                    purpose,
                    length,
                    save_description,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/generate-ai-description");
                __call.query("language", &language);
                __call.query("purpose", &purpose);
                __call.query("length", &length);
                __call.query("saveDescription", &save_description);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FlowZoneGenerateAiDescription,
            super::endpoints::FLOW_ZONE_GENERATE_AI_DESCRIPTION, json(Value,
            "Sends the request (`POST /projects/{project_key}/flow/zones/{id}/generate-ai-description`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneGenerateAiDescription<'_> {}
        crate::rt::request_list!(
            ProjectGenerateAiDescription, DatasetGenerateAiDescription,
            FlowZoneGenerateAiDescription
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::generate_ai_description`.
        pub static PROJECT_GENERATE_AI_DESCRIPTION: Endpoint = Endpoint::new(
            "DssProject",
            "generate_ai_description",
            crate::rt::Server::DSS,
            "Asks DSS to write a description of the project; answers it (and saves it as the project's description with `save_description`).",
            &[
                Arg::new(
                    "language",
                    "str",
                    Presence::Default("english"),
                    Place::Query("language"),
                    false,
                ),
                Arg::new(
                    "purpose",
                    "str",
                    Presence::Default("generic"),
                    Place::Query("purpose"),
                    false,
                ),
                Arg::new(
                    "length",
                    "str",
                    Presence::Default("medium"),
                    Place::Query("length"),
                    false,
                ),
                Arg::new(
                    "save_description",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("saveDescription"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/generate-ai-description",
                    &[],
                    "ProjectGenerateAiDescription",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::generate_ai_description`.
        pub static DATASET_GENERATE_AI_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDataset",
            "generate_ai_description",
            crate::rt::Server::DSS,
            "Asks DSS to write a description of the dataset; answers it (and saves it as the dataset's description with `save_description`).",
            &[
                Arg::new(
                    "language",
                    "str",
                    Presence::Default("english"),
                    Place::Query("language"),
                    false,
                ),
                Arg::new(
                    "save_description",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("saveDescription"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/generate-ai-description",
                    &[],
                    "DatasetGenerateAiDescription",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssFlowZone::generate_ai_description`.
        pub static FLOW_ZONE_GENERATE_AI_DESCRIPTION: Endpoint = Endpoint::new(
            "DssFlowZone",
            "generate_ai_description",
            crate::rt::Server::DSS,
            "Asks DSS to write a description of the zone; answers it (and saves it as the zone's description with `save_description`).",
            &[
                Arg::new(
                    "language",
                    "str",
                    Presence::Default("english"),
                    Place::Query("language"),
                    false,
                ),
                Arg::new(
                    "purpose",
                    "str",
                    Presence::Default("generic"),
                    Place::Query("purpose"),
                    false,
                ),
                Arg::new(
                    "length",
                    "str",
                    Presence::Default("medium"),
                    Place::Query("length"),
                    false,
                ),
                Arg::new(
                    "save_description",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("saveDescription"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{id}/generate-ai-description",
                    &[],
                    "FlowZoneGenerateAiDescription",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_GENERATE_AI_DESCRIPTION,
        &endpoints::DATASET_GENERATE_AI_DESCRIPTION,
        &endpoints::FLOW_ZONE_GENERATE_AI_DESCRIPTION,
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
        /**Asks DSS to write a description of the project; answers it (and
saves it as the project's description with `save_description`).

`POST /projects/{project_key}/generate-ai-description`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `language`: Default: `english`. Sent as query parameter `language`.
- `purpose`: Default: `generic`. Sent as query parameter `purpose`.
- `length`: Default: `medium`. Sent as query parameter `length`.
- `save_description`: Default: `false`. Sent as query parameter `saveDescription`.

Returns a [`ProjectGenerateAiDescription`](requests::ProjectGenerateAiDescription) request; nothing is sent until `.send()`.*/
        pub fn generate_ai_description(
            &self,
        ) -> requests::ProjectGenerateAiDescription<'_> {
            requests::ProjectGenerateAiDescription {
                __owner: self,
                language: String::from("english"),
                purpose: String::from("generic"),
                length: String::from("medium"),
                save_description: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataset {
        /**Asks DSS to write a description of the dataset; answers it (and
saves it as the dataset's description with `save_description`).

`POST /projects/{project_key}/datasets/{dataset_name}/generate-ai-description`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `language`: Default: `english`. Sent as query parameter `language`.
- `save_description`: Default: `false`. Sent as query parameter `saveDescription`.

Returns a [`DatasetGenerateAiDescription`](requests::DatasetGenerateAiDescription) request; nothing is sent until `.send()`.*/
        pub fn generate_ai_description(
            &self,
        ) -> requests::DatasetGenerateAiDescription<'_> {
            requests::DatasetGenerateAiDescription {
                __owner: self,
                language: String::from("english"),
                save_description: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssFlowZone {
        /**Asks DSS to write a description of the zone; answers it (and saves
it as the zone's description with `save_description`).

`POST /projects/{project_key}/flow/zones/{id}/generate-ai-description`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `language`: Default: `english`. Sent as query parameter `language`.
- `purpose`: Default: `generic`. Sent as query parameter `purpose`.
- `length`: Default: `medium`. Sent as query parameter `length`.
- `save_description`: Default: `false`. Sent as query parameter `saveDescription`.

Returns a [`FlowZoneGenerateAiDescription`](requests::FlowZoneGenerateAiDescription) request; nothing is sent until `.send()`.*/
        pub fn generate_ai_description(
            &self,
        ) -> requests::FlowZoneGenerateAiDescription<'_> {
            requests::FlowZoneGenerateAiDescription {
                __owner: self,
                language: String::from("english"),
                purpose: String::from("generic"),
                length: String::from("medium"),
                save_description: false,
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
                ("DssProject", "generate_ai_description") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.generate_ai_description();
                        let __endpoint = requests::ProjectGenerateAiDescription::ENDPOINT;
                        if let Some(__v) = args.opt_str("language")? {
                            __r = __r.language(__v);
                        }
                        if let Some(__v) = args.opt_str("purpose")? {
                            __r = __r.purpose(__v);
                        }
                        if let Some(__v) = args.opt_str("length")? {
                            __r = __r.length(__v);
                        }
                        if let Some(__v) = args.opt_bool("save_description")? {
                            __r = __r.save_description(__v);
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
                ("DssDataset", "generate_ai_description") => {
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
                        let mut __r = __owner.generate_ai_description();
                        let __endpoint = requests::DatasetGenerateAiDescription::ENDPOINT;
                        if let Some(__v) = args.opt_str("language")? {
                            __r = __r.language(__v);
                        }
                        if let Some(__v) = args.opt_bool("save_description")? {
                            __r = __r.save_description(__v);
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
                ("DssFlowZone", "generate_ai_description") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.generate_ai_description();
                        let __endpoint = requests::FlowZoneGenerateAiDescription::ENDPOINT;
                        if let Some(__v) = args.opt_str("language")? {
                            __r = __r.language(__v);
                        }
                        if let Some(__v) = args.opt_str("purpose")? {
                            __r = __r.purpose(__v);
                        }
                        if let Some(__v) = args.opt_str("length")? {
                            __r = __r.length(__v);
                        }
                        if let Some(__v) = args.opt_bool("save_description")? {
                            __r = __r.save_description(__v);
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
}
