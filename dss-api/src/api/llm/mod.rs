//! The LLM Mesh: the queries of a [`DssLlm`], built locally as dataikuapi
//! builds them (messages, settings, guardrails), then sent whole by the
//! generated requests of `spec/llm.dss` (`completions`,
//! `streamed_completion`, `embeddings`); the accessors of their answers;
//! and the reader of a streamed completion, which parses DSS's server-sent
//! events as they arrive.

use std::fmt;

use serde_json::{json, Map, Value};

use crate::api::generated::models::{
    DssLlmCompletionResponse, DssLlmCompletionsResponse, DssLlmEmbeddingsResponse, DssLlmListItem,
};
use crate::api::handles::{DssLlm, DssProject};
use crate::api::pending::Pending;
use crate::rt::{timed, Endpoint, Error};

mod answers;
mod media;
mod parts;
mod stream;

pub(crate) use answers::llm_failure;

pub use media::{DssLlmImageGenerationQuery, DssLlmRerankingQuery};
pub use parts::{DssLlmCompletionQueryMultipartMessage, DssLlmCompletionQueryMultipartToolOutput};
pub use stream::{DssLlmStreamedCompletionChunks, DssLlmStreamedCompletionItem};

/// dataikuapi's default for what to do with a text longer than an
/// embedding model takes.
const DEFAULT_TEXT_OVERFLOW_MODE: &str = "FAIL";

static COMPLETION_EXECUTE: Endpoint = Endpoint::local("DssLlmCompletionQuery", "execute");
pub(crate) static COMPLETION_EXECUTE_STREAMED: Endpoint = Endpoint::local("DssLlmCompletionQuery", "execute_streamed");
static COMPLETIONS_EXECUTE: Endpoint = Endpoint::local("DssLlmCompletionsQuery", "execute");
static EMBEDDINGS_EXECUTE: Endpoint = Endpoint::local("DssLlmEmbeddingsQuery", "execute");
pub(crate) static COMPLETION_JSON: Endpoint = Endpoint::local("DssLlmCompletionResponse", "json");

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

/// The `responseFormat` setting asking for JSON answers; each unset
/// option is sent as `null`, as dataikuapi sends it.
fn json_output(
    schema: Option<Value>,
    strict: Option<bool>,
    compatible: Option<bool>,
    if_supported: Option<bool>,
) -> Value {
    json!({
        "type": "json",
        "schema": schema,
        "strict": strict,
        "compatible": compatible,
        "ifSupported": if_supported,
    })
}

/// The message methods a completion query has, alone or inside a
/// multi-completion (dataikuapi's two classes share them): each adds to
/// the query's `cq`, the completion query as it will be sent.
macro_rules! message_methods {
    () => {
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
    };
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
    message_methods!();

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
            json_output(schema, strict, compatible, if_supported),
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
    message_methods!();
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
            json_output(schema, strict, compatible, if_supported),
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
