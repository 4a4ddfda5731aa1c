//! The answer of a streamed completion
//! ([`DssLlmCompletionQuery::execute_streamed`](crate::DssLlmCompletionQuery::execute_streamed)):
//! DSS's server-sent events read from the connection as they arrive, as
//! typed chunks, and the whole answer gathered from them as dataikuapi's
//! aggregator gathers it.

use std::fmt;
use std::io::{self, BufRead, BufReader, Read};

use serde_json::{json, Map, Value};

use super::{llm_failure, COMPLETION_EXECUTE_STREAMED};
use crate::api::generated::models::{
    DssLlmCompletionResponse, DssLlmStreamedCompletionChunk, DssLlmStreamedCompletionFooter,
};
use crate::rt::{decode_value, ByteStream, Error, Result};

/// The largest event of a streamed completion read (a larger one is an
/// error item, and ends the stream).
const MAX_EVENT_SIZE: u64 = 64 << 20;

impl DssLlmStreamedCompletionChunk {
    /// The piece of text this chunk carries, if any.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The chunk's kind: `content` (the default) or `event`.
    pub fn kind(&self) -> &str {
        self.r#type.as_deref().unwrap_or("content")
    }

    /// The kind of event, for an event chunk.
    pub fn event_kind(&self) -> Option<&str> {
        self.event_kind.as_deref()
    }

