//! The LLM Mesh: what the query builders send (whole bodies, against
//! httpmock), how the typed answers read (kept members, failures as
//! `Error::LlmFailed`), and the streamed completion read as DSS writes it:
//! chunks as they come, an error event, a cut or stalled stream.

use std::io::Write;
use std::sync::mpsc;
use std::time::Duration;

use dss_api::{DssClient, DssLlmStreamedCompletionItem, Error, TimeoutPhase};
use dss_api_tests::raw::RawServer;
use dss_api_tests::{api, client, server, within, API_KEY};
use httpmock::Method::{GET, POST};
use serde_json::json;

const EVENTS: &str = "text/event-stream";

/// A server-sent event as DSS writes it.
fn event(kind: &str, data: serde_json::Value) -> String {
    format!("event: {kind}\ndata: {data}\n\n")
}

#[test]
fn list_llms_sends_the_purpose_and_items_become_handles() {
    let server = server();
    let list = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/llms"))
            .query_param("purpose", "TEXT_EMBEDDING_EXTRACTION");
        then.status(200).json_body(json!([
            {"id": "openai:c:emb", "type": "OPENAI", "friendlyName": "Embeddings", "other": 1}
        ]));
    });
    let project = client(&server).get_project("P");
    let llms = project.list_llms().purpose("TEXT_EMBEDDING_EXTRACTION").send().unwrap();
    list.assert();
    assert_eq!(llms.len(), 1);
    assert_eq!(llms[0].description(), Some("Embeddings"));
    assert_eq!(llms[0].r#type.as_deref(), Some("OPENAI"));
    let llm = llms[0].to_llm(&project);
    assert_eq!((llm.project_key(), llm.llm_id()), ("P", "openai:c:emb"));
}

#[test]
fn a_completion_sends_its_whole_query_and_reads_a_typed_answer() {
    let server = server();
    let completions = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/llms/completions"))
            .json_body(json!({
                "queries": [{"messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": "Hi"}
                ], "context": {"user": "u1"}}],
                "settings": {"temperature": 0},
                "llmId": "m1"
            }));
        then.status(200).json_body(json!({"responses": [{
            "ok": true, "text": "{\"a\": 1}", "finishReason": "stop",
            "promptTokens": 7, "completionTokens": 5, "totalTokens": 12, "estimatedCost": 0.5,
            "tokenCountsAreEstimated": true,
            "logProbs": [{"token": "x"}],
            "additionalInformation": {"sources": [{"title": "doc"}]},
            "toolCalls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}, "index": 0}],
            "someNewMember": [1, 2]
        }]}));
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let mut q = llm.new_completion();
    q.with_message("Be brief.", Some("system"))
        .with_message("Hi", None)
        .with_context(json!({"user": "u1"}));
    q.settings_mut().insert("temperature".into(), json!(0));
    assert_eq!(q.messages().len(), 2);
    assert_eq!(q.settings()["temperature"], 0);
    let answer = q.execute().send().unwrap();
    completions.assert();
    assert!(answer.success());
    assert_eq!(answer.text().unwrap(), Some("{\"a\": 1}"));
    assert_eq!(answer.json().unwrap(), Some(json!({"a": 1})));
    assert_eq!(
        (answer.prompt_tokens, answer.completion_tokens, answer.total_tokens),
        (Some(7), Some(5), Some(12))
    );
    assert_eq!(answer.estimated_cost, Some(0.5));
    assert_eq!(answer.token_counts_are_estimated, Some(true));
    assert_eq!(answer.finish_reason.as_deref(), Some("stop"));
    assert_eq!(answer.log_probs().unwrap(), Some(&json!([{"token": "x"}])));
    assert_eq!(answer.sources().unwrap(), [json!({"title": "doc"})]);
    let calls = answer.tool_calls().unwrap().unwrap();
    assert_eq!(calls[0].id.as_deref(), Some("c1"));
    assert_eq!(calls[0].function.as_ref().unwrap().name.as_deref(), Some("f"));
    // Members the model does not name are kept, the tool call's index too.
    assert_eq!(answer.get_raw()["someNewMember"], json!([1, 2]));
    assert_eq!(answer.get_raw()["toolCalls"][0]["index"], 0);
    // The same query sends the same request again.
    q.execute().send().unwrap();
    completions.assert_calls(2);
}

