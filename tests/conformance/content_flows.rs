//! Conformance of the hand-written calls (several requests, or some work on
//! an answer) with dataikuapi 15.2.0: every recorded case of
//! `fixtures/conformance/dataikuapi-15.2.0-cases.json` named in [`TABLE`]
//! is made again here with the Rust methods of the same names, building
//! the object as the Python case did, against a server giving the recorded
//! answers in order (those of the requests that built the object, then the
//! call's); the requests must match. cases.rs replays every other case
//! through the catalog.
//!
//! Where our requests differ from dataikuapi's on purpose, [`DIFFERENT`]
//! says why and gives the requests we send instead, from the recorded ones.

use dss_api::{DssClient, Upload};
use dss_api_tests::replay::{expected_requests, replay_call};
use dss_api_tests::{fixture, report, CallFn};
use serde_json::{json, Value};

/// One Rust call per recorded case, making the same call.
pub const TABLE: &[(&str, CallFn)] = &[
    ("DssApp::get_manifest", |c| {
        let m = c.get_app("APP1").get_manifest().send()?;
        anyhow::ensure!(m.project_key().is_empty());
        Ok(())
    }),
    ("DssAppManifest::save (from its app)", |c| {
        let m = c.get_app("PROJECT_PKEY").get_manifest().send()?;
        anyhow::ensure!(m.get_runnable_scenarios() == ["sc1"] && m.get_all_actions().len() == 2);
        m.save().send()?;
        Ok(())
    }),
    ("DssObjectDiscussions::list_discussions", |c| {
        let d = c
            .get_object_discussions("PKEY", "DATASET", "ds1")
            .list_discussions()
            .send()?;
        anyhow::ensure!(d.len() == 1 && d[0].discussion_id() == "disc-1");
        Ok(())
    }),
    ("DssDiscussion::set_metadata", |c| {
        let mut d = discussions(c).get_discussion("disc-1").send()?;
        d.set_metadata(json!({"id": "disc-1", "topic": "New topic"})).send()?;
        Ok(())
    }),
    ("DssDiscussion::get_replies (listed)", |c| {
        let mut d = listed_discussion(c)?;
        let replies = d.get_replies().send()?;
        anyhow::ensure!(replies.len() == 1 && replies[0].text.as_deref() == Some("Hello"));
        Ok(())
    }),
    ("DssDiscussion::set_metadata (listed)", |c| {
        let mut d = listed_discussion(c)?;
        d.set_metadata(json!({"id": "disc-1", "topic": "Renamed"})).send()?;
        Ok(())
    }),
    ("DssProject::create_dashboard", |c| {
        let d = c.get_project("PKEY").create_dashboard("Dash 1").send()?;
        anyhow::ensure!(d.dashboard_id() == "dash1");
        Ok(())
    }),
    ("DssProject::create_dashboard (settings)", |c| {
        c.get_project("PKEY")
            .create_dashboard("Dash 2")
            .settings(json!({"pages": [{"grid": {"tiles": []}}], "listed": true}))
            .send()?;
        Ok(())
    }),
    ("DssProject::get_project_standards_last_report", |c| {
        let r = c.get_project("PKEY").get_project_standards_last_report().send()?;
        anyhow::ensure!(r.is_some());
        Ok(())
    }),
    ("DssProject::get_project_standards_last_report (never ran)", |c| {
        let r = c.get_project("PKEY").get_project_standards_last_report().send()?;
        anyhow::ensure!(r.is_none());
        Ok(())
    }),
    ("DssProject::new_managed_streaming_endpoint (create)", |c| {
        c.get_project("PKEY")
            .new_managed_streaming_endpoint("se3")
            .create()
            .send()?;
        Ok(())
    }),
    (
        "DssProject::new_managed_streaming_endpoint (type, store, overwrite)",
        |c| {
            let helper = c
                .get_project("PKEY")
                .new_managed_streaming_endpoint("se3")
                .streaming_endpoint_type("kafka")
                .with_store_into("k1", Some("json"));
            helper.create().overwrite(true).send()?;
            Ok(())
        },
    ),
    ("DssProjectStandards::create_scope", |c| {
        let s = c.get_project_standards().create_scope("s2").send()?;
        anyhow::ensure!(s.name() == "s2");
        Ok(())
    }),
    ("DssProjectStandards::create_scope (all options)", |c| {
        c.get_project_standards()
            .create_scope("s3")
            .description("tagged")
            .checks(["chk1"])
            .selection_method("BY_TAG")
            .items(["gold"])
            .send()?;
        Ok(())
    }),
    ("DssJupyterNotebook::unload", |c| {
        c.get_project("PKEY").get_jupyter_notebook("nb1").unload().send()?;
        Ok(())
    }),
    ("DssJupyterNotebook::unload (session_id)", |c| {
        c.get_project("PKEY")
            .get_jupyter_notebook("nb1")
            .unload()
            .session_id("s2")
            .send()?;
        Ok(())
    }),
    ("DssStreamingEndpoint::exists", |c| {
        anyhow::ensure!(endpoint(c).exists().send()?);
        Ok(())
    }),
    ("DssStreamingEndpoint::exists (missing)", |c| {
        anyhow::ensure!(!endpoint(c).exists().send()?);
        Ok(())
    }),
    ("DssStreamingEndpoint::test_and_detect", |c| {
        endpoint(c).test_and_detect().send()?;
        Ok(())
    }),
    ("DssStreamingEndpoint::test_and_detect (all options)", |c| {
        endpoint(c)
            .test_and_detect()
            .infer_storage_types(true)
            .limit(50)
            .timeout_seconds(5)
            .send()?;
        Ok(())
    }),
    ("DssStreamingEndpoint::autodetect_settings", |c| {
        let s = endpoint(c).autodetect_settings().send()?;
        anyhow::ensure!(s.raw()["schema"] == json!({"columns": [{"name": "x", "type": "bigint"}]}));
        Ok(())
    }),
    ("DssStatisticsWorksheet::run_worksheet", |c| {
        worksheet(c).run_worksheet().send()?;
        Ok(())
    }),
    ("DssStatisticsWorksheet::run_worksheet (start)", |c| {
        worksheet(c).run_worksheet().start()?;
        Ok(())
    }),
    ("DssWiki::list_articles", |c| {
        let a = c.get_project("PKEY").get_wiki().list_articles().send()?;
        let ids: Vec<&str> = a.iter().map(|a| a.article_id()).collect();
        anyhow::ensure!(ids == ["art1", "art2", "art3"], "{ids:?}");
        Ok(())
    }),
    ("DssWiki::create_article", |c| {
        let a = c.get_project("PKEY").get_wiki().create_article("New").send()?;
        anyhow::ensure!(a.article_id() == "art9");
        Ok(())
    }),
    ("DssWiki::create_article (parent_id, content)", |c| {
        c.get_project("PKEY")
            .get_wiki()
            .create_article("New")
            .parent_id("art1")
            .content("# Body")
            .send()?;
        Ok(())
    }),
    ("DssWikiArticle::upload_attachement", |c| {
        let article = c.get_project("PKEY").get_wiki().get_article("art1").send()?;
        article
            .upload_attachement(
                Upload::from(b"some notes\n".to_vec()).file_name("notes.txt"),
                "my notes (v2)!.txt",
            )
            .send()?;
        Ok(())
    }),
    ("DssLibrary::list", |c| {
        let items = c.get_project("PKEY").get_library().list().send()?;
        let names: Vec<&str> = items.iter().map(|i| i.name()).collect();
        anyhow::ensure!(names == ["R", "python", "readme.md"], "{names:?}");
        Ok(())
    }),
    ("DssLibrary::list (folder_path)", |c| {
        let items = c
            .get_project("PKEY")
            .get_library()
            .list()
            .folder_path("/python")
            .send()?;
        let paths: Vec<&str> = items.iter().map(|i| i.path()).collect();
        anyhow::ensure!(paths == ["/python/sub", "/python/utils.py"], "{paths:?}");
        Ok(())
    }),
    ("DssLibrary::get_file", |c| {
        let f = c
            .get_project("PKEY")
            .get_library()
            .get_file("/python/utils.py")
            .send()?;
        anyhow::ensure!(f.is_some_and(|f| f.path() == "/python/utils.py"));
        Ok(())
    }),
    ("DssLibrary::get_folder", |c| {
        let f = c.get_project("PKEY").get_library().get_folder("python/sub").send()?;
        anyhow::ensure!(f.is_some_and(|f| f.path() == "/python/sub"));
        Ok(())
    }),
    ("DssLibrary::add_file", |c| {
        let f = c.get_project("PKEY").get_library().add_file("new.py").send()?;
        anyhow::ensure!(f.path() == "/new.py");
        Ok(())
    }),
    ("DssLibrary::add_folder", |c| {
        let f = c.get_project("PKEY").get_library().add_folder("lib2").send()?;
        anyhow::ensure!(f.path() == "/lib2");
        Ok(())
    }),
    ("DssLibraryFile::read", |c| {
        anyhow::ensure!(library_file(c)?.read().send()? == "import os\n");
        Ok(())
    }),
    ("DssLibraryFile::read (bytes)", |c| {
        anyhow::ensure!(library_file(c)?.read_bytes().send()? == b"import os\n");
        Ok(())
    }),
    ("DssLibraryFile::write", |c| {
        library_file(c)?.write(b"print(1)\n".to_vec()).send()?;
        Ok(())
    }),
    ("DssLibraryFile::delete", |c| {
        library_file(c)?.delete().send()?;
        Ok(())
    }),
    ("DssLibraryFolder::delete", |c| {
        library_folder(c)?.delete().send()?;
        Ok(())
    }),
    ("DssLibraryFolder::list", |c| {
        let items = library_folder(c)?.list().send()?;
        anyhow::ensure!(items.len() == 2);
        Ok(())
    }),
    ("DssLibraryFolder::get_child", |c| {
        let child = library_folder(c)?.get_child("utils.py").send()?;
        anyhow::ensure!(matches!(child, Some(dss_api::models::DssLibraryItem::File(_))));
        Ok(())
    }),
    ("DssLibraryFolder::get_file", |c| {
        let f = library_folder(c)?.get_file("utils.py").send()?;
        anyhow::ensure!(f.is_some_and(|f| f.path() == "/python/utils.py"));
        Ok(())
    }),
    ("DssLibraryFolder::get_folder", |c| {
        let f = library_folder(c)?.get_folder("../R").send()?;
        anyhow::ensure!(f.is_some_and(|f| f.path() == "/R"));
        Ok(())
    }),
    ("DssLibraryFolder::add_file", |c| {
        let f = library_folder(c)?.add_file("more.py").send()?;
        anyhow::ensure!(f.path() == "/python/more.py");
        Ok(())
    }),
    ("DssLibraryFolder::add_folder", |c| {
        let f = library_folder(c)?.add_folder("deep").send()?;
        anyhow::ensure!(f.path() == "/python/deep");
        Ok(())
    }),
];

