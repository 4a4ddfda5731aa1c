// The expansion of `recipe_creation.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/recipe_creation.dss`.
pub mod spec_recipe_creation {
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
        ///Request value of [`DssRecipe::rename`](super::super::handles::DssRecipe::rename): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeRename<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) new_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeRename<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssRecipe)),
                crate::rt::Error,
            > {
                let Self { __owner, new_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/actions/renameRecipe");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldName"),
                                    ::serde_json::Value::from(__owner.recipe_name.as_str()),
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
            ///Sends the request (`POST /projects/{project_key}/actions/renameRecipe`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssRecipe, crate::rt::Error> {
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
                            let __f_recipe_name = new_name;
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
        crate::rt::request_common!(RecipeRename, super::endpoints::RECIPE_RENAME, plain);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeRename<'_> {}
        ///Request value of [`DssRecipe::get_metadata`](super::super::handles::DssRecipe::get_metadata): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeGetMetadata<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeGetMetadata<'a> {
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
                __call.lit("/metadata");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeGetMetadata, super::endpoints::RECIPE_GET_METADATA, json(Value,
            "Sends the request (`GET /projects/{project_key}/recipes/{recipe_name}/metadata`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeGetMetadata<'_> {}
        ///Request value of [`DssRecipe::set_metadata`](super::super::handles::DssRecipe::set_metadata): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeSetMetadata<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) metadata: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeSetMetadata<'a> {
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                __call.lit("/metadata");
                __call.json(&::serde_json::Value::from(metadata))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeSetMetadata, super::endpoints::RECIPE_SET_METADATA, json(Value,
            "Sends the request (`PUT /projects/{project_key}/recipes/{recipe_name}/metadata`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeSetMetadata<'_> {}
        crate::rt::request_list!(RecipeRename, RecipeGetMetadata, RecipeSetMetadata);
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssRecipe::rename`.
        pub static RECIPE_RENAME: Endpoint = Endpoint::new(
            "DssRecipe",
            "rename",
            crate::rt::Server::DSS,
            "Renames the recipe; returns a handle under its new name.",
            &[
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
                    "/projects/{project_key}/actions/renameRecipe",
                    &[],
                    "RecipeRename",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssRecipe"),
            [false, true, false],
        );
        ///`DssRecipe::get_metadata`.
        pub static RECIPE_GET_METADATA: Endpoint = Endpoint::new(
            "DssRecipe",
            "get_metadata",
            crate::rt::Server::DSS,
            "Reads the recipe's metadata (label, description, tags, custom fields).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/recipes/{recipe_name}/metadata",
                    &[],
                    "RecipeGetMetadata",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRecipe::set_metadata`.
        pub static RECIPE_SET_METADATA: Endpoint = Endpoint::new(
            "DssRecipe",
            "set_metadata",
            crate::rt::Server::DSS,
            "Saves the recipe's metadata, as read by `get_metadata` and changed; returns DSS's answer.",
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
                    "/projects/{project_key}/recipes/{recipe_name}/metadata",
                    &[],
                    "RecipeSetMetadata",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::new_recipe`.
        pub static PROJECT_NEW_RECIPE: Endpoint = Endpoint::new(
            "DssProject",
            "new_recipe",
            crate::rt::Server::DSS,
            "A recipe of a type to set up (inputs, outputs, code, ...), then create; `name` unset lets DSS name it.",
            &[
                Arg::new(
                    "r#type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "name",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssRecipeCreator"),
            [true, true, false],
        );
        ///`DssDataset::new_recipe`.
        pub static DATASET_NEW_RECIPE: Endpoint = Endpoint::new(
            "DssDataset",
            "new_recipe",
            crate::rt::Server::DSS,
            "A recipe of a type reading this dataset, to set up then create.",
            &[
                Arg::new(
                    "r#type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "recipe_name",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssRecipeCreator"),
            [true, true, false],
        );
        ///`DssDataset::new_code_recipe`.
        pub static DATASET_NEW_CODE_RECIPE: Endpoint = Endpoint::new(
            "DssDataset",
            "new_code_recipe",
            crate::rt::Server::DSS,
            "A code recipe reading this dataset, with its code when given.",
            &[
                Arg::new(
                    "r#type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "code",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "recipe_name",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssRecipeCreator"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::RECIPE_RENAME,
        &endpoints::RECIPE_GET_METADATA,
        &endpoints::RECIPE_SET_METADATA,
        &endpoints::PROJECT_NEW_RECIPE,
        &endpoints::DATASET_NEW_RECIPE,
        &endpoints::DATASET_NEW_CODE_RECIPE,
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
    impl super::handles::DssRecipe {
        /**Renames the recipe; returns a handle under its new name.
dataikuapi refuses the current name before asking; DSS refuses it
too.

`POST /projects/{project_key}/actions/renameRecipe`

Never retried: sending it twice could do the work twice.

Arguments:
- `new_name`: The new name. Sent as JSON member `newName`.

Returns a [`RecipeRename`](requests::RecipeRename) request; nothing is sent until `.send()`.*/
        pub fn rename(&self, new_name: impl Into<String>) -> requests::RecipeRename<'_> {
            requests::RecipeRename {
                __owner: self,
                new_name: new_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the recipe's metadata (label, description, tags, custom
fields).

`GET /projects/{project_key}/recipes/{recipe_name}/metadata`

Returns a [`RecipeGetMetadata`](requests::RecipeGetMetadata) request; nothing is sent until `.send()`.*/
        pub fn get_metadata(&self) -> requests::RecipeGetMetadata<'_> {
            requests::RecipeGetMetadata {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the recipe's metadata, as read by `get_metadata` and changed;
returns DSS's answer.

`PUT /projects/{project_key}/recipes/{recipe_name}/metadata`

Arguments:
- `metadata`: Sent as the JSON body.

Returns a [`RecipeSetMetadata`](requests::RecipeSetMetadata) request; nothing is sent until `.send()`.*/
        pub fn set_metadata(
            &self,
            metadata: impl Into<::serde_json::Value>,
        ) -> requests::RecipeSetMetadata<'_> {
            requests::RecipeSetMetadata {
                __owner: self,
                metadata: metadata.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProject {}
    impl super::handles::DssDataset {}
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
                fn __signature_of_new_recipe(
                    &self,
                    r#type: &str,
                    name: Option<&str>,
                ) -> DssRecipeCreator {
                    self.new_recipe(r#type, name)
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_recipe(
                    &self,
                    r#type: &str,
                    recipe_name: Option<&str>,
                ) -> DssRecipeCreator {
                    self.new_recipe(r#type, recipe_name)
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_code_recipe(
                    &self,
                    r#type: &str,
                    code: Option<&str>,
                    recipe_name: Option<&str>,
                ) -> DssRecipeCreator {
                    self.new_code_recipe(r#type, code, recipe_name)
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
                ("DssRecipe", "rename") => {
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
                        let mut __r = __owner.rename(args.str("new_name")?);
                        let __endpoint = requests::RecipeRename::ENDPOINT;
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
                ("DssRecipe", "get_metadata") => {
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
                        let mut __r = __owner.get_metadata();
                        let __endpoint = requests::RecipeGetMetadata::ENDPOINT;
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
                ("DssRecipe", "set_metadata") => {
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
                        let mut __r = __owner.set_metadata(args.json("metadata")?);
                        let __endpoint = requests::RecipeSetMetadata::ENDPOINT;
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