#[test]
fn a_failed_completion_is_an_answer_whose_accessors_fail() {
    let server = server();
    let completions = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/llms/completions"));
        then.status(200).json_body(json!({"responses": [
            {"ok": false, "errorMessage": "quota exceeded", "errorCode": "QUOTA", "errorType": "LIMIT", "errorSource": "PROVIDER", "trace": {"t": 1}}
        ]}));
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let answer = llm.new_completion().with_message("Hi", None).execute().send().unwrap();
    completions.assert();
    assert!(!answer.success());
    // What does not need a success still reads.
    assert_eq!(answer.trace(), Some(&json!({"t": 1})));
    let err = answer.text().unwrap_err();
    match &err {
        Error::LlmFailed {
            message,
            code,
            error_type,
            origin,
        } => {
            assert_eq!(message, "quota exceeded");
            assert_eq!(code.as_deref(), Some("QUOTA"));
            assert_eq!(error_type.as_deref(), Some("LIMIT"));
            assert_eq!(origin.as_deref(), Some("PROVIDER"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.to_string(), "LLM query failed (QUOTA): quota exceeded");
    assert!(answer.tool_calls().is_err() && answer.json().is_err());
}

#[test]
fn tool_calls_guardrails_and_json_output_are_sent_as_built() {
    let server = server();
    let completions = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/llms/completions")).json_body(json!({
            "queries": [{"messages": [
                {"role": "user", "content": "weather?"},
                {"role": "assistant", "toolCalls": [{"id": "c1"}]},
                {"role": "tool", "toolOutputs": [{"callId": "c1", "output": "sunny"}]},
                {"role": "user", "parts": [
                    {"type": "TEXT", "text": "cap"},
                    {"type": "IMAGE_INLINE", "inlineImage": "AAEC", "imageMimeType": "image/png"},
                    {"type": "TEXT", "text": "see"},
                    {"type": "IMAGE_URI", "imageUrl": "u"}
                ]}
            ]}],
            "settings": {"responseFormat": {"type": "json", "schema": null, "strict": null, "compatible": true, "ifSupported": null}},
            "llmId": "m1",
            "guardrails": {"guardrails": [{"type": "pii", "enabled": true, "params": {"mode": "mask"}}]}
        }));
        then.status(200).json_body(json!({"responses": [{"ok": true}]}));
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let mut q = llm.new_completion();
    q.with_message("weather?", None)
        .with_tool_calls(json!([{"id": "c1"}]), None)
        .with_tool_output("sunny", "c1", None)
        .with_json_output(None, None, Some(true), None);
    q.new_multipart_message(None)
        .with_text("see")
        .with_captioned_image_inline("cap", &[0u8, 1, 2], Some("image/png"))
        .with_image_url("u")
        .add();
    let mut g = q.new_guardrail("pii");
    g.params()["mode"] = json!("mask");
    g.add();
    let answer = q.execute().send().unwrap();
    completions.assert();
    assert_eq!(answer.text().unwrap(), None);
}

#[test]
fn several_completions_go_in_one_request() {
    let server = server();
    let completions = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/llms/completions"))
            .json_body(json!({
                "queries": [
                    {"messages": [{"role": "user", "content": "a"}]},
                    {"messages": [{"role": "user", "content": "b"}]}
                ],
                "settings": {},
                "llmId": "m1"
            }));
        then.status(200)
            .json_body(json!({"responses": [{"ok": true, "text": "A"}, {"ok": true, "text": "B"}]}));
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let mut q = llm.new_completions();
    for text in ["a", "b"] {
        q.new_completion().with_message(text, None);
    }
    let answer = q.execute().send().unwrap();
    completions.assert();
    let texts: Vec<_> = answer.responses().iter().map(|r| r.text().unwrap().unwrap()).collect();
    assert_eq!(texts, ["A", "B"]);
}

#[test]
fn embeddings_are_vectors_and_a_missing_one_is_an_error() {
    let server = server();
    let embeddings = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/llms/embeddings"))
            .json_body(json!({
                "queries": [{"text": "a"}, {"inlineImage": "AAEC", "text": "pic"}],
                "llmId": "e1",
                "settings": {"textOverflowMode": "FAIL"}
            }));
        then.status(200).json_body(json!({"responses": [
            {"embedding": [0.5, -0.25, 1e-7]},
            {"embedding": [1, 2, 3], "other": true}
        ]}));
    });
    let llm = client(&server).get_project("P").get_llm("e1");
    let mut q = llm.new_embeddings(None);
    q.add_text("a").add_image(vec![0u8, 1, 2], Some("pic"));
    let answer = q.execute().send().unwrap();
    embeddings.assert();
    assert_eq!(
        answer.get_embeddings().unwrap(),
        [&[0.5, -0.25, 1e-7][..], &[1.0, 2.0, 3.0]]
    );

    let failing = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/llms/embeddings"))
            .json_body(json!({
                "queries": [{"text": "b"}],
                "llmId": "e1",
                "settings": {"textOverflowMode": "TRUNCATE"}
            }));
        then.status(200)
            .json_body(json!({"responses": [{"errorMessage": "too long"}]}));
    });
    let mut q = llm.new_embeddings(Some("TRUNCATE"));
    q.add_text("b");
    let err = q.execute().send().unwrap().get_embeddings().unwrap_err();
    failing.assert();
    assert!(
        matches!(&err, Error::LlmFailed { message, .. } if message.contains("too long")),
        "{err:?}"
    );
}