    /// The chunk as DSS wrote it.
    pub fn get_raw(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl DssLlmStreamedCompletionFooter {
    /// The trace of the query, when DSS gives one.
    pub fn trace(&self) -> Option<&Value> {
        self.trace.as_ref()
    }

    /// The usage of the query, when DSS gives it.
    pub fn total_usage(&self) -> Option<&Value> {
        self.total_usage.as_ref()
    }

    /// The footer as DSS wrote it.
    pub fn get_raw(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// One item of a streamed completion: a piece of the answer, or the
/// footer that ends it (dataikuapi's `DSSLLMStreamedCompletionChunk` and
/// `DSSLLMStreamedCompletionFooter`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DssLlmStreamedCompletionItem {
    /// A piece of the answer (`completion-chunk`).
    Chunk(DssLlmStreamedCompletionChunk),
    /// The end of the answer, with its usage (`completion-end`).
    Footer(DssLlmStreamedCompletionFooter),
}

/// The members of a footer that go into the whole answer, as dataikuapi
/// gathers them.
const FOOTER_MEMBERS: &[&str] = &[
    "promptTokens",
    "cacheReadInputTokens",
    "cacheWriteInputTokens",
    "completionTokens",
    "reasoningTokens",
    "totalTokens",
    "totalUsage",
    "tokenCountsAreEstimated",
    "estimatedCost",
    "finishReason",
    "additionalInformation",
    "trace",
    "contextUpsert",
];

/// Whether a JSON value counts as given (Python's truth: not null, false,
/// 0, "", [] or {}).
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// The member `key` of `v` when it counts as given.
fn given<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.get(key).filter(|x| truthy(x))
}

/// The whole answer of a streamed completion, gathered from its chunks
/// as dataikuapi's aggregator gathers them.
#[derive(Debug, Default)]
struct Gathered {
    text: String,
    has_text: bool,
    /// Tool calls with an `index`, merged by it (in order of first sight).
    indexed_calls: Vec<(Value, Value)>,
    /// Tool calls without one, kept whole.
    whole_calls: Vec<Value>,
    validation_requests: Vec<Value>,
    log_probs: Vec<Value>,
    /// Artifacts with an `id`, merged by it (in order of first sight).
    artifacts_by_id: Vec<(Value, Value)>,
    artifacts: Vec<Value>,
    memory_fragment: Option<Value>,
    footer: Map<String, Value>,
    error: Option<Map<String, Value>>,
}

impl Gathered {
    fn chunk(&mut self, chunk: &Value) {
        if let Some(Value::String(t)) = given(chunk, "text") {
            self.text.push_str(t);
            self.has_text = true;
        }
        if let Some(Value::Array(artifacts)) = given(chunk, "artifacts") {
            for a in artifacts {
                self.artifact(a.clone());
            }
        }
        if let Some(Value::Array(calls)) = given(chunk, "toolCalls") {
            for c in calls {
                self.tool_call(c.clone());
            }
        }
        if let Some(Value::Array(r)) = given(chunk, "toolValidationRequests") {
            self.validation_requests.extend(r.iter().cloned());
        }
        if let Some(Value::Array(p)) = given(chunk, "logProbs") {
            self.log_probs.extend(p.iter().cloned());
        }
        if let Some(m) = given(chunk, "memoryFragment") {
            self.memory_fragment = Some(m.clone());
        }
    }

    fn footer(&mut self, footer: &Value) {
        for key in FOOTER_MEMBERS {
            if let Some(v) = given(footer, key) {
                self.footer.insert((*key).to_owned(), v.clone());
            }
        }
    }

    /// A tool call chunk: merged into the call of the same `index`
    /// (type, id and name kept from the first that has them, arguments
    /// appended), or kept whole when it has no index.
    fn tool_call(&mut self, call: Value) {
        let index = match call.get("index") {
            None | Some(Value::Null) => {
                self.whole_calls.push(call);
                return;
            }
            Some(i) => i.clone(),
        };
        let Some((_, known)) = self.indexed_calls.iter_mut().find(|(i, _)| *i == index) else {
            self.indexed_calls.push((index, call));
            return;
        };
        for key in ["type", "id"] {
            if !known.get(key).is_some_and(truthy) {
                if let Some(v) = given(&call, key) {
                    known[key] = v.clone();
                }
            }
        }
        let Some(function) = given(&call, "function") else {
            return;
        };
        if !known.get("function").is_some_and(truthy) {
            known["function"] = function.clone();
            return;
        }
        let known_function = &mut known["function"];
        if !known_function.get("name").is_some_and(truthy) {
            if let Some(name) = given(function, "name") {
                known_function["name"] = name.clone();
            }
        }
        if let Some(Value::String(more)) = given(function, "arguments") {
            let mut args = known_function
                .get("arguments")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            args.push_str(more);
            known_function["arguments"] = Value::String(args);
        }
    }

    /// An artifact chunk: merged into the artifact of the same `id`
    /// (metadata replaced, text parts of the same `index` appended), or
    /// kept whole when it has no id.
    fn artifact(&mut self, artifact: Value) {
        let Some(id) = given(&artifact, "id").cloned() else {
            self.artifacts.push(artifact);
            return;
        };
        let Some((_, known)) = self.artifacts_by_id.iter_mut().find(|(i, _)| *i == id) else {
            self.artifacts_by_id.push((id, artifact));
            return;
        };
        for key in ["name", "description", "type"] {
            if let Some(v) = artifact.get(key).filter(|v| !v.is_null()) {
                known[key] = v.clone();
            }
        }
        let Some(Value::Array(parts)) = given(&artifact, "parts") else {
            return;
        };
        if !known.get("parts").is_some_and(Value::is_array) {
            known["parts"] = json!([]);
        }
        let Some(known_parts) = known["parts"].as_array_mut() else {
            return;
        };
        for part in parts {
            let index = part.get("index").filter(|i| !i.is_null());
            let at = index.and_then(|i| known_parts.iter().position(|p| p.get("index") == Some(i)));
            match at {
                None => known_parts.push(part.clone()),
                Some(at) if part.get("type").and_then(Value::as_str) == Some("TEXT") => {
                    if let Some(Value::String(more)) = given(part, "text") {
                        let mut text = known_parts[at]
                            .get("text")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_owned();
                        text.push_str(more);
                        known_parts[at]["text"] = Value::String(text);
                    }
                }
                Some(at) => {
                    known_parts.remove(at);
                    known_parts.push(part.clone());
                }
            }
        }
    }

    /// The whole answer, as a completion's JSON.
    fn into_response(self) -> Value {
        let mut out = self.footer;
        if let Some(error) = self.error {
            out.insert("ok".into(), Value::Bool(false));
            out.extend(error);
            return Value::Object(out);
        }
        out.insert("ok".into(), Value::Bool(true));
        if let Some(m) = self.memory_fragment {
            out.insert("memoryFragment".into(), m);
        }
        if self.has_text {
            out.insert("text".into(), Value::String(self.text));
        }
        let mut calls = self.whole_calls;
        calls.extend(self.indexed_calls.into_iter().map(|(_, c)| c));
        if !calls.is_empty() {
            out.insert("toolCalls".into(), Value::Array(calls));
        }
        if !self.validation_requests.is_empty() {
            out.insert("toolValidationRequests".into(), Value::Array(self.validation_requests));
        }
        if !self.log_probs.is_empty() {
            out.insert("logProbs".into(), Value::Array(self.log_probs));
        }
        let mut artifacts = self.artifacts;
        artifacts.extend(self.artifacts_by_id.into_iter().map(|(_, a)| a));
        if !artifacts.is_empty() {
            out.insert("artifacts".into(), Value::Array(artifacts));
        }
        Value::Object(out)
    }
}

/// The answer of a streamed completion (dataikuapi's
/// `DSSLLMStreamedCompletionChunks`), read from the connection as DSS
/// sends it: an iterator of chunks ending with a footer, each read when
/// asked for. [`response`](Self::response) reads the rest and gathers the
/// whole answer.
///
/// DSS sends server-sent events (`event: completion-chunk`, `data: {..}`,
/// a blank line); an `error-chunk` event is an [`Error::LlmFailed`] item;
/// a connection cut, or closed before the footer, is an error item; a
/// stall is [`Error::Timeout`] after the idle bound, as for every stream.
/// No item comes after an error item.
pub struct DssLlmStreamedCompletionChunks {
    reader: BufReader<ByteStream>,
    done: bool,
    footer_seen: bool,
    gathered: Gathered,
}

impl fmt::Debug for DssLlmStreamedCompletionChunks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DssLlmStreamedCompletionChunks")
            .field("stream", self.reader.get_ref())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

/// One server-sent event: its `event` field and its data lines joined.
struct Event {
    event: Option<String>,
    data: String,
}

impl DssLlmStreamedCompletionChunks {
    pub(super) fn new(stream: ByteStream) -> Self {
        DssLlmStreamedCompletionChunks {
            reader: BufReader::with_capacity(64 << 10, stream),
            done: false,
            footer_seen: false,
            gathered: Gathered::default(),
        }
    }

    /// The chunks as an iterator (the value itself is one; dataikuapi's
    /// name).
    pub fn iter_chunks(self) -> Self {
        self
    }

    /// Reads the chunks not read yet and returns the whole answer
    /// gathered from all of them (text joined, tool calls and artifacts
    /// merged, usage from the footer), as dataikuapi's `response` with
    /// `collect_response=True`. An error event makes an answer whose
    /// `success()` is false; a cut or stalled stream is an error.
    pub fn response(mut self) -> Result<DssLlmCompletionResponse> {
        for item in self.by_ref() {
            match item {
                Ok(_) => {}
                Err(Error::LlmFailed { .. }) => break,
                Err(e) => return Err(e),
            }
        }
        let raw = std::mem::take(&mut self.gathered).into_response();
        decode_value(raw, &COMPLETION_EXECUTE_STREAMED)
    }

    /// An error reading the stream, naming its request.
    fn read_error(&self, e: io::Error) -> Error {
        self.reader.get_ref().read_error(e)
    }

    /// The next event, `None` at the end of the stream. As dataikuapi
    /// reads them: lines up to a blank one; `:` starts a comment; `data`
    /// lines are joined; an event with no `event` field is skipped.
    fn next_event(&mut self) -> Result<Option<Event>> {
        let mut event: Option<String> = None;
        let mut data_lines: Vec<String> = Vec::new();
        let mut size: u64 = 0;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = (&mut self.reader)
                .take(MAX_EVENT_SIZE + 1 - size)
                .read_until(b'\n', &mut line)
                .map_err(|e| self.read_error(e))?;
            size += n as u64;
            if size > MAX_EVENT_SIZE {
                return Err(self.read_error(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("an event of the streamed completion is over {MAX_EVENT_SIZE} bytes"),
                )));
            }
            if n == 0 {
                // The end of the stream: a last event not followed by a
                // blank line still counts.
                return Ok(event.map(|event| Event {
                    event: Some(event),
                    data: data_lines.join("\n"),
                }));
            }
            while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                line.pop();
            }
            if line.is_empty() {
                if let Some(event) = event.take() {
                    return Ok(Some(Event {
                        event: Some(event),
                        data: data_lines.join("\n"),
                    }));
                }
                data_lines.clear();
                size = 0;
                continue;
            }
            let text = String::from_utf8_lossy(&line);
            if text.starts_with(':') {
                continue;
            }
            let (field, value) = match text.split_once(':') {
                Some((f, v)) => (f, v.trim()),
                None => (text.as_ref(), ""),
            };
            match field {
                "data" => data_lines.push(value.to_owned()),
                "event" => event = Some(value.to_owned()),
                _ => {}
            }
        }
    }

    /// The item an event stands for, `None` for one to skip.
    fn item(&mut self, event: Event) -> Option<Result<DssLlmStreamedCompletionItem>> {
        let kind = event.event.unwrap_or_default();
        let data: Value = match serde_json::from_str(&event.data) {
            Ok(v) => v,
            Err(source) => {
                return Some(Err(self.reader.get_ref().context().locate(Error::Decode {
                    endpoint: &COMPLETION_EXECUTE_STREAMED,
                    at: None,
                    source,
                })))
            }
        };
        match kind.as_str() {
            "completion-chunk" => {
                self.gathered.chunk(&data);
                if !truthy(&data) {
                    return None;
                }
                Some(decode_value(data, &COMPLETION_EXECUTE_STREAMED).map(DssLlmStreamedCompletionItem::Chunk))
            }
            "completion-end" => {
                self.gathered.footer(&data);
                self.footer_seen = true;
                if !truthy(&data) {
                    return None;
                }
                Some(decode_value(data, &COMPLETION_EXECUTE_STREAMED).map(DssLlmStreamedCompletionItem::Footer))
            }
            "error-chunk" => {
                let text = |k: &str| data.get(k).and_then(Value::as_str);
                let err = llm_failure(
                    text("errorMessage"),
                    text("errorCode"),
                    text("errorType"),
                    text("errorSource"),
                );
                let mut error = Map::new();
                for key in ["errorMessage", "errorCode", "errorSource", "errorType"] {
                    if let Some(v) = given(&data, key) {
                        error.insert(key.to_owned(), v.clone());
                    }
                }
                self.gathered.error = Some(error);
                self.done = true;
                Some(Err(err))
            }
            other => {
                self.done = true;
                Some(Err(self.read_error(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("unknown event `{other}` in the streamed completion"),
                ))))
            }
        }
    }
}

impl Iterator for DssLlmStreamedCompletionChunks {
    type Item = Result<DssLlmStreamedCompletionItem>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_event() {
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Ok(None) if self.footer_seen => {
                    self.done = true;
                    return None;
                }
                Ok(None) => {
                    self.done = true;
                    return Some(Err(self.read_error(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the streamed completion ended before its footer (`completion-end`)",
                    ))));
                }
                Ok(Some(event)) => {
                    if let Some(item) = self.item(event) {
                        if item.is_err() {
                            self.done = true;
                        }
                        return Some(item);
                    }
                }
            }
        }
        None
    }
}
