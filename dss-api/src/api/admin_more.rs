//! Administration, by hand: a client acting as a user, and the models of a
//! Hugging Face local connection read from its definition.

use serde_json::Value;

use crate::api::handles::{DssConnection, DssLocalModel, DssUser};
use crate::api::pending::Pending;
use crate::rt::{timed, DssClient, Error, RequestOptions, Result};

impl DssUser {
    /// A client that acts as this user (needs admin rights, as in
    /// dataikuapi): the same client, with its credential, bounds, retries
    /// and connection pool, sending `X-DKU-ProxyUser: {login}` with every
    /// request. No request. A login that cannot be a header value is
    /// [`Error::Config`].
    pub fn get_client_as(&self) -> Result<DssClient> {
        self.client.with_extra_header("X-DKU-ProxyUser", &self.login)
    }
}

impl DssConnection {
    /// Handles on the models of a Hugging Face local connection: reads the
    /// connection's definition (`GET /admin/connections/{name}`) and makes a
    /// [`DssLocalModel`] of the `id` of each of its `params.models`. A
    /// connection of another type is [`Error::InvalidArgument`], as
    /// dataikuapi raises.
    pub fn list_local_models(&self) -> Pending<'_, Vec<DssLocalModel>> {
        Pending::new(
            &crate::api::generated::endpoints::CONNECTION_LIST_LOCAL_MODELS,
            move |opts| self.local_models_with(opts),
        )
    }

    fn local_models_with(&self, opts: &RequestOptions) -> Result<Vec<DssLocalModel>> {
        let definition: Value = timed!(self.get_definition(), opts).send()?;
        if definition.get("type").and_then(Value::as_str) != Some("HuggingFaceLocal") {
            return Err(Error::InvalidArgument {
                name: "connection",
                reason: format!("connection {} is not a HuggingFaceLocal connection", self.name),
            });
        }
        let models = definition
            .get("params")
            .and_then(|p| p.get("models"))
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        Ok(models
            .iter()
            .map(|m| self.get_local_model(m.get("id").and_then(Value::as_str).unwrap_or_default()))
            .collect())
    }
}
