//! The LLM Mesh: the queries of a [`DssLlm`], built locally as dataikuapi
//! builds them (messages, settings, guardrails), then sent whole by the
//! generated requests of `spec/llm.dss` (`completions`,
//! `streamed_completion`, `embeddings`); the accessors of their answers;
//! and the reader of a streamed completion, which parses DSS's server-sent
//! events as they arrive.

use std::fmt;

use serde_json::{json, Map, Value};

use crate::api::generated::models::{
    DssLlmCompletionResponse, DssLlmCompletionsResponse, DssLlmEmbeddingsResponse, DssLlmListItem, LlmToolCall,
};
use crate::api::handles::{DssLlm, DssProject};
use crate::api::pending::Pending;
use crate::rt::{timed, Endpoint, Error, Result};

mod media;
mod stream;

pub use media::{DssLlmImageGenerationQuery, DssLlmRerankingQuery};
pub use stream::{DssLlmStreamedCompletionChunks, DssLlmStreamedCompletionItem};

/// dataikuapi's default for what to do with a text longer than an
/// embedding model takes.
const DEFAULT_TEXT_OVERFLOW_MODE: &str = "FAIL";

static COMPLETION_EXECUTE: Endpoint = Endpoint::local("DssLlmCompletionQuery", "execute");
pub(crate) static COMPLETION_EXECUTE_STREAMED: Endpoint = Endpoint::local("DssLlmCompletionQuery", "execute_streamed");
static COMPLETIONS_EXECUTE: Endpoint = Endpoint::local("DssLlmCompletionsQuery", "execute");
static EMBEDDINGS_EXECUTE: Endpoint = Endpoint::local("DssLlmEmbeddingsQuery", "execute");
static COMPLETION_JSON: Endpoint = Endpoint::local("DssLlmCompletionResponse", "json");

impl DssLlm {
    /// A new completion query on this LLM (no request): add messages and
    /// settings, then [`execute`](DssLlmCompletionQuery::execute) it.
    ///
    /// ```rust,no_run
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// let llm = client.get_project("PKEY").get_llm("openai:conn:gpt-4o-mini");
    /// let answer = llm
    ///     .new_completion()
    ///     .with_message("Be brief.", Some("system"))
    ///     .with_message("What is a flow?", None)
    ///     .execute()
    ///     .send()?;
    /// println!("{}", answer.text()?.unwrap_or_default());
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn new_completion(&self) -> DssLlmCompletionQuery {
        DssLlmCompletionQuery {
            llm: self.clone(),
            cq: new_single_query(),
            settings: Map::new(),
            guardrails: None,
        }
    }

    /// A new multi-completion query on this LLM (no request): several
    /// queries ([`new_completion`](DssLlmCompletionsQuery::new_completion)),
    /// sent together by [`execute`](DssLlmCompletionsQuery::execute).
    pub fn new_completions(&self) -> DssLlmCompletionsQuery {
        DssLlmCompletionsQuery {
            llm: self.clone(),
            queries: Vec::new(),
            settings: Map::new(),
            guardrails: None,
        }
    }

    /// A new embeddings query on this LLM (no request): add texts and
    /// images, then [`execute`](DssLlmEmbeddingsQuery::execute) it.
    /// `text_overflow_mode` says what to do with a text longer than the
    /// model takes: `FAIL` (dataikuapi's default, when `None`) or
    /// `TRUNCATE`.
    pub fn new_embeddings(&self, text_overflow_mode: Option<&str>) -> DssLlmEmbeddingsQuery {
        DssLlmEmbeddingsQuery {
            llm: self.clone(),
            queries: Vec::new(),
            settings: json_object(json!({
                "textOverflowMode": text_overflow_mode.unwrap_or(DEFAULT_TEXT_OVERFLOW_MODE),
            })),
            guardrails: None,
        }
    }
}

impl DssLlmListItem {
    /// A handle on this LLM, for `project` (the project that listed it).
    pub fn to_llm(&self, project: &DssProject) -> DssLlm {
        project.get_llm(&self.id)
    }

    /// The name DSS shows for the LLM (`friendlyName`).
    pub fn description(&self) -> Option<&str> {
        self.friendly_name.as_deref()
    }
}

/// An image to send to an LLM: its bytes (sent base64-encoded) or a text
/// already base64-encoded, as dataikuapi takes `bytes` or `str`.
#[derive(Clone, PartialEq, Eq)]
pub enum LlmImage {
    /// The image's bytes, encoded when sent.
    Bytes(Vec<u8>),
    /// The image, already base64-encoded.
    Base64(String),
}

