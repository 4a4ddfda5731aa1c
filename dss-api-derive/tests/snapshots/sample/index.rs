// The expansion of the index (what gathers every file's module), as generated from `tests/fixtures/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
/// Handle types: cheap, cloneable values that name one object on the
/// server (a project, a user, ...) and hold a clone of the client.
/// Building one sends nothing; their methods return requests.
pub mod handles {
    pub use super::spec_sample::handles::*;
    pub use super::spec_more::handles::*;
    pub use super::spec_node::handles::*;
}
/// Typed answers. Each keeps the members it does not name in `extra`,
/// as the server wrote them, so an object read, changed and written
/// back loses nothing.
pub mod models {
    pub use super::spec_sample::models::*;
    pub use super::spec_more::models::*;
    pub use super::spec_node::models::*;
}
/// Request values returned by the API methods: set optional
/// arguments by name, then call `send()`.
pub mod requests {
    pub use super::spec_sample::requests::*;
    pub use super::spec_more::requests::*;
    pub use super::spec_node::requests::*;
    /// The name of every request value type generated from the
    /// spec, each checked to implement `rt::Prepared` (the mock's
    /// stubs).
    #[cfg(feature = "mock")]
    pub static REQUEST_TYPES: &[&str] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_sample::requests::REQUEST_TYPES.len()
                + super::spec_more::requests::REQUEST_TYPES.len()
                + super::spec_node::requests::REQUEST_TYPES.len()
        },
    >(
        &[
            super::spec_sample::requests::REQUEST_TYPES,
            super::spec_more::requests::REQUEST_TYPES,
            super::spec_node::requests::REQUEST_TYPES,
        ],
        "",
    );
}
/// The description of every method, by the name of its request
/// value type in SCREAMING_SNAKE_CASE (`DATASET_ITER_ROWS`), for the
/// hand-written halves of the API.
#[allow(unused_imports)]
pub(crate) mod endpoints {
    pub(crate) use super::spec_sample::endpoints::*;
    pub(crate) use super::spec_more::endpoints::*;
    pub(crate) use super::spec_node::endpoints::*;
}
/// Every generated method, handle and model, described as data.
pub mod catalog {
    ///Every method, in spec order: the generated ones and the hand-written ones the spec declares.
    pub static ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_sample::ENDPOINTS.len() + super::spec_more::ENDPOINTS.len()
                + super::spec_node::ENDPOINTS.len()
        },
    >(
        &[
            super::spec_sample::ENDPOINTS,
            super::spec_more::ENDPOINTS,
            super::spec_node::ENDPOINTS,
        ],
        &crate::rt::catalog::Endpoint::PLACEHOLDER,
    );
    ///Every handle type, in spec order.
    pub static HANDLES: &[crate::rt::catalog::Handle] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_sample::HANDLES.len() + super::spec_more::HANDLES.len()
                + super::spec_node::HANDLES.len()
        },
    >(
        &[
            super::spec_sample::HANDLES,
            super::spec_more::HANDLES,
            super::spec_node::HANDLES,
        ],
        crate::rt::catalog::Handle::PLACEHOLDER,
    );
    ///Every model type, in spec order.
    pub static MODELS: &[crate::rt::catalog::Model] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_sample::MODELS.len() + super::spec_more::MODELS.len()
                + super::spec_node::MODELS.len()
        },
    >(
        &[
            super::spec_sample::MODELS,
            super::spec_more::MODELS,
            super::spec_node::MODELS,
        ],
        crate::rt::catalog::Model::PLACEHOLDER,
    );
    /// Sends the request of any method of the catalog, named by its
    /// owner type and method name, with the owner's identifier fields
    /// in order (none for `DssClient`) and the arguments by name as
    /// JSON (see `DynArgs` for uploads and local paths); `start` sends
    /// it as `.start()` would. The answer is read and dropped; the call
    /// fails as `send` would (an HTTP error, a failed task, ...), and
    /// with [`Error::Config`](crate::Error::Config) for a method the
    /// catalog does not have or an argument it does not take.
    #[cfg(feature = "dynamic")]
    pub fn call(
        client: &crate::rt::DssClient,
        owner: &str,
        ids: &[&str],
        method: &str,
        args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        start: bool,
    ) -> ::core::result::Result<(), crate::rt::Error> {
        let mut args = crate::rt::dynamic::DynArgs::new(args);
        if let ::core::option::Option::Some(r) = super::spec_sample::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_more::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_node::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        ::core::result::Result::Err(
            crate::rt::Error::Config(
                ::std::format!("the catalog has no sending method `{owner}::{method}`"),
            ),
        )
    }
    /// Reads a document type of the catalog (`DssDatasetSettings`) with
    /// the first method that reads it (one taking no required argument
    /// when there is one; the required arguments of another are taken
    /// by name from `args`), on the owner named by `ids`; lets `edit`
    /// change it; and sends it back with its `save` when it has one
    /// (then `Ok(true)`).
    #[cfg(feature = "dynamic")]
    pub fn round_trip(
        client: &crate::rt::DssClient,
        document: &str,
        ids: &[&str],
        args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        edit: &dyn Fn(&mut ::serde_json::Value),
    ) -> ::core::result::Result<bool, crate::rt::Error> {
        let mut args = crate::rt::dynamic::DynArgs::new(args);
        if let ::core::option::Option::Some(r) = super::spec_sample::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_more::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_node::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        ::core::result::Result::Err(
            crate::rt::Error::Config(
                ::std::format!(
                    "the catalog has no method reading `{document}` with no required argument"
                ),
            ),
        )
    }
}
const _: () = crate::rt::agree(
    "the setter names a spec argument may not take",
    crate::rt::REQUEST_METHODS,
    &[
        "timeout",
        "response_timeout",
        "idle_timeout",
        "low_speed_limit",
        "retry",
        "no_retry",
        "on_progress",
        "request_options",
        "send",
        "send_as",
        "start",
    ],
);
const _: () = crate::rt::agree(
    "the conversions a spec value may call",
    crate::rt::convert::NAMES,
    &[
        "meaning_entries",
        "meaning_mappings",
        "parse_json",
        "import_settings",
        "nonempty",
        "json_text",
        "python_json",
        "confirmed",
        "bulk_users",
        "first_set",
        "records_with_features",
        "records_with_data",
        "absolute_path",
    ],
);
