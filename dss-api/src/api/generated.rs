//! The generated API: the expansion of the endpoint table in `spec/`
//! (handles, models, request values, the methods of [`DssClient`] and of
//! the handles, and the catalog). Generated code names only the runtime
//! contract, `crate::rt`.
//!
//! [`DssClient`]: crate::DssClient

// `spec` is a link to the workspace's `spec/` (so that the packaged crate
// carries its endpoint table).
dss_api_derive::generate!("spec/index.dss");

/// The sample spec of the generator's expansion snapshot, which uses every
/// clause and result kind of the spec language, compiled against this
/// runtime (and linted with the rest of the crate's tests), so that no path
/// of the generator emits code that does not build.
#[cfg(test)]
// Only compiled: the sample's client of another server is reached from
// nowhere in the crate, so most of its methods would be "never used".
#[allow(dead_code)]
pub mod sample {
    dss_api_derive::generate!("../dss-api-derive/tests/fixtures/index.dss");

    /// `wait<T>` results end in the task handle's hand-written wait; the
    /// sample's task handle gets a stand-in (this module is only compiled).
    impl crate::rt::Task for handles::DssFuture {
        fn wait_for_result_as<T: serde::de::DeserializeOwned>(self) -> crate::rt::Result<T> {
            Err(crate::rt::Error::Config(format!(
                "sample task {} is never run",
                self.job_id
            )))
        }
    }

    /// The sample's methods written by hand, as its spec declares them.
    impl handles::DssThing {
        /// The thing's id after a prefix.
        pub fn describe(&self, prefix: &str) -> String {
            format!("{prefix}{}", self.thing_id)
        }

        /// A handle on a thing, with no token.
        pub fn named(client: &crate::rt::DssClient, thing_id: &str) -> handles::DssThing {
            handles::DssThing {
                client: client.clone(),
                thing_id: thing_id.to_owned(),
                secret_token: String::new(),
                state: None,
            }
        }
    }

    /// The generator lists every request value type of the sample once,
    /// as it does the real spec's for the mock.
    #[cfg(feature = "mock")]
    #[test]
    fn every_request_of_the_sample_is_listed() {
        let sending: Vec<&str> = catalog::ENDPOINTS
            .iter()
            .filter(|e| !e.hand_written)
            .filter_map(|e| e.request.map(|r| r.request_type))
            .collect();
        assert!(sending.len() > 10, "{sending:?}");
        assert_eq!(requests::REQUEST_TYPES, sending.as_slice());
    }
}