impl fmt::Debug for LlmImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LlmImage::Bytes(b) => write!(f, "LlmImage::Bytes({} bytes)", b.len()),
            LlmImage::Base64(s) => write!(f, "LlmImage::Base64({} characters)", s.len()),
        }
    }
}

impl LlmImage {
    /// The image as base64 text, as DSS takes it.
    fn to_base64(&self) -> String {
        use base64::Engine as _;
        match self {
            LlmImage::Bytes(b) => base64::engine::general_purpose::STANDARD.encode(b),
            LlmImage::Base64(s) => s.clone(),
        }
    }
}

impl From<Vec<u8>> for LlmImage {
    fn from(b: Vec<u8>) -> Self {
        LlmImage::Bytes(b)
    }
}

impl From<&[u8]> for LlmImage {
    fn from(b: &[u8]) -> Self {
        LlmImage::Bytes(b.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for LlmImage {
    fn from(b: &[u8; N]) -> Self {
        LlmImage::Bytes(b.to_vec())
    }
}

impl From<String> for LlmImage {
    fn from(s: String) -> Self {
        LlmImage::Base64(s)
    }
}

impl From<&str> for LlmImage {
    fn from(s: &str) -> Self {
        LlmImage::Base64(s.to_owned())
    }
}

/// `v`'s members (an empty map for anything but an object).
fn json_object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// A completion query with no message yet: `{"messages": []}`.
fn new_single_query() -> Map<String, Value> {
    json_object(json!({ "messages": [] }))
}

/// Appends `message` to the `messages` of a completion query.
fn push_message(cq: &mut Map<String, Value>, message: Value) {
    match cq.get_mut("messages") {
        Some(Value::Array(messages)) => messages.push(message),
        _ => {
            cq.insert("messages".into(), Value::Array(vec![message]));
        }
    }
}

/// The `messages` of a completion query.
fn messages_of(cq: &Map<String, Value>) -> &[Value] {
    match cq.get("messages") {
        Some(Value::Array(messages)) => messages,
        _ => &[],
    }
}

/// Adds a guardrail to the `guardrails` of a request (dataikuapi's
/// `{"guardrails": [..]}`, made on the first).
fn push_guardrail(slot: &mut Option<Value>, guardrail: Value) {
    let all = slot.get_or_insert_with(|| json!({ "guardrails": [] }));
    if let Some(list) = all.get_mut("guardrails").and_then(Value::as_array_mut) {
        list.push(guardrail);
    }
}

/// A request's JSON with its `guardrails`, when some were added.
fn with_guardrails(mut request: Map<String, Value>, guardrails: &Option<Value>) -> Value {
    if let Some(g) = guardrails {
        request.insert("guardrails".into(), g.clone());
    }
    Value::Object(request)
}

/// The message methods dataikuapi's completion queries share
/// (`DSSLLMCompletionsQuerySingleQuery`), over a query's JSON.
mod messages {
    use serde_json::{json, Map, Value};

    use super::push_message;

    pub(super) fn text(cq: &mut Map<String, Value>, message: String, role: Option<&str>) {
        push_message(cq, json!({ "role": role.unwrap_or("user"), "content": message }));
    }

    pub(super) fn memory_fragment(cq: &mut Map<String, Value>, fragment: Value) {
        push_message(cq, json!({ "role": "memoryFragment", "memoryFragment": fragment }));
    }

    pub(super) fn tool_calls(cq: &mut Map<String, Value>, tool_calls: Value, role: Option<&str>) {
        push_message(
            cq,
            json!({ "role": role.unwrap_or("assistant"), "toolCalls": tool_calls }),
        );
    }

    pub(super) fn tool_validation_requests(cq: &mut Map<String, Value>, requests: Value) {
        push_message(
            cq,
            json!({ "role": "toolValidationRequests", "toolValidationRequests": requests }),
        );
    }

    pub(super) fn tool_validation_response(
        cq: &mut Map<String, Value>,
        validation_request_id: String,
        validated: bool,
        arguments: Option<String>,
    ) {
        push_message(
            cq,
            json!({
                "role": "toolValidationResponses",
                "toolValidationResponses": [{
                    "validationRequestId": validation_request_id,
                    "validated": validated,
                    "arguments": arguments,
                }],
            }),
        );
    }

    pub(super) fn tool_output(cq: &mut Map<String, Value>, output: String, tool_call_id: String, role: Option<&str>) {
        push_message(
            cq,
            json!({
                "role": role.unwrap_or("tool"),
                "toolOutputs": [{ "callId": tool_call_id, "output": output }],
            }),
        );
    }
}

/// A completion query: messages and settings, built locally (dataikuapi's
/// `DSSLLMCompletionQuery`); [`execute`](Self::execute) sends it. Its
/// methods change it in place and return it, to chain.
#[derive(Debug, Clone)]
pub struct DssLlmCompletionQuery {
    llm: DssLlm,
    cq: Map<String, Value>,
    settings: Map<String, Value>,
    guardrails: Option<Value>,
}

impl DssLlmCompletionQuery {
    /// Adds a message (`role`: `user`, the default, `system` or
    /// `assistant`).
    pub fn with_message(&mut self, message: impl Into<String>, role: Option<&str>) -> &mut Self {
        messages::text(&mut self.cq, message.into(), role);
        self
    }

    /// Adds the memory fragment the LLM's previous answer carried.
    pub fn with_memory_fragment(&mut self, memory_fragment: Value) -> &mut Self {
        messages::memory_fragment(&mut self.cq, memory_fragment);
        self
    }

    /// Adds the tool calls the LLM asked for (a JSON list, as in its
    /// answer; `role`: `assistant` by default).
    pub fn with_tool_calls(&mut self, tool_calls: impl Into<Value>, role: Option<&str>) -> &mut Self {
        messages::tool_calls(&mut self.cq, tool_calls.into(), role);
        self
    }

    /// Adds the tool validation requests an agent made (a JSON list).
    pub fn with_tool_validation_requests(&mut self, tool_validation_requests: impl Into<Value>) -> &mut Self {
        messages::tool_validation_requests(&mut self.cq, tool_validation_requests.into());
        self
    }

    /// Validates (or rejects) a tool call an agent asked to validate,
    /// with other arguments when given.
    pub fn with_tool_validation_response(
        &mut self,
        validation_request_id: impl Into<String>,
        validated: bool,
        arguments: Option<&str>,
    ) -> &mut Self {
        messages::tool_validation_response(
            &mut self.cq,
            validation_request_id.into(),
            validated,
            arguments.map(str::to_owned),
        );
        self
    }

    /// Adds a tool's output for one of the LLM's tool calls (`role`:
    /// `tool` by default).
    pub fn with_tool_output(
        &mut self,
        tool_output: impl Into<String>,
        tool_call_id: impl Into<String>,
        role: Option<&str>,
    ) -> &mut Self {
        messages::tool_output(&mut self.cq, tool_output.into(), tool_call_id.into(), role);
        self
    }

    /// Sets the query's context (a JSON object, for agents and tracing).
    pub fn with_context(&mut self, context: impl Into<Value>) -> &mut Self {
        self.cq.insert("context".into(), context.into());
        self
    }

    /// Starts a message of several parts (text, images), added by its
    /// `add` (`role`: `user` by default).
    pub fn new_multipart_message(&mut self, role: Option<&str>) -> DssLlmCompletionQueryMultipartMessage<'_> {
        DssLlmCompletionQueryMultipartMessage::new(&mut self.cq, role)
    }

    /// Starts a tool output of several parts (text, images), added by its
    /// `add` (`role`: `tool` by default; `output`: empty by default).
    pub fn new_multipart_tool_output(
        &mut self,
        tool_call_id: impl Into<String>,
        role: Option<&str>,
        output: Option<&str>,
    ) -> DssLlmCompletionQueryMultipartToolOutput<'_> {
        DssLlmCompletionQueryMultipartToolOutput::new(&mut self.cq, tool_call_id.into(), role, output)
    }

    /// The messages added so far, as they will be sent.
    pub fn messages(&self) -> &[Value] {
        messages_of(&self.cq)
    }

    /// The query's settings (`temperature`, `maxOutputTokens`, `tools`,
    /// ...), as they will be sent.
    pub fn settings(&self) -> &Map<String, Value> {
        &self.settings
    }

    /// The query's settings, to change: `q.settings_mut().insert("temperature".into(), 0.into())`.
    pub fn settings_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.settings
    }