/// How the recorded requests become the ones we send instead.
type Instead = fn(Vec<Value>) -> Vec<Value>;

/// Recorded cases whose requests differ from dataikuapi's on purpose: why,
/// and the requests sent instead (the replay answers them in order).
pub const DIFFERENT: &[(&str, &str, Instead)] = &[
    (
        "DssWiki::list_articles",
        "dataikuapi reads every article of the taxonomy to learn the id the taxonomy already gives; the settings alone are read here",
        |r| first(r, 1),
    ),
    (
        "DssWiki::create_article",
        "dataikuapi reads the new article once to learn the id its creation answered with; not here",
        |r| without(r, &[1]),
    ),
    (
        "DssWiki::create_article (parent_id, content)",
        "dataikuapi reads the new article once to learn the id its creation answered with, then again to write its body; read once here",
        |r| without(r, &[1]),
    ),
    (
        "DssLibraryFile::read",
        "dataikuapi writes the file's path (`/python/utils.py`) after `contents/`, giving `contents//python/..`; one slash here",
        one_slash,
    ),
    ("DssLibraryFile::read (bytes)", "as DssLibraryFile::read", one_slash),
    ("DssLibraryFile::write", "as DssLibraryFile::read", one_slash),
    ("DssLibraryFile::delete", "as DssLibraryFile::read", one_slash),
    ("DssLibraryFolder::delete", "as DssLibraryFile::read", one_slash),
    ("DssLibraryFolder::add_file", "as DssLibraryFile::read", one_slash),
    ("DssLibraryFolder::add_folder", "as DssLibraryFile::read", one_slash),
    (
        "DssLibrary::add_file",
        "dataikuapi reads the library's tree when its object is made (`get_library()`); a file is added without it here",
        |r| without(r, &[0]),
    ),
    ("DssLibrary::add_folder", "as DssLibrary::add_file", |r| without(r, &[0])),
    (
        "DssLibraryFolder::get_child",
        "dataikuapi looks in the tree it read when its object was made; the tree is read again here (as for every look-up)",
        with_contents_read_again,
    ),
    (
        "DssLibraryFolder::list",
        "as DssLibraryFolder::get_child",
        with_contents_read_again,
    ),
    (
        "DssLibraryFolder::get_file",
        "as DssLibraryFolder::get_child",
        with_contents_read_again,
    ),
    (
        "DssLibraryFolder::get_folder",
        "as DssLibraryFolder::get_child",
        with_contents_read_again,
    ),
];

