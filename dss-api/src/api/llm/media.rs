//! The image generation and reranking queries of a [`DssLlm`], built
//! locally as dataikuapi builds them, and the accessors of their answers.

use serde_json::{json, Map, Value};

use super::{with_guardrails, DssLlmRequestGuardrailBuilder, LlmImage};
use crate::api::generated::models::{DssLlmImageGenerationResponse, DssLlmRerankingResponse, LlmReranking};
use crate::api::handles::DssLlm;
use crate::api::pending::Pending;
use crate::rt::{timed, Endpoint, Error, Result};

static IMAGES_EXECUTE: Endpoint = Endpoint::local("DssLlmImageGenerationQuery", "execute");
static RERANKING_EXECUTE: Endpoint = Endpoint::local("DssLlmRerankingQuery", "execute");

impl DssLlm {
    /// A new image generation query on this LLM (no request): prompts,
    /// an image to edit, sizes, then [`execute`](DssLlmImageGenerationQuery::execute).
    pub fn new_images_generation(&self) -> DssLlmImageGenerationQuery {
        let mut gq = Map::new();
        gq.insert("prompts".into(), json!([]));
        gq.insert("negativePrompts".into(), json!([]));
        gq.insert("llmId".into(), Value::String(self.llm_id.clone()));
        DssLlmImageGenerationQuery {
            llm: self.clone(),
            gq,
            guardrails: None,
        }
    }

    /// A new reranking query on this LLM (no request): the query and the
    /// documents to rank, then [`execute`](DssLlmRerankingQuery::execute).
    pub fn new_reranking(&self) -> DssLlmRerankingQuery {
        DssLlmRerankingQuery {
            llm: self.clone(),
            query_parts: Vec::new(),
            documents: Vec::new(),
            settings: None,
        }
    }
}

/// An image generation query (dataikuapi's `DSSLLMImageGenerationQuery`),
/// changed in place; [`execute`](Self::execute) sends it.
#[derive(Debug, Clone)]
pub struct DssLlmImageGenerationQuery {
    llm: DssLlm,
    gq: Map<String, Value>,
    guardrails: Option<Value>,
}

impl DssLlmImageGenerationQuery {
    fn push(&mut self, list: &str, prompt: String, weight: Option<f64>) {
        if let Some(Value::Array(prompts)) = self.gq.get_mut(list) {
            prompts.push(json!({ "prompt": prompt, "weight": weight }));
        }
    }

    /// Adds a prompt, with its weight when given.
    pub fn with_prompt(&mut self, prompt: impl Into<String>, weight: Option<f64>) -> &mut Self {
        self.push("prompts", prompt.into(), weight);
        self
    }

    /// Adds a negative prompt (what the image must not show), with its
    /// weight when given.
    pub fn with_negative_prompt(&mut self, prompt: impl Into<String>, weight: Option<f64>) -> &mut Self {
        self.push("negativePrompts", prompt.into(), weight);
        self
    }

    /// Sets the query's context (a JSON object).
    pub fn with_context(&mut self, context: impl Into<Value>) -> &mut Self {
        self.gq.insert("context".into(), context.into());
        self
    }

    /// Sets an image to edit (its bytes, or base64 text), how
    /// (`INPAINTING`, `MASK_FREE`, `VARY`, ...) and its weight when given.
    pub fn with_original_image(
        &mut self,
        image: impl Into<LlmImage>,
        mode: Option<&str>,
        weight: Option<f64>,
    ) -> &mut Self {
        self.gq
            .insert("originalImage".into(), Value::String(image.into().to_base64()));
        if let Some(mode) = mode {
            self.gq
                .insert("originalImageEditionMode".into(), Value::String(mode.to_owned()));
        }
        if let Some(weight) = weight {
            self.gq.insert("originalImageWeight".into(), json!(weight));
        }
        self
    }

    /// Sets the mask of the edit (`MASK_IMAGE_BLACK` with a mask image,
    /// `ORIGINAL_IMAGE_ALPHA`, ...).
    pub fn with_mask(&mut self, mode: &str, image: Option<LlmImage>) -> &mut Self {
        self.gq.insert("maskMode".into(), Value::String(mode.to_owned()));
        if let Some(image) = image {
            self.gq.insert("maskImage".into(), Value::String(image.to_base64()));
        }
        self
    }

