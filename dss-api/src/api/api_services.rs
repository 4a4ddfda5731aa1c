//! A project's API services: the hand-written local methods of
//! [`DssApiServiceSettings`], which add endpoints serving saved models,
//! over the document it holds.

use serde_json::{json, Value};

use crate::api::handles::DssApiServiceSettings;
use crate::api::settings::push_to;

impl DssApiServiceSettings {
    /// Appends `{"id", "type", "modelRef"}` (and the extra members) to
    /// `endpoints`.
    fn add_endpoint(&mut self, endpoint_id: &str, kind: &str, saved_model_id: &str, extra: &[(&str, Value)]) {
        let mut endpoint = json!({"id": endpoint_id, "type": kind, "modelRef": saved_model_id});
        if let Some(map) = endpoint.as_object_mut() {
            for (k, v) in extra {
                map.insert((*k).to_owned(), v.clone());
            }
        }
        push_to(&mut self.document, "endpoints", endpoint);
    }

    /// Adds a `STD_PREDICTION` endpoint on the saved model.
    pub fn add_prediction_endpoint(&mut self, endpoint_id: &str, saved_model_id: &str) -> &mut DssApiServiceSettings {
        self.add_endpoint(endpoint_id, "STD_PREDICTION", saved_model_id, &[]);
        self
    }

    /// Adds a `STD_MULTITARGET_PREDICTION` endpoint on the saved model.
    pub fn add_multitarget_prediction_endpoint(
        &mut self,
        endpoint_id: &str,
        saved_model_id: &str,
    ) -> &mut DssApiServiceSettings {
        self.add_endpoint(endpoint_id, "STD_MULTITARGET_PREDICTION", saved_model_id, &[]);
        self
    }

    /// Adds a `STD_CLUSTERING` endpoint on the saved model.
    pub fn add_clustering_endpoint(&mut self, endpoint_id: &str, saved_model_id: &str) -> &mut DssApiServiceSettings {
        self.add_endpoint(endpoint_id, "STD_CLUSTERING", saved_model_id, &[]);
        self
    }

    /// Adds a `STD_FORECAST` endpoint on the saved model.
    pub fn add_forecasting_endpoint(&mut self, endpoint_id: &str, saved_model_id: &str) -> &mut DssApiServiceSettings {
        self.add_endpoint(endpoint_id, "STD_FORECAST", saved_model_id, &[]);
        self
    }

    /// Adds a `STD_CAUSAL_PREDICTION` endpoint on the saved model, with
    /// `computePropensity` and `useJava: false` (causal models are not
    /// served in Java).
    pub fn add_causal_prediction_endpoint(
        &mut self,
        endpoint_id: &str,
        saved_model_id: &str,
        compute_propensity: bool,
    ) -> &mut DssApiServiceSettings {
        self.add_endpoint(
            endpoint_id,
            "STD_CAUSAL_PREDICTION",
            saved_model_id,
            &[
                ("computePropensity", json!(compute_propensity)),
                ("useJava", json!(false)),
            ],
        );
        self
    }
}