#[test]
fn a_streamed_completion_reads_chunks_and_gathers_the_answer() {
    let body = [
        ": keep-alive\n\n".to_owned(),
        event("completion-chunk", json!({"text": "Hel"})),
        event("completion-chunk", json!({"type": "event", "eventKind": "AGENT_THINKING"})),
        event(
            "completion-chunk",
            json!({"text": "lo", "toolCalls": [{"index": 0, "id": "c1", "type": "function", "function": {"name": "f", "arguments": "{\"x\""}}]}),
        ),
        event(
            "completion-chunk",
            json!({"toolCalls": [{"index": 0, "function": {"arguments": ": 2}"}}], "logProbs": [{"t": 1}]}),
        ),
        event(
            "completion-chunk",
            json!({"artifacts": [{"id": "a1", "name": "doc", "parts": [{"index": 0, "type": "TEXT", "text": "ab"}]}]}),
        ),
        event(
            "completion-chunk",
            json!({"artifacts": [{"id": "a1", "parts": [{"index": 0, "type": "TEXT", "text": "cd"}]}]}),
        ),
        // A data member split over two lines, CRLF line ends.
        "event: completion-end\r\ndata: {\"finishReason\": \"stop\",\r\ndata: \"totalTokens\": 9, \"trace\": {\"t\": 1}}\r\n\r\n".to_owned(),
    ]
    .concat();
    let server = server();
    let streamed = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/llms/streamed-completion"))
            .json_body(json!({
                "query": {"messages": [{"role": "user", "content": "Hi"}]},
                "settings": {"maxOutputTokens": 10},
                "llmId": "m1",
                "emitErrorChunk": true
            }));
        then.status(200).header("content-type", EVENTS).body(body);
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let mut q = llm.new_completion();
    q.with_message("Hi", None);
    q.settings_mut().insert("maxOutputTokens".into(), json!(10));

    let items: Vec<_> = q
        .execute_streamed()
        .send()
        .unwrap()
        .iter_chunks()
        .collect::<Result<_, _>>()
        .unwrap();
    streamed.assert();
    assert_eq!(items.len(), 7);
    let DssLlmStreamedCompletionItem::Chunk(first) = &items[0] else {
        panic!("{items:?}")
    };
    assert_eq!((first.text(), first.kind()), (Some("Hel"), "content"));
    let DssLlmStreamedCompletionItem::Chunk(thinking) = &items[1] else {
        panic!("{items:?}")
    };
    assert_eq!(
        (thinking.kind(), thinking.event_kind()),
        ("event", Some("AGENT_THINKING"))
    );
    let DssLlmStreamedCompletionItem::Footer(footer) = &items[6] else {
        panic!("{items:?}")
    };
    assert_eq!(footer.total_tokens, Some(9));
    assert_eq!(footer.trace(), Some(&json!({"t": 1})));

    let whole = q.execute_streamed().send().unwrap().response().unwrap();
    streamed.assert_calls(2);
    assert!(whole.success());
    assert_eq!(whole.text().unwrap(), Some("Hello"));
    assert_eq!(whole.total_tokens, Some(9));
    assert_eq!(whole.finish_reason.as_deref(), Some("stop"));
    let calls = whole.tool_calls().unwrap().unwrap();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].id.as_deref(), Some("c1"));
    assert_eq!(
        calls[0].function.as_ref().unwrap().arguments.as_deref(),
        Some("{\"x\": 2}")
    );
    assert_eq!(whole.log_probs().unwrap(), Some(&json!([{"t": 1}])));
    assert_eq!(
        whole.artifacts().unwrap(),
        [json!({"id": "a1", "name": "doc", "parts": [{"index": 0, "type": "TEXT", "text": "abcd"}]})]
    );
}