    /// Starts a guardrail of type `type`, added by its `add`.
    pub fn new_guardrail(&mut self, r#type: &str) -> DssLlmRequestGuardrailBuilder<'_> {
        DssLlmRequestGuardrailBuilder::new(&mut self.guardrails, r#type)
    }

    /// The height asked for, when set.
    pub fn height(&self) -> Option<i64> {
        self.gq.get("height").and_then(Value::as_i64)
    }

    /// Sets the height (`None`: sent as `null`).
    pub fn set_height(&mut self, height: Option<i64>) -> &mut Self {
        self.gq.insert("height".into(), json!(height));
        self
    }

    /// The width asked for, when set.
    pub fn width(&self) -> Option<i64> {
        self.gq.get("width").and_then(Value::as_i64)
    }

    /// Sets the width (`None`: sent as `null`).
    pub fn set_width(&mut self, width: Option<i64>) -> &mut Self {
        self.gq.insert("width".into(), json!(width));
        self
    }

    /// How many images to make, when set.
    pub fn images_to_generate(&self) -> Option<i64> {
        self.gq.get("nbImagesToGenerate").and_then(Value::as_i64)
    }

    /// Sets how many images to make.
    pub fn set_images_to_generate(&mut self, count: i64) -> &mut Self {
        self.gq.insert("nbImagesToGenerate".into(), json!(count));
        self
    }

    /// Sets one of the other members of the query (`fidelity`, `quality`,
    /// `seed`, `style`, ...), as DSS names it.
    pub fn set(&mut self, member: &str, value: impl Into<Value>) -> &mut Self {
        self.gq.insert(member.to_owned(), value.into());
        self
    }

    /// Sends the query (`POST /projects/{project_key}/llms/images`); `send`
    /// returns the images made.
    pub fn execute(&self) -> Pending<'static, DssLlmImageGenerationResponse> {
        let llm = self.llm.clone();
        let request = with_guardrails(self.gq.clone(), &self.guardrails);
        Pending::new(&IMAGES_EXECUTE, move |settings| {
            timed!(llm.images(request), settings).send()
        })
    }
}

impl DssLlmImageGenerationResponse {
    /// Whether the query succeeded (`ok`).
    pub fn success(&self) -> bool {
        self.ok
    }

    /// The images' bytes; an error ([`Error::LlmFailed`]) when the query
    /// failed or made no image, or an image is not base64.
    pub fn get_images(&self) -> Result<Vec<Vec<u8>>> {
        use base64::Engine as _;
        if !self.ok {
            return Err(super::llm_failure(self.error_message.as_deref(), None, None, None));
        }
        if self.images.is_empty() {
            return Err(super::llm_failure(
                Some("Image generation succeeded but did not return any image"),
                None,
                None,
                None,
            ));
        }
        self.images
            .iter()
            .map(|image| {
                base64::engine::general_purpose::STANDARD
                    .decode(image.data.as_deref().unwrap_or_default())
                    .map_err(|e| Error::LlmFailed {
                        message: format!("an image is not base64: {e}"),
                        code: None,
                        error_type: None,
                        origin: None,
                    })
            })
            .collect()
    }

    /// The first image's bytes (see [`get_images`](Self::get_images)).
    pub fn first_image(&self) -> Result<Vec<u8>> {
        Ok(self.get_images()?.swap_remove(0))
    }
}

/// A reranking query (dataikuapi's `DSSLLMRerankingQuery`): a query and
/// documents, ranked by [`execute`](Self::execute).
#[derive(Debug, Clone)]
pub struct DssLlmRerankingQuery {
    llm: DssLlm,
    query_parts: Vec<Value>,
    documents: Vec<Value>,
    settings: Option<Value>,
}

impl DssLlmRerankingQuery {
    /// Adds text to the query.
    pub fn with_query(&mut self, text: impl Into<String>) -> &mut Self {
        self.query_parts.push(json!({ "text": text.into(), "type": "TEXT" }));
        self
    }

    /// Adds a document to rank.
    pub fn with_document(&mut self, text: impl Into<String>) -> &mut Self {
        self.documents
            .push(json!({ "parts": [{ "text": text.into(), "type": "TEXT" }] }));
        self
    }

    /// Sets the query's context (a JSON object).
    pub fn with_context(&mut self, context: impl Into<Value>) -> &mut Self {
        self.settings = Some(json!({ "context": context.into() }));
        self
    }

    /// Sends the query (`POST /projects/{project_key}/llms/rerankings`);
    /// `send` returns the documents ranked.
    pub fn execute(&self) -> Pending<'static, DssLlmRerankingResponse> {
        let llm = self.llm.clone();
        let request = json!({
            "llmId": llm.llm_id.clone(),
            "queries": [{ "queryParts": self.query_parts, "documents": self.documents }],
            "settings": self.settings.clone().unwrap_or_else(|| json!({})),
        });
        Pending::new(&RERANKING_EXECUTE, move |settings| {
            timed!(llm.rerankings(request), settings).send()
        })
    }
}

impl DssLlmRerankingResponse {
    /// The result of the query (the first response), if DSS sent one.
    fn first(&self) -> Option<&LlmReranking> {
        self.responses.first()
    }

    /// Whether the query succeeded.
    pub fn success(&self) -> bool {
        self.first().is_some_and(|r| r.ok)
    }

    /// Why it failed, when it did.
    pub fn error_message(&self) -> Option<&str> {
        match self.first() {
            Some(r) if r.ok => None,
            Some(r) => Some(r.error_message.as_deref().unwrap_or("Unknown error")),
            None => Some("Unknown error"),
        }
    }

    /// The documents, most relevant first (`index`, `relevance_score`).
    pub fn documents(&self) -> &[crate::api::generated::models::LlmRankedDocument] {
        self.first().map_or(&[], |r| r.documents.as_slice())
    }

    /// The trace of the query, when DSS gives one.
    pub fn trace(&self) -> Option<&Value> {
        self.first().and_then(|r| r.trace.as_ref())
    }
}