    /// Asks for an answer in JSON, for models that can (`responseFormat`):
    /// following `schema` when given, `strict`ly, letting DSS make the
    /// schema `compatible` with the model, ignored where the model cannot
    /// (`if_supported`); each unset option is sent as `null`.
    pub fn with_json_output(
        &mut self,
        schema: Option<Value>,
        strict: Option<bool>,
        compatible: Option<bool>,
        if_supported: Option<bool>,
    ) -> &mut Self {
        self.settings.insert(
            "responseFormat".into(),
            json!({
                "type": "json",
                "schema": schema,
                "strict": strict,
                "compatible": compatible,
                "ifSupported": if_supported,
            }),
        );
        self
    }

    /// Starts a guardrail of type `type`, added to the query by its `add`.
    pub fn new_guardrail(&mut self, r#type: &str) -> DssLlmRequestGuardrailBuilder<'_> {
        DssLlmRequestGuardrailBuilder::new(&mut self.guardrails, r#type)
    }

    /// Sends the query (`POST /projects/{project_key}/llms/completions`);
    /// `send` returns the LLM's answer. A query the LLM failed is an
    /// answer too, whose `success()` is false.
    pub fn execute(&self) -> Pending<'static, DssLlmCompletionResponse> {
        let llm = self.llm.clone();
        let mut request = Map::new();
        request.insert("queries".into(), Value::Array(vec![Value::Object(self.cq.clone())]));
        request.insert("settings".into(), Value::Object(self.settings.clone()));
        request.insert("llmId".into(), Value::String(llm.llm_id.clone()));
        let request = with_guardrails(request, &self.guardrails);
        Pending::new(&COMPLETION_EXECUTE, move |settings| {
            let answer = timed!(llm.completions(request), settings).send()?;
            answer
                .responses
                .into_iter()
                .next()
                .ok_or_else(|| Error::OperationFailed {
                    endpoint: &COMPLETION_EXECUTE,
                    at: None,
                    summary: "DSS answered no response to the completion query".into(),
                    messages: Box::new(Value::Null),
                })
        })
    }

