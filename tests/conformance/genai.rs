//! Conformance of the LLM Mesh's query builders and the other hand-written
//! GenAI methods (knowledge bank creation, search and build, an agent
//! tool's descriptor) with dataikuapi 15.2.0:
//! every recorded case of `fixtures/conformance/dataikuapi-15.2.0-cases.json`
//! named in [`TABLE`] builds the same query with the Rust methods of the
//! same names, executes it against a server giving the recorded answer,
//! and must send the same request; the answers are then read through the
//! typed accessors. cases.rs replays every other case through the catalog.

use anyhow::ensure;
use dss_api::{DssClient, DssLlm, DssLlmStreamedCompletionItem};
use dss_api_tests::replay::{expected_requests, replay_call};
use dss_api_tests::{fixture, report, CallFn};
use serde_json::json;

fn llm(c: &DssClient) -> DssLlm {
    c.get_project("PKEY").get_llm("llm1")
}

/// One Rust call per recorded case, building and sending the same query.
const TABLE: &[(&str, CallFn)] = &[
    (
        "DssLlmCompletionQuery::execute (messages, settings, JSON output, guardrail)",
        |c| {
            let mut q = llm(c).new_completion();
            q.with_message("Be brief.", Some("system"))
                .with_message("Say hello", None);
            q.settings_mut().insert("temperature".into(), json!(0.5));
            q.settings_mut().insert("maxOutputTokens".into(), json!(100));
            q.with_json_output(Some(json!({"type": "object"})), Some(true), None, None);
            let mut g = q.new_guardrail("toxicity");
            g.params()["threshold"] = json!(0.8);
            g.add();
            let answer = q.execute().send()?;
            ensure!(answer.success() && answer.text()? == Some("Hello there"));
            ensure!(answer.prompt_tokens == Some(12) && answer.total_tokens == Some(15));
            let calls = answer.tool_calls()?.unwrap_or_default();
            let f = calls[0].function.as_ref().expect("function");
            ensure!(f.name.as_deref() == Some("lookup") && f.arguments.as_deref() == Some("{\"q\": 1}"));
            ensure!(answer.get_raw()["newMember"] == json!({"kept": true}));
            Ok(())
        },
    ),
    (
        "DssLlmCompletionQuery::execute (tools, memory, context, multipart)",
        |c| {
            let mut q = llm(c).new_completion();
            q.with_message("What is in the picture?", None);
            q.new_multipart_message(None)
                .with_text("Look:")
                .with_inline_image(b"\x89PNG", Some("image/png"))
                .with_image_url("https://example.com/a.png")
                .add();
            q.new_multipart_message(Some("system"))
                .with_text("after")
                .with_captioned_image_inline("caption", "aGk=", None)
                .add();
            q.with_tool_calls(
                json!([{"id": "call1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]),
                None,
            )
            .with_tool_output("42", "call1", None);
            q.new_multipart_tool_output("call2", None, Some("see image"))
                .with_text("t")
                .with_image_url("https://example.com/b.png")
                .add();
            q.with_tool_validation_requests(json!([{"id": "v1"}]))
                .with_tool_validation_response("v1", false, Some("{\"a\": 1}"))
                .with_memory_fragment(json!({"m": 1}))
                .with_context(json!({"user": "u1"}));
            ensure!(q.messages().len() == 9);
            q.execute().send()?;
            Ok(())
        },
    ),
    ("DssLlmCompletionsQuery::execute (two queries)", |c| {
        let mut q = llm(c).new_completions();
        q.new_completion().with_message("first", None);
        q.new_completion()
            .with_message("second", Some("system"))
            .with_context(json!({"k": "v"}));
        q.settings_mut().insert("temperature".into(), json!(0));
        let answer = q.execute().send()?;
        let [one, two] = answer.responses() else {
            anyhow::bail!("two answers expected: {answer:?}");
        };
        ensure!(one.text()? == Some("one") && !two.success());
        let err = two.text().unwrap_err();
        ensure!(
            matches!(&err, dss_api::Error::LlmFailed { message, code, .. } if message == "rate limited" && code.as_deref() == Some("429")),
            "{err:?}"
        );
        Ok(())
    }),
    ("DssLlmEmbeddingsQuery::execute (texts and images, truncating)", |c| {
        let mut q = llm(c).new_embeddings(Some("TRUNCATE"));
        q.add_text("hello")
            .add_image(b"\x89PNG", Some("a picture"))
            .add_image("aGk=", None)
            .with_context(json!({"user": "u1"}));
        q.new_guardrail("pii").add();
        let answer = q.execute().send()?;
        let vectors = answer.get_embeddings()?;
        ensure!(vectors == [&[0.25, -1.5][..], &[1.0, 2.0], &[0.0, 3e-5]], "{vectors:?}");
        Ok(())
    }),
    ("DssLlmEmbeddingsQuery::execute (defaults)", |c| {
        let mut q = llm(c).new_embeddings(None);
        q.add_text("hello");
        ensure!(q.execute().send()?.get_embeddings()? == [&[0.5][..]]);
        Ok(())
    }),
    (
        "DssLlmStreamedCompletionChunks::iter_chunks (execute_streamed read whole)",
        |c| {
            let mut q = llm(c).new_completion();
            q.with_message("Say hello", None);
            let mut chunks = q.execute_streamed().send()?.iter_chunks();
            let first = chunks.next().expect("a first chunk")?;
            let DssLlmStreamedCompletionItem::Chunk(first) = first else {
                anyhow::bail!("a chunk first: {first:?}");
            };
            ensure!(first.text() == Some("Hel"));
            let whole = chunks.response()?;
            ensure!(whole.text()? == Some("Hello") && whole.total_tokens == Some(6));
            let calls = whole.tool_calls()?.unwrap_or_default();
            let f = calls[0].function.as_ref().expect("function");
            ensure!(f.arguments.as_deref() == Some("{\"a\": 1}") && calls[0].id.as_deref() == Some("c1"));
            Ok(())
        },
    ),
    ("DssLlmImageGenerationQuery::execute (prompts, edit, sizes)", |c| {
        let mut q = llm(c).new_images_generation();
        q.with_prompt("a cat", Some(0.8))
            .with_prompt("in the snow", None)
            .with_negative_prompt("dogs", None)
            .with_original_image(b"\x89PNG", Some("INPAINTING"), Some(0.5))
            .with_mask("MASK_IMAGE_BLACK", Some("aGk=".into()))
            .set_height(Some(512))
            .set_width(Some(768))
            .set_images_to_generate(2)
            .set("seed", 42)
            .with_context(json!({"user": "u1"}));
        q.new_guardrail("toxicity").add();
        ensure!(q.height() == Some(512) && q.images_to_generate() == Some(2));
        let answer = q.execute().send()?;
        ensure!(answer.success() && answer.first_image()? == b"hi" && answer.get_images()?[1] == [0, 1, 2]);
        Ok(())
    }),
    ("DssLlmRerankingQuery::execute (query, documents, context)", |c| {
        let mut q = llm(c).new_reranking();
        q.with_query("what is dss")
            .with_document("doc a")
            .with_document("doc b")
            .with_context(json!({"user": "u1"}));
        let answer = q.execute().send()?;
        let docs = answer.documents();
        ensure!(answer.success() && docs[0].index == 1 && docs[0].relevance_score == Some(0.9));
        Ok(())
    }),
    ("DssLlmRerankingQuery::execute (no context)", |c| {
        let mut q = llm(c).new_reranking();
        q.with_query("q").with_document("d");
        let answer = q.execute().send()?;
        ensure!(!answer.success() && answer.error_message() == Some("no model") && answer.documents().is_empty());
        Ok(())
    }),
    ("DssAgentTool::get_descriptor (defaults)", |c| {
        let d = c.get_project("PKEY").get_agent_tool("t1").get_descriptor(None).send()?;
        ensure!(d["description"] == "does x");
        Ok(())
    }),
    ("DssAgentTool::get_descriptor (in a context)", |c| {
        let tool = c.get_project("PKEY").get_agent_tool("t1");
        tool.get_descriptor(Some(json!({"user": "u1"}))).send()?;
        Ok(())
    }),
    ("DssProject::create_knowledge_bank (defaults)", |c| {
        let kb = c.get_project("PKEY").create_knowledge_bank("kb", "CHROMA").send()?;
        ensure!(kb.id() == "kb9");
        Ok(())
    }),
    (
        "DssProject::create_knowledge_bank (embedding LLM, settings with an images folder)",
        |c| {
            let kb = c
                .get_project("PKEY")
                .create_knowledge_bank("kb", "QDRANT_LOCAL")
                .embedding_llm_id("emb")
                .settings(json!({
                    "managedFolderId": "fold1",
                    "metadataColumnsSchema": [{"name": "source", "type": "string"}]
                }))
                .send()?;
            ensure!(kb.id() == "kb9");
            Ok(())
        },
    ),
    ("DssKnowledgeBank::search (defaults)", |c| {
        let kb = c.get_project("PKEY").get_knowledge_bank("kb1");
        let found = kb.search("what is dss").send()?;
        ensure!(found["documents"][0]["score"] == 0.9);
        Ok(())
    }),
    ("DssKnowledgeBank::search (MMR, filter)", |c| {
        let kb = c.get_project("PKEY").get_knowledge_bank("kb1");
        // The filter as dataikuapi's DSSFilter.from_simple_filter writes it.
        let filter = json!({"enabled": true, "uiData": {
            "conditions": [{"input": "source", "operator": "== [string]", "string": "a"}],
            "mode": "&&"
        }});
        kb.search("q")
            .max_documents(3)
            .search_type("MMR")
            .mmr_documents_count(7)
            .mmr_factor(0.5)
            .filter(filter)
            .send()?;
        Ok(())
    }),
    ("DssKnowledgeBank::build (defaults)", |c| {
        let job = c.get_project("PKEY").get_knowledge_bank("kb1").build().send()?;
        ensure!(job.id() == "job1" && job.last_status().is_some());
        Ok(())
    }),
    ("DssKnowledgeBank::build (no wait)", |c| {
        let kb = c.get_project("PKEY").get_knowledge_bank("kb1");
        let job = kb.build().job_type("RECURSIVE_BUILD").wait(false).send()?;
        ensure!(job.id() == "job1" && job.last_status().is_none());
        Ok(())
    }),
];

/// Whether a recorded case is replayed here.
pub fn replays(case: &str) -> bool {
    TABLE.iter().any(|(name, _)| *name == case)
}

#[test]
fn llm_queries_are_sent_as_dataikuapi_sends_them() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let mut same = 0;
    for (case, f) in TABLE {
        let Some(call) = calls.iter().find(|c| c["case"] == *case) else {
            failures.push(format!("{case}: in the table but not recorded"));
            continue;
        };
        let expected = expected_requests(call);
        match replay_call(call, &expected, *f) {
            Ok(()) => same += 1,
            Err(failure) => failures.push(failure),
        }
    }
    // Every recorded case of the query builders is replayed here.
    for call in calls {
        let case = call["case"].as_str().unwrap_or_default();
        let builder = case.starts_with("DssLlm") && call.get("edit").is_some();
        let by_hand = [
            "DssProject::create_knowledge_bank",
            "DssKnowledgeBank::search",
            "DssKnowledgeBank::build",
        ]
        .iter()
        .any(|m| case.starts_with(m));
        if (builder || by_hand) && !replays(case) {
            failures.push(format!("{case}: recorded but not replayed"));
        }
    }
    report(&format!(
        "genai: {same} LLM queries built with the same methods and sent as dataikuapi sends them"
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
