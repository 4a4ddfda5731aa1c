//! Knowledge banks: the hand-written [`DssProject::create_knowledge_bank`]
//! (settings completed locally, as dataikuapi does) and
//! [`DssKnowledgeBank::search`] (its parameters sent as one JSON text, as
//! dataikuapi writes them), over the generated `create_knowledge_bank_from`
//! and `search_with`; the retrieval-augmented LLM and the agent seen as
//! LLMs; an agent tool's descriptor, read by GET or POST.

use serde_json::{json, Map, Value};

use crate::api::handles::{DssAgent, DssAgentTool, DssKnowledgeBank, DssLlm, DssProject, DssRetrievalAugmentedLlm};
use crate::api::pending::Pending;
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

impl DssProject {
    /// Creates a knowledge bank: `.send()` sends `POST
    /// /projects/{project_key}/knowledge-banks/` with the settings given
    /// (none by default), completed with the name, the vector store type,
    /// the embedding LLM when given, and `multimodalColumn` when the
    /// settings name an images folder (`managedFolderId`), as dataikuapi
    /// does; it returns a handle on the knowledge bank DSS made.
    pub fn create_knowledge_bank(&self, name: &str, vector_store_type: &str) -> ProjectCreateKnowledgeBank<'_> {
        ProjectCreateKnowledgeBank {
            project: self,
            name: name.to_owned(),
            vector_store_type: vector_store_type.to_owned(),
            embedding_llm_id: None,
            settings: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::PROJECT_CREATE_KNOWLEDGE_BANK),
        }
    }
}

/// Request value of [`DssProject::create_knowledge_bank`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectCreateKnowledgeBank<'a> {
    project: &'a DssProject,
    name: String,
    vector_store_type: String,
    embedding_llm_id: Option<String>,
    settings: Option<Value>,
    opts: RequestOptions,
}

options_setters!(ProjectCreateKnowledgeBank<'a>, opts);

impl ProjectCreateKnowledgeBank<'_> {
    /// The LLM that computes the embeddings (one of purpose
    /// `TEXT_EMBEDDING_EXTRACTION`); dataikuapi's default: none.
    pub fn embedding_llm_id(mut self, embedding_llm_id: impl Into<String>) -> Self {
        self.embedding_llm_id = Some(embedding_llm_id.into());
        self
    }

    /// More settings, a JSON object (`managed`, `connection`,
    /// `indexName`, `metadataColumnsSchema`, `managedFolderId`, ...);
    /// dataikuapi's default: none.
    pub fn settings(mut self, settings: impl Into<Value>) -> Self {
        self.settings = Some(settings.into());
        self
    }

    /// Creates the knowledge bank and returns a handle on it. Settings
    /// that are not a JSON object are refused before sending.
    pub fn send(self) -> Result<DssKnowledgeBank> {
        let mut settings = match self.settings {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(m)) => m,
            Some(_) => {
                return Err(Error::InvalidArgument {
                    name: "settings",
                    reason: "a knowledge bank's settings are a JSON object".into(),
                })
            }
        };
        settings.insert("name".into(), Value::String(self.name));
        settings.insert("vectorStoreType".into(), Value::String(self.vector_store_type));
        if let Some(llm) = self.embedding_llm_id {
            settings.insert("embeddingLLMId".into(), Value::String(llm));
        }
        if settings.contains_key("managedFolderId") {
            settings.insert("multimodalColumn".into(), json!("DKU_MULTIMODAL_CONTENT"));
        }
        timed!(
            self.project.create_knowledge_bank_from(Value::Object(settings)),
            &self.opts
        )
        .send()
    }
}

