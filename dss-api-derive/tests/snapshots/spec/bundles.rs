// The expansion of `bundles.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/bundles.dss`.
pub mod spec_bundles {
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
        ///A bundle made on this design node, as listed by `list_exported_bundles`.
        #[derive(Clone, PartialEq)]
        pub struct ExportedBundle {
            ///The bundle's id (its version tag).
            pub bundle_id: String,
            /**How and by whom it was made (`exportUserInfo`, `exportOptions`, ...),
as DSS writes it.*/
            pub export_manifest: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ExportedBundle {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ExportedBundle;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ExportedBundle` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ExportedBundle, __A::Error> {
                        let mut __m_bundle_id: Option<String> = None;
                        let mut __m_export_manifest: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "bundleId" => {
                                    __m_bundle_id = Some(
                                        crate::rt::model::next_member(&mut __map, "bundleId")?,
                                    );
                                }
                                "exportManifest" => {
                                    __m_export_manifest = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "exportManifest",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ExportedBundle {
                            bundle_id: match __m_bundle_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "bundleId",
                                        ),
                                    );
                                }
                            },
                            export_manifest: __m_export_manifest,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ExportedBundle {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "bundleId",
                    &self.bundle_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "exportManifest",
                    &self.export_manifest,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ExportedBundle {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ExportedBundle")
                    .field("bundle_id", &self.bundle_id)
                    .field("export_manifest", &self.export_manifest)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ExportedBundle {}
        /**A bundle imported on this automation node, as listed by
`list_imported_bundles`.*/
        #[derive(Clone, PartialEq)]
        pub struct ImportedBundle {
            ///The bundle's id (its version tag).
            pub bundle_id: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ImportedBundle {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ImportedBundle;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ImportedBundle` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ImportedBundle, __A::Error> {
                        let mut __m_bundle_id: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "bundleId" => {
                                    __m_bundle_id = Some(
                                        crate::rt::model::next_member(&mut __map, "bundleId")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ImportedBundle {
                            bundle_id: match __m_bundle_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "bundleId",
                                        ),
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
        impl ::serde::Serialize for ImportedBundle {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "bundleId",
                    &self.bundle_id,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ImportedBundle {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ImportedBundle")
                    .field("bundle_id", &self.bundle_id)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ImportedBundle {}
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
        ///Request value of [`DssProject::list_exported_bundles`](super::super::handles::DssProject::list_exported_bundles): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListExportedBundles<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListExportedBundles<'a> {
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
                __call.lit("/bundles/exported");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/bundles/exported`) and returns the answer.
            pub fn send(self) -> Result<Vec<ExportedBundle>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<ExportedBundle>,
                        >(__answer, "bundles", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectListExportedBundles, super::endpoints::PROJECT_LIST_EXPORTED_BUNDLES,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListExportedBundles<'_> {}
        ///Request value of [`DssProject::export_bundle`](super::super::handles::DssProject::export_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectExportBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) release_notes: Option<String>,
            pub(crate) evaluate_project_standards_checks: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectExportBundle<'a> {
            /**What changed in this bundle.

Unset by default (then left out). Sent as query parameter `releaseNotes`.*/
            pub fn release_notes(mut self, release_notes: impl Into<String>) -> Self {
                self.release_notes = Some(release_notes.into());
                self
            }
            /**Run the project standards checks that apply to the project.

Default: `true`. Sent as query parameter `evaluateProjectStandardsChecks`.*/
            pub fn evaluate_project_standards_checks(
                mut self,
                evaluate_project_standards_checks: bool,
            ) -> Self {
                self.evaluate_project_standards_checks = evaluate_project_standards_checks;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    bundle_id,
                    release_notes,
                    evaluate_project_standards_checks,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/exported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.query("releaseNotes", &release_notes);
                __call
                    .query(
                        "evaluateProjectStandardsChecks",
                        &evaluate_project_standards_checks,
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectExportBundle, super::endpoints::PROJECT_EXPORT_BUNDLE, json(Value,
            "Sends the request (`PUT /projects/{project_key}/bundles/exported/{bundle_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectExportBundle<'_> {}
        ///Request value of [`DssProject::get_exported_bundle_archive_stream`](super::super::handles::DssProject::get_exported_bundle_archive_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetExportedBundleArchiveStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetExportedBundleArchiveStream<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/exported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.lit("/archive");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetExportedBundleArchiveStream,
            super::endpoints::PROJECT_GET_EXPORTED_BUNDLE_ARCHIVE_STREAM,
            stream("Sends the request (`GET /projects/{project_key}/bundles/exported/{bundle_id}/archive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetExportedBundleArchiveStream<'_> {}
        ///Request value of [`DssProject::download_exported_bundle_archive_to_file`](super::super::handles::DssProject::download_exported_bundle_archive_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDownloadExportedBundleArchiveToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDownloadExportedBundleArchiveToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, bundle_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/exported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.lit("/archive");
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /projects/{project_key}/bundles/exported/{bundle_id}/archive`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDownloadExportedBundleArchiveToFile,
            super::endpoints::PROJECT_DOWNLOAD_EXPORTED_BUNDLE_ARCHIVE_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDownloadExportedBundleArchiveToFile<'_> {}
        ///Request value of [`DssProject::delete_exported_bundle`](super::super::handles::DssProject::delete_exported_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeleteExportedBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeleteExportedBundle<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/exported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeleteExportedBundle,
            super::endpoints::PROJECT_DELETE_EXPORTED_BUNDLE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/bundles/exported/{bundle_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeleteExportedBundle<'_> {}
        ///Request value of [`DssProject::publish_bundle`](super::super::handles::DssProject::publish_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectPublishBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) published_project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectPublishBundle<'a> {
            /**Published project to publish into (created if missing); unset:
the one with this project's key.

Unset by default (then left out). Sent as query parameter `publishedProjectKey`.*/
            pub fn published_project_key(
                mut self,
                published_project_key: impl Into<String>,
            ) -> Self {
                self.published_project_key = Some(published_project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, published_project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.lit("/publish");
                __call.query("publishedProjectKey", &published_project_key);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectPublishBundle, super::endpoints::PROJECT_PUBLISH_BUNDLE, json(Value,
            "Sends the request (`POST /projects/{project_key}/bundles/{bundle_id}/publish`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectPublishBundle<'_> {}
        ///Request value of [`DssProject::list_imported_bundles`](super::super::handles::DssProject::list_imported_bundles): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListImportedBundles<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListImportedBundles<'a> {
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
                __call.lit("/bundles/imported");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/bundles/imported`) and returns the answer.
            pub fn send(self) -> Result<Vec<ImportedBundle>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<ImportedBundle>,
                        >(__answer, "bundles", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectListImportedBundles, super::endpoints::PROJECT_LIST_IMPORTED_BUNDLES,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListImportedBundles<'_> {}
        ///Request value of [`DssProject::import_bundle_from_archive`](super::super::handles::DssProject::import_bundle_from_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectImportBundleFromArchive<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) archive_path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectImportBundleFromArchive<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, archive_path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/imported/actions/importFromArchive");
                __call.query("archivePath", &archive_path);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectImportBundleFromArchive,
            super::endpoints::PROJECT_IMPORT_BUNDLE_FROM_ARCHIVE, json(Value,
            "Sends the request (`POST /projects/{project_key}/bundles/imported/actions/importFromArchive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectImportBundleFromArchive<'_> {}
        ///Request value of [`DssProject::import_bundle_from_stream`](super::super::handles::DssProject::import_bundle_from_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectImportBundleFromStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectImportBundleFromStream<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/imported/actions/importFromStream");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectImportBundleFromStream,
            super::endpoints::PROJECT_IMPORT_BUNDLE_FROM_STREAM,
            unit("Sends the request (`POST /projects/{project_key}/bundles/imported/actions/importFromStream`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectImportBundleFromStream<'_> {}
        ///Request value of [`DssProject::activate_bundle`](super::super::handles::DssProject::activate_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectActivateBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) scenarios_to_enable: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectActivateBundle<'a> {
            /**Which scenarios to enable on activation (dataikuapi documents an
object of scenario id to boolean; a list of ids is also read).
Unset or empty: left out of the body, as dataikuapi does.

Unset by default (then left out). Sent as JSON member `scenariosActiveOnActivation`, converted by `nonempty`.*/
            pub fn scenarios_to_enable(
                mut self,
                scenarios_to_enable: impl Into<::serde_json::Value>,
            ) -> Self {
                self.scenarios_to_enable = Some(scenarios_to_enable.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, scenarios_to_enable, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/imported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.lit("/actions/activate");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            let __v = crate::rt::convert::nonempty(
                                ::serde_json::Value::from(scenarios_to_enable),
                                "scenarios_to_enable",
                            )?;
                            if !__v.is_null() {
                                __map
                                    .insert(String::from("scenariosActiveOnActivation"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectActivateBundle, super::endpoints::PROJECT_ACTIVATE_BUNDLE, json(Value,
            "Sends the request (`POST /projects/{project_key}/bundles/imported/{bundle_id}/actions/activate`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectActivateBundle<'_> {}
        ///Request value of [`DssProject::preload_bundle`](super::super::handles::DssProject::preload_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectPreloadBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectPreloadBundle<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/imported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.lit("/actions/preload");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectPreloadBundle, super::endpoints::PROJECT_PRELOAD_BUNDLE, json(Value,
            "Sends the request (`POST /projects/{project_key}/bundles/imported/{bundle_id}/actions/preload`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectPreloadBundle<'_> {}
        ///Request value of [`DssProject::delete_imported_bundle`](super::super::handles::DssProject::delete_imported_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeleteImportedBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeleteImportedBundle<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/imported/");
                __call.segment("bundle_id", &bundle_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeleteImportedBundle,
            super::endpoints::PROJECT_DELETE_IMPORTED_BUNDLE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/bundles/imported/{bundle_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeleteImportedBundle<'_> {}
        crate::rt::request_list!(
            ProjectListExportedBundles, ProjectExportBundle,
            ProjectGetExportedBundleArchiveStream,
            ProjectDownloadExportedBundleArchiveToFile, ProjectDeleteExportedBundle,
            ProjectPublishBundle, ProjectListImportedBundles,
            ProjectImportBundleFromArchive, ProjectImportBundleFromStream,
            ProjectActivateBundle, ProjectPreloadBundle, ProjectDeleteImportedBundle
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_exported_bundles`.
        pub static PROJECT_LIST_EXPORTED_BUNDLES: Endpoint = Endpoint::new(
            "DssProject",
            "list_exported_bundles",
            crate::rt::Server::DSS,
            "Lists the bundles made from this project on this design node (the `bundles` member of DSS's answer).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/bundles/exported",
                    &[],
                    "ProjectListExportedBundles",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < ExportedBundle >",
                member: "bundles",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssProject::export_bundle`.
        pub static PROJECT_EXPORT_BUNDLE: Endpoint = Endpoint::new(
            "DssProject",
            "export_bundle",
            crate::rt::Server::DSS,
            "Makes a new bundle of the project on this design node; returns DSS's answer.",
            &[
                Arg::new("bundle_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "release_notes",
                    "str",
                    Presence::Optional,
                    Place::Query("releaseNotes"),
                    false,
                ),
                Arg::new(
                    "evaluate_project_standards_checks",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("evaluateProjectStandardsChecks"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/bundles/exported/{bundle_id}",
                    &[],
                    "ProjectExportBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_exported_bundle_archive_stream`.
        pub static PROJECT_GET_EXPORTED_BUNDLE_ARCHIVE_STREAM: Endpoint = Endpoint::new(
            "DssProject",
            "get_exported_bundle_archive_stream",
            crate::rt::Server::DSS,
            "Downloads the archive of a bundle made on this design node, as a byte stream (read it as it arrives; nothing is buffered whole).",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/bundles/exported/{bundle_id}/archive",
                    &[],
                    "ProjectGetExportedBundleArchiveStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssProject::download_exported_bundle_archive_to_file`.
        pub static PROJECT_DOWNLOAD_EXPORTED_BUNDLE_ARCHIVE_TO_FILE: Endpoint = Endpoint::new(
            "DssProject",
            "download_exported_bundle_archive_to_file",
            crate::rt::Server::DSS,
            "Downloads the archive of a bundle made on this design node into a local file (created or truncated only once the server has answered), streamed in constant memory.",
            &[
                Arg::new("bundle_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/bundles/exported/{bundle_id}/archive",
                    &[],
                    "ProjectDownloadExportedBundleArchiveToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssProject::delete_exported_bundle`.
        pub static PROJECT_DELETE_EXPORTED_BUNDLE: Endpoint = Endpoint::new(
            "DssProject",
            "delete_exported_bundle",
            crate::rt::Server::DSS,
            "Deletes a bundle made on this design node; returns DSS's answer.",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/bundles/exported/{bundle_id}",
                    &[],
                    "ProjectDeleteExportedBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::publish_bundle`.
        pub static PROJECT_PUBLISH_BUNDLE: Endpoint = Endpoint::new(
            "DssProject",
            "publish_bundle",
            crate::rt::Server::DSS,
            "Publishes a bundle made on this design node to the Project Deployer; returns DSS's answer (`publishedOn`, `publishedBy`, `publishedProjectKey`).",
            &[
                Arg::new("bundle_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "published_project_key",
                    "str",
                    Presence::Optional,
                    Place::Query("publishedProjectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/bundles/{bundle_id}/publish",
                    &[],
                    "ProjectPublishBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::list_imported_bundles`.
        pub static PROJECT_LIST_IMPORTED_BUNDLES: Endpoint = Endpoint::new(
            "DssProject",
            "list_imported_bundles",
            crate::rt::Server::DSS,
            "Lists the bundles imported into this project on this automation node (the `bundles` member of DSS's answer).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/bundles/imported",
                    &[],
                    "ProjectListImportedBundles",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < ImportedBundle >",
                member: "bundles",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssProject::import_bundle_from_archive`.
        pub static PROJECT_IMPORT_BUNDLE_FROM_ARCHIVE: Endpoint = Endpoint::new(
            "DssProject",
            "import_bundle_from_archive",
            crate::rt::Server::DSS,
            "Imports a bundle from an archive on the automation node's own disk; returns DSS's answer.",
            &[
                Arg::new(
                    "archive_path",
                    "str",
                    Presence::Required,
                    Place::Query("archivePath"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/bundles/imported/actions/importFromArchive",
                    &[],
                    "ProjectImportBundleFromArchive",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::import_bundle_from_stream`.
        pub static PROJECT_IMPORT_BUNDLE_FROM_STREAM: Endpoint = Endpoint::new(
            "DssProject",
            "import_bundle_from_stream",
            crate::rt::Server::DSS,
            "Imports a bundle from an archive streamed from here (never read whole into memory).",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/bundles/imported/actions/importFromStream",
                    &[],
                    "ProjectImportBundleFromStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProject::activate_bundle`.
        pub static PROJECT_ACTIVATE_BUNDLE: Endpoint = Endpoint::new(
            "DssProject",
            "activate_bundle",
            crate::rt::Server::DSS,
            "Activates an imported bundle: the project takes the bundle's content; returns DSS's report.",
            &[
                Arg::new("bundle_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "scenarios_to_enable",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scenariosActiveOnActivation",
                        via: Some("nonempty"),
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/bundles/imported/{bundle_id}/actions/activate",
                    &[],
                    "ProjectActivateBundle",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::preload_bundle`.
        pub static PROJECT_PRELOAD_BUNDLE: Endpoint = Endpoint::new(
            "DssProject",
            "preload_bundle",
            crate::rt::Server::DSS,
            "Preloads an imported bundle (prepares what its activation needs, code environments included); returns DSS's report.",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/bundles/imported/{bundle_id}/actions/preload",
                    &[],
                    "ProjectPreloadBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::delete_imported_bundle`.
        pub static PROJECT_DELETE_IMPORTED_BUNDLE: Endpoint = Endpoint::new(
            "DssProject",
            "delete_imported_bundle",
            crate::rt::Server::DSS,
            "Deletes a bundle imported on this automation node; returns DSS's answer.",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/bundles/imported/{bundle_id}",
                    &[],
                    "ProjectDeleteImportedBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_LIST_EXPORTED_BUNDLES,
        &endpoints::PROJECT_EXPORT_BUNDLE,
        &endpoints::PROJECT_GET_EXPORTED_BUNDLE_ARCHIVE_STREAM,
        &endpoints::PROJECT_DOWNLOAD_EXPORTED_BUNDLE_ARCHIVE_TO_FILE,
        &endpoints::PROJECT_DELETE_EXPORTED_BUNDLE,
        &endpoints::PROJECT_PUBLISH_BUNDLE,
        &endpoints::PROJECT_LIST_IMPORTED_BUNDLES,
        &endpoints::PROJECT_IMPORT_BUNDLE_FROM_ARCHIVE,
        &endpoints::PROJECT_IMPORT_BUNDLE_FROM_STREAM,
        &endpoints::PROJECT_ACTIVATE_BUNDLE,
        &endpoints::PROJECT_PRELOAD_BUNDLE,
        &endpoints::PROJECT_DELETE_IMPORTED_BUNDLE,
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
        &[
            Model {
                name: "ExportedBundle",
                doc: "A bundle made on this design node, as listed by `list_exported_bundles`.",
                members: &[
                    ModelMember {
                        name: "bundle_id",
                        wire: "bundleId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "export_manifest",
                        wire: "exportManifest",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ImportedBundle",
                doc: "A bundle imported on this automation node, as listed by `list_imported_bundles`.",
                members: &[
                    ModelMember {
                        name: "bundle_id",
                        wire: "bundleId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the bundles made from this project on this design node (the
`bundles` member of DSS's answer).

`GET /projects/{project_key}/bundles/exported`

Returns a [`ProjectListExportedBundles`](requests::ProjectListExportedBundles) request; nothing is sent until `.send()`.*/
        pub fn list_exported_bundles(&self) -> requests::ProjectListExportedBundles<'_> {
            requests::ProjectListExportedBundles {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Makes a new bundle of the project on this design node; returns DSS's
answer.

`PUT /projects/{project_key}/bundles/exported/{bundle_id}`

Arguments:
- `bundle_id`: Id of the new bundle (its version tag). Sent as a path segment.

Optional arguments, set by name on the returned request:
- `release_notes`: Unset by default (then left out). Sent as query parameter `releaseNotes`.
- `evaluate_project_standards_checks`: Default: `true`. Sent as query parameter `evaluateProjectStandardsChecks`.

Returns a [`ProjectExportBundle`](requests::ProjectExportBundle) request; nothing is sent until `.send()`.*/
        pub fn export_bundle(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectExportBundle<'_> {
            requests::ProjectExportBundle {
                __owner: self,
                bundle_id: bundle_id.into(),
                release_notes: None,
                evaluate_project_standards_checks: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads the archive of a bundle made on this design node, as a
byte stream (read it as it arrives; nothing is buffered whole).

`GET /projects/{project_key}/bundles/exported/{bundle_id}/archive`

Arguments:
- `bundle_id`: Sent as a path segment.

Returns a [`ProjectGetExportedBundleArchiveStream`](requests::ProjectGetExportedBundleArchiveStream) request; nothing is sent until `.send()`.*/
        pub fn get_exported_bundle_archive_stream(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectGetExportedBundleArchiveStream<'_> {
            requests::ProjectGetExportedBundleArchiveStream {
                __owner: self,
                bundle_id: bundle_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads the archive of a bundle made on this design node into a
local file (created or truncated only once the server has answered),
streamed in constant memory. Returns the number of bytes written.
Unlike dataikuapi, `-` is a file name like any other, not standard
output: read `get_exported_bundle_archive_stream` for that.

`GET /projects/{project_key}/bundles/exported/{bundle_id}/archive`

Arguments:
- `bundle_id`: The bundle's id. Sent as a path segment.
- `path`: The local file to write. Sent as the local file the answer is written to.

Returns a [`ProjectDownloadExportedBundleArchiveToFile`](requests::ProjectDownloadExportedBundleArchiveToFile) request; nothing is sent until `.send()`.*/
        pub fn download_exported_bundle_archive_to_file(
            &self,
            bundle_id: impl Into<String>,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ProjectDownloadExportedBundleArchiveToFile<'_> {
            requests::ProjectDownloadExportedBundleArchiveToFile {
                __owner: self,
                bundle_id: bundle_id.into(),
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes a bundle made on this design node; returns DSS's answer.

`DELETE /projects/{project_key}/bundles/exported/{bundle_id}`

Arguments:
- `bundle_id`: Sent as a path segment.

Returns a [`ProjectDeleteExportedBundle`](requests::ProjectDeleteExportedBundle) request; nothing is sent until `.send()`.*/
        pub fn delete_exported_bundle(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectDeleteExportedBundle<'_> {
            requests::ProjectDeleteExportedBundle {
                __owner: self,
                bundle_id: bundle_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Publishes a bundle made on this design node to the Project Deployer;
returns DSS's answer (`publishedOn`, `publishedBy`,
`publishedProjectKey`).

`POST /projects/{project_key}/bundles/{bundle_id}/publish`

Never retried: sending it twice could do the work twice.

Arguments:
- `bundle_id`: The bundle's id. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `published_project_key`: Unset by default (then left out). Sent as query parameter `publishedProjectKey`.

Returns a [`ProjectPublishBundle`](requests::ProjectPublishBundle) request; nothing is sent until `.send()`.*/
        pub fn publish_bundle(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectPublishBundle<'_> {
            requests::ProjectPublishBundle {
                __owner: self,
                bundle_id: bundle_id.into(),
                published_project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the bundles imported into this project on this automation node
(the `bundles` member of DSS's answer).

`GET /projects/{project_key}/bundles/imported`

Returns a [`ProjectListImportedBundles`](requests::ProjectListImportedBundles) request; nothing is sent until `.send()`.*/
        pub fn list_imported_bundles(&self) -> requests::ProjectListImportedBundles<'_> {
            requests::ProjectListImportedBundles {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Imports a bundle from an archive on the automation node's own disk;
returns DSS's answer. The path is sent as given: it names a file on
the server, so it is not made absolute against this process's working
directory (which dataikuapi does); give an absolute path.

`POST /projects/{project_key}/bundles/imported/actions/importFromArchive`

Never retried: sending it twice could do the work twice.

Arguments:
- `archive_path`: Path of the archive on the DSS server. Sent as query parameter `archivePath`.

Returns a [`ProjectImportBundleFromArchive`](requests::ProjectImportBundleFromArchive) request; nothing is sent until `.send()`.*/
        pub fn import_bundle_from_archive(
            &self,
            archive_path: impl Into<String>,
        ) -> requests::ProjectImportBundleFromArchive<'_> {
            requests::ProjectImportBundleFromArchive {
                __owner: self,
                archive_path: archive_path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Imports a bundle from an archive streamed from here (never read whole
into memory).

`POST /projects/{project_key}/bundles/imported/actions/importFromStream`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The bundle archive (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`ProjectImportBundleFromStream`](requests::ProjectImportBundleFromStream) request; nothing is sent until `.send()`.*/
        pub fn import_bundle_from_stream(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::ProjectImportBundleFromStream<'_> {
            requests::ProjectImportBundleFromStream {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Activates an imported bundle: the project takes the bundle's
content; returns DSS's report.

`POST /projects/{project_key}/bundles/imported/{bundle_id}/actions/activate`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `bundle_id`: The bundle's id. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `scenarios_to_enable`: Unset by default (then left out). Sent as JSON member `scenariosActiveOnActivation`, converted by `nonempty`.

Returns a [`ProjectActivateBundle`](requests::ProjectActivateBundle) request; nothing is sent until `.send()`.*/
        pub fn activate_bundle(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectActivateBundle<'_> {
            requests::ProjectActivateBundle {
                __owner: self,
                bundle_id: bundle_id.into(),
                scenarios_to_enable: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Preloads an imported bundle (prepares what its activation needs,
code environments included); returns DSS's report.

`POST /projects/{project_key}/bundles/imported/{bundle_id}/actions/preload`

Never retried: sending it twice could do the work twice.

Arguments:
- `bundle_id`: Sent as a path segment.

Returns a [`ProjectPreloadBundle`](requests::ProjectPreloadBundle) request; nothing is sent until `.send()`.*/
        pub fn preload_bundle(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectPreloadBundle<'_> {
            requests::ProjectPreloadBundle {
                __owner: self,
                bundle_id: bundle_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes a bundle imported on this automation node; returns DSS's
answer.

`DELETE /projects/{project_key}/bundles/imported/{bundle_id}`

Arguments:
- `bundle_id`: Sent as a path segment.

Returns a [`ProjectDeleteImportedBundle`](requests::ProjectDeleteImportedBundle) request; nothing is sent until `.send()`.*/
        pub fn delete_imported_bundle(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectDeleteImportedBundle<'_> {
            requests::ProjectDeleteImportedBundle {
                __owner: self,
                bundle_id: bundle_id.into(),
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
                ("DssProject", "list_exported_bundles") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_exported_bundles();
                        let __endpoint = requests::ProjectListExportedBundles::ENDPOINT;
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
                ("DssProject", "export_bundle") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.export_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectExportBundle::ENDPOINT;
                        if let Some(__v) = args.opt_str("release_notes")? {
                            __r = __r.release_notes(__v);
                        }
                        if let Some(__v) = args
                            .opt_bool("evaluate_project_standards_checks")?
                        {
                            __r = __r.evaluate_project_standards_checks(__v);
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
                ("DssProject", "get_exported_bundle_archive_stream") => {
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
                            .get_exported_bundle_archive_stream(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectGetExportedBundleArchiveStream::ENDPOINT;
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
                ("DssProject", "download_exported_bundle_archive_to_file") => {
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
                            .download_exported_bundle_archive_to_file(
                                args.str("bundle_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::ProjectDownloadExportedBundleArchiveToFile::ENDPOINT;
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
                ("DssProject", "delete_exported_bundle") => {
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
                            .delete_exported_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectDeleteExportedBundle::ENDPOINT;
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
                ("DssProject", "publish_bundle") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.publish_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectPublishBundle::ENDPOINT;
                        if let Some(__v) = args.opt_str("published_project_key")? {
                            __r = __r.published_project_key(__v);
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
                ("DssProject", "list_imported_bundles") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_imported_bundles();
                        let __endpoint = requests::ProjectListImportedBundles::ENDPOINT;
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
                ("DssProject", "import_bundle_from_archive") => {
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
                            .import_bundle_from_archive(args.str("archive_path")?);
                        let __endpoint = requests::ProjectImportBundleFromArchive::ENDPOINT;
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
                ("DssProject", "import_bundle_from_stream") => {
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
                            .import_bundle_from_stream(args.file("fp")?);
                        let __endpoint = requests::ProjectImportBundleFromStream::ENDPOINT;
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
                ("DssProject", "activate_bundle") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.activate_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectActivateBundle::ENDPOINT;
                        if let Some(__v) = args.opt_json("scenarios_to_enable")? {
                            __r = __r.scenarios_to_enable(__v);
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
                ("DssProject", "preload_bundle") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.preload_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectPreloadBundle::ENDPOINT;
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
                ("DssProject", "delete_imported_bundle") => {
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
                            .delete_imported_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectDeleteImportedBundle::ENDPOINT;
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
            let model: super::models::ExportedBundle = ::serde_json::from_str(
                    "{\"bundleId\":\"plain\",\"exportManifest\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ExportedBundle")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ExportedBundle"
            );
            checked += 1;
            let model: super::models::ImportedBundle = ::serde_json::from_str(
                    "{\"bundleId\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ImportedBundle")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ImportedBundle"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