    /// Sends the query for an answer streamed as the LLM writes it (`POST
    /// /projects/{project_key}/llms/streamed-completion`); `send` returns
    /// the chunks, read from the connection as they come, whose
    /// [`response`](DssLlmStreamedCompletionChunks::response) gathers the
    /// whole answer.
    pub fn execute_streamed(&self) -> Pending<'static, DssLlmStreamedCompletionChunks> {
        let llm = self.llm.clone();
        let mut request = Map::new();
        request.insert("query".into(), Value::Object(self.cq.clone()));
        request.insert("settings".into(), Value::Object(self.settings.clone()));
        request.insert("llmId".into(), Value::String(llm.llm_id.clone()));
        request.insert("emitErrorChunk".into(), Value::Bool(true));
        let request = with_guardrails(request, &self.guardrails);
        Pending::new(&COMPLETION_EXECUTE_STREAMED, move |settings| {
            let stream = timed!(llm.streamed_completion(request), settings).send()?;
            Ok(DssLlmStreamedCompletionChunks::new(stream))
        })
    }
}

/// One query of a multi-completion query (dataikuapi's
/// `DSSLLMCompletionsQuerySingleQuery`): its messages, changed in place.
#[derive(Debug, Clone, Default)]
pub struct DssLlmCompletionsQuerySingleQuery {
    cq: Map<String, Value>,
}

impl DssLlmCompletionsQuerySingleQuery {
    /// Adds a message (`role`: `user`, the default, `system` or
    /// `assistant`).
    pub fn with_message(&mut self, message: impl Into<String>, role: Option<&str>) -> &mut Self {
        messages::text(&mut self.cq, message.into(), role);
        self
    }

    /// Adds the memory fragment the LLM's previous answer carried.
    pub fn with_memory_fragment(&mut self, memory_fragment: Value) -> &mut Self {
        messages::memory_fragment(&mut self.cq, memory_fragment);
        self
    }

    /// Adds the tool calls the LLM asked for (`role`: `assistant` by
    /// default).
    pub fn with_tool_calls(&mut self, tool_calls: impl Into<Value>, role: Option<&str>) -> &mut Self {
        messages::tool_calls(&mut self.cq, tool_calls.into(), role);
        self
    }

    /// Adds the tool validation requests an agent made (a JSON list).
    pub fn with_tool_validation_requests(&mut self, tool_validation_requests: impl Into<Value>) -> &mut Self {
        messages::tool_validation_requests(&mut self.cq, tool_validation_requests.into());
        self
    }

