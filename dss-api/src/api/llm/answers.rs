//! The accessors of the LLM Mesh's answers: a completion's (failing as
//! dataikuapi's do when the query did not succeed), several completions',
//! embeddings'.

use serde_json::Value;

use super::COMPLETION_JSON;
use crate::api::generated::models::{
    DssLlmCompletionResponse, DssLlmCompletionsResponse, DssLlmEmbeddingsResponse, LlmToolCall,
};
use crate::rt::{Error, Result};

/// The error a failed answer stands for (dataikuapi's `LLMException`).
pub(crate) fn llm_failure(
    message: Option<&str>,
    code: Option<&str>,
    error_type: Option<&str>,
    origin: Option<&str>,
) -> Error {
    Error::LlmFailed {
        message: message.unwrap_or("An unknown error occurred").to_owned(),
        code: code.map(str::to_owned),
        error_type: error_type.map(str::to_owned),
        origin: origin.map(str::to_owned),
    }
}

impl DssLlmCompletionResponse {
    /// Whether the query succeeded (`ok`).
    pub fn success(&self) -> bool {
        self.ok
    }

    /// Nothing when the query succeeded, else the failure
    /// ([`Error::LlmFailed`]).
    fn fail_unless_success(&self) -> Result<()> {
        if self.ok {
            return Ok(());
        }
        Err(llm_failure(
            self.error_message.as_deref(),
            self.error_code.as_deref(),
            self.error_type.as_deref(),
            self.error_source.as_deref(),
        ))
    }

    /// The text the LLM wrote; an error ([`Error::LlmFailed`]) when the
    /// query failed.
    pub fn text(&self) -> Result<Option<&str>> {
        self.fail_unless_success()?;
        Ok(self.text.as_deref())
    }

    /// The tools the LLM asks to call; an error when the query failed.
    pub fn tool_calls(&self) -> Result<Option<&[LlmToolCall]>> {
        self.fail_unless_success()?;
        Ok(self.tool_calls.as_deref())
    }

    /// The tool calls an agent asks to validate; an error when the query
    /// failed.
    pub fn tool_validation_requests(&self) -> Result<Option<&Value>> {
        self.fail_unless_success()?;
        Ok(self.tool_validation_requests.as_ref())
    }

    /// What to pass back in the next query; an error when the query
    /// failed.
    pub fn memory_fragment(&self) -> Result<Option<&Value>> {
        self.fail_unless_success()?;
        Ok(self.memory_fragment.as_ref())
    }

    /// The log probabilities of the tokens; an error when the query
    /// failed.
    pub fn log_probs(&self) -> Result<Option<&Value>> {
        self.fail_unless_success()?;
        Ok(self.log_probs.as_ref())
    }

    /// What an agent adds to the context; an error when the query failed.
    pub fn context_upsert(&self) -> Result<Option<&Value>> {
        self.fail_unless_success()?;
        Ok(self.context_upsert.as_ref())
    }

    /// What an agent made (empty when nothing); an error when the query
    /// failed.
    pub fn artifacts(&self) -> Result<&[Value]> {
        self.fail_unless_success()?;
        Ok(self
            .artifacts
            .as_ref()
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice))
    }

    /// The sources the answer used (`additionalInformation.sources`,
    /// empty when none); an error when the query failed.
    pub fn sources(&self) -> Result<&[Value]> {
        self.fail_unless_success()?;
        Ok(self
            .additional_information
            .as_ref()
            .and_then(|a| a.get("sources"))
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice))
    }

    /// The text read as JSON (`None` when there is no text); an error when
    /// the query failed or the text is not JSON.
    pub fn json(&self) -> Result<Option<Value>> {
        match self.text()? {
            None => Ok(None),
            Some(text) => serde_json::from_str(text).map(Some).map_err(|source| Error::Decode {
                endpoint: &COMPLETION_JSON,
                at: None,
                source,
            }),
        }
    }

    /// The trace of the query, when DSS gives one.
    pub fn trace(&self) -> Option<&Value> {
        self.trace.as_ref()
    }

    /// The usage of the query and of those it made, when DSS gives it.
    pub fn total_usage(&self) -> Option<&Value> {
        self.total_usage.as_ref()
    }

    /// The whole answer as DSS wrote it, unknown members included.
    pub fn get_raw(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl DssLlmCompletionsResponse {
    /// The answers, one per query, in order.
    pub fn responses(&self) -> &[DssLlmCompletionResponse] {
        &self.responses
    }
}

impl DssLlmEmbeddingsResponse {
    /// The vectors, one per text or image, in order; an error
    /// ([`Error::LlmFailed`]) when one of them could not be computed.
    pub fn get_embeddings(&self) -> Result<Vec<&[f64]>> {
        self.responses
            .iter()
            .map(|r| {
                r.embedding.as_deref().ok_or_else(|| Error::LlmFailed {
                    message: format!(
                        "At least one embedding request failed: {}",
                        r.error_message.as_deref().unwrap_or("Unknown error")
                    ),
                    code: None,
                    error_type: None,
                    origin: None,
                })
            })
            .collect()
    }
}
