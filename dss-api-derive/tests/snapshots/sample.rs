/// Every generated method, as `(owner type, method name)`, in spec
/// order (for tests and tools that check the API's coverage).
#[doc(hidden)]
pub const __GENERATED_METHODS: &[(&str, &str)] = &[
    ("DssClient", "list_things"),
    ("DssClient", "get_thing"),
    ("DssClient", "upload_thing"),
    ("DssThing", "download"),
    ("DssThing", "put"),
    ("DssThing", "run"),
];
/// Handle types: cheap, cloneable values that name one object on the
/// server (a project, a user, ...) and hold a clone of the client.
/// Building one sends nothing; their methods return requests.
pub mod handles {
    ///A thing, named by id.
    #[derive(Clone)]
    pub struct DssThing {
        pub(crate) client: crate::DssClient,
        pub(crate) thing_id: String,
        pub(crate) state: Option<u32>,
    }
    impl DssThing {
        ///The `thing_id` this handle points at.
        pub fn thing_id(&self) -> &str {
            &self.thing_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssThing {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssThing")
                .field("thing_id", &self.thing_id)
                .finish_non_exhaustive()
        }
    }
}
/// Request values returned by the API methods: set optional
/// arguments by name, then call `send()`.
pub mod requests {
    #[allow(unused_imports)]
    use ::core::option::Option::{self, None, Some};
    #[allow(unused_imports)]
    use ::core::result::Result::{self, Ok};
    #[allow(unused_imports)]
    use ::std::string::String;
    #[allow(unused_imports)]
    use ::std::vec::Vec;
    #[allow(unused_imports)]
    use crate::models::*;
    #[allow(unused_imports)]
    use ::serde_json::Value;
    ///Request value of [`DssClient::list_things`](crate::DssClient::list_things): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListThings<'a> {
        pub(crate) __owner: &'a crate::DssClient,
        pub(crate) all: bool,
        pub(crate) tag: Option<String>,
        pub(crate) tag_header: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl ListThings<'_> {
        /**Include hidden ones.

Default: `false`. Sent as query parameter `all`.*/
        pub fn all(mut self, all: bool) -> Self {
            self.all = all;
            self
        }
        /**Sets `tag`.

Unset by default (then left out). Sent as query parameter `tag`.*/
        pub fn tag(mut self, tag: impl Into<String>) -> Self {
            self.tag = Some(tag.into());
            self
        }
        /**Sets `tag_header`.

Unset by default (then left out). Sent as header `X-Trace`.*/
        pub fn tag_header(mut self, tag_header: impl Into<String>) -> Self {
            self.tag_header = Some(tag_header.into());
            self
        }
        ///Sends the request (`GET /things/`) and returns the answer.
        pub fn send(self) -> Result<Vec<Value>, crate::Error> {
            let Self { __owner, all, tag, tag_header, __timeout } = self;
            let mut __call = crate::request::Call::new(__owner, "GET", "list_things");
            __call.timeout(__timeout);
            __call.lit("/things/");
            __call.query("all", &all);
            __call.query("kind", "x");
            __call.query("tag", &tag);
            __call.header("X-Trace", &tag_header);
            __call.send_json::<Vec<Value>>()
        }
    }
    crate::request::request_common!(ListThings, "DssClient::list_things");
    ///Request value of [`DssClient::upload_thing`](crate::DssClient::upload_thing): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UploadThing<'a> {
        pub(crate) __owner: &'a crate::DssClient,
        pub(crate) fp: crate::Upload,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl UploadThing<'_> {
        ///Sends the request (`POST /things/upload`) and returns the answer.
        pub fn send(self) -> Result<crate::DssFuture, crate::Error> {
            let Self { __owner, fp, __timeout } = self;
            let mut __call = crate::request::Call::new(__owner, "POST", "upload_thing");
            __call.timeout(__timeout);
            __call.lit("/things/upload");
            __call.upload("thing.zip", fp);
            __call.send_future()
        }
    }
    crate::request::request_common!(UploadThing, "DssClient::upload_thing");
    ///Request value of [`DssThing::download`](crate::handles::DssThing::download): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ThingDownload<'a> {
        pub(crate) __owner: &'a crate::handles::DssThing,
        pub(crate) out: &'a mut dyn ::std::io::Write,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl ThingDownload<'_> {
        ///Sends the request (`GET /things/{thing_id}/download`) and returns the answer.
        pub fn send(self) -> Result<u64, crate::Error> {
            let Self { __owner, out, __timeout } = self;
            let mut __call = crate::request::Call::new(
                &__owner.client,
                "GET",
                "download",
            );
            __call.timeout(__timeout);
            __call.lit("/things/");
            __call.segment("thing_id", &__owner.thing_id)?;
            __call.lit("/download");
            __call.send_stream()?.copy_to(out)
        }
    }
    crate::request::request_common!(ThingDownload, "DssThing::download");
    ///Request value of [`DssThing::put`](crate::handles::DssThing::put): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ThingPut<'a> {
        pub(crate) __owner: &'a crate::handles::DssThing,
        pub(crate) path: String,
        pub(crate) f: crate::Upload,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl ThingPut<'_> {
        ///Sends the request (`POST /things/{thing_id}/files/{path*}`) and returns the answer.
        pub fn send(self) -> Result<(), crate::Error> {
            let Self { __owner, path, f, __timeout } = self;
            let mut __call = crate::request::Call::new(&__owner.client, "POST", "put");
            __call.timeout(__timeout);
            __call.lit("/things/");
            __call.segment("thing_id", &__owner.thing_id)?;
            __call.lit("/files/");
            __call.segments("path", &path)?;
            __call.raw(f);
            __call.send_empty()
        }
    }
    crate::request::request_common!(ThingPut, "DssThing::put");
    ///Request value of [`DssThing::run`](crate::handles::DssThing::run): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ThingRun<'a> {
        pub(crate) __owner: &'a crate::handles::DssThing,
        pub(crate) limit: i64,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl ThingRun<'_> {
        /**Sets `limit`.

Default: `10`. Sent as query parameter `limit`.*/
        pub fn limit(mut self, limit: i64) -> Self {
            self.limit = limit;
            self
        }
        /// Starts the task and returns its handle without waiting
        /// (dataikuapi's `wait=False`).
        pub fn start(self) -> Result<crate::DssFuture, crate::Error> {
            let Self { __owner, limit, __timeout } = self;
            let mut __call = crate::request::Call::new(&__owner.client, "POST", "run");
            __call.timeout(__timeout);
            __call.lit("/things/");
            __call.segment("thing_id", &__owner.thing_id)?;
            __call.lit("/run");
            __call.query("limit", &limit);
            __call.send_future()
        }
        ///Sends the request (`POST /things/{thing_id}/run`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::Error> {
            self.start()?.wait_for_result_as::<Value>()
        }
    }
    crate::request::request_common!(ThingRun, "DssThing::run");
}
impl crate::DssClient {
    /**Lists things.

`GET /things/` (always with `kind=x`)

Optional arguments, set by name on the returned request:
- `all`: Default: `false`. Sent as query parameter `all`.
- `tag`: Unset by default (then left out). Sent as query parameter `tag`.
- `tag_header`: Unset by default (then left out). Sent as header `X-Trace`.

Returns a [`ListThings`](crate::requests::ListThings) request; nothing is sent until `.send()`.*/
    pub fn list_things(&self) -> crate::requests::ListThings<'_> {
        crate::requests::ListThings {
            __owner: self,
            all: false,
            tag: None,
            tag_header: None,
            __timeout: None,
        }
    }
    /**A handle.

Builds a handle; sends no request.*/
    pub fn get_thing(&self, thing_id: impl Into<String>) -> crate::handles::DssThing {
        let thing_id = thing_id.into();
        crate::handles::DssThing {
            client: Clone::clone(self),
            thing_id: thing_id,
            state: None,
        }
    }
    /**Uploads.

`POST /things/upload`

Arguments:
- `fp`: Sent as a streamed multipart upload (part `file`, filename `thing.zip`).

Returns a [`UploadThing`](crate::requests::UploadThing) request; nothing is sent until `.send()`.*/
    pub fn upload_thing(
        &self,
        fp: impl Into<crate::Upload>,
    ) -> crate::requests::UploadThing<'_> {
        crate::requests::UploadThing {
            __owner: self,
            fp: fp.into(),
            __timeout: None,
        }
    }
}
impl crate::handles::DssThing {
    /**Downloads.

`GET /things/{thing_id}/download`

Arguments:
- `out`:

Returns a [`ThingDownload`](crate::requests::ThingDownload) request; nothing is sent until `.send()`.*/
    pub fn download<'a>(
        &'a self,
        out: &'a mut dyn ::std::io::Write,
    ) -> crate::requests::ThingDownload<'a> {
        crate::requests::ThingDownload {
            __owner: self,
            out: out,
            __timeout: None,
        }
    }
    /**Writes a file.

`POST /things/{thing_id}/files/{path*}`

Arguments:
- `path`: Sent as path segments (each encoded, the slashes kept).
- `f`: Sent as the raw request body, streamed.

Returns a [`ThingPut`](crate::requests::ThingPut) request; nothing is sent until `.send()`.*/
    pub fn put(
        &self,
        path: impl Into<String>,
        f: impl Into<crate::Upload>,
    ) -> crate::requests::ThingPut<'_> {
        crate::requests::ThingPut {
            __owner: self,
            path: path.into(),
            f: f.into(),
            __timeout: None,
        }
    }
    /**Runs.

`POST /things/{thing_id}/run`

Optional arguments, set by name on the returned request:
- `limit`: Default: `10`. Sent as query parameter `limit`.

Returns a [`ThingRun`](crate::requests::ThingRun) request; nothing is sent until `.send()`.*/
    pub fn run(&self) -> crate::requests::ThingRun<'_> {
        crate::requests::ThingRun {
            __owner: self,
            limit: 10i64,
            __timeout: None,
        }
    }
}