#[test]
fn an_error_event_is_an_error_item_and_a_failed_whole_answer() {
    let body = [
        event("completion-chunk", json!({"text": "partial"})),
        event(
            "error-chunk",
            json!({"errorMessage": "filtered", "errorCode": "GUARD", "errorType": "GuardrailBlocked"}),
        ),
    ]
    .concat();
    let server = server();
    let streamed = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/llms/streamed-completion"));
        then.status(200).header("content-type", EVENTS).body(body);
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let mut q = llm.new_completion();
    q.with_message("Hi", None);
    let items: Vec<_> = q.execute_streamed().send().unwrap().collect();
    assert_eq!(items.len(), 2, "nothing after the error: {items:?}");
    assert!(items[0].is_ok());
    assert!(
        matches!(&items[1], Err(Error::LlmFailed { message, code, .. }) if message == "filtered" && code.as_deref() == Some("GUARD")),
        "{items:?}"
    );
    let whole = q.execute_streamed().send().unwrap().response().unwrap();
    streamed.assert_calls(2);
    assert!(!whole.success());
    assert_eq!(whole.error_type.as_deref(), Some("GuardrailBlocked"));
    assert!(matches!(whole.text(), Err(Error::LlmFailed { .. })));
}

#[test]
fn a_stream_that_ends_before_its_footer_or_says_nonsense_is_an_error_item() {
    let server = server();
    let cut = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/llms/streamed-completion"));
        then.status(200)
            .header("content-type", EVENTS)
            .body(event("completion-chunk", json!({"text": "Hel"})));
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let items: Vec<_> = llm
        .new_completion()
        .with_message("Hi", None)
        .execute_streamed()
        .send()
        .unwrap()
        .collect();
    cut.assert();
    assert_eq!(items.len(), 2, "{items:?}");
    let err = items[1].as_ref().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.to_string().contains("streamed-completion"), "{err}");
    let err = llm
        .new_completion()
        .execute_streamed()
        .send()
        .unwrap()
        .response()
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    cut.assert_calls(2);

    let server = dss_api_tests::server();
    let odd = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/llms/streamed-completion"));
        then.status(200).header("content-type", EVENTS).body(
            [
                event("something-new", json!({})),
                event("completion-chunk", json!({"text": "never read"})),
            ]
            .concat(),
        );
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let items: Vec<_> = llm.new_completion().execute_streamed().send().unwrap().collect();
    odd.assert();
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].as_ref().unwrap_err().to_string().contains("something-new"));
}

#[test]
fn chunks_come_as_the_server_sends_them_and_a_stall_is_an_idle_timeout() {
    // The server sends one chunk, then waits until the client has read it
    // before sending the next: the client must not wait for the whole body.
    let (read_tx, read_rx) = mpsc::channel::<()>();
    let read_rx = std::sync::Mutex::new(read_rx);
    let server = RawServer::start(move |req, _, out| {
        assert_eq!(req.path(), "/projects/P/llms/streamed-completion");
        let _ = write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Type: {EVENTS}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        );
        let mut chunk = |text: &str| {
            let _ = write!(out, "{:x}\r\n{text}\r\n", text.len());
            let _ = out.flush();
        };
        chunk(&event("completion-chunk", json!({"text": "first"})));
        let rx = read_rx.lock().unwrap();
        if rx.recv_timeout(Duration::from_secs(5)).is_err() {
            return; // the client never read the first chunk: it gets a cut stream
        }
        chunk(&event("completion-chunk", json!({"text": " second"})));
        // Then silence, longer than the client's idle bound.
        std::thread::sleep(Duration::from_millis(1500));
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(Duration::from_millis(300)))
        .build()
        .unwrap();
    let items = within(
        Duration::from_secs(8),
        "the idle bound of a streamed completion",
        move || {
            let llm = c.get_project("P").get_llm("m1");
            let mut chunks = llm
                .new_completion()
                .with_message("Hi", None)
                .execute_streamed()
                .send()
                .unwrap();
            let first = chunks.next().unwrap().unwrap();
            read_tx.send(()).unwrap();
            let rest: Vec<_> = chunks.collect();
            (first, rest)
        },
    );
    let (first, rest) = items;
    assert!(matches!(&first, DssLlmStreamedCompletionItem::Chunk(c) if c.text() == Some("first")));
    assert_eq!(rest.len(), 2, "{rest:?}");
    assert!(matches!(&rest[0], Ok(DssLlmStreamedCompletionItem::Chunk(c)) if c.text() == Some(" second")));
    let err = rest[1].as_ref().unwrap_err();
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Idle), "{err:?}");
    assert_eq!(server.requests(), 1);
}