impl DssKnowledgeBank {
    /// Searches the knowledge bank: `.send()` sends `POST
    /// /projects/{project_key}/knowledge-banks/{id}/search` with the query
    /// and the search parameters (dataikuapi's defaults: 10 documents,
    /// `SIMILARITY`), and returns DSS's answer, whose `documents` hold the
    /// text, score and metadata of each document found. An answer
    /// reporting an `error` is [`Error::OperationFailed`].
    pub fn search(&self, query: &str) -> KnowledgeBankSearch<'_> {
        KnowledgeBankSearch {
            kb: self,
            query: query.to_owned(),
            max_documents: 10,
            search_type: "SIMILARITY".into(),
            similarity_threshold: 0.5,
            mmr_documents_count: 20,
            mmr_factor: 0.25,
            hybrid_use_advanced_reranking: false,
            hybrid_rrf_rank_constant: 60,
            hybrid_rrf_rank_window_size: 4,
            filter: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::KNOWLEDGE_BANK_SEARCH),
        }
    }
}

/// Request value of [`DssKnowledgeBank::search`]: set optional arguments
/// by name (dataikuapi's, with its defaults), then call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct KnowledgeBankSearch<'a> {
    kb: &'a DssKnowledgeBank,
    query: String,
    max_documents: i64,
    search_type: String,
    similarity_threshold: f64,
    mmr_documents_count: i64,
    mmr_factor: f64,
    hybrid_use_advanced_reranking: bool,
    hybrid_rrf_rank_constant: i64,
    hybrid_rrf_rank_window_size: i64,
    filter: Option<Value>,
    opts: RequestOptions,
}

options_setters!(KnowledgeBankSearch<'a>, opts);

impl KnowledgeBankSearch<'_> {
    /// Most documents to return (default 10; must be positive).
    pub fn max_documents(mut self, max_documents: i64) -> Self {
        self.max_documents = max_documents;
        self
    }

    /// How to search: `SIMILARITY` (default), `SIMILARITY_THRESHOLD`,
    /// `MMR` or `HYBRID` (not every vector store has the last two).
    pub fn search_type(mut self, search_type: impl Into<String>) -> Self {
        self.search_type = search_type.into();
        self
    }

    /// With `SIMILARITY_THRESHOLD`, the lowest score kept (default 0.5).
    pub fn similarity_threshold(mut self, similarity_threshold: f64) -> Self {
        self.similarity_threshold = similarity_threshold;
        self
    }

    /// With `MMR`, how many documents to pick from (default 20).
    pub fn mmr_documents_count(mut self, mmr_documents_count: i64) -> Self {
        self.mmr_documents_count = mmr_documents_count;
        self
    }

    /// With `MMR`, the weight of diversity, between 0 and 1 (default 0.25).
    pub fn mmr_factor(mut self, mmr_factor: f64) -> Self {
        self.mmr_factor = mmr_factor;
        self
    }

    /// With `HYBRID`, whether to rerank with reciprocal rank fusion
    /// (default `false`).
    pub fn hybrid_use_advanced_reranking(mut self, on: bool) -> Self {
        self.hybrid_use_advanced_reranking = on;
        self
    }

    /// The rank constant of the fusion (default 60).
    pub fn hybrid_rrf_rank_constant(mut self, constant: i64) -> Self {
        self.hybrid_rrf_rank_constant = constant;
        self
    }

    /// The rank window of the fusion (default 4).
    pub fn hybrid_rrf_rank_window_size(mut self, size: i64) -> Self {
        self.hybrid_rrf_rank_window_size = size;
        self
    }

    /// Keep only documents passing this filter: DSS's filter JSON, as
    /// dataikuapi's `DSSFilter.from_simple_filter` writes it
    /// (`{"enabled": true, "uiData": {"conditions": [..], "mode": "&&"}}`);
    /// by default none.
    pub fn filter(mut self, filter: impl Into<Value>) -> Self {
        self.filter = Some(filter.into());
        self
    }

    /// The refusal of an argument dataikuapi refuses before sending.
    fn check(&self) -> Result<()> {
        let refuse = |name: &'static str, reason: &str| {
            Err(Error::InvalidArgument {
                name,
                reason: reason.into(),
            })
        };
        if self.query.is_empty() {
            return refuse("query", "the query is required");
        }
        if self.max_documents <= 0 {
            return refuse("max_documents", "must be a positive integer");
        }
        if !["SIMILARITY", "SIMILARITY_THRESHOLD", "MMR", "HYBRID"].contains(&self.search_type.as_str()) {
            return refuse(
                "search_type",
                "must be one of SIMILARITY, SIMILARITY_THRESHOLD, MMR, HYBRID",
            );
        }
        if self.search_type == "MMR" && (self.mmr_documents_count <= 0 || !(0.0..=1.0).contains(&self.mmr_factor)) {
            return refuse(
                "mmr_documents_count",
                "with MMR, the count must be positive and the factor between 0 and 1",
            );
        }
        if self.search_type == "HYBRID"
            && self.hybrid_use_advanced_reranking
            && (self.hybrid_rrf_rank_constant <= 0 || self.hybrid_rrf_rank_window_size <= 0)
        {
            return refuse(
                "hybrid_rrf_rank_constant",
                "with advanced reranking, the rank constant and window must be positive",
            );
        }
        Ok(())
    }

    /// Sends the search and returns DSS's answer (`documents`, ...).
    pub fn send(self) -> Result<Value> {
        self.check()?;
        let params = json!({
            "maxDocuments": self.max_documents,
            "searchType": self.search_type,
            "similarityThreshold": self.similarity_threshold,
            "mmrK": self.mmr_documents_count,
            "mmrDiversity": self.mmr_factor,
            "useAdvancedReranking": self.hybrid_use_advanced_reranking,
            "rrfRankConstant": self.hybrid_rrf_rank_constant,
            "rrfRankWindowSize": self.hybrid_rrf_rank_window_size,
            "includeScore": true,
            "performFiltering": self.filter.is_some(),
            "filter": self.filter.clone().unwrap_or_else(|| json!({})),
            "includeMultimodalContent": true,
        });
        let answer = timed!(self.kb.search_with(&self.query, params), &self.opts).send()?;
        if let Some(error) = answer.get("error").filter(|e| !e.is_null() && *e != &json!(false)) {
            let message = error
                .get("message")
                .and_then(Value::as_str)
                .map_or_else(|| answer.to_string(), str::to_owned);
            return Err(Error::OperationFailed {
                endpoint: &crate::api::generated::endpoints::KNOWLEDGE_BANK_SEARCH,
                at: None,
                summary: format!("search failed: {message}"),
                messages: Box::new(error.clone()),
            });
        }
        Ok(answer)
    }
}