/// The first `n` requests.
fn first(mut requests: Vec<Value>, n: usize) -> Vec<Value> {
    requests.truncate(n);
    requests
}

/// The requests but those at these indices.
fn without(requests: Vec<Value>, drop: &[usize]) -> Vec<Value> {
    requests
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !drop.contains(i))
        .map(|(_, r)| r)
        .collect()
}

/// The requests with `//` in their paths made `/`.
fn one_slash(mut requests: Vec<Value>) -> Vec<Value> {
    for r in &mut requests {
        if let Some(p) = r["path"].as_str() {
            r["path"] = Value::from(p.replace("//", "/"));
        }
    }
    requests
}

/// The requests, and the library's tree read once more (the first request
/// read it when the object was made).
fn with_contents_read_again(mut requests: Vec<Value>) -> Vec<Value> {
    if let Some(tree) = requests.first().cloned() {
        requests.insert(1, tree);
    }
    requests
}

fn discussions(c: &DssClient) -> dss_api::DssObjectDiscussions {
    c.get_object_discussions("PKEY", "DATASET", "ds1")
}

fn listed_discussion(c: &DssClient) -> anyhow::Result<dss_api::DssDiscussion> {
    let listed = discussions(c).list_discussions().send()?;
    listed
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("no discussion listed"))
}

