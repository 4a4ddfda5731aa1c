// The expansion of `llm.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/llm.dss`.
pub mod spec_llm {
    /// Handle types.
    pub mod handles {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        /**An LLM of the LLM Mesh, as a project uses it, named by its id
(`openai:my-connection:gpt-4o`, ...).*/
        #[derive(Clone)]
        pub struct DssLlm {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) llm_id: String,
        }
        impl DssLlm {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `llm_id` this handle points at.
            pub fn llm_id(&self) -> &str {
                &self.llm_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssLlm {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlm")
                    .field("project_key", &self.project_key)
                    .field("llm_id", &self.llm_id)
                    .finish_non_exhaustive()
            }
        }
        /**A persisted conversation with an LLM (dataikuapi's
`DSSLLMConversation`), as DSS last sent its properties: its end user,
default LLM, metadata, last message; `refresh` reads them again.*/
        #[derive(Clone)]
        pub struct DssLlmConversation {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) conversation_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssLlmConversation {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `conversation_id` this handle points at.
            pub fn conversation_id(&self) -> &str {
                &self.conversation_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssLlmConversation {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmConversation")
                    .field("project_key", &self.project_key)
                    .field("conversation_id", &self.conversation_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
    }
    /// Typed answers.
    pub mod models {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        ///An LLM as `list_llms` lists it (dataikuapi's `DSSLLMListItem`).
        #[derive(Clone, PartialEq)]
        pub struct DssLlmListItem {
            ///The LLM's id, as `get_llm` takes it.
            pub id: String,
            ///Its kind (`OPENAI`, `AZURE_OPENAI`, `SAVED_MODEL_AGENT`, ...).
            pub r#type: Option<String>,
            ///The name DSS shows for it.
            pub friendly_name: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmListItem, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_friendly_name: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "friendlyName" => {
                                    __m_friendly_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "friendlyName",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmListItem {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            r#type: __m_type,
                            friendly_name: __m_friendly_name,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "friendlyName",
                    &self.friendly_name,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmListItem")
                    .field("id", &self.id)
                    .field("type", &self.r#type)
                    .field("friendly_name", &self.friendly_name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmListItem {}
        ///A function an LLM asks to call, in a completion's `toolCalls`.
        #[derive(Clone, PartialEq)]
        pub struct LlmToolCallFunction {
            ///The tool's name.
            pub name: Option<String>,
            ///Its arguments, a JSON text written by the LLM.
            pub arguments: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for LlmToolCallFunction {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = LlmToolCallFunction;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `LlmToolCallFunction` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<LlmToolCallFunction, __A::Error> {
                        let mut __m_name: Option<String> = None;
                        let mut __m_arguments: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "arguments" => {
                                    __m_arguments = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "arguments",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(LlmToolCallFunction {
                            name: __m_name,
                            arguments: __m_arguments,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for LlmToolCallFunction {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "arguments",
                    &self.arguments,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for LlmToolCallFunction {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("LlmToolCallFunction")
                    .field("name", &self.name)
                    .field("arguments", &self.arguments)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl LlmToolCallFunction {}
        ///A tool call an LLM asks for, in a completion's `toolCalls`.
        #[derive(Clone, PartialEq)]
        pub struct LlmToolCall {
            ///Its id, for the tool's output sent back (`with_tool_output`).
            pub id: Option<String>,
            ///Its kind (`function`).
            pub r#type: Option<String>,
            ///The function to call and its arguments.
            pub function: Option<LlmToolCallFunction>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for LlmToolCall {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = LlmToolCall;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `LlmToolCall` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<LlmToolCall, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_function: Option<LlmToolCallFunction> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "id",
                                    )?;
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "function" => {
                                    __m_function = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "function",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(LlmToolCall {
                            id: __m_id,
                            r#type: __m_type,
                            function: __m_function,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for LlmToolCall {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "id",
                    &self.id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "function",
                    &self.function,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for LlmToolCall {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("LlmToolCall")
                    .field("id", &self.id)
                    .field("type", &self.r#type)
                    .field("function", &self.function)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl LlmToolCall {}
        /**The answer to one completion query (dataikuapi's
`DSSLLMCompletionResponse`): whether it succeeded, the text or the tool
calls, the usage; the accessors of the same names as dataikuapi's fail
when the query did not succeed.*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmCompletionResponse {
            ///Whether the query succeeded (`success()` reads it).
            pub ok: bool,
            ///The text the LLM wrote.
            pub text: Option<String>,
            ///Why the LLM stopped (`stop`, `length`, `tool_calls`, ...).
            pub finish_reason: Option<String>,
            ///The tools the LLM asks to call.
            pub tool_calls: Option<Vec<LlmToolCall>>,
            ///Tokens of the prompt.
            pub prompt_tokens: Option<i64>,
            ///Tokens of the completion.
            pub completion_tokens: Option<i64>,
            ///Tokens in all.
            pub total_tokens: Option<i64>,
            ///Whether DSS estimated the token counts rather than read them.
            pub token_counts_are_estimated: Option<bool>,
            ///What the query cost, as DSS estimates it.
            pub estimated_cost: Option<f64>,
            ///Log probabilities of the tokens written, when asked for.
            pub log_probs: Option<Value>,
            ///What the LLM wants passed back in the next query (`with_memory_fragment`).
            pub memory_fragment: Option<Value>,
            ///The tool calls an agent asks a human to validate first.
            pub tool_validation_requests: Option<Value>,
            ///What an agent adds to the query's context.
            pub context_upsert: Option<Value>,
            ///What an agent made (files, documents), as DSS writes them.
            pub artifacts: Option<Value>,
            ///More about the answer: `sources` of a retrieval-augmented LLM, ...
            pub additional_information: Option<Value>,
            ///The trace of the query, when DSS gives one.
            pub trace: Option<Value>,
            ///The usage of the query and of the queries it made (agents).
            pub total_usage: Option<Value>,
            ///The failure's message, when the query did not succeed.
            pub error_message: Option<String>,
            ///The failure's code, when the query did not succeed.
            pub error_code: Option<String>,
            ///The failure's kind, when the query did not succeed.
            pub error_type: Option<String>,
            ///Where the failure arose, when the query did not succeed.
            pub error_source: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmCompletionResponse {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmCompletionResponse;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmCompletionResponse` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmCompletionResponse, __A::Error> {
                        let mut __m_ok: Option<bool> = None;
                        let mut __m_text: Option<String> = None;
                        let mut __m_finish_reason: Option<String> = None;
                        let mut __m_tool_calls: Option<Vec<LlmToolCall>> = None;
                        let mut __m_prompt_tokens: Option<i64> = None;
                        let mut __m_completion_tokens: Option<i64> = None;
                        let mut __m_total_tokens: Option<i64> = None;
                        let mut __m_token_counts_are_estimated: Option<bool> = None;
                        let mut __m_estimated_cost: Option<f64> = None;
                        let mut __m_log_probs: Option<Value> = None;
                        let mut __m_memory_fragment: Option<Value> = None;
                        let mut __m_tool_validation_requests: Option<Value> = None;
                        let mut __m_context_upsert: Option<Value> = None;
                        let mut __m_artifacts: Option<Value> = None;
                        let mut __m_additional_information: Option<Value> = None;
                        let mut __m_trace: Option<Value> = None;
                        let mut __m_total_usage: Option<Value> = None;
                        let mut __m_error_message: Option<String> = None;
                        let mut __m_error_code: Option<String> = None;
                        let mut __m_error_type: Option<String> = None;
                        let mut __m_error_source: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "ok" => {
                                    __m_ok = Some(
                                        crate::rt::model::next_member(&mut __map, "ok")?,
                                    );
                                }
                                "text" => {
                                    __m_text = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "text",
                                    )?;
                                }
                                "finishReason" => {
                                    __m_finish_reason = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "finishReason",
                                    )?;
                                }
                                "toolCalls" => {
                                    __m_tool_calls = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "toolCalls",
                                    )?;
                                }
                                "promptTokens" => {
                                    __m_prompt_tokens = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "promptTokens",
                                    )?;
                                }
                                "completionTokens" => {
                                    __m_completion_tokens = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "completionTokens",
                                    )?;
                                }
                                "totalTokens" => {
                                    __m_total_tokens = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "totalTokens",
                                    )?;
                                }
                                "tokenCountsAreEstimated" => {
                                    __m_token_counts_are_estimated = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tokenCountsAreEstimated",
                                    )?;
                                }
                                "estimatedCost" => {
                                    __m_estimated_cost = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "estimatedCost",
                                    )?;
                                }
                                "logProbs" => {
                                    __m_log_probs = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "logProbs",
                                    )?;
                                }
                                "memoryFragment" => {
                                    __m_memory_fragment = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "memoryFragment",
                                    )?;
                                }
                                "toolValidationRequests" => {
                                    __m_tool_validation_requests = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "toolValidationRequests",
                                    )?;
                                }
                                "contextUpsert" => {
                                    __m_context_upsert = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "contextUpsert",
                                    )?;
                                }
                                "artifacts" => {
                                    __m_artifacts = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "artifacts",
                                    )?;
                                }
                                "additionalInformation" => {
                                    __m_additional_information = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "additionalInformation",
                                    )?;
                                }
                                "trace" => {
                                    __m_trace = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "trace",
                                    )?;
                                }
                                "totalUsage" => {
                                    __m_total_usage = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "totalUsage",
                                    )?;
                                }
                                "errorMessage" => {
                                    __m_error_message = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorMessage",
                                    )?;
                                }
                                "errorCode" => {
                                    __m_error_code = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorCode",
                                    )?;
                                }
                                "errorType" => {
                                    __m_error_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorType",
                                    )?;
                                }
                                "errorSource" => {
                                    __m_error_source = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorSource",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmCompletionResponse {
                            ok: __m_ok.unwrap_or_default(),
                            text: __m_text,
                            finish_reason: __m_finish_reason,
                            tool_calls: __m_tool_calls,
                            prompt_tokens: __m_prompt_tokens,
                            completion_tokens: __m_completion_tokens,
                            total_tokens: __m_total_tokens,
                            token_counts_are_estimated: __m_token_counts_are_estimated,
                            estimated_cost: __m_estimated_cost,
                            log_probs: __m_log_probs,
                            memory_fragment: __m_memory_fragment,
                            tool_validation_requests: __m_tool_validation_requests,
                            context_upsert: __m_context_upsert,
                            artifacts: __m_artifacts,
                            additional_information: __m_additional_information,
                            trace: __m_trace,
                            total_usage: __m_total_usage,
                            error_message: __m_error_message,
                            error_code: __m_error_code,
                            error_type: __m_error_type,
                            error_source: __m_error_source,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmCompletionResponse {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "ok", &self.ok)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "text",
                    &self.text,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "finishReason",
                    &self.finish_reason,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "toolCalls",
                    &self.tool_calls,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "promptTokens",
                    &self.prompt_tokens,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "completionTokens",
                    &self.completion_tokens,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "totalTokens",
                    &self.total_tokens,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tokenCountsAreEstimated",
                    &self.token_counts_are_estimated,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "estimatedCost",
                    &self.estimated_cost,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "logProbs",
                    &self.log_probs,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "memoryFragment",
                    &self.memory_fragment,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "toolValidationRequests",
                    &self.tool_validation_requests,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "contextUpsert",
                    &self.context_upsert,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "artifacts",
                    &self.artifacts,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "additionalInformation",
                    &self.additional_information,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "trace",
                    &self.trace,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "totalUsage",
                    &self.total_usage,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorMessage",
                    &self.error_message,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorCode",
                    &self.error_code,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorType",
                    &self.error_type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorSource",
                    &self.error_source,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmCompletionResponse {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmCompletionResponse")
                    .field("ok", &self.ok)
                    .field("text", &self.text)
                    .field("finish_reason", &self.finish_reason)
                    .field("tool_calls", &self.tool_calls)
                    .field("prompt_tokens", &self.prompt_tokens)
                    .field("completion_tokens", &self.completion_tokens)
                    .field("total_tokens", &self.total_tokens)
                    .field(
                        "token_counts_are_estimated",
                        &self.token_counts_are_estimated,
                    )
                    .field("estimated_cost", &self.estimated_cost)
                    .field("log_probs", &self.log_probs)
                    .field("memory_fragment", &self.memory_fragment)
                    .field("tool_validation_requests", &self.tool_validation_requests)
                    .field("context_upsert", &self.context_upsert)
                    .field("artifacts", &self.artifacts)
                    .field("additional_information", &self.additional_information)
                    .field("trace", &self.trace)
                    .field("total_usage", &self.total_usage)
                    .field("error_message", &self.error_message)
                    .field("error_code", &self.error_code)
                    .field("error_type", &self.error_type)
                    .field("error_source", &self.error_source)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmCompletionResponse {}
        /**The answer to a multi-completion query (dataikuapi's
`DSSLLMCompletionsResponse`): one response per query, in order.*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmCompletionsResponse {
            ///The responses, one per query sent.
            pub responses: Vec<DssLlmCompletionResponse>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmCompletionsResponse {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmCompletionsResponse;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmCompletionsResponse` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmCompletionsResponse, __A::Error> {
                        let mut __m_responses: Option<Vec<DssLlmCompletionResponse>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "responses" => {
                                    __m_responses = Some(
                                        crate::rt::model::next_member(&mut __map, "responses")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmCompletionsResponse {
                            responses: __m_responses.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmCompletionsResponse {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "responses",
                    &self.responses,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmCompletionsResponse {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmCompletionsResponse")
                    .field("responses", &self.responses)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmCompletionsResponse {}
        ///The embedding of one text or image, in an embeddings answer.
        #[derive(Clone, PartialEq)]
        pub struct LlmEmbedding {
            ///The vector, when it could be computed.
            pub embedding: Option<Vec<f64>>,
            ///Why it could not be, when it could not.
            pub error_message: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for LlmEmbedding {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = LlmEmbedding;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `LlmEmbedding` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<LlmEmbedding, __A::Error> {
                        let mut __m_embedding: Option<Vec<f64>> = None;
                        let mut __m_error_message: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "embedding" => {
                                    __m_embedding = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "embedding",
                                    )?;
                                }
                                "errorMessage" => {
                                    __m_error_message = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorMessage",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(LlmEmbedding {
                            embedding: __m_embedding,
                            error_message: __m_error_message,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for LlmEmbedding {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "embedding",
                    &self.embedding,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorMessage",
                    &self.error_message,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for LlmEmbedding {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("LlmEmbedding")
                    .field("embedding", &self.embedding)
                    .field("error_message", &self.error_message)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl LlmEmbedding {}
        /**The answer to an embeddings query (dataikuapi's
`DSSLLMEmbeddingsResponse`): one vector per text or image, in order.*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmEmbeddingsResponse {
            ///The results, one per text or image sent.
            pub responses: Vec<LlmEmbedding>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmEmbeddingsResponse {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmEmbeddingsResponse;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmEmbeddingsResponse` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmEmbeddingsResponse, __A::Error> {
                        let mut __m_responses: Option<Vec<LlmEmbedding>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "responses" => {
                                    __m_responses = Some(
                                        crate::rt::model::next_member(&mut __map, "responses")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmEmbeddingsResponse {
                            responses: __m_responses.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmEmbeddingsResponse {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "responses",
                    &self.responses,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmEmbeddingsResponse {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmEmbeddingsResponse")
                    .field("responses", &self.responses)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmEmbeddingsResponse {}
        /**A piece of a streamed completion (dataikuapi's
`DSSLLMStreamedCompletionChunk`): some text, an event, tool call pieces.*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmStreamedCompletionChunk {
            ///`content` (when absent) or `event`.
            pub r#type: Option<String>,
            ///The piece of text.
            pub text: Option<String>,
            ///The kind of event, for an event.
            pub event_kind: Option<String>,
            ///Pieces of tool calls (merged by `index` into the whole answer).
            pub tool_calls: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmStreamedCompletionChunk {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmStreamedCompletionChunk;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmStreamedCompletionChunk` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmStreamedCompletionChunk, __A::Error> {
                        let mut __m_type: Option<String> = None;
                        let mut __m_text: Option<String> = None;
                        let mut __m_event_kind: Option<String> = None;
                        let mut __m_tool_calls: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "text" => {
                                    __m_text = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "text",
                                    )?;
                                }
                                "eventKind" => {
                                    __m_event_kind = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "eventKind",
                                    )?;
                                }
                                "toolCalls" => {
                                    __m_tool_calls = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "toolCalls",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmStreamedCompletionChunk {
                            r#type: __m_type,
                            text: __m_text,
                            event_kind: __m_event_kind,
                            tool_calls: __m_tool_calls,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmStreamedCompletionChunk {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "text",
                    &self.text,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "eventKind",
                    &self.event_kind,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "toolCalls",
                    &self.tool_calls,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmStreamedCompletionChunk {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmStreamedCompletionChunk")
                    .field("type", &self.r#type)
                    .field("text", &self.text)
                    .field("event_kind", &self.event_kind)
                    .field("tool_calls", &self.tool_calls)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmStreamedCompletionChunk {}
        /**The end of a streamed completion (dataikuapi's
`DSSLLMStreamedCompletionFooter`): why it stopped, the usage, the trace.*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmStreamedCompletionFooter {
            ///Why the LLM stopped.
            pub finish_reason: Option<String>,
            ///Tokens of the prompt.
            pub prompt_tokens: Option<i64>,
            ///Tokens of the completion.
            pub completion_tokens: Option<i64>,
            ///Tokens in all.
            pub total_tokens: Option<i64>,
            ///What the query cost, as DSS estimates it.
            pub estimated_cost: Option<f64>,
            ///The trace of the query, when DSS gives one.
            pub trace: Option<Value>,
            ///The usage of the query and of the queries it made.
            pub total_usage: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmStreamedCompletionFooter {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmStreamedCompletionFooter;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmStreamedCompletionFooter` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmStreamedCompletionFooter, __A::Error> {
                        let mut __m_finish_reason: Option<String> = None;
                        let mut __m_prompt_tokens: Option<i64> = None;
                        let mut __m_completion_tokens: Option<i64> = None;
                        let mut __m_total_tokens: Option<i64> = None;
                        let mut __m_estimated_cost: Option<f64> = None;
                        let mut __m_trace: Option<Value> = None;
                        let mut __m_total_usage: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "finishReason" => {
                                    __m_finish_reason = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "finishReason",
                                    )?;
                                }
                                "promptTokens" => {
                                    __m_prompt_tokens = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "promptTokens",
                                    )?;
                                }
                                "completionTokens" => {
                                    __m_completion_tokens = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "completionTokens",
                                    )?;
                                }
                                "totalTokens" => {
                                    __m_total_tokens = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "totalTokens",
                                    )?;
                                }
                                "estimatedCost" => {
                                    __m_estimated_cost = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "estimatedCost",
                                    )?;
                                }
                                "trace" => {
                                    __m_trace = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "trace",
                                    )?;
                                }
                                "totalUsage" => {
                                    __m_total_usage = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "totalUsage",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmStreamedCompletionFooter {
                            finish_reason: __m_finish_reason,
                            prompt_tokens: __m_prompt_tokens,
                            completion_tokens: __m_completion_tokens,
                            total_tokens: __m_total_tokens,
                            estimated_cost: __m_estimated_cost,
                            trace: __m_trace,
                            total_usage: __m_total_usage,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmStreamedCompletionFooter {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "finishReason",
                    &self.finish_reason,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "promptTokens",
                    &self.prompt_tokens,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "completionTokens",
                    &self.completion_tokens,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "totalTokens",
                    &self.total_tokens,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "estimatedCost",
                    &self.estimated_cost,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "trace",
                    &self.trace,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "totalUsage",
                    &self.total_usage,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmStreamedCompletionFooter {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmStreamedCompletionFooter")
                    .field("finish_reason", &self.finish_reason)
                    .field("prompt_tokens", &self.prompt_tokens)
                    .field("completion_tokens", &self.completion_tokens)
                    .field("total_tokens", &self.total_tokens)
                    .field("estimated_cost", &self.estimated_cost)
                    .field("trace", &self.trace)
                    .field("total_usage", &self.total_usage)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmStreamedCompletionFooter {}
        ///One image an image generation query made.
        #[derive(Clone, PartialEq)]
        pub struct LlmGeneratedImage {
            ///The image, base64-encoded.
            pub data: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for LlmGeneratedImage {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = LlmGeneratedImage;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `LlmGeneratedImage` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<LlmGeneratedImage, __A::Error> {
                        let mut __m_data: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "data" => {
                                    __m_data = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "data",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(LlmGeneratedImage {
                            data: __m_data,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for LlmGeneratedImage {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "data",
                    &self.data,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for LlmGeneratedImage {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("LlmGeneratedImage")
                    .field("data", &self.data)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl LlmGeneratedImage {}
        /**The answer to an image generation query (dataikuapi's
`DSSLLMImageGenerationResponse`).*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmImageGenerationResponse {
            ///Whether the query succeeded (`success()` reads it).
            pub ok: bool,
            ///The images made.
            pub images: Vec<LlmGeneratedImage>,
            ///The failure's message, when the query did not succeed.
            pub error_message: Option<String>,
            ///The trace of the query, when DSS gives one.
            pub trace: Option<Value>,
            ///The usage of the query.
            pub total_usage: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmImageGenerationResponse {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmImageGenerationResponse;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmImageGenerationResponse` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmImageGenerationResponse, __A::Error> {
                        let mut __m_ok: Option<bool> = None;
                        let mut __m_images: Option<Vec<LlmGeneratedImage>> = None;
                        let mut __m_error_message: Option<String> = None;
                        let mut __m_trace: Option<Value> = None;
                        let mut __m_total_usage: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "ok" => {
                                    __m_ok = Some(
                                        crate::rt::model::next_member(&mut __map, "ok")?,
                                    );
                                }
                                "images" => {
                                    __m_images = Some(
                                        crate::rt::model::next_member(&mut __map, "images")?,
                                    );
                                }
                                "errorMessage" => {
                                    __m_error_message = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorMessage",
                                    )?;
                                }
                                "trace" => {
                                    __m_trace = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "trace",
                                    )?;
                                }
                                "totalUsage" => {
                                    __m_total_usage = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "totalUsage",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmImageGenerationResponse {
                            ok: __m_ok.unwrap_or_default(),
                            images: __m_images.unwrap_or_default(),
                            error_message: __m_error_message,
                            trace: __m_trace,
                            total_usage: __m_total_usage,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmImageGenerationResponse {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "ok", &self.ok)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "images",
                    &self.images,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorMessage",
                    &self.error_message,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "trace",
                    &self.trace,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "totalUsage",
                    &self.total_usage,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmImageGenerationResponse {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmImageGenerationResponse")
                    .field("ok", &self.ok)
                    .field("images", &self.images)
                    .field("error_message", &self.error_message)
                    .field("trace", &self.trace)
                    .field("total_usage", &self.total_usage)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmImageGenerationResponse {}
        ///A document as a reranking ranked it.
        #[derive(Clone, PartialEq)]
        pub struct LlmRankedDocument {
            ///Its index among the documents sent.
            pub index: i64,
            ///How relevant the model finds it to the query.
            pub relevance_score: Option<f64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for LlmRankedDocument {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = LlmRankedDocument;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `LlmRankedDocument` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<LlmRankedDocument, __A::Error> {
                        let mut __m_index: Option<i64> = None;
                        let mut __m_relevance_score: Option<f64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "index" => {
                                    __m_index = Some(
                                        crate::rt::model::next_member(&mut __map, "index")?,
                                    );
                                }
                                "relevanceScore" => {
                                    __m_relevance_score = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "relevanceScore",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(LlmRankedDocument {
                            index: __m_index.unwrap_or_default(),
                            relevance_score: __m_relevance_score,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for LlmRankedDocument {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "index",
                    &self.index,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "relevanceScore",
                    &self.relevance_score,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for LlmRankedDocument {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("LlmRankedDocument")
                    .field("index", &self.index)
                    .field("relevance_score", &self.relevance_score)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl LlmRankedDocument {}
        ///The result of one reranking query.
        #[derive(Clone, PartialEq)]
        pub struct LlmReranking {
            ///Whether the query succeeded.
            pub ok: bool,
            ///The documents, most relevant first.
            pub documents: Vec<LlmRankedDocument>,
            ///The failure's message, when the query did not succeed.
            pub error_message: Option<String>,
            ///The trace of the query, when DSS gives one.
            pub trace: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for LlmReranking {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = LlmReranking;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `LlmReranking` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<LlmReranking, __A::Error> {
                        let mut __m_ok: Option<bool> = None;
                        let mut __m_documents: Option<Vec<LlmRankedDocument>> = None;
                        let mut __m_error_message: Option<String> = None;
                        let mut __m_trace: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "ok" => {
                                    __m_ok = Some(
                                        crate::rt::model::next_member(&mut __map, "ok")?,
                                    );
                                }
                                "documents" => {
                                    __m_documents = Some(
                                        crate::rt::model::next_member(&mut __map, "documents")?,
                                    );
                                }
                                "errorMessage" => {
                                    __m_error_message = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "errorMessage",
                                    )?;
                                }
                                "trace" => {
                                    __m_trace = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "trace",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(LlmReranking {
                            ok: __m_ok.unwrap_or_default(),
                            documents: __m_documents.unwrap_or_default(),
                            error_message: __m_error_message,
                            trace: __m_trace,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for LlmReranking {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "ok", &self.ok)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "documents",
                    &self.documents,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "errorMessage",
                    &self.error_message,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "trace",
                    &self.trace,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for LlmReranking {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("LlmReranking")
                    .field("ok", &self.ok)
                    .field("documents", &self.documents)
                    .field("error_message", &self.error_message)
                    .field("trace", &self.trace)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl LlmReranking {}
        /**The answer to a reranking query (dataikuapi's
`DSSLLMRerankingResponse`, which reads its first response).*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmRerankingResponse {
            ///The results, one per query (a reranking query sends one).
            pub responses: Vec<LlmReranking>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmRerankingResponse {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmRerankingResponse;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmRerankingResponse` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmRerankingResponse, __A::Error> {
                        let mut __m_responses: Option<Vec<LlmReranking>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "responses" => {
                                    __m_responses = Some(
                                        crate::rt::model::next_member(&mut __map, "responses")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmRerankingResponse {
                            responses: __m_responses.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmRerankingResponse {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "responses",
                    &self.responses,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmRerankingResponse {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmRerankingResponse")
                    .field("responses", &self.responses)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmRerankingResponse {}
        /**A conversation as `list_llm_conversations` lists it (dataikuapi's
`DSSLLMConversationListItem`).*/
        #[derive(Clone, PartialEq)]
        pub struct DssLlmConversationListItem {
            ///Its id.
            pub conversation_id: String,
            ///The end user it is with.
            pub end_user_id: Option<String>,
            ///When it was archived, in milliseconds since the epoch.
            pub archived_at: Option<i64>,
            ///The LLM it uses by default.
            pub default_llm_id: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssLlmConversationListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssLlmConversationListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssLlmConversationListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssLlmConversationListItem, __A::Error> {
                        let mut __m_conversation_id: Option<String> = None;
                        let mut __m_end_user_id: Option<String> = None;
                        let mut __m_archived_at: Option<i64> = None;
                        let mut __m_default_llm_id: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "conversationId" => {
                                    __m_conversation_id = Some(
                                        crate::rt::model::next_member(&mut __map, "conversationId")?,
                                    );
                                }
                                "endUserId" => {
                                    __m_end_user_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "endUserId",
                                    )?;
                                }
                                "archivedAt" => {
                                    __m_archived_at = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "archivedAt",
                                    )?;
                                }
                                "defaultLlmId" => {
                                    __m_default_llm_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "defaultLlmId",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssLlmConversationListItem {
                            conversation_id: match __m_conversation_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "conversationId",
                                        ),
                                    );
                                }
                            },
                            end_user_id: __m_end_user_id,
                            archived_at: __m_archived_at,
                            default_llm_id: __m_default_llm_id,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssLlmConversationListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "conversationId",
                    &self.conversation_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "endUserId",
                    &self.end_user_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "archivedAt",
                    &self.archived_at,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "defaultLlmId",
                    &self.default_llm_id,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssLlmConversationListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmConversationListItem")
                    .field("conversation_id", &self.conversation_id)
                    .field("end_user_id", &self.end_user_id)
                    .field("archived_at", &self.archived_at)
                    .field("default_llm_id", &self.default_llm_id)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssLlmConversationListItem {}
    }
    /// Request values.
    pub mod requests {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        ///Request value of [`DssProject::list_llms`](super::super::handles::DssProject::list_llms): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListLlms<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) purpose: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListLlms<'a> {
            /**What the LLMs are for: `GENERIC_COMPLETION`,
`TEXT_EMBEDDING_EXTRACTION`, `IMAGE_EMBEDDING_EXTRACTION`,
`RERANKING`, `IMAGE_GENERATION`, ...

Default: `GENERIC_COMPLETION`. Sent as query parameter `purpose`.*/
            pub fn purpose(mut self, purpose: impl Into<String>) -> Self {
                self.purpose = purpose.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, purpose, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/llms");
                __call.query("purpose", &purpose);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListLlms, super::endpoints::PROJECT_LIST_LLMS, json(Vec <
            DssLlmListItem >,
            "Sends the request (`GET /projects/{project_key}/llms`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListLlms<'_> {}
        ///Request value of [`DssLlm::completions`](super::super::handles::DssLlm::completions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmCompletions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlm,
            pub(crate) request: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmCompletions<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, request, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/llms/completions");
                __call.json(&::serde_json::Value::from(request))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmCompletions, super::endpoints::LLM_COMPLETIONS,
            json(DssLlmCompletionsResponse,
            "Sends the request (`POST /projects/{project_key}/llms/completions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmCompletions<'_> {}
        ///Request value of [`DssLlm::streamed_completion`](super::super::handles::DssLlm::streamed_completion): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmStreamedCompletion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlm,
            pub(crate) request: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmStreamedCompletion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, request, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/llms/streamed-completion");
                __call.json(&::serde_json::Value::from(request))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmStreamedCompletion, super::endpoints::LLM_STREAMED_COMPLETION,
            stream("Sends the request (`POST /projects/{project_key}/llms/streamed-completion`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmStreamedCompletion<'_> {}
        ///Request value of [`DssLlm::embeddings`](super::super::handles::DssLlm::embeddings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmEmbeddings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlm,
            pub(crate) request: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmEmbeddings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, request, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/llms/embeddings");
                __call.json(&::serde_json::Value::from(request))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmEmbeddings, super::endpoints::LLM_EMBEDDINGS,
            json(DssLlmEmbeddingsResponse,
            "Sends the request (`POST /projects/{project_key}/llms/embeddings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmEmbeddings<'_> {}
        ///Request value of [`DssLlm::images`](super::super::handles::DssLlm::images): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmImages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlm,
            pub(crate) request: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmImages<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, request, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/llms/images");
                __call.json(&::serde_json::Value::from(request))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmImages, super::endpoints::LLM_IMAGES, json(DssLlmImageGenerationResponse,
            "Sends the request (`POST /projects/{project_key}/llms/images`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmImages<'_> {}
        ///Request value of [`DssLlm::rerankings`](super::super::handles::DssLlm::rerankings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmRerankings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlm,
            pub(crate) request: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmRerankings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, request, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/llms/rerankings");
                __call.json(&::serde_json::Value::from(request))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmRerankings, super::endpoints::LLM_RERANKINGS,
            json(DssLlmRerankingResponse,
            "Sends the request (`POST /projects/{project_key}/llms/rerankings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmRerankings<'_> {}
        ///Request value of [`DssProject::list_llm_conversations`](super::super::handles::DssProject::list_llm_conversations): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListLlmConversations<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) end_user_id: Option<String>,
            pub(crate) include_archived: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListLlmConversations<'a> {
            /**Only those with this end user.

Unset by default (then left out). Sent as query parameter `endUserId`.*/
            pub fn end_user_id(mut self, end_user_id: impl Into<String>) -> Self {
                self.end_user_id = Some(end_user_id.into());
                self
            }
            /**Also the archived ones.

Default: `false`. Sent as query parameter `includeArchived`.*/
            pub fn include_archived(mut self, include_archived: bool) -> Self {
                self.include_archived = include_archived;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, end_user_id, include_archived, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call.query("includeArchived", &include_archived);
                __call.query("endUserId", &end_user_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListLlmConversations,
            super::endpoints::PROJECT_LIST_LLM_CONVERSATIONS, json(Vec <
            DssLlmConversationListItem >,
            "Sends the request (`GET /projects/{project_key}/conversations/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListLlmConversations<'_> {}
        ///Request value of [`DssProject::get_llm_conversation`](super::super::handles::DssProject::get_llm_conversation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetLlmConversation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) conversation_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetLlmConversation<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, conversation_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call.segment("conversation_id", &conversation_id, false)?;
                Ok((__call, (conversation_id, __owner)))
            }
            ///Sends the request (`GET /projects/{project_key}/conversations/{conversation_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssLlmConversation, crate::rt::Error> {
                let (__call, (conversation_id, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_conversation_id = conversation_id;
                            super::super::handles::DssLlmConversation {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                conversation_id: __f_conversation_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectGetLlmConversation, super::endpoints::PROJECT_GET_LLM_CONVERSATION,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetLlmConversation<'_> {}
        ///Request value of [`DssLlm::create_conversation`](super::super::handles::DssLlm::create_conversation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmCreateConversation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlm,
            pub(crate) conversation_id: Option<String>,
            pub(crate) end_user_id: Option<String>,
            pub(crate) metadata: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmCreateConversation<'a> {
            /**Its id (DSS makes one when unset).

Unset by default (then left out). Sent as JSON member `conversationId`.*/
            pub fn conversation_id(
                mut self,
                conversation_id: impl Into<String>,
            ) -> Self {
                self.conversation_id = Some(conversation_id.into());
                self
            }
            /**The end user it is with.

Unset by default (then left out). Sent as JSON member `endUserId`.*/
            pub fn end_user_id(mut self, end_user_id: impl Into<String>) -> Self {
                self.end_user_id = Some(end_user_id.into());
                self
            }
            /**Free metadata (a JSON object).

Unset by default (then left out). Sent as JSON member `metadata`.*/
            pub fn metadata(mut self, metadata: impl Into<::serde_json::Value>) -> Self {
                self.metadata = Some(metadata.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssLlm,)),
                crate::rt::Error,
            > {
                let Self { __owner, conversation_id, end_user_id, metadata, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            let __v = ::serde_json::Value::from(conversation_id);
                            if !__v.is_null() {
                                __map.insert(String::from("conversationId"), __v);
                            }
                            let __v = ::serde_json::Value::from(end_user_id);
                            if !__v.is_null() {
                                __map.insert(String::from("endUserId"), __v);
                            }
                            __map
                                .insert(
                                    String::from("defaultLlmId"),
                                    ::serde_json::Value::from({
                                        let mut __s = ::std::string::String::new();
                                        __s.push_str(&__owner.llm_id);
                                        __s
                                    }),
                                );
                            let __v = ::serde_json::Value::from(metadata);
                            if !__v.is_null() {
                                __map.insert(String::from("metadata"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/conversations/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssLlmConversation, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_conversation_id = crate::rt::answer_string(
                                &__answer,
                                "conversationId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssLlmConversation {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                conversation_id: __f_conversation_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            LlmCreateConversation, super::endpoints::LLM_CREATE_CONVERSATION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmCreateConversation<'_> {}
        ///Request value of [`DssLlmConversation::refresh`](super::super::handles::DssLlmConversation::refresh): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmConversationRefresh<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlmConversation,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmConversationRefresh<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssLlmConversation,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call.segment("conversation_id", &__owner.conversation_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/conversations/{conversation_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssLlmConversation, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_conversation_id = ::core::clone::Clone::clone(
                                &__owner.conversation_id,
                            );
                            super::super::handles::DssLlmConversation {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                conversation_id: __f_conversation_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            LlmConversationRefresh, super::endpoints::LLM_CONVERSATION_REFRESH, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmConversationRefresh<'_> {}
        ///Request value of [`DssLlmConversation::get_messages`](super::super::handles::DssLlmConversation::get_messages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmConversationGetMessages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlmConversation,
            pub(crate) message_id: Option<String>,
            pub(crate) with_threads: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmConversationGetMessages<'a> {
            /**Only the threads below this message.

Unset by default (then left out). Sent as query parameter `messageId`.*/
            pub fn message_id(mut self, message_id: impl Into<String>) -> Self {
                self.message_id = Some(message_id.into());
                self
            }
            /**Include every thread.

Default: `false`. Sent as query parameter `withThreads`.*/
            pub fn with_threads(mut self, with_threads: bool) -> Self {
                self.with_threads = with_threads;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, message_id, with_threads, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call.segment("conversation_id", &__owner.conversation_id, false)?;
                __call.lit("/messages");
                __call.query("withThreads", &with_threads);
                __call.query("messageId", &message_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmConversationGetMessages, super::endpoints::LLM_CONVERSATION_GET_MESSAGES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/conversations/{conversation_id}/messages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmConversationGetMessages<'_> {}
        ///Request value of [`DssLlmConversation::update`](super::super::handles::DssLlmConversation::update): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmConversationUpdate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlmConversation,
            pub(crate) end_user_id: Option<String>,
            pub(crate) archived: Option<bool>,
            pub(crate) default_llm_id: Option<String>,
            pub(crate) metadata: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmConversationUpdate<'a> {
            /**The end user.

Unset by default (then left out). Sent as JSON member `endUserId`.*/
            pub fn end_user_id(mut self, end_user_id: impl Into<String>) -> Self {
                self.end_user_id = Some(end_user_id.into());
                self
            }
            /**Whether it is archived.

Unset by default (then left out). Sent as JSON member `archived`.*/
            pub fn archived(mut self, archived: bool) -> Self {
                self.archived = Some(archived);
                self
            }
            /**The LLM it uses by default.

Unset by default (then left out). Sent as JSON member `defaultLlmId`.*/
            pub fn default_llm_id(mut self, default_llm_id: impl Into<String>) -> Self {
                self.default_llm_id = Some(default_llm_id.into());
                self
            }
            /**Free metadata.

Unset by default (then left out). Sent as JSON member `metadata`.*/
            pub fn metadata(mut self, metadata: impl Into<::serde_json::Value>) -> Self {
                self.metadata = Some(metadata.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    end_user_id,
                    archived,
                    default_llm_id,
                    metadata,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call.segment("conversation_id", &__owner.conversation_id, false)?;
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            let __v = ::serde_json::Value::from(end_user_id);
                            if !__v.is_null() {
                                __map.insert(String::from("endUserId"), __v);
                            }
                            let __v = ::serde_json::Value::from(archived);
                            if !__v.is_null() {
                                __map.insert(String::from("archived"), __v);
                            }
                            let __v = ::serde_json::Value::from(default_llm_id);
                            if !__v.is_null() {
                                __map.insert(String::from("defaultLlmId"), __v);
                            }
                            let __v = ::serde_json::Value::from(metadata);
                            if !__v.is_null() {
                                __map.insert(String::from("metadata"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmConversationUpdate, super::endpoints::LLM_CONVERSATION_UPDATE, json(Value,
            "Sends the request (`PUT /projects/{project_key}/conversations/{conversation_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmConversationUpdate<'_> {}
        ///Request value of [`DssLlmConversation::delete`](super::super::handles::DssLlmConversation::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmConversationDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlmConversation,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmConversationDelete<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/conversations/");
                __call.segment("conversation_id", &__owner.conversation_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmConversationDelete, super::endpoints::LLM_CONVERSATION_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/conversations/{conversation_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmConversationDelete<'_> {}
        crate::rt::request_list!(
            ProjectListLlms, LlmCompletions, LlmStreamedCompletion, LlmEmbeddings,
            LlmImages, LlmRerankings, ProjectListLlmConversations,
            ProjectGetLlmConversation, LlmCreateConversation, LlmConversationRefresh,
            LlmConversationGetMessages, LlmConversationUpdate, LlmConversationDelete
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_llms`.
        pub static PROJECT_LIST_LLMS: Endpoint = Endpoint::new(
            "DssProject",
            "list_llms",
            crate::rt::Server::DSS,
            "Lists the LLMs the project can use for a purpose.",
            &[
                Arg::new(
                    "purpose",
                    "str",
                    Presence::Default("GENERIC_COMPLETION"),
                    Place::Query("purpose"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/llms",
                    &[],
                    "ProjectListLlms",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DssLlmListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_llm`.
        pub static PROJECT_GET_LLM: Endpoint = Endpoint::new(
            "DssProject",
            "get_llm",
            crate::rt::Server::DSS,
            "A handle on one LLM, by its id, for this project.",
            &[Arg::new("llm_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssLlm"),
            [false, true, false],
        );
        ///`DssLlm::completions`.
        pub static LLM_COMPLETIONS: Endpoint = Endpoint::new(
            "DssLlm",
            "completions",
            crate::rt::Server::DSS,
            "Sends completion queries, built whole: the request behind [`DssLlmCompletionQuery::execute`](crate::DssLlmCompletionQuery::execute) and [`DssLlmCompletionsQuery::execute`](crate::DssLlmCompletionsQuery::execute).",
            &[
                Arg::new(
                    "request",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/llms/completions",
                    &[],
                    "LlmCompletions",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("DssLlmCompletionsResponse"),
            [false, false, false],
        );
        ///`DssLlm::streamed_completion`.
        pub static LLM_STREAMED_COMPLETION: Endpoint = Endpoint::new(
            "DssLlm",
            "streamed_completion",
            crate::rt::Server::DSS,
            "Sends a completion query whose answer comes as server-sent events, as the LLM writes it (bounded as a stream: no byte for the idle bound is a timeout, however long the whole answer takes): the request behind [`DssLlmCompletionQuery::execute_streamed`](crate::DssLlmCompletionQuery::execute_streamed).",
            &[
                Arg::new(
                    "request",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/llms/streamed-completion",
                    &[],
                    "LlmStreamedCompletion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, false, false],
        );
        ///`DssLlm::embeddings`.
        pub static LLM_EMBEDDINGS: Endpoint = Endpoint::new(
            "DssLlm",
            "embeddings",
            crate::rt::Server::DSS,
            "Sends an embeddings query, built whole: the request behind [`DssLlmEmbeddingsQuery::execute`](crate::DssLlmEmbeddingsQuery::execute).",
            &[
                Arg::new(
                    "request",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/llms/embeddings",
                    &[],
                    "LlmEmbeddings",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("DssLlmEmbeddingsResponse"),
            [false, false, false],
        );
        ///`DssLlm::images`.
        pub static LLM_IMAGES: Endpoint = Endpoint::new(
            "DssLlm",
            "images",
            crate::rt::Server::DSS,
            "Sends an image generation query, built whole: the request behind [`DssLlmImageGenerationQuery::execute`](crate::DssLlmImageGenerationQuery::execute).",
            &[
                Arg::new(
                    "request",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/llms/images",
                    &[],
                    "LlmImages",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("DssLlmImageGenerationResponse"),
            [false, false, false],
        );
        ///`DssLlm::rerankings`.
        pub static LLM_RERANKINGS: Endpoint = Endpoint::new(
            "DssLlm",
            "rerankings",
            crate::rt::Server::DSS,
            "Sends a reranking query, built whole: the request behind [`DssLlmRerankingQuery::execute`](crate::DssLlmRerankingQuery::execute).",
            &[
                Arg::new(
                    "request",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/llms/rerankings",
                    &[],
                    "LlmRerankings",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("DssLlmRerankingResponse"),
            [false, false, false],
        );
        ///`DssLlm::new_images_generation`.
        pub static LLM_NEW_IMAGES_GENERATION: Endpoint = Endpoint::new(
            "DssLlm",
            "new_images_generation",
            crate::rt::Server::DSS,
            "A new image generation query on this LLM: prompts, sizes, then `execute`.",
            &[],
            None,
            ResultKind::HandWritten("DssLlmImageGenerationQuery"),
            [true, true, false],
        );
        ///`DssLlm::new_reranking`.
        pub static LLM_NEW_RERANKING: Endpoint = Endpoint::new(
            "DssLlm",
            "new_reranking",
            crate::rt::Server::DSS,
            "A new reranking query on this LLM: a query, documents, then `execute`.",
            &[],
            None,
            ResultKind::HandWritten("DssLlmRerankingQuery"),
            [true, true, false],
        );
        ///`DssLlm::new_completion`.
        pub static LLM_NEW_COMPLETION: Endpoint = Endpoint::new(
            "DssLlm",
            "new_completion",
            crate::rt::Server::DSS,
            "A new completion query on this LLM: messages, settings, then `execute`.",
            &[],
            None,
            ResultKind::HandWritten("DssLlmCompletionQuery"),
            [true, true, false],
        );
        ///`DssLlm::new_completions`.
        pub static LLM_NEW_COMPLETIONS: Endpoint = Endpoint::new(
            "DssLlm",
            "new_completions",
            crate::rt::Server::DSS,
            "A new multi-completion query on this LLM: several queries sent at once.",
            &[],
            None,
            ResultKind::HandWritten("DssLlmCompletionsQuery"),
            [true, true, false],
        );
        ///`DssLlm::new_embeddings`.
        pub static LLM_NEW_EMBEDDINGS: Endpoint = Endpoint::new(
            "DssLlm",
            "new_embeddings",
            crate::rt::Server::DSS,
            "A new embeddings query on this LLM (`text_overflow_mode`: `FAIL`, the default, or `TRUNCATE`).",
            &[
                Arg::new(
                    "text_overflow_mode",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssLlmEmbeddingsQuery"),
            [true, true, false],
        );
        ///`DssProject::list_llm_conversations`.
        pub static PROJECT_LIST_LLM_CONVERSATIONS: Endpoint = Endpoint::new(
            "DssProject",
            "list_llm_conversations",
            crate::rt::Server::DSS,
            "Lists the persisted LLM conversations of the project.",
            &[
                Arg::new(
                    "end_user_id",
                    "str",
                    Presence::Optional,
                    Place::Query("endUserId"),
                    false,
                ),
                Arg::new(
                    "include_archived",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("includeArchived"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/conversations/",
                    &[],
                    "ProjectListLlmConversations",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DssLlmConversationListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_llm_conversation`.
        pub static PROJECT_GET_LLM_CONVERSATION: Endpoint = Endpoint::new(
            "DssProject",
            "get_llm_conversation",
            crate::rt::Server::DSS,
            "Reads a persisted LLM conversation (its properties; dataikuapi's `get_llm_conversation`, which reads them too).",
            &[
                Arg::new(
                    "conversation_id",
                    "str",
                    Presence::Required,
                    Place::Path,
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/conversations/{conversation_id}",
                    &[],
                    "ProjectGetLlmConversation",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssLlmConversation"),
            [false, true, false],
        );
        ///`DssLlm::create_conversation`.
        pub static LLM_CREATE_CONVERSATION: Endpoint = Endpoint::new(
            "DssLlm",
            "create_conversation",
            crate::rt::Server::DSS,
            "Creates a persisted conversation bound to this LLM, and returns it.",
            &[
                Arg::new(
                    "conversation_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "conversationId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "end_user_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "endUserId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "metadata",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "metadata",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/conversations/",
                    &[],
                    "LlmCreateConversation",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssLlmConversation"),
            [false, true, false],
        );
        ///`DssLlmConversation::refresh`.
        pub static LLM_CONVERSATION_REFRESH: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "refresh",
            crate::rt::Server::DSS,
            "Reads the conversation's properties again.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/conversations/{conversation_id}",
                    &[],
                    "LlmConversationRefresh",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssLlmConversation"),
            [false, true, false],
        );
        ///`DssLlmConversation::get_messages`.
        pub static LLM_CONVERSATION_GET_MESSAGES: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "get_messages",
            crate::rt::Server::DSS,
            "Reads the conversation's messages (of its latest thread, unless `with_threads`).",
            &[
                Arg::new(
                    "message_id",
                    "str",
                    Presence::Optional,
                    Place::Query("messageId"),
                    false,
                ),
                Arg::new(
                    "with_threads",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withThreads"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/conversations/{conversation_id}/messages",
                    &[],
                    "LlmConversationGetMessages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssLlmConversation::update`.
        pub static LLM_CONVERSATION_UPDATE: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "update",
            crate::rt::Server::DSS,
            "Changes the conversation's properties (those given); returns them as DSS saved them.",
            &[
                Arg::new(
                    "end_user_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "endUserId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "archived",
                    "bool",
                    Presence::Optional,
                    Place::Member {
                        path: "archived",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "default_llm_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "defaultLlmId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "metadata",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "metadata",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/conversations/{conversation_id}",
                    &[],
                    "LlmConversationUpdate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssLlmConversation::delete`.
        pub static LLM_CONVERSATION_DELETE: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the conversation for good.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/conversations/{conversation_id}",
                    &[],
                    "LlmConversationDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLlmConversation::end_user_id`.
        pub static LLM_CONVERSATION_END_USER_ID: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "end_user_id",
            crate::rt::Server::DSS,
            "The end user it is with.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLlmConversation::default_llm_id`.
        pub static LLM_CONVERSATION_DEFAULT_LLM_ID: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "default_llm_id",
            crate::rt::Server::DSS,
            "The LLM it uses by default.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLlmConversation::last_message_id`.
        pub static LLM_CONVERSATION_LAST_MESSAGE_ID: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "last_message_id",
            crate::rt::Server::DSS,
            "Its last message's id.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLlmConversation::metadata`.
        pub static LLM_CONVERSATION_METADATA: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "metadata",
            crate::rt::Server::DSS,
            "Its metadata.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssLlmConversation::current_context`.
        pub static LLM_CONVERSATION_CURRENT_CONTEXT: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "current_context",
            crate::rt::Server::DSS,
            "Its current context.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssLlmConversation::get_raw`.
        pub static LLM_CONVERSATION_GET_RAW: Endpoint = Endpoint::new(
            "DssLlmConversation",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_LIST_LLMS,
        &endpoints::PROJECT_GET_LLM,
        &endpoints::LLM_COMPLETIONS,
        &endpoints::LLM_STREAMED_COMPLETION,
        &endpoints::LLM_EMBEDDINGS,
        &endpoints::LLM_IMAGES,
        &endpoints::LLM_RERANKINGS,
        &endpoints::LLM_NEW_IMAGES_GENERATION,
        &endpoints::LLM_NEW_RERANKING,
        &endpoints::LLM_NEW_COMPLETION,
        &endpoints::LLM_NEW_COMPLETIONS,
        &endpoints::LLM_NEW_EMBEDDINGS,
        &endpoints::PROJECT_LIST_LLM_CONVERSATIONS,
        &endpoints::PROJECT_GET_LLM_CONVERSATION,
        &endpoints::LLM_CREATE_CONVERSATION,
        &endpoints::LLM_CONVERSATION_REFRESH,
        &endpoints::LLM_CONVERSATION_GET_MESSAGES,
        &endpoints::LLM_CONVERSATION_UPDATE,
        &endpoints::LLM_CONVERSATION_DELETE,
        &endpoints::LLM_CONVERSATION_END_USER_ID,
        &endpoints::LLM_CONVERSATION_DEFAULT_LLM_ID,
        &endpoints::LLM_CONVERSATION_LAST_MESSAGE_ID,
        &endpoints::LLM_CONVERSATION_METADATA,
        &endpoints::LLM_CONVERSATION_CURRENT_CONTEXT,
        &endpoints::LLM_CONVERSATION_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssLlm",
                doc: "An LLM of the LLM Mesh, as a project uses it, named by its id (`openai:my-connection:gpt-4o`, ...).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "llm_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssLlmConversation",
                doc: "A persisted conversation with an LLM (dataikuapi's `DSSLLMConversation`), as DSS last sent its properties: its end user, default LLM, metadata, last message; `refresh` reads them again.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "conversation_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[
            Model {
                name: "DssLlmListItem",
                doc: "An LLM as `list_llms` lists it (dataikuapi's `DSSLLMListItem`).",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "friendly_name",
                        wire: "friendlyName",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "LlmToolCallFunction",
                doc: "A function an LLM asks to call, in a completion's `toolCalls`.",
                members: &[
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "arguments",
                        wire: "arguments",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "LlmToolCall",
                doc: "A tool call an LLM asks for, in a completion's `toolCalls`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "function",
                        wire: "function",
                        ty: "Option < LlmToolCallFunction >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmCompletionResponse",
                doc: "The answer to one completion query (dataikuapi's `DSSLLMCompletionResponse`): whether it succeeded, the text or the tool calls, the usage; the accessors of the same names as dataikuapi's fail when the query did not succeed.",
                members: &[
                    ModelMember {
                        name: "ok",
                        wire: "ok",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "text",
                        wire: "text",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "finish_reason",
                        wire: "finishReason",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tool_calls",
                        wire: "toolCalls",
                        ty: "Option < Vec < LlmToolCall > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "prompt_tokens",
                        wire: "promptTokens",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "completion_tokens",
                        wire: "completionTokens",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "total_tokens",
                        wire: "totalTokens",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "token_counts_are_estimated",
                        wire: "tokenCountsAreEstimated",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "estimated_cost",
                        wire: "estimatedCost",
                        ty: "Option < f64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "log_probs",
                        wire: "logProbs",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "memory_fragment",
                        wire: "memoryFragment",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tool_validation_requests",
                        wire: "toolValidationRequests",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "context_upsert",
                        wire: "contextUpsert",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "artifacts",
                        wire: "artifacts",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "additional_information",
                        wire: "additionalInformation",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "trace",
                        wire: "trace",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "total_usage",
                        wire: "totalUsage",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_message",
                        wire: "errorMessage",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_code",
                        wire: "errorCode",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_type",
                        wire: "errorType",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_source",
                        wire: "errorSource",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmCompletionsResponse",
                doc: "The answer to a multi-completion query (dataikuapi's `DSSLLMCompletionsResponse`): one response per query, in order.",
                members: &[
                    ModelMember {
                        name: "responses",
                        wire: "responses",
                        ty: "Vec < DssLlmCompletionResponse >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "LlmEmbedding",
                doc: "The embedding of one text or image, in an embeddings answer.",
                members: &[
                    ModelMember {
                        name: "embedding",
                        wire: "embedding",
                        ty: "Option < Vec < f64 > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_message",
                        wire: "errorMessage",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmEmbeddingsResponse",
                doc: "The answer to an embeddings query (dataikuapi's `DSSLLMEmbeddingsResponse`): one vector per text or image, in order.",
                members: &[
                    ModelMember {
                        name: "responses",
                        wire: "responses",
                        ty: "Vec < LlmEmbedding >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmStreamedCompletionChunk",
                doc: "A piece of a streamed completion (dataikuapi's `DSSLLMStreamedCompletionChunk`): some text, an event, tool call pieces.",
                members: &[
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "text",
                        wire: "text",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "event_kind",
                        wire: "eventKind",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tool_calls",
                        wire: "toolCalls",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmStreamedCompletionFooter",
                doc: "The end of a streamed completion (dataikuapi's `DSSLLMStreamedCompletionFooter`): why it stopped, the usage, the trace.",
                members: &[
                    ModelMember {
                        name: "finish_reason",
                        wire: "finishReason",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "prompt_tokens",
                        wire: "promptTokens",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "completion_tokens",
                        wire: "completionTokens",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "total_tokens",
                        wire: "totalTokens",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "estimated_cost",
                        wire: "estimatedCost",
                        ty: "Option < f64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "trace",
                        wire: "trace",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "total_usage",
                        wire: "totalUsage",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "LlmGeneratedImage",
                doc: "One image an image generation query made.",
                members: &[
                    ModelMember {
                        name: "data",
                        wire: "data",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmImageGenerationResponse",
                doc: "The answer to an image generation query (dataikuapi's `DSSLLMImageGenerationResponse`).",
                members: &[
                    ModelMember {
                        name: "ok",
                        wire: "ok",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "images",
                        wire: "images",
                        ty: "Vec < LlmGeneratedImage >",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_message",
                        wire: "errorMessage",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "trace",
                        wire: "trace",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "total_usage",
                        wire: "totalUsage",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "LlmRankedDocument",
                doc: "A document as a reranking ranked it.",
                members: &[
                    ModelMember {
                        name: "index",
                        wire: "index",
                        ty: "i64",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "relevance_score",
                        wire: "relevanceScore",
                        ty: "Option < f64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "LlmReranking",
                doc: "The result of one reranking query.",
                members: &[
                    ModelMember {
                        name: "ok",
                        wire: "ok",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "documents",
                        wire: "documents",
                        ty: "Vec < LlmRankedDocument >",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "error_message",
                        wire: "errorMessage",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "trace",
                        wire: "trace",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmRerankingResponse",
                doc: "The answer to a reranking query (dataikuapi's `DSSLLMRerankingResponse`, which reads its first response).",
                members: &[
                    ModelMember {
                        name: "responses",
                        wire: "responses",
                        ty: "Vec < LlmReranking >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DssLlmConversationListItem",
                doc: "A conversation as `list_llm_conversations` lists it (dataikuapi's `DSSLLMConversationListItem`).",
                members: &[
                    ModelMember {
                        name: "conversation_id",
                        wire: "conversationId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "end_user_id",
                        wire: "endUserId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "archived_at",
                        wire: "archivedAt",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "default_llm_id",
                        wire: "defaultLlmId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the LLMs the project can use for a purpose.

`GET /projects/{project_key}/llms`

Optional arguments, set by name on the returned request:
- `purpose`: Default: `GENERIC_COMPLETION`. Sent as query parameter `purpose`.

Returns a [`ProjectListLlms`](requests::ProjectListLlms) request; nothing is sent until `.send()`.*/
        pub fn list_llms(&self) -> requests::ProjectListLlms<'_> {
            requests::ProjectListLlms {
                __owner: self,
                purpose: String::from("GENERIC_COMPLETION"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one LLM, by its id, for this project.

Builds a handle; sends no request.*/
        pub fn get_llm(&self, llm_id: impl Into<String>) -> super::handles::DssLlm {
            let llm_id = llm_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_llm_id = llm_id;
                super::handles::DssLlm {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    llm_id: __f_llm_id,
                }
            }
        }
        /**Lists the persisted LLM conversations of the project.

`GET /projects/{project_key}/conversations/`

Optional arguments, set by name on the returned request:
- `end_user_id`: Unset by default (then left out). Sent as query parameter `endUserId`.
- `include_archived`: Default: `false`. Sent as query parameter `includeArchived`.

Returns a [`ProjectListLlmConversations`](requests::ProjectListLlmConversations) request; nothing is sent until `.send()`.*/
        pub fn list_llm_conversations(
            &self,
        ) -> requests::ProjectListLlmConversations<'_> {
            requests::ProjectListLlmConversations {
                __owner: self,
                end_user_id: None,
                include_archived: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a persisted LLM conversation (its properties; dataikuapi's
`get_llm_conversation`, which reads them too).

`GET /projects/{project_key}/conversations/{conversation_id}`

Arguments:
- `conversation_id`: Sent as a path segment.

Returns a [`ProjectGetLlmConversation`](requests::ProjectGetLlmConversation) request; nothing is sent until `.send()`.*/
        pub fn get_llm_conversation(
            &self,
            conversation_id: impl Into<String>,
        ) -> requests::ProjectGetLlmConversation<'_> {
            requests::ProjectGetLlmConversation {
                __owner: self,
                conversation_id: conversation_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssLlm {
        /**Sends completion queries, built whole: the request behind
[`DssLlmCompletionQuery::execute`](crate::DssLlmCompletionQuery::execute)
and [`DssLlmCompletionsQuery::execute`](crate::DssLlmCompletionsQuery::execute).

`POST /projects/{project_key}/llms/completions`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `request`: The request: `queries`, `settings`, `llmId`. Sent as the JSON body.

Returns a [`LlmCompletions`](requests::LlmCompletions) request; nothing is sent until `.send()`.*/
        pub fn completions(
            &self,
            request: impl Into<::serde_json::Value>,
        ) -> requests::LlmCompletions<'_> {
            requests::LlmCompletions {
                __owner: self,
                request: request.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sends a completion query whose answer comes as server-sent events,
as the LLM writes it (bounded as a stream: no byte for the idle
bound is a timeout, however long the whole answer takes): the
request behind
[`DssLlmCompletionQuery::execute_streamed`](crate::DssLlmCompletionQuery::execute_streamed).

`POST /projects/{project_key}/llms/streamed-completion`

Never retried: sending it twice could do the work twice.

Arguments:
- `request`: The request: `query`, `settings`, `llmId`, `emitErrorChunk`. Sent as the JSON body.

Returns a [`LlmStreamedCompletion`](requests::LlmStreamedCompletion) request; nothing is sent until `.send()`.*/
        pub fn streamed_completion(
            &self,
            request: impl Into<::serde_json::Value>,
        ) -> requests::LlmStreamedCompletion<'_> {
            requests::LlmStreamedCompletion {
                __owner: self,
                request: request.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sends an embeddings query, built whole: the request behind
[`DssLlmEmbeddingsQuery::execute`](crate::DssLlmEmbeddingsQuery::execute).

`POST /projects/{project_key}/llms/embeddings`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `request`: The request: `queries`, `settings`, `llmId`. Sent as the JSON body.

Returns a [`LlmEmbeddings`](requests::LlmEmbeddings) request; nothing is sent until `.send()`.*/
        pub fn embeddings(
            &self,
            request: impl Into<::serde_json::Value>,
        ) -> requests::LlmEmbeddings<'_> {
            requests::LlmEmbeddings {
                __owner: self,
                request: request.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sends an image generation query, built whole: the request behind
[`DssLlmImageGenerationQuery::execute`](crate::DssLlmImageGenerationQuery::execute).

`POST /projects/{project_key}/llms/images`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `request`: The request: `prompts`, `negativePrompts`, `llmId`, ... Sent as the JSON body.

Returns a [`LlmImages`](requests::LlmImages) request; nothing is sent until `.send()`.*/
        pub fn images(
            &self,
            request: impl Into<::serde_json::Value>,
        ) -> requests::LlmImages<'_> {
            requests::LlmImages {
                __owner: self,
                request: request.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sends a reranking query, built whole: the request behind
[`DssLlmRerankingQuery::execute`](crate::DssLlmRerankingQuery::execute).

`POST /projects/{project_key}/llms/rerankings`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `request`: The request: `llmId`, `queries`, `settings`. Sent as the JSON body.

Returns a [`LlmRerankings`](requests::LlmRerankings) request; nothing is sent until `.send()`.*/
        pub fn rerankings(
            &self,
            request: impl Into<::serde_json::Value>,
        ) -> requests::LlmRerankings<'_> {
            requests::LlmRerankings {
                __owner: self,
                request: request.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a persisted conversation bound to this LLM, and returns it.
(dataikuapi's `message`, which also runs a first turn, is not
taken: run the turn on the conversation.)

`POST /projects/{project_key}/conversations/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `conversation_id`: Unset by default (then left out). Sent as JSON member `conversationId`.
- `end_user_id`: Unset by default (then left out). Sent as JSON member `endUserId`.
- `metadata`: Unset by default (then left out). Sent as JSON member `metadata`.

Returns a [`LlmCreateConversation`](requests::LlmCreateConversation) request; nothing is sent until `.send()`.*/
        pub fn create_conversation(&self) -> requests::LlmCreateConversation<'_> {
            requests::LlmCreateConversation {
                __owner: self,
                conversation_id: None,
                end_user_id: None,
                metadata: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssLlmConversation {
        /**Reads the conversation's properties again.

`GET /projects/{project_key}/conversations/{conversation_id}`

Returns a [`LlmConversationRefresh`](requests::LlmConversationRefresh) request; nothing is sent until `.send()`.*/
        pub fn refresh(&self) -> requests::LlmConversationRefresh<'_> {
            requests::LlmConversationRefresh {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the conversation's messages (of its latest thread, unless
`with_threads`).

`GET /projects/{project_key}/conversations/{conversation_id}/messages`

Optional arguments, set by name on the returned request:
- `message_id`: Unset by default (then left out). Sent as query parameter `messageId`.
- `with_threads`: Default: `false`. Sent as query parameter `withThreads`.

Returns a [`LlmConversationGetMessages`](requests::LlmConversationGetMessages) request; nothing is sent until `.send()`.*/
        pub fn get_messages(&self) -> requests::LlmConversationGetMessages<'_> {
            requests::LlmConversationGetMessages {
                __owner: self,
                message_id: None,
                with_threads: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Changes the conversation's properties (those given); returns them
as DSS saved them.

`PUT /projects/{project_key}/conversations/{conversation_id}`

Optional arguments, set by name on the returned request:
- `end_user_id`: Unset by default (then left out). Sent as JSON member `endUserId`.
- `archived`: Unset by default (then left out). Sent as JSON member `archived`.
- `default_llm_id`: Unset by default (then left out). Sent as JSON member `defaultLlmId`.
- `metadata`: Unset by default (then left out). Sent as JSON member `metadata`.

Returns a [`LlmConversationUpdate`](requests::LlmConversationUpdate) request; nothing is sent until `.send()`.*/
        pub fn update(&self) -> requests::LlmConversationUpdate<'_> {
            requests::LlmConversationUpdate {
                __owner: self,
                end_user_id: None,
                archived: None,
                default_llm_id: None,
                metadata: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the conversation for good.

`DELETE /projects/{project_key}/conversations/{conversation_id}`

Returns a [`LlmConversationDelete`](requests::LlmConversationDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::LlmConversationDelete<'_> {
            requests::LlmConversationDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The end user it is with.

Reads the document this value holds; sends no request.*/
        pub fn end_user_id(&self) -> ::core::option::Option<&str> {
            self.document.get("endUserId").and_then(::serde_json::Value::as_str)
        }
        /**The LLM it uses by default.

Reads the document this value holds; sends no request.*/
        pub fn default_llm_id(&self) -> ::core::option::Option<&str> {
            self.document.get("defaultLlmId").and_then(::serde_json::Value::as_str)
        }
        /**Its last message's id.

Reads the document this value holds; sends no request.*/
        pub fn last_message_id(&self) -> ::core::option::Option<&str> {
            self.document.get("lastMessageId").and_then(::serde_json::Value::as_str)
        }
        /**Its metadata.

Reads the document this value holds; sends no request.*/
        pub fn metadata(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("metadata")
        }
        /**Its current context.

Reads the document this value holds; sends no request.*/
        pub fn current_context(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("currentContext")
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    /// The hand-written methods this file declares have the
    /// signatures it gives them, in the crate's public names.
    const _: () = {
        #[allow(unused_imports)]
        use super::handles::*;
        #[allow(unused_imports)]
        use super::models::*;
        #[allow(unused_imports)]
        use crate::models::*;
        #[allow(unused_imports)]
        use crate::requests::*;
        #[allow(unused_imports)]
        use crate::*;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        {
            impl super::handles::DssLlm {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_images_generation(
                    &self,
                ) -> DssLlmImageGenerationQuery {
                    self.new_images_generation()
                }
            }
            impl super::handles::DssLlm {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_reranking(&self) -> DssLlmRerankingQuery {
                    self.new_reranking()
                }
            }
            impl super::handles::DssLlm {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_completion(&self) -> DssLlmCompletionQuery {
                    self.new_completion()
                }
            }
            impl super::handles::DssLlm {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_completions(&self) -> DssLlmCompletionsQuery {
                    self.new_completions()
                }
            }
            impl super::handles::DssLlm {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_embeddings(
                    &self,
                    text_overflow_mode: Option<&str>,
                ) -> DssLlmEmbeddingsQuery {
                    self.new_embeddings(text_overflow_mode)
                }
            }
        }
    };
    /// Sends the request of one of this file's methods, named by owner
    /// and method, with arguments taken by name from `args`.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, clippy::redundant_closure_call, deprecated)]
    pub(crate) fn dispatch(
        client: &crate::rt::DssClient,
        owner: &str,
        ids: &[&str],
        method: &str,
        args: &mut crate::rt::dynamic::DynArgs,
        start: bool,
    ) -> Option<Result<(), crate::rt::Error>> {
        Some(
            match (owner, method) {
                ("DssProject", "list_llms") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_llms();
                        let __endpoint = requests::ProjectListLlms::ENDPOINT;
                        if let Some(__v) = args.opt_str("purpose")? {
                            __r = __r.purpose(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlm", "completions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_llm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlm", ids)?;
                        let __owner = super::handles::DssLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            llm_id: __id_llm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.completions(args.json("request")?);
                        let __endpoint = requests::LlmCompletions::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlm", "streamed_completion") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_llm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlm", ids)?;
                        let __owner = super::handles::DssLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            llm_id: __id_llm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.streamed_completion(args.json("request")?);
                        let __endpoint = requests::LlmStreamedCompletion::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlm", "embeddings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_llm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlm", ids)?;
                        let __owner = super::handles::DssLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            llm_id: __id_llm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.embeddings(args.json("request")?);
                        let __endpoint = requests::LlmEmbeddings::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlm", "images") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_llm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlm", ids)?;
                        let __owner = super::handles::DssLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            llm_id: __id_llm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.images(args.json("request")?);
                        let __endpoint = requests::LlmImages::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlm", "rerankings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_llm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlm", ids)?;
                        let __owner = super::handles::DssLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            llm_id: __id_llm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.rerankings(args.json("request")?);
                        let __endpoint = requests::LlmRerankings::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssProject", "list_llm_conversations") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_llm_conversations();
                        let __endpoint = requests::ProjectListLlmConversations::ENDPOINT;
                        if let Some(__v) = args.opt_str("end_user_id")? {
                            __r = __r.end_user_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("include_archived")? {
                            __r = __r.include_archived(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssProject", "get_llm_conversation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_llm_conversation(args.str("conversation_id")?);
                        let __endpoint = requests::ProjectGetLlmConversation::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlm", "create_conversation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_llm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlm", ids)?;
                        let __owner = super::handles::DssLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            llm_id: __id_llm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_conversation();
                        let __endpoint = requests::LlmCreateConversation::ENDPOINT;
                        if let Some(__v) = args.opt_str("conversation_id")? {
                            __r = __r.conversation_id(__v);
                        }
                        if let Some(__v) = args.opt_str("end_user_id")? {
                            __r = __r.end_user_id(__v);
                        }
                        if let Some(__v) = args.opt_json("metadata")? {
                            __r = __r.metadata(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlmConversation", "refresh") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_conversation_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlmConversation", ids)?;
                        let __owner = super::handles::DssLlmConversation {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            conversation_id: __id_conversation_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.refresh();
                        let __endpoint = requests::LlmConversationRefresh::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlmConversation", "get_messages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_conversation_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlmConversation", ids)?;
                        let __owner = super::handles::DssLlmConversation {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            conversation_id: __id_conversation_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_messages();
                        let __endpoint = requests::LlmConversationGetMessages::ENDPOINT;
                        if let Some(__v) = args.opt_str("message_id")? {
                            __r = __r.message_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("with_threads")? {
                            __r = __r.with_threads(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlmConversation", "update") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_conversation_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlmConversation", ids)?;
                        let __owner = super::handles::DssLlmConversation {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            conversation_id: __id_conversation_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update();
                        let __endpoint = requests::LlmConversationUpdate::ENDPOINT;
                        if let Some(__v) = args.opt_str("end_user_id")? {
                            __r = __r.end_user_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("archived")? {
                            __r = __r.archived(__v);
                        }
                        if let Some(__v) = args.opt_str("default_llm_id")? {
                            __r = __r.default_llm_id(__v);
                        }
                        if let Some(__v) = args.opt_json("metadata")? {
                            __r = __r.metadata(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLlmConversation", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_conversation_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlmConversation", ids)?;
                        let __owner = super::handles::DssLlmConversation {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            conversation_id: __id_conversation_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::LlmConversationDelete::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Reads a document one of this file's methods reads, lets `edit`
    /// change it, and saves it back.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, unused_mut, clippy::redundant_closure_call, deprecated)]
    pub(crate) fn round_trip(
        client: &crate::rt::DssClient,
        document: &str,
        ids: &[&str],
        args: &mut crate::rt::dynamic::DynArgs,
        edit: &dyn Fn(&mut ::serde_json::Value),
    ) -> Option<Result<bool, crate::rt::Error>> {
        Some(
            match document {
                "DssLlmConversation" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_conversation_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssLlmConversation", ids)?;
                        let __owner = super::handles::DssLlmConversation {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            conversation_id: __id_conversation_id,
                            document: args.document()?,
                        };
                        let mut __doc = __owner.refresh().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Every model and handle hides its secrets (see the generator's
    /// `codegen/secrets.rs`).
    #[cfg(test)]
    mod secret_tests {
        #[test]
        fn no_model_shows_a_secret() {
            let mut checked = 0usize;
            let model: super::models::DssLlmListItem = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"type\":\"plain\",\"friendlyName\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DssLlmListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmListItem"
            );
            checked += 1;
            let model: super::models::LlmToolCallFunction = ::serde_json::from_str(
                    "{\"name\":\"plain\",\"arguments\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "LlmToolCallFunction")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "LlmToolCallFunction"
            );
            checked += 1;
            let model: super::models::LlmToolCall = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"type\":\"plain\",\"function\":{\"name\":\"plain\",\"arguments\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "LlmToolCall")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "LlmToolCall"
            );
            checked += 1;
            let model: super::models::DssLlmCompletionResponse = ::serde_json::from_str(
                    "{\"ok\":true,\"text\":\"plain\",\"finishReason\":\"plain\",\"toolCalls\":[{\"id\":\"plain\",\"type\":\"plain\",\"function\":{\"name\":\"plain\",\"arguments\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}],\"promptTokens\":1,\"completionTokens\":1,\"totalTokens\":1,\"tokenCountsAreEstimated\":true,\"estimatedCost\":1.5,\"logProbs\":{\"k\":\"plain\"},\"memoryFragment\":{\"k\":\"plain\"},\"toolValidationRequests\":{\"k\":\"plain\"},\"contextUpsert\":{\"k\":\"plain\"},\"artifacts\":{\"k\":\"plain\"},\"additionalInformation\":{\"k\":\"plain\"},\"trace\":{\"k\":\"plain\"},\"totalUsage\":{\"k\":\"plain\"},\"errorMessage\":\"plain\",\"errorCode\":\"plain\",\"errorType\":\"plain\",\"errorSource\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DssLlmCompletionResponse")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmCompletionResponse"
            );
            checked += 1;
            let model: super::models::DssLlmCompletionsResponse = ::serde_json::from_str(
                    "{\"responses\":[{\"ok\":true,\"text\":\"plain\",\"finishReason\":\"plain\",\"toolCalls\":[{\"id\":\"plain\",\"type\":\"plain\",\"function\":{\"name\":\"plain\",\"arguments\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}],\"promptTokens\":1,\"completionTokens\":1,\"totalTokens\":1,\"tokenCountsAreEstimated\":true,\"estimatedCost\":1.5,\"logProbs\":{\"k\":\"plain\"},\"memoryFragment\":{\"k\":\"plain\"},\"toolValidationRequests\":{\"k\":\"plain\"},\"contextUpsert\":{\"k\":\"plain\"},\"artifacts\":{\"k\":\"plain\"},\"additionalInformation\":{\"k\":\"plain\"},\"trace\":{\"k\":\"plain\"},\"totalUsage\":{\"k\":\"plain\"},\"errorMessage\":\"plain\",\"errorCode\":\"plain\",\"errorType\":\"plain\",\"errorSource\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "DssLlmCompletionsResponse"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmCompletionsResponse"
            );
            checked += 1;
            let model: super::models::LlmEmbedding = ::serde_json::from_str(
                    "{\"embedding\":[1.5],\"errorMessage\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "LlmEmbedding")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "LlmEmbedding"
            );
            checked += 1;
            let model: super::models::DssLlmEmbeddingsResponse = ::serde_json::from_str(
                    "{\"responses\":[{\"embedding\":[1.5],\"errorMessage\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DssLlmEmbeddingsResponse")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmEmbeddingsResponse"
            );
            checked += 1;
            let model: super::models::DssLlmStreamedCompletionChunk = ::serde_json::from_str(
                    "{\"type\":\"plain\",\"text\":\"plain\",\"eventKind\":\"plain\",\"toolCalls\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}",
                        "DssLlmStreamedCompletionChunk"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmStreamedCompletionChunk"
            );
            checked += 1;
            let model: super::models::DssLlmStreamedCompletionFooter = ::serde_json::from_str(
                    "{\"finishReason\":\"plain\",\"promptTokens\":1,\"completionTokens\":1,\"totalTokens\":1,\"estimatedCost\":1.5,\"trace\":{\"k\":\"plain\"},\"totalUsage\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}",
                        "DssLlmStreamedCompletionFooter"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmStreamedCompletionFooter"
            );
            checked += 1;
            let model: super::models::LlmGeneratedImage = ::serde_json::from_str(
                    "{\"data\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "LlmGeneratedImage")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "LlmGeneratedImage"
            );
            checked += 1;
            let model: super::models::DssLlmImageGenerationResponse = ::serde_json::from_str(
                    "{\"ok\":true,\"images\":[{\"data\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"errorMessage\":\"plain\",\"trace\":{\"k\":\"plain\"},\"totalUsage\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}",
                        "DssLlmImageGenerationResponse"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmImageGenerationResponse"
            );
            checked += 1;
            let model: super::models::LlmRankedDocument = ::serde_json::from_str(
                    "{\"index\":1,\"relevanceScore\":1.5,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "LlmRankedDocument")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "LlmRankedDocument"
            );
            checked += 1;
            let model: super::models::LlmReranking = ::serde_json::from_str(
                    "{\"ok\":true,\"documents\":[{\"index\":1,\"relevanceScore\":1.5,\"unknownMember\":\"SECRET-0b7c2f\"}],\"errorMessage\":\"plain\",\"trace\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "LlmReranking")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "LlmReranking"
            );
            checked += 1;
            let model: super::models::DssLlmRerankingResponse = ::serde_json::from_str(
                    "{\"responses\":[{\"ok\":true,\"documents\":[{\"index\":1,\"relevanceScore\":1.5,\"unknownMember\":\"SECRET-0b7c2f\"}],\"errorMessage\":\"plain\",\"trace\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DssLlmRerankingResponse")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmRerankingResponse"
            );
            checked += 1;
            let model: super::models::DssLlmConversationListItem = ::serde_json::from_str(
                    "{\"conversationId\":\"plain\",\"endUserId\":\"plain\",\"archivedAt\":1,\"defaultLlmId\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "DssLlmConversationListItem"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmConversationListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssLlm {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                llm_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlm"
            );
            checked += 1;
            let handle = super::handles::DssLlmConversation {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                conversation_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLlmConversation"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
