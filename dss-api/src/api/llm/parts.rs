//! The messages and tool outputs of several parts (text, images) added
//! to a completion query, as dataikuapi builds them.

use serde_json::{json, Map, Value};

use super::{json_object, push_message, LlmImage};

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
    pub(super) fn new(cq: &'a mut Map<String, Value>, role: Option<&str>) -> Self {
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
    pub(super) fn new(
        cq: &'a mut Map<String, Value>,
        tool_call_id: String,
        role: Option<&str>,
        output: Option<&str>,
    ) -> Self {
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