fn endpoint(c: &DssClient) -> dss_api::DssStreamingEndpoint {
    c.get_project("PKEY").get_streaming_endpoint("se1")
}

fn worksheet(c: &DssClient) -> dss_api::DssStatisticsWorksheet {
    c.get_project("PKEY").get_dataset("ds1").get_statistics_worksheet("ws1")
}

/// The file the cases use, found in the library's tree as dataikuapi finds it.
fn library_file(c: &DssClient) -> anyhow::Result<dss_api::DssLibraryFile> {
    let f = c
        .get_project("PKEY")
        .get_library()
        .get_file("/python/utils.py")
        .send()?;
    f.ok_or_else(|| anyhow::anyhow!("no /python/utils.py in the library"))
}

/// The folder the cases use, found in the library's tree.
fn library_folder(c: &DssClient) -> anyhow::Result<dss_api::DssLibraryFolder> {
    let f = c.get_project("PKEY").get_library().get_folder("/python").send()?;
    f.ok_or_else(|| anyhow::anyhow!("no /python in the library"))
}

/// Whether cases.rs leaves this recorded case to this file.
pub fn replays(case: &str) -> bool {
    TABLE.iter().any(|(name, _)| *name == case)
}

#[test]
fn hand_written_calls_are_sent_as_dataikuapi_sends_them() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let (mut same, mut instead) = (0, 0);
    for (case, f) in TABLE {
        let Some(call) = calls.iter().find(|c| c["case"] == *case) else {
            failures.push(format!("{case}: in the table but not recorded"));
            continue;
        };
        // The requests that made the object, then the call's.
        let mut expected = expected_requests(call);
        let different = DIFFERENT.iter().find(|(c, _, _)| c == case);
        if let Some((_, _, adjust)) = different {
            expected = adjust(expected);
        }
        match (replay_call(call, &expected, *f), different.is_some()) {
            (Ok(()), false) => same += 1,
            (Ok(()), true) => instead += 1,
            (Err(failure), _) => failures.push(failure),
        }
    }
    for (case, _, _) in DIFFERENT {
        if !replays(case) {
            failures.push(format!("{case}: in DIFFERENT but not in the table"));
        }
    }
    report(&format!(
        "content flows: {same} hand-written calls sent as dataikuapi sends them, {instead} sent otherwise on purpose (see DIFFERENT)"
    ));
    for (case, why, _) in DIFFERENT {
        report(&format!("  different: {case}: {why}"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
