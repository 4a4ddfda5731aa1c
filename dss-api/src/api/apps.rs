//! Dataiku apps: [`DssApp::get_manifest`], which notes the project a
//! manifest can be saved to, the local methods of [`DssAppManifest`], and
//! temporary instances ([`DssApp::make_random_project_key`],
//! [`DssApp::create_temporary_instance`]).

use serde_json::Value;

use crate::api::generated::endpoints::{APP_CREATE_TEMPORARY_INSTANCE, APP_GET_MANIFEST};
use crate::api::handles::{DssApp, DssAppInstance, DssAppManifest};
use crate::api::pending::Pending;
use crate::rt::timed;

/// The id of an app made from a project starts with this, then the key.
const PROJECT_APP: &str = "PROJECT_";

impl DssApp {
    /// Reads the app's manifest (`GET /apps/{app_id}/`). An app made from a
    /// project (its id is `PROJECT_<projectKey>`) gives a manifest that
    /// [`save`](DssAppManifest::save) writes back to that project; any
    /// other, one that cannot be saved.
    pub fn get_manifest(&self) -> Pending<'_, DssAppManifest> {
        Pending::new(&APP_GET_MANIFEST, move |opts| {
            let mut manifest = timed!(self.get_raw_manifest(), opts).send()?;
            if let Some(key) = self.app_id.strip_prefix(PROJECT_APP) {
                manifest.project_key = key.to_owned();
            }
            Ok(manifest)
        })
    }

    /// A project key for a new instance of the app: the app's id with each
    /// run of characters other than ASCII letters, digits and `_` made one
    /// `_`, then `_tmp_` and ten random ASCII letters (no request).
    pub fn make_random_project_key(&self) -> String {
        let mut key = String::with_capacity(self.app_id.len() + 15);
        let mut in_run = false;
        for c in self.app_id.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                key.push(c);
                in_run = false;
            } else if !in_run {
                key.push('_');
                in_run = true;
            }
        }
        key.push_str("_tmp_");
        const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for _ in 0..10 {
            let i = (crate::util::random_u64() % LETTERS.len() as u64) as usize;
            key.push(char::from(LETTERS[i]));
        }
        key
    }

    /// Creates a temporary instance of the app (not indexed, no history)
    /// under a key from [`make_random_project_key`](Self::make_random_project_key),
    /// used as its name too: `POST /apps/{app_id}/instances`, then the
    /// creation task is waited for. Returns a handle on the instance;
    /// deleting it when done is the caller's
    /// (`instance.get_as_project().delete()`, with the data clearing
    /// wanted: dataikuapi's `close()` clears managed datasets, output
    /// folders, knowledge banks and logs).
    pub fn create_temporary_instance(&self) -> Pending<'_, DssAppInstance> {
        Pending::new(&APP_CREATE_TEMPORARY_INSTANCE, move |opts| {
            let key = self.make_random_project_key();
            let create = self
                .create_instance(key.as_str(), key.as_str())
                .is_temporary_instance(true);
            timed!(create, opts).send()?;
            Ok(self.get_instance(key))
        })
    }
}

impl DssAppManifest {
    /// Every action of the app: the `tiles` of each of its
    /// `homepageSections`, in order (no request).
    pub fn get_all_actions(&self) -> Vec<&Value> {
        self.document
            .get("homepageSections")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|section| section.get("tiles").and_then(Value::as_array))
            .flatten()
            .collect()
    }

    /// The `scenarioId` of each action of type `SCENARIO_RUN`, in order
    /// (no request).
    pub fn get_runnable_scenarios(&self) -> Vec<&str> {
        self.get_all_actions()
            .into_iter()
            .filter(|tile| tile.get("type").and_then(Value::as_str) == Some("SCENARIO_RUN"))
            .filter_map(|tile| tile.get("scenarioId").and_then(Value::as_str))
            .collect()
    }
}
