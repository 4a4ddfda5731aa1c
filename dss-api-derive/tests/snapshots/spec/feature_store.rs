// The expansion of `feature_store.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/feature_store.dss`.
pub mod spec_feature_store {
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
        ///The Feature Store.
        #[derive(Clone)]
        pub struct DssFeatureStore {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssFeatureStore {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssFeatureStore {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssFeatureStore").finish_non_exhaustive()
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
        ///Request value of [`DssFeatureStore::list_feature_groups`](super::super::handles::DssFeatureStore::list_feature_groups): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FeatureStoreListFeatureGroups<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFeatureStore,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FeatureStoreListFeatureGroups<'a> {
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
                __call.lit("/feature-store/feature-groups");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FeatureStoreListFeatureGroups,
            super::endpoints::FEATURE_STORE_LIST_FEATURE_GROUPS, json(Value,
            "Sends the request (`GET /feature-store/feature-groups`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FeatureStoreListFeatureGroups<'_> {}
        crate::rt::request_list!(FeatureStoreListFeatureGroups);
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::get_feature_store`.
        pub static GET_FEATURE_STORE: Endpoint = Endpoint::new(
            "DssClient",
            "get_feature_store",
            crate::rt::Server::DSS,
            "A handle on the Feature Store.",
            &[],
            None,
            ResultKind::Handle("DssFeatureStore"),
            [false, true, false],
        );
        ///`DssFeatureStore::list_feature_groups`.
        pub static FEATURE_STORE_LIST_FEATURE_GROUPS: Endpoint = Endpoint::new(
            "DssFeatureStore",
            "list_feature_groups",
            crate::rt::Server::DSS,
            "Lists the feature groups (each has `projectKey` and `name`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/feature-store/feature-groups",
                    &[],
                    "FeatureStoreListFeatureGroups",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::GET_FEATURE_STORE,
        &endpoints::FEATURE_STORE_LIST_FEATURE_GROUPS,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssFeatureStore",
                doc: "The Feature Store.",
                fields: &[],
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
    impl crate::rt::DssClient {
        /**A handle on the Feature Store.

Builds a handle; sends no request.*/
        pub fn get_feature_store(&self) -> super::handles::DssFeatureStore {
            {
                super::handles::DssFeatureStore {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
    }
    impl super::handles::DssFeatureStore {
        /**Lists the feature groups (each has `projectKey` and `name`).

`GET /feature-store/feature-groups`

Returns a [`FeatureStoreListFeatureGroups`](requests::FeatureStoreListFeatureGroups) request; nothing is sent until `.send()`.*/
        pub fn list_feature_groups(
            &self,
        ) -> requests::FeatureStoreListFeatureGroups<'_> {
            requests::FeatureStoreListFeatureGroups {
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
                ("DssFeatureStore", "list_feature_groups") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssFeatureStore", ids)?;
                        let __owner = super::handles::DssFeatureStore {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_feature_groups();
                        let __endpoint = requests::FeatureStoreListFeatureGroups::ENDPOINT;
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
            let handle = super::handles::DssFeatureStore {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssFeatureStore"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