    /// Validates (or rejects) a tool call an agent asked to validate.
    pub fn with_tool_validation_response(
        &mut self,
        validation_request_id: impl Into<String>,
        validated: bool,
        arguments: Option<&str>,
    ) -> &mut Self {
        messages::tool_validation_response(
            &mut self.cq,
            validation_request_id.into(),
            validated,
            arguments.map(str::to_owned),
        );
        self
    }

    /// Adds a tool's output for one of the LLM's tool calls (`role`:
    /// `tool` by default).
    pub fn with_tool_output(
        &mut self,
        tool_output: impl Into<String>,
        tool_call_id: impl Into<String>,
        role: Option<&str>,
    ) -> &mut Self {
        messages::tool_output(&mut self.cq, tool_output.into(), tool_call_id.into(), role);
        self
    }

    /// Sets the query's context (a JSON object).
    pub fn with_context(&mut self, context: impl Into<Value>) -> &mut Self {
        self.cq.insert("context".into(), context.into());
        self
    }

    /// Starts a message of several parts (text, images), added by its
    /// `add` (`role`: `user` by default).
    pub fn new_multipart_message(&mut self, role: Option<&str>) -> DssLlmCompletionQueryMultipartMessage<'_> {
        DssLlmCompletionQueryMultipartMessage::new(&mut self.cq, role)
    }

    /// Starts a tool output of several parts, added by its `add`.
    pub fn new_multipart_tool_output(
        &mut self,
        tool_call_id: impl Into<String>,
        role: Option<&str>,
        output: Option<&str>,
    ) -> DssLlmCompletionQueryMultipartToolOutput<'_> {
        DssLlmCompletionQueryMultipartToolOutput::new(&mut self.cq, tool_call_id.into(), role, output)
    }

    /// The messages added so far.
    pub fn messages(&self) -> &[Value] {
        messages_of(&self.cq)
    }
}

/// Several completion queries sent together to one LLM (dataikuapi's
/// `DSSLLMCompletionsQuery`), with one set of settings.
#[derive(Debug, Clone)]
pub struct DssLlmCompletionsQuery {
    llm: DssLlm,
    queries: Vec<DssLlmCompletionsQuerySingleQuery>,
    settings: Map<String, Value>,
    guardrails: Option<Value>,
}

impl DssLlmCompletionsQuery {
    /// Adds a query, and returns it to fill with messages.
    pub fn new_completion(&mut self) -> &mut DssLlmCompletionsQuerySingleQuery {
        self.queries
            .push(DssLlmCompletionsQuerySingleQuery { cq: new_single_query() });
        let last = self.queries.len() - 1;
        &mut self.queries[last]
    }

    /// The settings of every query, as they will be sent.
    pub fn settings(&self) -> &Map<String, Value> {
        &self.settings
    }

    /// The settings of every query, to change.
    pub fn settings_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.settings
    }

    /// Asks for answers in JSON (see
    /// [`DssLlmCompletionQuery::with_json_output`]).
    pub fn with_json_output(
        &mut self,
        schema: Option<Value>,
        strict: Option<bool>,
        compatible: Option<bool>,
        if_supported: Option<bool>,
    ) -> &mut Self {
        self.settings.insert(
            "responseFormat".into(),
            json!({
                "type": "json",
                "schema": schema,
                "strict": strict,
                "compatible": compatible,
                "ifSupported": if_supported,
            }),
        );
        self
    }

    /// Starts a guardrail of type `type`, added by its `add`.
    pub fn new_guardrail(&mut self, r#type: &str) -> DssLlmRequestGuardrailBuilder<'_> {
        DssLlmRequestGuardrailBuilder::new(&mut self.guardrails, r#type)
    }

    /// Sends the queries (`POST /projects/{project_key}/llms/completions`);
    /// `send` returns one answer per query, in order.
    pub fn execute(&self) -> Pending<'static, DssLlmCompletionsResponse> {
        let llm = self.llm.clone();
        let mut request = Map::new();
        let queries = self.queries.iter().map(|q| Value::Object(q.cq.clone())).collect();
        request.insert("queries".into(), Value::Array(queries));
        request.insert("settings".into(), Value::Object(self.settings.clone()));
        request.insert("llmId".into(), Value::String(llm.llm_id.clone()));
        let request = with_guardrails(request, &self.guardrails);
        Pending::new(&COMPLETIONS_EXECUTE, move |settings| {
            timed!(llm.completions(request), settings).send()
        })
    }
}

