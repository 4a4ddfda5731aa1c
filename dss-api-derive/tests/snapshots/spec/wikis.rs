// The expansion of `wikis.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/wikis.dss`.
pub mod spec_wikis {
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
        /**The wiki of a project. `list_articles` and `create_article` are written
by hand over the requests below.*/
        #[derive(Clone)]
        pub struct DssWiki {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssWiki {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssWiki {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWiki")
                    .field("project_key", &self.project_key)
                    .finish_non_exhaustive()
            }
        }
        /**One article of a project's wiki, named by its id (`get_article` finds
the id of an article named by its name).*/
        #[derive(Clone)]
        pub struct DssWikiArticle {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) article_id: String,
        }
        impl DssWikiArticle {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `article_id` this handle points at.
            pub fn article_id(&self) -> &str {
                &self.article_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssWikiArticle {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWikiArticle")
                    .field("project_key", &self.project_key)
                    .field("article_id", &self.article_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a wiki, as `get_settings` reads them (dataikuapi's
`DSSWikiSettings`): the taxonomy (the tree of article ids) and the home
article; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssWikiSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssWikiSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
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
        impl ::core::fmt::Debug for DssWikiSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWikiSettings")
                    .field("project_key", &self.project_key)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**An article's content and metadata, as `get_data` reads them
(dataikuapi's `DSSWikiArticleData`): the markdown body (`payload`) and
the article's metadata (`article`: name, attachments, ...); changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssWikiArticleData {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) article_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssWikiArticleData {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `article_id` this handle points at.
            pub fn article_id(&self) -> &str {
                &self.article_id
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
        impl ::core::fmt::Debug for DssWikiArticleData {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWikiArticleData")
                    .field("project_key", &self.project_key)
                    .field("article_id", &self.article_id)
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
        ///Request value of [`DssWiki::get_settings`](super::super::handles::DssWiki::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWiki,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWiki,)),
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
                __call.lit("/wiki/");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/wiki/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWikiSettings, crate::rt::Error> {
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
                            super::super::handles::DssWikiSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WikiGetSettings, super::endpoints::WIKI_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiGetSettings<'_> {}
        ///Request value of [`DssWiki::get_article`](super::super::handles::DssWiki::get_article): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiGetArticle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWiki,
            pub(crate) article_id_or_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiGetArticle<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWiki,)),
                crate::rt::Error,
            > {
                let Self { __owner, article_id_or_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/");
                __call.segment("article_id_or_name", &article_id_or_name, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/wiki/{article_id_or_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWikiArticle, crate::rt::Error> {
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
                            let __f_article_id = crate::rt::answer_string(
                                &__answer,
                                "article.id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssWikiArticle {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                article_id: __f_article_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WikiGetArticle, super::endpoints::WIKI_GET_ARTICLE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiGetArticle<'_> {}
        ///Request value of [`DssWiki::create_article_only`](super::super::handles::DssWiki::create_article_only): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiCreateArticleOnly<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWiki,
            pub(crate) article_name: String,
            pub(crate) parent_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiCreateArticleOnly<'a> {
            /**Id of the parent article (none: at the root of the taxonomy).

Unset by default (then sent as `null`). Sent as JSON member `parent`.*/
            pub fn parent_id(mut self, parent_id: impl Into<String>) -> Self {
                self.parent_id = Some(parent_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWiki,)),
                crate::rt::Error,
            > {
                let Self { __owner, article_name, parent_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/");
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
                                    ::serde_json::Value::from(article_name),
                                );
                            __map
                                .insert(
                                    String::from("parent"),
                                    ::serde_json::Value::from(parent_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/wiki/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWikiArticle, crate::rt::Error> {
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
                            let __f_article_id = crate::rt::answer_string(
                                &__answer,
                                "article.id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssWikiArticle {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                article_id: __f_article_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WikiCreateArticleOnly, super::endpoints::WIKI_CREATE_ARTICLE_ONLY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiCreateArticleOnly<'_> {}
        ///Request value of [`DssWiki::get_export_stream`](super::super::handles::DssWiki::get_export_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiGetExportStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWiki,
            pub(crate) paper_size: String,
            pub(crate) export_attachment: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiGetExportStream<'a> {
            /**Page format: `A4`, `A3`, `US_LETTER` or `LEDGER`.

Default: `A4`. Sent as JSON member `paperSize`.*/
            pub fn paper_size(mut self, paper_size: impl Into<String>) -> Self {
                self.paper_size = paper_size.into();
                self
            }
            /**Also export the articles' attachments (the answer is then a zip
archive).

Default: `false`. Sent as JSON member `exportAttachments`.*/
            pub fn export_attachment(mut self, export_attachment: bool) -> Self {
                self.export_attachment = export_attachment;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, paper_size, export_attachment, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/actions/export");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("paperSize"),
                                    ::serde_json::Value::from(paper_size),
                                );
                            __map
                                .insert(
                                    String::from("exportAttachments"),
                                    ::serde_json::Value::from(export_attachment),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiGetExportStream, super::endpoints::WIKI_GET_EXPORT_STREAM,
            stream("Sends the request (`POST /projects/{project_key}/wiki/actions/export`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiGetExportStream<'_> {}
        ///Request value of [`DssWiki::export_to_file`](super::super::handles::DssWiki::export_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiExportToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWiki,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) paper_size: String,
            pub(crate) export_attachment: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiExportToFile<'a> {
            /**Page format: `A4`, `A3`, `US_LETTER` or `LEDGER`.

Default: `A4`. Sent as JSON member `paperSize`.*/
            pub fn paper_size(mut self, paper_size: impl Into<String>) -> Self {
                self.paper_size = paper_size.into();
                self
            }
            /**Also export the articles' attachments (the file is then a zip
archive).

Default: `false`. Sent as JSON member `exportAttachments`.*/
            pub fn export_attachment(mut self, export_attachment: bool) -> Self {
                self.export_attachment = export_attachment;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, path, paper_size, export_attachment, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/actions/export");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("paperSize"),
                                    ::serde_json::Value::from(paper_size),
                                );
                            __map
                                .insert(
                                    String::from("exportAttachments"),
                                    ::serde_json::Value::from(export_attachment),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (path,)))
            }
            ///Sends the request (`POST /projects/{project_key}/wiki/actions/export`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            WikiExportToFile, super::endpoints::WIKI_EXPORT_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiExportToFile<'_> {}
        ///Request value of [`DssWikiSettings::save`](super::super::handles::DssWikiSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiSettingsSave<'a> {
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
                __call.lit("/wiki/");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiSettingsSave, super::endpoints::WIKI_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/wiki/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiSettingsSave<'_> {}
        ///Request value of [`DssWikiArticle::get_data`](super::super::handles::DssWikiArticle::get_data): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleGetData<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticle,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleGetData<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWikiArticle,)),
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
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/wiki/{article_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWikiArticleData, crate::rt::Error> {
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
                            let __f_article_id = ::core::clone::Clone::clone(
                                &__owner.article_id,
                            );
                            super::super::handles::DssWikiArticleData {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                article_id: __f_article_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WikiArticleGetData, super::endpoints::WIKI_ARTICLE_GET_DATA, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleGetData<'_> {}
        ///Request value of [`DssWikiArticle::upload_attachment_file`](super::super::handles::DssWikiArticle::upload_attachment_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleUploadAttachmentFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticle,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) filename: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleUploadAttachmentFile<'a> {
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
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                __call.lit("/upload");
                __call.upload(filename, fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiArticleUploadAttachmentFile,
            super::endpoints::WIKI_ARTICLE_UPLOAD_ATTACHMENT_FILE,
            unit("Sends the request (`POST /projects/{project_key}/wiki/{article_id}/upload`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleUploadAttachmentFile<'_> {}
        ///Request value of [`DssWikiArticle::get_uploaded_file`](super::super::handles::DssWikiArticle::get_uploaded_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleGetUploadedFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticle,
            pub(crate) upload_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleGetUploadedFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, upload_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                __call.lit("/uploads/");
                __call.segment("upload_id", &upload_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiArticleGetUploadedFile, super::endpoints::WIKI_ARTICLE_GET_UPLOADED_FILE,
            stream("Sends the request (`GET /projects/{project_key}/wiki/{article_id}/uploads/{upload_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleGetUploadedFile<'_> {}
        ///Request value of [`DssWikiArticle::get_export_stream`](super::super::handles::DssWikiArticle::get_export_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleGetExportStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticle,
            pub(crate) paper_size: String,
            pub(crate) export_children: bool,
            pub(crate) export_attachment: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleGetExportStream<'a> {
            /**Page format: `A4`, `A3`, `US_LETTER` or `LEDGER`.

Default: `A4`. Sent as JSON member `paperSize`.*/
            pub fn paper_size(mut self, paper_size: impl Into<String>) -> Self {
                self.paper_size = paper_size.into();
                self
            }
            /**Also export the article's children.

Default: `false`. Sent as JSON member `exportChildren`.*/
            pub fn export_children(mut self, export_children: bool) -> Self {
                self.export_children = export_children;
                self
            }
            /**Also export the attachments (the answer is then a zip archive).

Default: `false`. Sent as JSON member `exportAttachments`.*/
            pub fn export_attachment(mut self, export_attachment: bool) -> Self {
                self.export_attachment = export_attachment;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    paper_size,
                    export_children,
                    export_attachment,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                __call.lit("/actions/export");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("paperSize"),
                                    ::serde_json::Value::from(paper_size),
                                );
                            __map
                                .insert(
                                    String::from("exportChildren"),
                                    ::serde_json::Value::from(export_children),
                                );
                            __map
                                .insert(
                                    String::from("exportAttachments"),
                                    ::serde_json::Value::from(export_attachment),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiArticleGetExportStream, super::endpoints::WIKI_ARTICLE_GET_EXPORT_STREAM,
            stream("Sends the request (`POST /projects/{project_key}/wiki/{article_id}/actions/export`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleGetExportStream<'_> {}
        ///Request value of [`DssWikiArticle::export_to_file`](super::super::handles::DssWikiArticle::export_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleExportToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticle,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) paper_size: String,
            pub(crate) export_children: bool,
            pub(crate) export_attachment: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleExportToFile<'a> {
            /**Page format: `A4`, `A3`, `US_LETTER` or `LEDGER`.

Default: `A4`. Sent as JSON member `paperSize`.*/
            pub fn paper_size(mut self, paper_size: impl Into<String>) -> Self {
                self.paper_size = paper_size.into();
                self
            }
            /**Also export the article's children.

Default: `false`. Sent as JSON member `exportChildren`.*/
            pub fn export_children(mut self, export_children: bool) -> Self {
                self.export_children = export_children;
                self
            }
            /**Also export the attachments (the file is then a zip archive).

Default: `false`. Sent as JSON member `exportAttachments`.*/
            pub fn export_attachment(mut self, export_attachment: bool) -> Self {
                self.export_attachment = export_attachment;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    path,
                    paper_size,
                    export_children,
                    export_attachment,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                __call.lit("/actions/export");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("paperSize"),
                                    ::serde_json::Value::from(paper_size),
                                );
                            __map
                                .insert(
                                    String::from("exportChildren"),
                                    ::serde_json::Value::from(export_children),
                                );
                            __map
                                .insert(
                                    String::from("exportAttachments"),
                                    ::serde_json::Value::from(export_attachment),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (path,)))
            }
            ///Sends the request (`POST /projects/{project_key}/wiki/{article_id}/actions/export`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            WikiArticleExportToFile, super::endpoints::WIKI_ARTICLE_EXPORT_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleExportToFile<'_> {}
        ///Request value of [`DssWikiArticle::delete`](super::super::handles::DssWikiArticle::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticle,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleDelete<'a> {
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
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiArticleDelete, super::endpoints::WIKI_ARTICLE_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/wiki/{article_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleDelete<'_> {}
        ///Request value of [`DssWikiArticleData::save`](super::super::handles::DssWikiArticleData::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WikiArticleDataSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWikiArticleData,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WikiArticleDataSave<'a> {
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
                __call.lit("/wiki/");
                __call.segment("article_id", &__owner.article_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WikiArticleDataSave, super::endpoints::WIKI_ARTICLE_DATA_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/wiki/{article_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WikiArticleDataSave<'_> {}
        crate::rt::request_list!(
            WikiGetSettings, WikiGetArticle, WikiCreateArticleOnly, WikiGetExportStream,
            WikiExportToFile, WikiSettingsSave, WikiArticleGetData,
            WikiArticleUploadAttachmentFile, WikiArticleGetUploadedFile,
            WikiArticleGetExportStream, WikiArticleExportToFile, WikiArticleDelete,
            WikiArticleDataSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::get_wiki`.
        pub static PROJECT_GET_WIKI: Endpoint = Endpoint::new(
            "DssProject",
            "get_wiki",
            crate::rt::Server::DSS,
            "A handle on the project's wiki.",
            &[],
            None,
            ResultKind::Handle("DssWiki"),
            [false, true, false],
        );
        ///`DssWiki::get_settings`.
        pub static WIKI_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssWiki",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the wiki's settings (taxonomy, home article), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/wiki/",
                    &[],
                    "WikiGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWikiSettings"),
            [false, true, false],
        );
        ///`DssWiki::get_article`.
        pub static WIKI_GET_ARTICLE: Endpoint = Endpoint::new(
            "DssWiki",
            "get_article",
            crate::rt::Server::DSS,
            "A handle on one article, named by its id or its name: DSS is asked for the article, and the handle holds the id it answers with.",
            &[
                Arg::new(
                    "article_id_or_name",
                    "str",
                    Presence::Required,
                    Place::Path,
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/wiki/{article_id_or_name}",
                    &[],
                    "WikiGetArticle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWikiArticle"),
            [false, true, false],
        );
        ///`DssWiki::create_article_only`.
        pub static WIKI_CREATE_ARTICLE_ONLY: Endpoint = Endpoint::new(
            "DssWiki",
            "create_article_only",
            crate::rt::Server::DSS,
            "Creates an article: the request behind [`create_article`](crate::DssWiki::create_article), which also writes the content when one is given.",
            &[
                Arg::new(
                    "article_name",
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
                    "parent_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "parent",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/wiki/",
                    &[],
                    "WikiCreateArticleOnly",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWikiArticle"),
            [false, false, false],
        );
        ///`DssWiki::get_export_stream`.
        pub static WIKI_GET_EXPORT_STREAM: Endpoint = Endpoint::new(
            "DssWiki",
            "get_export_stream",
            crate::rt::Server::DSS,
            "Exports the whole wiki as a PDF (or, with the attachments, a zip archive), as a byte stream.",
            &[
                Arg::new(
                    "paper_size",
                    "str",
                    Presence::Default("A4"),
                    Place::Member {
                        path: "paperSize",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_attachment",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "exportAttachments",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/wiki/actions/export",
                    &[],
                    "WikiGetExportStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssWiki::export_to_file`.
        pub static WIKI_EXPORT_TO_FILE: Endpoint = Endpoint::new(
            "DssWiki",
            "export_to_file",
            crate::rt::Server::DSS,
            "Exports the whole wiki as a PDF (or, with the attachments, a zip archive) into a local file.",
            &[
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
                Arg::new(
                    "paper_size",
                    "str",
                    Presence::Default("A4"),
                    Place::Member {
                        path: "paperSize",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_attachment",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "exportAttachments",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/wiki/actions/export",
                    &[],
                    "WikiExportToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssWiki::list_articles`.
        pub static WIKI_LIST_ARTICLES: Endpoint = Endpoint::new(
            "DssWiki",
            "list_articles",
            crate::rt::Server::DSS,
            "Every article of the wiki, in the order of the taxonomy (each parent before its children), read from the wiki's settings.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssWikiArticle > >"),
            [true, true, false],
        );
        ///`DssWiki::create_article`.
        pub static WIKI_CREATE_ARTICLE: Endpoint = Endpoint::new(
            "DssWiki",
            "create_article",
            crate::rt::Server::DSS,
            "Creates an article (at the root, or under a parent) and, when content is given, writes it as the article's body.",
            &[
                Arg::new(
                    "article_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("WikiCreateArticle < '_ >"),
            [true, true, false],
        );
        ///`DssWikiSettings::save`.
        pub static WIKI_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/wiki/",
                    &[],
                    "WikiSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWikiSettings::get_taxonomy`.
        pub static WIKI_SETTINGS_GET_TAXONOMY: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "get_taxonomy",
            crate::rt::Server::DSS,
            "The taxonomy: the root articles, each `{\"id\", \"children\": [..]}`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssWikiSettings::set_taxonomy`.
        pub static WIKI_SETTINGS_SET_TAXONOMY: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "set_taxonomy",
            crate::rt::Server::DSS,
            "Replaces the taxonomy (every article must be in it exactly once).",
            &[
                Arg::new(
                    "taxonomy",
                    "json",
                    Presence::Required,
                    Place::Document("taxonomy"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssWikiSettings::get_home_article_id`.
        pub static WIKI_SETTINGS_GET_HOME_ARTICLE_ID: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "get_home_article_id",
            crate::rt::Server::DSS,
            "The id of the wiki's home article.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssWikiSettings::set_home_article_id`.
        pub static WIKI_SETTINGS_SET_HOME_ARTICLE_ID: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "set_home_article_id",
            crate::rt::Server::DSS,
            "Sets the wiki's home article.",
            &[
                Arg::new(
                    "home_article_id",
                    "str",
                    Presence::Required,
                    Place::Document("homeArticleId"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssWikiSettings::move_article_in_taxonomy`.
        pub static WIKI_SETTINGS_MOVE_ARTICLE_IN_TAXONOMY: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "move_article_in_taxonomy",
            crate::rt::Server::DSS,
            "Moves an article, with its children, under another article (or to the root with `None`).",
            &[
                Arg::new(
                    "article_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "parent_article_id",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < & mut DssWikiSettings >"),
            [true, true, false],
        );
        ///`DssWikiArticle::get_data`.
        pub static WIKI_ARTICLE_GET_DATA: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "get_data",
            crate::rt::Server::DSS,
            "Reads the article's content and metadata, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/wiki/{article_id}",
                    &[],
                    "WikiArticleGetData",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWikiArticleData"),
            [false, true, false],
        );
        ///`DssWikiArticle::upload_attachment_file`.
        pub static WIKI_ARTICLE_UPLOAD_ATTACHMENT_FILE: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "upload_attachment_file",
            crate::rt::Server::DSS,
            "Attaches a file to the article: the request behind [`upload_attachement`](crate::DssWikiArticle::upload_attachement), which first drops from the file name what DSS does not take.",
            &[
                Arg::new("fp", "file", Presence::Required, Place::Upload, false),
                Arg::new("filename", "str", Presence::Required, Place::UploadName, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/wiki/{article_id}/upload",
                    &[],
                    "WikiArticleUploadAttachmentFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, false, false],
        );
        ///`DssWikiArticle::upload_attachement`.
        pub static WIKI_ARTICLE_UPLOAD_ATTACHEMENT: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "upload_attachement",
            crate::rt::Server::DSS,
            "Attaches a file to the article under a file name (DSS picks the file's type from its extension).",
            &[
                Arg::new("fp", "Upload", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "filename",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("WikiArticleUploadAttachmentFile < '_ >"),
            [true, true, false],
        );
        ///`DssWikiArticle::get_uploaded_file`.
        pub static WIKI_ARTICLE_GET_UPLOADED_FILE: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "get_uploaded_file",
            crate::rt::Server::DSS,
            "Downloads one attachment of the article, as a byte stream.",
            &[Arg::new("upload_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/wiki/{article_id}/uploads/{upload_id}",
                    &[],
                    "WikiArticleGetUploadedFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssWikiArticle::get_export_stream`.
        pub static WIKI_ARTICLE_GET_EXPORT_STREAM: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "get_export_stream",
            crate::rt::Server::DSS,
            "Exports the article as a PDF (or, with the attachments, a zip archive), as a byte stream.",
            &[
                Arg::new(
                    "paper_size",
                    "str",
                    Presence::Default("A4"),
                    Place::Member {
                        path: "paperSize",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_children",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "exportChildren",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_attachment",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "exportAttachments",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/wiki/{article_id}/actions/export",
                    &[],
                    "WikiArticleGetExportStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssWikiArticle::export_to_file`.
        pub static WIKI_ARTICLE_EXPORT_TO_FILE: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "export_to_file",
            crate::rt::Server::DSS,
            "Exports the article as a PDF (or, with the attachments, a zip archive) into a local file.",
            &[
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
                Arg::new(
                    "paper_size",
                    "str",
                    Presence::Default("A4"),
                    Place::Member {
                        path: "paperSize",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_children",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "exportChildren",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_attachment",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "exportAttachments",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/wiki/{article_id}/actions/export",
                    &[],
                    "WikiArticleExportToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssWikiArticle::delete`.
        pub static WIKI_ARTICLE_DELETE: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the article.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/wiki/{article_id}",
                    &[],
                    "WikiArticleDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWikiArticle::get_object_discussions`.
        pub static WIKI_ARTICLE_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssWikiArticle",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the article.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssWikiArticleData::save`.
        pub static WIKI_ARTICLE_DATA_SAVE: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "save",
            crate::rt::Server::DSS,
            "Saves the article: its body and metadata, sent back as they were read except where they were changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/wiki/{article_id}",
                    &[],
                    "WikiArticleDataSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWikiArticleData::get_body`.
        pub static WIKI_ARTICLE_DATA_GET_BODY: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "get_body",
            crate::rt::Server::DSS,
            "The article's body, in markdown.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssWikiArticleData::set_body`.
        pub static WIKI_ARTICLE_DATA_SET_BODY: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "set_body",
            crate::rt::Server::DSS,
            "Replaces the article's body.",
            &[
                Arg::new(
                    "content",
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
        ///`DssWikiArticleData::get_metadata`.
        pub static WIKI_ARTICLE_DATA_GET_METADATA: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "get_metadata",
            crate::rt::Server::DSS,
            "The article's metadata (name, attachments, tags, ...).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssWikiArticleData::set_metadata`.
        pub static WIKI_ARTICLE_DATA_SET_METADATA: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "set_metadata",
            crate::rt::Server::DSS,
            "Replaces the article's metadata.",
            &[
                Arg::new(
                    "metadata",
                    "json",
                    Presence::Required,
                    Place::Document("article"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssWikiArticleData::get_name`.
        pub static WIKI_ARTICLE_DATA_GET_NAME: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "get_name",
            crate::rt::Server::DSS,
            "The article's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssWikiArticleData::set_name`.
        pub static WIKI_ARTICLE_DATA_SET_NAME: Endpoint = Endpoint::new(
            "DssWikiArticleData",
            "set_name",
            crate::rt::Server::DSS,
            "Renames the article.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Document("article.name"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssWikiSettings::get_raw`.
        pub static WIKI_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssWikiSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssWikiArticleData::get_raw`.
        pub static WIKI_ARTICLE_DATA_GET_RAW: Endpoint = Endpoint::new(
            "DssWikiArticleData",
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
        &endpoints::PROJECT_GET_WIKI,
        &endpoints::WIKI_GET_SETTINGS,
        &endpoints::WIKI_GET_ARTICLE,
        &endpoints::WIKI_CREATE_ARTICLE_ONLY,
        &endpoints::WIKI_GET_EXPORT_STREAM,
        &endpoints::WIKI_EXPORT_TO_FILE,
        &endpoints::WIKI_LIST_ARTICLES,
        &endpoints::WIKI_CREATE_ARTICLE,
        &endpoints::WIKI_SETTINGS_SAVE,
        &endpoints::WIKI_SETTINGS_GET_TAXONOMY,
        &endpoints::WIKI_SETTINGS_SET_TAXONOMY,
        &endpoints::WIKI_SETTINGS_GET_HOME_ARTICLE_ID,
        &endpoints::WIKI_SETTINGS_SET_HOME_ARTICLE_ID,
        &endpoints::WIKI_SETTINGS_MOVE_ARTICLE_IN_TAXONOMY,
        &endpoints::WIKI_ARTICLE_GET_DATA,
        &endpoints::WIKI_ARTICLE_UPLOAD_ATTACHMENT_FILE,
        &endpoints::WIKI_ARTICLE_UPLOAD_ATTACHEMENT,
        &endpoints::WIKI_ARTICLE_GET_UPLOADED_FILE,
        &endpoints::WIKI_ARTICLE_GET_EXPORT_STREAM,
        &endpoints::WIKI_ARTICLE_EXPORT_TO_FILE,
        &endpoints::WIKI_ARTICLE_DELETE,
        &endpoints::WIKI_ARTICLE_GET_OBJECT_DISCUSSIONS,
        &endpoints::WIKI_ARTICLE_DATA_SAVE,
        &endpoints::WIKI_ARTICLE_DATA_GET_BODY,
        &endpoints::WIKI_ARTICLE_DATA_SET_BODY,
        &endpoints::WIKI_ARTICLE_DATA_GET_METADATA,
        &endpoints::WIKI_ARTICLE_DATA_SET_METADATA,
        &endpoints::WIKI_ARTICLE_DATA_GET_NAME,
        &endpoints::WIKI_ARTICLE_DATA_SET_NAME,
        &endpoints::WIKI_SETTINGS_GET_RAW,
        &endpoints::WIKI_ARTICLE_DATA_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssWiki",
                doc: "The wiki of a project.",
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
                name: "DssWikiArticle",
                doc: "One article of a project's wiki, named by its id (`get_article` finds the id of an article named by its name).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "article_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssWikiSettings",
                doc: "The settings of a wiki, as `get_settings` reads them (dataikuapi's `DSSWikiSettings`): the taxonomy (the tree of article ids) and the home article; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssWikiArticleData",
                doc: "An article's content and metadata, as `get_data` reads them (dataikuapi's `DSSWikiArticleData`): the markdown body (`payload`) and the article's metadata (`article`: name, attachments, ...); changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "article_id",
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
        &[]
    };
    impl super::handles::DssProject {
        /**A handle on the project's wiki.

Builds a handle; sends no request.*/
        pub fn get_wiki(&self) -> super::handles::DssWiki {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssWiki {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
    }
    impl super::handles::DssWiki {
        /**Reads the wiki's settings (taxonomy, home article), to change and
`save`.

`GET /projects/{project_key}/wiki/`

Returns a [`WikiGetSettings`](requests::WikiGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::WikiGetSettings<'_> {
            requests::WikiGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one article, named by its id or its name: DSS is asked
for the article, and the handle holds the id it answers with.

`GET /projects/{project_key}/wiki/{article_id_or_name}`

Arguments:
- `article_id_or_name`: The article's id, or its name. Sent as a path segment.

Returns a [`WikiGetArticle`](requests::WikiGetArticle) request; nothing is sent until `.send()`.*/
        pub fn get_article(
            &self,
            article_id_or_name: impl Into<String>,
        ) -> requests::WikiGetArticle<'_> {
            requests::WikiGetArticle {
                __owner: self,
                article_id_or_name: article_id_or_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an article: the request behind
[`create_article`](crate::DssWiki::create_article), which also
writes the content when one is given.

`POST /projects/{project_key}/wiki/`

Never retried: sending it twice could do the work twice.

Arguments:
- `article_name`: Name of the new article. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `parent_id`: Unset by default (then sent as `null`). Sent as JSON member `parent`.

Returns a [`WikiCreateArticleOnly`](requests::WikiCreateArticleOnly) request; nothing is sent until `.send()`.*/
        pub fn create_article_only(
            &self,
            article_name: impl Into<String>,
        ) -> requests::WikiCreateArticleOnly<'_> {
            requests::WikiCreateArticleOnly {
                __owner: self,
                article_name: article_name.into(),
                parent_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the whole wiki as a PDF (or, with the attachments, a zip
archive), as a byte stream.

`POST /projects/{project_key}/wiki/actions/export`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `paper_size`: Default: `A4`. Sent as JSON member `paperSize`.
- `export_attachment`: Default: `false`. Sent as JSON member `exportAttachments`.

Returns a [`WikiGetExportStream`](requests::WikiGetExportStream) request; nothing is sent until `.send()`.*/
        pub fn get_export_stream(&self) -> requests::WikiGetExportStream<'_> {
            requests::WikiGetExportStream {
                __owner: self,
                paper_size: String::from("A4"),
                export_attachment: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the whole wiki as a PDF (or, with the attachments, a zip
archive) into a local file.

`POST /projects/{project_key}/wiki/actions/export`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: The local file to write. Sent as the local file the answer is written to.

Optional arguments, set by name on the returned request:
- `paper_size`: Default: `A4`. Sent as JSON member `paperSize`.
- `export_attachment`: Default: `false`. Sent as JSON member `exportAttachments`.

Returns a [`WikiExportToFile`](requests::WikiExportToFile) request; nothing is sent until `.send()`.*/
        pub fn export_to_file(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::WikiExportToFile<'_> {
            requests::WikiExportToFile {
                __owner: self,
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                paper_size: String::from("A4"),
                export_attachment: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssWikiSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/wiki/`

Returns a [`WikiSettingsSave`](requests::WikiSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::WikiSettingsSave<'_> {
            requests::WikiSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The taxonomy: the root articles, each `{"id", "children": [..]}`.

Reads the document this value holds; sends no request.*/
        pub fn get_taxonomy(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("taxonomy")
        }
        /**Replaces the taxonomy (every article must be in it exactly once).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_taxonomy(
            &mut self,
            taxonomy: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("taxonomy", taxonomy.into());
            self
        }
        /**The id of the wiki's home article.

Reads the document this value holds; sends no request.*/
        pub fn get_home_article_id(&self) -> ::core::option::Option<&str> {
            self.document.get("homeArticleId").and_then(::serde_json::Value::as_str)
        }
        /**Sets the wiki's home article.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_home_article_id(
            &mut self,
            home_article_id: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("homeArticleId", ::serde_json::Value::from(home_article_id.into()));
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssWikiArticle {
        /**Reads the article's content and metadata, to change and `save`.

`GET /projects/{project_key}/wiki/{article_id}`

Returns a [`WikiArticleGetData`](requests::WikiArticleGetData) request; nothing is sent until `.send()`.*/
        pub fn get_data(&self) -> requests::WikiArticleGetData<'_> {
            requests::WikiArticleGetData {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Attaches a file to the article: the request behind
[`upload_attachement`](crate::DssWikiArticle::upload_attachement),
which first drops from the file name what DSS does not take.

`POST /projects/{project_key}/wiki/{article_id}/upload`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The file's content. Sent as a streamed multipart upload (part `file`, filename from `filename`).
- `filename`: The file name to send (DSS picks the file's type from its extension). Sent as the file name of the uploaded part.

Returns a [`WikiArticleUploadAttachmentFile`](requests::WikiArticleUploadAttachmentFile) request; nothing is sent until `.send()`.*/
        pub fn upload_attachment_file(
            &self,
            fp: impl Into<crate::rt::Upload>,
            filename: impl Into<String>,
        ) -> requests::WikiArticleUploadAttachmentFile<'_> {
            requests::WikiArticleUploadAttachmentFile {
                __owner: self,
                fp: fp.into(),
                filename: filename.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads one attachment of the article, as a byte stream.

`GET /projects/{project_key}/wiki/{article_id}/uploads/{upload_id}`

Arguments:
- `upload_id`: The attachment's upload id (in the article's metadata). Sent as a path segment.

Returns a [`WikiArticleGetUploadedFile`](requests::WikiArticleGetUploadedFile) request; nothing is sent until `.send()`.*/
        pub fn get_uploaded_file(
            &self,
            upload_id: impl Into<String>,
        ) -> requests::WikiArticleGetUploadedFile<'_> {
            requests::WikiArticleGetUploadedFile {
                __owner: self,
                upload_id: upload_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the article as a PDF (or, with the attachments, a zip
archive), as a byte stream.

`POST /projects/{project_key}/wiki/{article_id}/actions/export`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `paper_size`: Default: `A4`. Sent as JSON member `paperSize`.
- `export_children`: Default: `false`. Sent as JSON member `exportChildren`.
- `export_attachment`: Default: `false`. Sent as JSON member `exportAttachments`.

Returns a [`WikiArticleGetExportStream`](requests::WikiArticleGetExportStream) request; nothing is sent until `.send()`.*/
        pub fn get_export_stream(&self) -> requests::WikiArticleGetExportStream<'_> {
            requests::WikiArticleGetExportStream {
                __owner: self,
                paper_size: String::from("A4"),
                export_children: false,
                export_attachment: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the article as a PDF (or, with the attachments, a zip
archive) into a local file.

`POST /projects/{project_key}/wiki/{article_id}/actions/export`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: The local file to write. Sent as the local file the answer is written to.

Optional arguments, set by name on the returned request:
- `paper_size`: Default: `A4`. Sent as JSON member `paperSize`.
- `export_children`: Default: `false`. Sent as JSON member `exportChildren`.
- `export_attachment`: Default: `false`. Sent as JSON member `exportAttachments`.

Returns a [`WikiArticleExportToFile`](requests::WikiArticleExportToFile) request; nothing is sent until `.send()`.*/
        pub fn export_to_file(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::WikiArticleExportToFile<'_> {
            requests::WikiArticleExportToFile {
                __owner: self,
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                paper_size: String::from("A4"),
                export_children: false,
                export_attachment: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the article.

`DELETE /projects/{project_key}/wiki/{article_id}`

Returns a [`WikiArticleDelete`](requests::WikiArticleDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::WikiArticleDelete<'_> {
            requests::WikiArticleDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the discussions of the article.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("ARTICLE");
                let __f_object_id = ::core::clone::Clone::clone(&self.article_id);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssWikiArticleData {
        /**Saves the article: its body and metadata, sent back as they were
read except where they were changed.

`PUT /projects/{project_key}/wiki/{article_id}`

Returns a [`WikiArticleDataSave`](requests::WikiArticleDataSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::WikiArticleDataSave<'_> {
            requests::WikiArticleDataSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The article's body, in markdown.

Reads the document this value holds; sends no request.*/
        pub fn get_body(&self) -> ::core::option::Option<&str> {
            self.document.get("payload").and_then(::serde_json::Value::as_str)
        }
        /**Replaces the article's body.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_body(
            &mut self,
            content: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("payload", ::serde_json::Value::from(content.into()));
            self
        }
        /**The article's metadata (name, attachments, tags, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_metadata(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("article")
        }
        /**Replaces the article's metadata.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_metadata(
            &mut self,
            metadata: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("article", metadata.into());
            self
        }
        /**The article's name.

Reads the document this value holds; sends no request.*/
        pub fn get_name(&self) -> ::core::option::Option<&str> {
            self.document.get("article.name").and_then(::serde_json::Value::as_str)
        }
        /**Renames the article.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_name(
            &mut self,
            name: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("article.name", ::serde_json::Value::from(name.into()));
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
            impl super::handles::DssWiki {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_articles(
                    &self,
                ) -> Pending<'_, Vec<DssWikiArticle>> {
                    self.list_articles()
                }
            }
            impl super::handles::DssWiki {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_create_article(
                    &self,
                    article_name: &str,
                ) -> WikiCreateArticle<'_> {
                    self.create_article(article_name)
                }
            }
            impl super::handles::DssWikiSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_move_article_in_taxonomy(
                    &mut self,
                    article_id: &str,
                    parent_article_id: Option<&str>,
                ) -> Result<&mut DssWikiSettings> {
                    self.move_article_in_taxonomy(article_id, parent_article_id)
                }
            }
            impl super::handles::DssWikiArticle {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_upload_attachement(
                    &self,
                    fp: Upload,
                    filename: &str,
                ) -> WikiArticleUploadAttachmentFile<'_> {
                    self.upload_attachement(fp, filename)
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
                ("DssWiki", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWiki", ids)?;
                        let __owner = super::handles::DssWiki {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::WikiGetSettings::ENDPOINT;
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
                ("DssWiki", "get_article") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWiki", ids)?;
                        let __owner = super::handles::DssWiki {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_article(args.str("article_id_or_name")?);
                        let __endpoint = requests::WikiGetArticle::ENDPOINT;
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
                ("DssWiki", "create_article_only") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWiki", ids)?;
                        let __owner = super::handles::DssWiki {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_article_only(args.str("article_name")?);
                        let __endpoint = requests::WikiCreateArticleOnly::ENDPOINT;
                        if let Some(__v) = args.opt_str("parent_id")? {
                            __r = __r.parent_id(__v);
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
                ("DssWiki", "get_export_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWiki", ids)?;
                        let __owner = super::handles::DssWiki {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_export_stream();
                        let __endpoint = requests::WikiGetExportStream::ENDPOINT;
                        if let Some(__v) = args.opt_str("paper_size")? {
                            __r = __r.paper_size(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_attachment")? {
                            __r = __r.export_attachment(__v);
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
                ("DssWiki", "export_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWiki", ids)?;
                        let __owner = super::handles::DssWiki {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.export_to_file(args.str("path")?);
                        let __endpoint = requests::WikiExportToFile::ENDPOINT;
                        if let Some(__v) = args.opt_str("paper_size")? {
                            __r = __r.paper_size(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_attachment")? {
                            __r = __r.export_attachment(__v);
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
                ("DssWikiSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWikiSettings", ids)?;
                        let __owner = super::handles::DssWikiSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::WikiSettingsSave::ENDPOINT;
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
                ("DssWikiArticle", "get_data") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_data();
                        let __endpoint = requests::WikiArticleGetData::ENDPOINT;
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
                ("DssWikiArticle", "upload_attachment_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .upload_attachment_file(
                                args.file("fp")?,
                                args.str("filename")?,
                            );
                        let __endpoint = requests::WikiArticleUploadAttachmentFile::ENDPOINT;
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
                ("DssWikiArticle", "get_uploaded_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_uploaded_file(args.str("upload_id")?);
                        let __endpoint = requests::WikiArticleGetUploadedFile::ENDPOINT;
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
                ("DssWikiArticle", "get_export_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_export_stream();
                        let __endpoint = requests::WikiArticleGetExportStream::ENDPOINT;
                        if let Some(__v) = args.opt_str("paper_size")? {
                            __r = __r.paper_size(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_children")? {
                            __r = __r.export_children(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_attachment")? {
                            __r = __r.export_attachment(__v);
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
                ("DssWikiArticle", "export_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.export_to_file(args.str("path")?);
                        let __endpoint = requests::WikiArticleExportToFile::ENDPOINT;
                        if let Some(__v) = args.opt_str("paper_size")? {
                            __r = __r.paper_size(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_children")? {
                            __r = __r.export_children(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_attachment")? {
                            __r = __r.export_attachment(__v);
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
                ("DssWikiArticle", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::WikiArticleDelete::ENDPOINT;
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
                ("DssWikiArticleData", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticleData", ids)?;
                        let __owner = super::handles::DssWikiArticleData {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::WikiArticleDataSave::ENDPOINT;
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
                "DssWikiSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWiki", ids)?;
                        let __owner = super::handles::DssWiki {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssWikiArticleData" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_article_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWikiArticle", ids)?;
                        let __owner = super::handles::DssWikiArticle {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            article_id: __id_article_id,
                        };
                        let mut __doc = __owner.get_data().send()?;
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
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssWiki {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssWiki"
            );
            checked += 1;
            let handle = super::handles::DssWikiArticle {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                article_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssWikiArticle"
            );
            checked += 1;
            let handle = super::handles::DssWikiSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
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
                "DssWikiSettings"
            );
            checked += 1;
            let handle = super::handles::DssWikiArticleData {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                article_id: ::std::string::String::from("plain"),
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
                "DssWikiArticleData"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