impl DssRetrievalAugmentedLlm {
    /// The retrieval-augmented LLM as an LLM of the LLM Mesh
    /// (`retrieval-augmented-llm:{id}`), to query like any other (no
    /// request).
    pub fn as_llm(&self) -> DssLlm {
        self.client
            .get_project(&self.project_key)
            .get_llm(format!("retrieval-augmented-llm:{}", self.id))
    }
}

impl DssAgent {
    /// The agent as an LLM of the LLM Mesh (`agent:{id}`), to query like
    /// any other (no request).
    pub fn as_llm(&self) -> DssLlm {
        self.client
            .get_project(&self.project_key)
            .get_llm(format!("agent:{}", self.id))
    }
}

impl DssAgentTool {
    /// Reads the tool's descriptor (its name, description, input schema):
    /// `GET /projects/{project_key}/agents/tools/{tool_id}/descriptor`, or
    /// with a context, a `POST` of `{"context": ..}` to the same path, as
    /// dataikuapi does. Each call reads it (dataikuapi keeps the first on
    /// its object; keep the answer to do the same).
    pub fn get_descriptor(&self, context: Option<Value>) -> Pending<'_, Value> {
        Pending::new(
            &crate::api::generated::endpoints::AGENT_TOOL_GET_DESCRIPTOR,
            move |settings| match context {
                None => timed!(self.get_descriptor_without_context(), settings).send(),
                Some(context) => timed!(self.get_descriptor_in_context(context), settings).send(),
            },
        )
    }
}