/// An embeddings query (dataikuapi's `DSSLLMEmbeddingsQuery`): texts and
/// images, each turned into a vector by [`execute`](Self::execute).
#[derive(Debug, Clone)]
pub struct DssLlmEmbeddingsQuery {
    llm: DssLlm,
    queries: Vec<Value>,
    settings: Map<String, Value>,
    guardrails: Option<Value>,
}

impl DssLlmEmbeddingsQuery {
    /// Adds a text to embed.
    pub fn add_text(&mut self, text: impl Into<String>) -> &mut Self {
        self.queries.push(json!({ "text": text.into() }));
        self
    }

    /// Adds an image to embed (its bytes, or base64 text), with a text
    /// for a multimodal model.
    pub fn add_image(&mut self, image: impl Into<LlmImage>, text: Option<&str>) -> &mut Self {
        let mut query = Map::new();
        query.insert("inlineImage".into(), Value::String(image.into().to_base64()));
        if let Some(text) = text {
            query.insert("text".into(), Value::String(text.to_owned()));
        }
        self.queries.push(Value::Object(query));
        self
    }

    /// Sets the query's context (a JSON object), sent in its settings.
    pub fn with_context(&mut self, context: impl Into<Value>) -> &mut Self {
        self.settings.insert("context".into(), context.into());
        self
    }

    /// Starts a guardrail of type `type`, added by its `add`.
    pub fn new_guardrail(&mut self, r#type: &str) -> DssLlmRequestGuardrailBuilder<'_> {
        DssLlmRequestGuardrailBuilder::new(&mut self.guardrails, r#type)
    }

    /// Sends the query (`POST /projects/{project_key}/llms/embeddings`);
    /// `send` returns the vectors, one per text or image, in order.
    pub fn execute(&self) -> Pending<'static, DssLlmEmbeddingsResponse> {
        let llm = self.llm.clone();
        let mut request = Map::new();
        request.insert("queries".into(), Value::Array(self.queries.clone()));
        request.insert("llmId".into(), Value::String(llm.llm_id.clone()));
        request.insert("settings".into(), Value::Object(self.settings.clone()));
        let request = with_guardrails(request, &self.guardrails);
        Pending::new(&EMBEDDINGS_EXECUTE, move |settings| {
            timed!(llm.embeddings(request), settings).send()
        })
    }
}

/// A guardrail being added to a query (dataikuapi's
/// `DSSLLMRequestGuardrailBuilder`): its parameters, then [`add`](Self::add).
#[derive(Debug)]
#[must_use = "a guardrail is added to its query by `add()`"]
pub struct DssLlmRequestGuardrailBuilder<'a> {
    slot: &'a mut Option<Value>,
    guardrail: Map<String, Value>,
}

