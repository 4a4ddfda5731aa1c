// The expansion of `libraries.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/libraries.dss`.
pub mod spec_libraries {
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
        /**The library of a project (dataikuapi's `DSSLibrary`): its folders and
files, found and made by the hand-written methods below. Each of them
reads the library's tree when it needs it, so it is never stale
(dataikuapi reads it once, when its object is made).*/
        #[derive(Clone)]
        pub struct DssLibrary {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssLibrary {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssLibrary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLibrary")
                    .field("project_key", &self.project_key)
                    .finish_non_exhaustive()
            }
        }
        /**A folder of a project's library, named by its path from the library's
root (`/`, `/python`, `/python/utils`), as dataikuapi's
`DSSLibraryFolder` writes it.*/
        #[derive(Clone)]
        pub struct DssLibraryFolder {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) path: String,
        }
        impl DssLibraryFolder {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `path` this handle points at.
            pub fn path(&self) -> &str {
                &self.path
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssLibraryFolder {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLibraryFolder")
                    .field("project_key", &self.project_key)
                    .field("path", &self.path)
                    .finish_non_exhaustive()
            }
        }
        /**A file of a project's library, named by its path from the library's
root (`/python/utils.py`), as dataikuapi's `DSSLibraryFile` writes it.*/
        #[derive(Clone)]
        pub struct DssLibraryFile {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) path: String,
        }
        impl DssLibraryFile {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `path` this handle points at.
            pub fn path(&self) -> &str {
                &self.path
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssLibraryFile {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLibraryFile")
                    .field("project_key", &self.project_key)
                    .field("path", &self.path)
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
        ///Request value of [`DssLibrary::get_contents`](super::super::handles::DssLibrary::get_contents): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryGetContents<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibrary,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryGetContents<'a> {
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
                __call.lit("/libraries/contents");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryGetContents, super::endpoints::LIBRARY_GET_CONTENTS, json(Value,
            "Sends the request (`GET /projects/{project_key}/libraries/contents`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryGetContents<'_> {}
        ///Request value of [`DssLibrary::read_file`](super::super::handles::DssLibrary::read_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryReadFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibrary,
            pub(crate) path: String,
            pub(crate) data_encoding: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryReadFile<'a> {
            /**`base64` for the file's bytes in base 64 (none: its text).

Unset by default (then left out). Sent as query parameter `dataEncoding`.*/
            pub fn data_encoding(mut self, data_encoding: impl Into<String>) -> Self {
                self.data_encoding = Some(data_encoding.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, data_encoding, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents/");
                __call.segments("path", &path, false)?;
                __call.query("dataEncoding", &data_encoding);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryReadFile, super::endpoints::LIBRARY_READ_FILE, json(Value,
            "Sends the request (`GET /projects/{project_key}/libraries/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryReadFile<'_> {}
        ///Request value of [`DssLibrary::create_file`](super::super::handles::DssLibrary::create_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryCreateFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibrary,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryCreateFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents/");
                __call.segments("path", &path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryCreateFile, super::endpoints::LIBRARY_CREATE_FILE,
            unit("Sends the request (`POST /projects/{project_key}/libraries/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryCreateFile<'_> {}
        ///Request value of [`DssLibrary::create_folder`](super::super::handles::DssLibrary::create_folder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryCreateFolder<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibrary,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryCreateFolder<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/folders/");
                __call.segments("path", &path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryCreateFolder, super::endpoints::LIBRARY_CREATE_FOLDER,
            unit("Sends the request (`POST /projects/{project_key}/libraries/folders/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryCreateFolder<'_> {}
        ///Request value of [`DssLibraryFolder::delete`](super::super::handles::DssLibraryFolder::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFolderDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFolderDelete<'a> {
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
                __call.lit("/libraries/contents/");
                __call.segments("path", &__owner.path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFolderDelete, super::endpoints::LIBRARY_FOLDER_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/libraries/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFolderDelete<'_> {}
        ///Request value of [`DssLibraryFolder::rename`](super::super::handles::DssLibraryFolder::rename): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFolderRename<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFolder,
            pub(crate) new_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFolderRename<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, new_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents-actions/rename/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldPath"),
                                    ::serde_json::Value::from(__owner.path.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("newName"),
                                    ::serde_json::Value::from(new_name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFolderRename, super::endpoints::LIBRARY_FOLDER_RENAME,
            unit("Sends the request (`POST /projects/{project_key}/libraries/contents-actions/rename/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFolderRename<'_> {}
        ///Request value of [`DssLibraryFolder::move_to`](super::super::handles::DssLibraryFolder::move_to): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFolderMoveTo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFolder,
            pub(crate) destination_folder: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFolderMoveTo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, destination_folder, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents-actions/move");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldPath"),
                                    ::serde_json::Value::from(__owner.path.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("newPath"),
                                    ::serde_json::Value::from(destination_folder),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFolderMoveTo, super::endpoints::LIBRARY_FOLDER_MOVE_TO,
            unit("Sends the request (`POST /projects/{project_key}/libraries/contents-actions/move`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFolderMoveTo<'_> {}
        ///Request value of [`DssLibraryFile::read`](super::super::handles::DssLibraryFile::read): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFileRead<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFile,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFileRead<'a> {
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
                __call.lit("/libraries/contents/");
                __call.segments("path", &__owner.path, false)?;
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/libraries/contents/{path*}`) and returns the answer.
            pub fn send(self) -> Result<String, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            String,
                        >(__answer, "data", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            LibraryFileRead, super::endpoints::LIBRARY_FILE_READ, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFileRead<'_> {}
        ///Request value of [`DssLibraryFile::write`](super::super::handles::DssLibraryFile::write): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFileWrite<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFile,
            pub(crate) data: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFileWrite<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, data, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents/");
                __call.segments("path", &__owner.path, false)?;
                __call.raw(data);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFileWrite, super::endpoints::LIBRARY_FILE_WRITE,
            unit("Sends the request (`POST /projects/{project_key}/libraries/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFileWrite<'_> {}
        ///Request value of [`DssLibraryFile::delete`](super::super::handles::DssLibraryFile::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFileDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFile,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFileDelete<'a> {
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
                __call.lit("/libraries/contents/");
                __call.segments("path", &__owner.path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFileDelete, super::endpoints::LIBRARY_FILE_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/libraries/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFileDelete<'_> {}
        ///Request value of [`DssLibraryFile::rename`](super::super::handles::DssLibraryFile::rename): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFileRename<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFile,
            pub(crate) new_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFileRename<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, new_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents-actions/rename/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldPath"),
                                    ::serde_json::Value::from(__owner.path.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("newName"),
                                    ::serde_json::Value::from(new_name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFileRename, super::endpoints::LIBRARY_FILE_RENAME,
            unit("Sends the request (`POST /projects/{project_key}/libraries/contents-actions/rename/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFileRename<'_> {}
        ///Request value of [`DssLibraryFile::move_to`](super::super::handles::DssLibraryFile::move_to): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LibraryFileMoveTo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLibraryFile,
            pub(crate) destination_folder: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LibraryFileMoveTo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, destination_folder, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/libraries/contents-actions/move");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldPath"),
                                    ::serde_json::Value::from(__owner.path.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("newPath"),
                                    ::serde_json::Value::from(destination_folder),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LibraryFileMoveTo, super::endpoints::LIBRARY_FILE_MOVE_TO,
            unit("Sends the request (`POST /projects/{project_key}/libraries/contents-actions/move`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LibraryFileMoveTo<'_> {}
        crate::rt::request_list!(
            LibraryGetContents, LibraryReadFile, LibraryCreateFile, LibraryCreateFolder,
            LibraryFolderDelete, LibraryFolderRename, LibraryFolderMoveTo,
            LibraryFileRead, LibraryFileWrite, LibraryFileDelete, LibraryFileRename,
            LibraryFileMoveTo
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::get_library`.
        pub static PROJECT_GET_LIBRARY: Endpoint = Endpoint::new(
            "DssProject",
            "get_library",
            crate::rt::Server::DSS,
            "A handle on the project's library (also declared by the project's getters of another part: one of the two goes at merge).",
            &[],
            None,
            ResultKind::Handle("DssLibrary"),
            [false, true, false],
        );
        ///`DssLibrary::get_contents`.
        pub static LIBRARY_GET_CONTENTS: Endpoint = Endpoint::new(
            "DssLibrary",
            "get_contents",
            crate::rt::Server::DSS,
            "Reads the tree of the library's folders and files: the request the hand-written methods read it with.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/libraries/contents",
                    &[],
                    "LibraryGetContents",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssLibrary::read_file`.
        pub static LIBRARY_READ_FILE: Endpoint = Endpoint::new(
            "DssLibrary",
            "read_file",
            crate::rt::Server::DSS,
            "Reads a file of the library (`data_encoding` `base64` for its bytes in base 64): the request behind [`DssLibraryFile::read`](crate::DssLibraryFile::read) and the check of `add_file`.",
            &[
                Arg::new("path", "str", Presence::Required, Place::PathSegments, false),
                Arg::new(
                    "data_encoding",
                    "str",
                    Presence::Optional,
                    Place::Query("dataEncoding"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/libraries/contents/{path*}",
                    &[],
                    "LibraryReadFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssLibrary::create_file`.
        pub static LIBRARY_CREATE_FILE: Endpoint = Endpoint::new(
            "DssLibrary",
            "create_file",
            crate::rt::Server::DSS,
            "Creates an empty file in the library: the request behind `add_file`.",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/libraries/contents/{path*}",
                    &[],
                    "LibraryCreateFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, false, false],
        );
        ///`DssLibrary::create_folder`.
        pub static LIBRARY_CREATE_FOLDER: Endpoint = Endpoint::new(
            "DssLibrary",
            "create_folder",
            crate::rt::Server::DSS,
            "Creates a folder in the library: the request behind `add_folder`.",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/libraries/folders/{path*}",
                    &[],
                    "LibraryCreateFolder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, false, false],
        );
        ///`DssLibrary::list`.
        pub static LIBRARY_LIST: Endpoint = Endpoint::new(
            "DssLibrary",
            "list",
            crate::rt::Server::DSS,
            "Lists the folders and files of a folder of the library (the root unless another is set), sorted by name.",
            &[],
            None,
            ResultKind::HandWritten("LibraryList < '_ >"),
            [true, true, false],
        );
        ///`DssLibrary::get_file`.
        pub static LIBRARY_GET_FILE: Endpoint = Endpoint::new(
            "DssLibrary",
            "get_file",
            crate::rt::Server::DSS,
            "The file at a path (from the root; `.` and `..` are followed), if there is one: none when nothing is there, and [`Error::InvalidArgument`](crate::Error::InvalidArgument) when a folder is.",
            &[Arg::new("path", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssLibraryFile > >"),
            [true, true, false],
        );
        ///`DssLibrary::get_folder`.
        pub static LIBRARY_GET_FOLDER: Endpoint = Endpoint::new(
            "DssLibrary",
            "get_folder",
            crate::rt::Server::DSS,
            "The folder at a path (from the root; `.` and `..` are followed), if there is one: none when nothing is there, and [`Error::InvalidArgument`](crate::Error::InvalidArgument) when a file is.",
            &[Arg::new("path", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssLibraryFolder > >"),
            [true, true, false],
        );
        ///`DssLibrary::add_file`.
        pub static LIBRARY_ADD_FILE: Endpoint = Endpoint::new(
            "DssLibrary",
            "add_file",
            crate::rt::Server::DSS,
            "Creates an empty file at the root of the library (a name with `/` makes it deeper); a file already there is [`Error::InvalidArgument`](crate::Error::InvalidArgument).",
            &[
                Arg::new(
                    "file_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , DssLibraryFile >"),
            [true, true, false],
        );
        ///`DssLibrary::add_folder`.
        pub static LIBRARY_ADD_FOLDER: Endpoint = Endpoint::new(
            "DssLibrary",
            "add_folder",
            crate::rt::Server::DSS,
            "Creates a folder at the root of the library (a name with `/` makes it deeper).",
            &[
                Arg::new(
                    "folder_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , DssLibraryFolder >"),
            [true, true, false],
        );
        ///`DssLibraryFolder::delete`.
        pub static LIBRARY_FOLDER_DELETE: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the folder and everything in it.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/libraries/contents/{path*}",
                    &[],
                    "LibraryFolderDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLibraryFolder::rename`.
        pub static LIBRARY_FOLDER_RENAME: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "rename",
            crate::rt::Server::DSS,
            "Renames the folder (it stays where it is; this handle keeps the old path).",
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
                    "/projects/{project_key}/libraries/contents-actions/rename/",
                    &[],
                    "LibraryFolderRename",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLibraryFolder::move_to`.
        pub static LIBRARY_FOLDER_MOVE_TO: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "move_to",
            crate::rt::Server::DSS,
            "Moves the folder into another folder (this handle keeps the old path).",
            &[
                Arg::new(
                    "destination_folder",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/libraries/contents-actions/move",
                    &[],
                    "LibraryFolderMoveTo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLibraryFolder::list`.
        pub static LIBRARY_FOLDER_LIST: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "list",
            crate::rt::Server::DSS,
            "Lists the folder's folders and files, sorted by name.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssLibraryItem > >"),
            [true, true, false],
        );
        ///`DssLibraryFolder::get_child`.
        pub static LIBRARY_FOLDER_GET_CHILD: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "get_child",
            crate::rt::Server::DSS,
            "The folder's child of that name (a file or a folder), if there is one.",
            &[Arg::new("name", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssLibraryItem > >"),
            [true, true, false],
        );
        ///`DssLibraryFolder::get_file`.
        pub static LIBRARY_FOLDER_GET_FILE: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "get_file",
            crate::rt::Server::DSS,
            "The file at a path from this folder (`/` starts from this folder; `.` and `..` are followed), as [`DssLibrary::get_file`](crate::DssLibrary::get_file).",
            &[Arg::new("path", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssLibraryFile > >"),
            [true, true, false],
        );
        ///`DssLibraryFolder::get_folder`.
        pub static LIBRARY_FOLDER_GET_FOLDER: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "get_folder",
            crate::rt::Server::DSS,
            "The folder at a path from this folder, as [`DssLibrary::get_folder`](crate::DssLibrary::get_folder).",
            &[Arg::new("path", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssLibraryFolder > >"),
            [true, true, false],
        );
        ///`DssLibraryFolder::add_file`.
        pub static LIBRARY_FOLDER_ADD_FILE: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "add_file",
            crate::rt::Server::DSS,
            "Creates an empty file in this folder (a name with `/` makes it deeper); a file already there is [`Error::InvalidArgument`](crate::Error::InvalidArgument).",
            &[
                Arg::new(
                    "file_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , DssLibraryFile >"),
            [true, true, false],
        );
        ///`DssLibraryFolder::add_folder`.
        pub static LIBRARY_FOLDER_ADD_FOLDER: Endpoint = Endpoint::new(
            "DssLibraryFolder",
            "add_folder",
            crate::rt::Server::DSS,
            "Creates a folder in this folder (a name with `/` makes it deeper).",
            &[
                Arg::new(
                    "folder_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , DssLibraryFolder >"),
            [true, true, false],
        );
        ///`DssLibraryFile::read`.
        pub static LIBRARY_FILE_READ: Endpoint = Endpoint::new(
            "DssLibraryFile",
            "read",
            crate::rt::Server::DSS,
            "Reads the file as text.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/libraries/contents/{path*}",
                    &[],
                    "LibraryFileRead",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "data",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssLibraryFile::read_bytes`.
        pub static LIBRARY_FILE_READ_BYTES: Endpoint = Endpoint::new(
            "DssLibraryFile",
            "read_bytes",
            crate::rt::Server::DSS,
            "Reads the file's bytes (dataikuapi's `read(as_type=\"bytes\")`: DSS sends them in base 64).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < u8 > >"),
            [true, true, false],
        );
        ///`DssLibraryFile::write`.
        pub static LIBRARY_FILE_WRITE: Endpoint = Endpoint::new(
            "DssLibraryFile",
            "write",
            crate::rt::Server::DSS,
            "Replaces the file's content, streamed from a file, a reader or bytes.",
            &[Arg::new("data", "file", Presence::Required, Place::Raw, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/libraries/contents/{path*}",
                    &[],
                    "LibraryFileWrite",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLibraryFile::delete`.
        pub static LIBRARY_FILE_DELETE: Endpoint = Endpoint::new(
            "DssLibraryFile",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the file.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/libraries/contents/{path*}",
                    &[],
                    "LibraryFileDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLibraryFile::rename`.
        pub static LIBRARY_FILE_RENAME: Endpoint = Endpoint::new(
            "DssLibraryFile",
            "rename",
            crate::rt::Server::DSS,
            "Renames the file (it stays in its folder; this handle keeps the old path).",
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
                    "/projects/{project_key}/libraries/contents-actions/rename/",
                    &[],
                    "LibraryFileRename",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLibraryFile::move_to`.
        pub static LIBRARY_FILE_MOVE_TO: Endpoint = Endpoint::new(
            "DssLibraryFile",
            "move_to",
            crate::rt::Server::DSS,
            "Moves the file into another folder (this handle keeps the old path).",
            &[
                Arg::new(
                    "destination_folder",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/libraries/contents-actions/move",
                    &[],
                    "LibraryFileMoveTo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_GET_LIBRARY,
        &endpoints::LIBRARY_GET_CONTENTS,
        &endpoints::LIBRARY_READ_FILE,
        &endpoints::LIBRARY_CREATE_FILE,
        &endpoints::LIBRARY_CREATE_FOLDER,
        &endpoints::LIBRARY_LIST,
        &endpoints::LIBRARY_GET_FILE,
        &endpoints::LIBRARY_GET_FOLDER,
        &endpoints::LIBRARY_ADD_FILE,
        &endpoints::LIBRARY_ADD_FOLDER,
        &endpoints::LIBRARY_FOLDER_DELETE,
        &endpoints::LIBRARY_FOLDER_RENAME,
        &endpoints::LIBRARY_FOLDER_MOVE_TO,
        &endpoints::LIBRARY_FOLDER_LIST,
        &endpoints::LIBRARY_FOLDER_GET_CHILD,
        &endpoints::LIBRARY_FOLDER_GET_FILE,
        &endpoints::LIBRARY_FOLDER_GET_FOLDER,
        &endpoints::LIBRARY_FOLDER_ADD_FILE,
        &endpoints::LIBRARY_FOLDER_ADD_FOLDER,
        &endpoints::LIBRARY_FILE_READ,
        &endpoints::LIBRARY_FILE_READ_BYTES,
        &endpoints::LIBRARY_FILE_WRITE,
        &endpoints::LIBRARY_FILE_DELETE,
        &endpoints::LIBRARY_FILE_RENAME,
        &endpoints::LIBRARY_FILE_MOVE_TO,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssLibrary",
                doc: "The library of a project (dataikuapi's `DSSLibrary`): its folders and files, found and made by the hand-written methods below.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssLibraryFolder",
                doc: "A folder of a project's library, named by its path from the library's root (`/`, `/python`, `/python/utils`), as dataikuapi's `DSSLibraryFolder` writes it.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "path",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssLibraryFile",
                doc: "A file of a project's library, named by its path from the library's root (`/python/utils.py`), as dataikuapi's `DSSLibraryFile` writes it.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "path",
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
        &[]
    };
    impl super::handles::DssProject {
        /**A handle on the project's library (also declared by the project's
getters of another part: one of the two goes at merge).

Builds a handle; sends no request.*/
        pub fn get_library(&self) -> super::handles::DssLibrary {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssLibrary {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
    }
    impl super::handles::DssLibrary {
        /**Reads the tree of the library's folders and files: the request the
hand-written methods read it with.

`GET /projects/{project_key}/libraries/contents`

Returns a [`LibraryGetContents`](requests::LibraryGetContents) request; nothing is sent until `.send()`.*/
        pub fn get_contents(&self) -> requests::LibraryGetContents<'_> {
            requests::LibraryGetContents {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a file of the library (`data_encoding` `base64` for its bytes
in base 64): the request behind
[`DssLibraryFile::read`](crate::DssLibraryFile::read) and the check
of `add_file`.

`GET /projects/{project_key}/libraries/contents/{path*}`

Arguments:
- `path`: The file's path from the library's root. Sent as path segments (each encoded, the slashes kept).

Optional arguments, set by name on the returned request:
- `data_encoding`: Unset by default (then left out). Sent as query parameter `dataEncoding`.

Returns a [`LibraryReadFile`](requests::LibraryReadFile) request; nothing is sent until `.send()`.*/
        pub fn read_file(
            &self,
            path: impl Into<String>,
        ) -> requests::LibraryReadFile<'_> {
            requests::LibraryReadFile {
                __owner: self,
                path: path.into(),
                data_encoding: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an empty file in the library: the request behind `add_file`.

`POST /projects/{project_key}/libraries/contents/{path*}`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: The new file's path from the library's root. Sent as path segments (each encoded, the slashes kept).

Returns a [`LibraryCreateFile`](requests::LibraryCreateFile) request; nothing is sent until `.send()`.*/
        pub fn create_file(
            &self,
            path: impl Into<String>,
        ) -> requests::LibraryCreateFile<'_> {
            requests::LibraryCreateFile {
                __owner: self,
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a folder in the library: the request behind `add_folder`.

`POST /projects/{project_key}/libraries/folders/{path*}`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: The new folder's path from the library's root. Sent as path segments (each encoded, the slashes kept).

Returns a [`LibraryCreateFolder`](requests::LibraryCreateFolder) request; nothing is sent until `.send()`.*/
        pub fn create_folder(
            &self,
            path: impl Into<String>,
        ) -> requests::LibraryCreateFolder<'_> {
            requests::LibraryCreateFolder {
                __owner: self,
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssLibraryFolder {
        /**Deletes the folder and everything in it.

`DELETE /projects/{project_key}/libraries/contents/{path*}`

Returns a [`LibraryFolderDelete`](requests::LibraryFolderDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::LibraryFolderDelete<'_> {
            requests::LibraryFolderDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Renames the folder (it stays where it is; this handle keeps the old
path).

`POST /projects/{project_key}/libraries/contents-actions/rename/`

Never retried: sending it twice could do the work twice.

Arguments:
- `new_name`: The folder's new name. Sent as JSON member `newName`.

Returns a [`LibraryFolderRename`](requests::LibraryFolderRename) request; nothing is sent until `.send()`.*/
        pub fn rename(
            &self,
            new_name: impl Into<String>,
        ) -> requests::LibraryFolderRename<'_> {
            requests::LibraryFolderRename {
                __owner: self,
                new_name: new_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Moves the folder into another folder (this handle keeps the old
path).

`POST /projects/{project_key}/libraries/contents-actions/move`

Never retried: sending it twice could do the work twice.

Arguments:
- `destination_folder`: The path of the destination folder (`/` for the root). Sent as JSON member `newPath`.

Returns a [`LibraryFolderMoveTo`](requests::LibraryFolderMoveTo) request; nothing is sent until `.send()`.*/
        pub fn move_to(
            &self,
            destination_folder: impl Into<String>,
        ) -> requests::LibraryFolderMoveTo<'_> {
            requests::LibraryFolderMoveTo {
                __owner: self,
                destination_folder: destination_folder.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssLibraryFile {
        /**Reads the file as text.

`GET /projects/{project_key}/libraries/contents/{path*}`

Returns a [`LibraryFileRead`](requests::LibraryFileRead) request; nothing is sent until `.send()`.*/
        pub fn read(&self) -> requests::LibraryFileRead<'_> {
            requests::LibraryFileRead {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Replaces the file's content, streamed from a file, a reader or bytes.

`POST /projects/{project_key}/libraries/contents/{path*}`

Never retried: sending it twice could do the work twice.

Arguments:
- `data`: The new content. Sent as the raw request body, streamed.

Returns a [`LibraryFileWrite`](requests::LibraryFileWrite) request; nothing is sent until `.send()`.*/
        pub fn write(
            &self,
            data: impl Into<crate::rt::Upload>,
        ) -> requests::LibraryFileWrite<'_> {
            requests::LibraryFileWrite {
                __owner: self,
                data: data.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the file.

`DELETE /projects/{project_key}/libraries/contents/{path*}`

Returns a [`LibraryFileDelete`](requests::LibraryFileDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::LibraryFileDelete<'_> {
            requests::LibraryFileDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Renames the file (it stays in its folder; this handle keeps the old
path).

`POST /projects/{project_key}/libraries/contents-actions/rename/`

Never retried: sending it twice could do the work twice.

Arguments:
- `new_name`: The file's new name. Sent as JSON member `newName`.

Returns a [`LibraryFileRename`](requests::LibraryFileRename) request; nothing is sent until `.send()`.*/
        pub fn rename(
            &self,
            new_name: impl Into<String>,
        ) -> requests::LibraryFileRename<'_> {
            requests::LibraryFileRename {
                __owner: self,
                new_name: new_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Moves the file into another folder (this handle keeps the old path).

`POST /projects/{project_key}/libraries/contents-actions/move`

Never retried: sending it twice could do the work twice.

Arguments:
- `destination_folder`: The path of the destination folder (`/` for the root). Sent as JSON member `newPath`.

Returns a [`LibraryFileMoveTo`](requests::LibraryFileMoveTo) request; nothing is sent until `.send()`.*/
        pub fn move_to(
            &self,
            destination_folder: impl Into<String>,
        ) -> requests::LibraryFileMoveTo<'_> {
            requests::LibraryFileMoveTo {
                __owner: self,
                destination_folder: destination_folder.into(),
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
            impl super::handles::DssLibrary {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list(&self) -> LibraryList<'_> {
                    self.list()
                }
            }
            impl super::handles::DssLibrary {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_file(
                    &self,
                    path: &str,
                ) -> Pending<'_, Option<DssLibraryFile>> {
                    self.get_file(path)
                }
            }
            impl super::handles::DssLibrary {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_folder(
                    &self,
                    path: &str,
                ) -> Pending<'_, Option<DssLibraryFolder>> {
                    self.get_folder(path)
                }
            }
            impl super::handles::DssLibrary {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_file(
                    &self,
                    file_name: &str,
                ) -> Pending<'_, DssLibraryFile> {
                    self.add_file(file_name)
                }
            }
            impl super::handles::DssLibrary {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_folder(
                    &self,
                    folder_name: &str,
                ) -> Pending<'_, DssLibraryFolder> {
                    self.add_folder(folder_name)
                }
            }
            impl super::handles::DssLibraryFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list(&self) -> Pending<'_, Vec<DssLibraryItem>> {
                    self.list()
                }
            }
            impl super::handles::DssLibraryFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_child(
                    &self,
                    name: &str,
                ) -> Pending<'_, Option<DssLibraryItem>> {
                    self.get_child(name)
                }
            }
            impl super::handles::DssLibraryFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_file(
                    &self,
                    path: &str,
                ) -> Pending<'_, Option<DssLibraryFile>> {
                    self.get_file(path)
                }
            }
            impl super::handles::DssLibraryFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_folder(
                    &self,
                    path: &str,
                ) -> Pending<'_, Option<DssLibraryFolder>> {
                    self.get_folder(path)
                }
            }
            impl super::handles::DssLibraryFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_file(
                    &self,
                    file_name: &str,
                ) -> Pending<'_, DssLibraryFile> {
                    self.add_file(file_name)
                }
            }
            impl super::handles::DssLibraryFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_folder(
                    &self,
                    folder_name: &str,
                ) -> Pending<'_, DssLibraryFolder> {
                    self.add_folder(folder_name)
                }
            }
            impl super::handles::DssLibraryFile {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_read_bytes(&self) -> Pending<'_, Vec<u8>> {
                    self.read_bytes()
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
                ("DssLibrary", "get_contents") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssLibrary", ids)?;
                        let __owner = super::handles::DssLibrary {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_contents();
                        let __endpoint = requests::LibraryGetContents::ENDPOINT;
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
                ("DssLibrary", "read_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssLibrary", ids)?;
                        let __owner = super::handles::DssLibrary {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.read_file(args.str("path")?);
                        let __endpoint = requests::LibraryReadFile::ENDPOINT;
                        if let Some(__v) = args.opt_str("data_encoding")? {
                            __r = __r.data_encoding(__v);
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
                ("DssLibrary", "create_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssLibrary", ids)?;
                        let __owner = super::handles::DssLibrary {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_file(args.str("path")?);
                        let __endpoint = requests::LibraryCreateFile::ENDPOINT;
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
                ("DssLibrary", "create_folder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssLibrary", ids)?;
                        let __owner = super::handles::DssLibrary {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_folder(args.str("path")?);
                        let __endpoint = requests::LibraryCreateFolder::ENDPOINT;
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
                ("DssLibraryFolder", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFolder", ids)?;
                        let __owner = super::handles::DssLibraryFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::LibraryFolderDelete::ENDPOINT;
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
                ("DssLibraryFolder", "rename") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFolder", ids)?;
                        let __owner = super::handles::DssLibraryFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.rename(args.str("new_name")?);
                        let __endpoint = requests::LibraryFolderRename::ENDPOINT;
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
                ("DssLibraryFolder", "move_to") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFolder", ids)?;
                        let __owner = super::handles::DssLibraryFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to(args.str("destination_folder")?);
                        let __endpoint = requests::LibraryFolderMoveTo::ENDPOINT;
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
                ("DssLibraryFile", "read") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFile", ids)?;
                        let __owner = super::handles::DssLibraryFile {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.read();
                        let __endpoint = requests::LibraryFileRead::ENDPOINT;
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
                ("DssLibraryFile", "write") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFile", ids)?;
                        let __owner = super::handles::DssLibraryFile {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.write(args.file("data")?);
                        let __endpoint = requests::LibraryFileWrite::ENDPOINT;
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
                ("DssLibraryFile", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFile", ids)?;
                        let __owner = super::handles::DssLibraryFile {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::LibraryFileDelete::ENDPOINT;
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
                ("DssLibraryFile", "rename") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFile", ids)?;
                        let __owner = super::handles::DssLibraryFile {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.rename(args.str("new_name")?);
                        let __endpoint = requests::LibraryFileRename::ENDPOINT;
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
                ("DssLibraryFile", "move_to") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_path] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLibraryFile", ids)?;
                        let __owner = super::handles::DssLibraryFile {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            path: __id_path,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to(args.str("destination_folder")?);
                        let __endpoint = requests::LibraryFileMoveTo::ENDPOINT;
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
            let handle = super::handles::DssLibrary {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLibrary"
            );
            checked += 1;
            let handle = super::handles::DssLibraryFolder {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                path: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLibraryFolder"
            );
            checked += 1;
            let handle = super::handles::DssLibraryFile {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                path: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLibraryFile"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