#[test]
fn a_streamed_completion_that_keeps_moving_outlives_the_idle_bound() {
    // Eight chunks 150 ms apart: longer in all than the 300 ms idle bound,
    // never silent for that long.
    let server = RawServer::start(move |_, _, out| {
        let _ = write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Type: {EVENTS}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        );
        let mut chunk = |text: &str| {
            let _ = write!(out, "{:x}\r\n{text}\r\n", text.len());
            let _ = out.flush();
        };
        for i in 0..8 {
            chunk(&event("completion-chunk", json!({"text": i.to_string()})));
            std::thread::sleep(Duration::from_millis(150));
        }
        chunk(&event("completion-end", json!({"totalTokens": 8})));
        let _ = write!(out, "0\r\n\r\n");
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(Duration::from_millis(300)))
        .build()
        .unwrap();
    let whole = within(Duration::from_secs(8), "a moving stream", move || {
        let llm = c.get_project("P").get_llm("m1");
        llm.new_completion().execute_streamed().send().unwrap().response()
    })
    .unwrap();
    assert_eq!(whole.text().unwrap(), Some("01234567"));
    assert_eq!(whole.total_tokens, Some(8));
    assert_eq!(server.requests(), 1);
}

#[test]
fn a_knowledge_bank_search_refuses_what_dataikuapi_refuses_and_reports_a_failed_search() {
    let server = server();
    let search = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/knowledge-banks/kb/search"))
            .query_param("query", "q")
            .query_param_exists("params");
        then.status(200)
            .json_body(json!({"error": {"message": "index missing"}}));
    });
    let kb = client(&server).get_project("P").get_knowledge_bank("kb");
    for (refused, name) in [
        (kb.search("").send(), "query"),
        (kb.search("q").max_documents(0).send(), "max_documents"),
        (kb.search("q").search_type("FUZZY").send(), "search_type"),
        (
            kb.search("q").search_type("MMR").mmr_factor(1.5).send(),
            "mmr_documents_count",
        ),
    ] {
        let err = refused.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument { name: n, .. } if *n == name),
            "{err:?}"
        );
    }
    search.assert_calls(0);
    let err = kb.search("q").send().unwrap_err();
    search.assert_calls(1);
    assert!(
        matches!(&err, Error::OperationFailed { summary, .. } if summary == "search failed: index missing"),
        "{err:?}"
    );
}

#[test]
fn knowledge_bank_settings_must_be_an_object_and_agents_are_llms() {
    let server = server();
    let create = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/knowledge-banks/"));
        then.status(200).json_body(json!({"id": "kb1"}));
    });
    let project = client(&server).get_project("P");
    let err = project
        .create_knowledge_bank("kb", "CHROMA")
        .settings(json!(["not", "an", "object"]))
        .send()
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "settings", .. }),
        "{err:?}"
    );
    create.assert_calls(0);
    // No request for these: the LLM Mesh ids of an agent and of a
    // retrieval-augmented LLM.
    assert_eq!(project.get_agent("a1").as_llm().llm_id(), "agent:a1");
    assert_eq!(
        project.get_retrieval_augmented_llm("r1").as_llm().llm_id(),
        "retrieval-augmented-llm:r1"
    );
    let listed = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/agents"));
        then.status(200)
            .json_body(json!([{"projectKey": "P", "id": "a1", "name": "Helper"}]));
    });
    let agents = project.list_agents().send().unwrap();
    listed.assert();
    assert_eq!(agents[0].to_handle(project.client()).id(), "a1");
}

#[test]
fn a_conversation_is_created_read_and_updated() {
    let server = server();
    let create = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/conversations/"))
            .json_body(json!({"endUserId": "u1", "defaultLlmId": "m1"}));
        then.status(200).json_body(json!({
            "conversationId": "cv9", "endUserId": "u1", "defaultLlmId": "m1", "lastMessageId": null, "other": 1
        }));
    });
    let update = server.mock(|when, then| {
        when.method(httpmock::Method::PUT)
            .path(api("/projects/P/conversations/cv9"))
            .json_body(json!({"archived": true}));
        then.status(200)
            .json_body(json!({"conversationId": "cv9", "archivedAt": 5}));
    });
    let llm = client(&server).get_project("P").get_llm("m1");
    let cv = llm.create_conversation().end_user_id("u1").send().unwrap();
    create.assert();
    assert_eq!(cv.conversation_id(), "cv9");
    assert_eq!(cv.end_user_id(), Some("u1"));
    assert_eq!(cv.default_llm_id(), Some("m1"));
    assert_eq!(cv.get_raw()["other"], 1);
    let saved = cv.update().archived(true).send().unwrap();
    update.assert();
    assert_eq!(saved["archivedAt"], 5);
}