impl<'a> DssLlmRequestGuardrailBuilder<'a> {
    fn new(slot: &'a mut Option<Value>, r#type: &str) -> Self {
        DssLlmRequestGuardrailBuilder {
            slot,
            guardrail: json_object(json!({ "type": r#type, "enabled": true, "params": {} })),
        }
    }

    /// The guardrail's parameters, to change.
    pub fn params(&mut self) -> &mut Value {
        self.guardrail.entry("params").or_insert_with(|| json!({}))
    }

    /// Adds the guardrail to its query.
    pub fn add(self) {
        push_guardrail(self.slot, Value::Object(self.guardrail));
    }
}

/// The parts of a multipart message or tool output.
#[derive(Debug, Default)]
struct Parts {
    /// The parts added by `with_captioned_image_inline`, which dataikuapi
    /// puts before the others.
    first: Vec<Value>,
    rest: Vec<Value>,
}

impl Parts {
    fn text(&mut self, text: String) {
        self.rest.push(json!({ "type": "TEXT", "text": text }));
    }

    fn image_part(image: LlmImage, mime_type: Option<&str>) -> Value {
        let mut part = json_object(json!({ "type": "IMAGE_INLINE", "inlineImage": image.to_base64() }));
        if let Some(mime) = mime_type {
            part.insert("imageMimeType".into(), Value::String(mime.to_owned()));
        }
        Value::Object(part)
    }

    fn inline_image(&mut self, image: LlmImage, mime_type: Option<&str>) {
        self.rest.push(Self::image_part(image, mime_type));
    }

    fn captioned_image(&mut self, caption: String, image: LlmImage, mime_type: Option<&str>) {
        self.first.push(json!({ "type": "TEXT", "text": caption }));
        self.first.push(Self::image_part(image, mime_type));
    }

    fn image_url(&mut self, url: String) {
        self.rest.push(json!({ "type": "IMAGE_URI", "imageUrl": url }));
    }

    fn into_vec(mut self) -> Vec<Value> {
        self.first.append(&mut self.rest);
        self.first
    }
}

/// A message of several parts being added to a completion query
/// (dataikuapi's `DSSLLMCompletionQueryMultipartMessage`): its parts, then
/// [`add`](Self::add).
#[derive(Debug)]
#[must_use = "a message is added to its query by `add()`"]
pub struct DssLlmCompletionQueryMultipartMessage<'a> {
    cq: &'a mut Map<String, Value>,
    role: String,
    parts: Parts,
}

impl<'a> DssLlmCompletionQueryMultipartMessage<'a> {
    fn new(cq: &'a mut Map<String, Value>, role: Option<&str>) -> Self {
        DssLlmCompletionQueryMultipartMessage {
            cq,
            role: role.unwrap_or("user").to_owned(),
            parts: Parts::default(),
        }
    }

    /// Adds a text part.
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.parts.text(text.into());
        self
    }

    /// Adds an image (its bytes, or base64 text), of this MIME type when
    /// given.
    pub fn with_inline_image(mut self, image: impl Into<LlmImage>, mime_type: Option<&str>) -> Self {
        self.parts.inline_image(image.into(), mime_type);
        self
    }

    /// Adds a caption and its image; as dataikuapi does, these two parts
    /// come before the parts added otherwise.
    pub fn with_captioned_image_inline(
        mut self,
        caption: impl Into<String>,
        image: impl Into<LlmImage>,
        mime_type: Option<&str>,
    ) -> Self {
        self.parts.captioned_image(caption.into(), image.into(), mime_type);
        self
    }

    /// Adds an image by its URL.
    pub fn with_image_url(mut self, image: impl Into<String>) -> Self {
        self.parts.image_url(image.into());
        self
    }

    /// Adds the message to its query.
    pub fn add(self) {
        push_message(self.cq, json!({ "role": self.role, "parts": self.parts.into_vec() }));
    }
}

/// A tool output of several parts being added to a completion query
/// (dataikuapi's `DSSLLMCompletionQueryMultipartToolOutput`): its parts,
/// then [`add`](Self::add).
#[derive(Debug)]
#[must_use = "a tool output is added to its query by `add()`"]
pub struct DssLlmCompletionQueryMultipartToolOutput<'a> {
    cq: &'a mut Map<String, Value>,
    role: String,
    tool_call_id: String,
    output: String,
    parts: Parts,
}

impl<'a> DssLlmCompletionQueryMultipartToolOutput<'a> {
    fn new(cq: &'a mut Map<String, Value>, tool_call_id: String, role: Option<&str>, output: Option<&str>) -> Self {
        DssLlmCompletionQueryMultipartToolOutput {
            cq,
            role: role.unwrap_or("tool").to_owned(),
            tool_call_id,
            output: output.unwrap_or_default().to_owned(),
            parts: Parts::default(),
        }
    }

    /// Adds a text part.
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.parts.text(text.into());
        self
    }

    /// Adds an image (its bytes, or base64 text).
    pub fn with_inline_image(mut self, image: impl Into<LlmImage>, mime_type: Option<&str>) -> Self {
        self.parts.inline_image(image.into(), mime_type);
        self
    }

    /// Adds a caption and its image, before the other parts.
    pub fn with_captioned_image_inline(
        mut self,
        caption: impl Into<String>,
        image: impl Into<LlmImage>,
        mime_type: Option<&str>,
    ) -> Self {
        self.parts.captioned_image(caption.into(), image.into(), mime_type);
        self
    }

    /// Adds an image by its URL.
    pub fn with_image_url(mut self, image: impl Into<String>) -> Self {
        self.parts.image_url(image.into());
        self
    }

    /// Adds the tool output to its query.
    pub fn add(self) {
        push_message(
            self.cq,
            json!({
                "role": self.role,
                "toolOutputs": [{
                    "callId": self.tool_call_id,
                    "output": self.output,
                    "parts": self.parts.into_vec(),
                }],
            }),
        );
    }
}

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
