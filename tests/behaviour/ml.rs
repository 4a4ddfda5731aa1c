//! Machine learning on the mock: the waits of an ML task (guess, training,
//! a failed model, the deadline), `train` taking its session's models,
//! the typed status and saved model versions, a saved model's active
//! version and origin ML task, and a dataset's analyses; each stub's hits
//! asserted, with what was sent.

use std::time::Duration;

use dss_api::mock::{Answer, MockDss, Stub};
use dss_api::{Error, WaitOptions};
use serde_json::json;

type R = Result<(), Error>;

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(2))
        .max_interval(Duration::from_millis(10))
}

#[test]
fn a_created_task_waits_for_its_guess_and_reports_progress() -> R {
    let mock = MockDss::start()?;
    let project = mock.get_project("P");
    let create = project
        .create_prediction_ml_task("orders", "churned")
        .returns(json!({"analysisId": "an1", "mlTaskId": "mt1"}))?;
    let status = project.get_ml_task("an1", "mt1").get_status().answers_in_turn([
        Answer::json(json!({"guessing": true})),
        Answer::json(json!({"guessing": true, "training": false})),
        Answer::json(json!({"guessing": false, "training": false, "fullModelIds": [], "futureMember": 1})),
    ])?;

    let task = project.create_prediction_ml_task("orders", "churned").send()?;
    assert_eq!((task.analysis_id(), task.mltask_id()), ("an1", "mt1"));
    let mut seen = Vec::new();
    let last = task
        .wait_guess_complete()
        .wait_options(fast().on_progress(|p| seen.push((p.kind, p.id.to_owned(), p.state.to_owned()))))
        .send()?;
    assert_eq!(last.guessing, Some(false));
    assert!(last.full_model_ids.is_empty());
    assert!(last.extra.contains_key("futureMember"));
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0], ("ML task guess", "an1/mt1".to_owned(), "GUESSING".to_owned()));

    create.assert_calls(1);
    let body = create.calls()[0].json().unwrap();
    assert_eq!(
        body,
        json!({"inputDataset": "orders", "taskType": "PREDICTION", "targetVariable": "churned",
               "backendType": "PY_MEMORY", "guessPolicy": "DEFAULT"})
    );
    status.assert_calls(3);
    Ok(())
}

#[test]
fn train_waits_and_answers_the_models_of_its_session() -> R {
    let mock = MockDss::start()?;
    let task = mock.get_project("P").get_ml_task("an1", "mt1");
    let start = task.start_train().returns(json!({"sessionId": "s2"}))?;
    let status = task.get_status().answers_in_turn([
        Answer::json(json!({"guessing": false, "training": true})),
        Answer::json(json!({"guessing": false, "training": false, "fullModelIds": [
            {"id": "A-P-an1-mt1-s1-pp1-m1", "fullModelId": {"sessionId": "s1"}},
            {"id": "A-P-an1-mt1-s2-pp1-m1", "fullModelId": {"sessionId": "s2"}},
            {"id": "A-P-an1-mt1-s2-pp1-m2", "fullModelId": {"sessionId": "s2"}},
        ]})),
    ])?;

    let ids = task.train().wait_options(fast()).send()?;
    assert_eq!(ids, ["A-P-an1-mt1-s2-pp1-m1", "A-P-an1-mt1-s2-pp1-m2"]);
    // The status read again: every session, or one.
    assert_eq!(task.get_trained_models_ids(None).send()?.len(), 3);
    assert_eq!(
        task.get_trained_models_ids(Some("s1")).send()?,
        ["A-P-an1-mt1-s1-pp1-m1"]
    );

    start.assert_calls(1);
    assert_eq!(
        start.calls()[0].json(),
        Some(json!({"sessionName": null, "sessionDescription": null, "runQueue": false}))
    );
    status.assert_calls(4);
    Ok(())
}

#[test]
fn a_failed_model_is_an_error_naming_the_task_unless_no_fail() -> R {
    let mock = MockDss::start()?;
    let task = mock.get_project("P").get_ml_task("an1", "mt1");
    let ended = json!({"guessing": false, "training": false, "fullModelIds": [
        {"id": "m1", "trainInfo": {"state": "DONE"}},
        {"id": "m2", "trainInfo": {"state": "FAILED"}},
    ]});
    let status = task.get_status().returns(ended)?;

    let err = task.wait_train_complete().wait_options(fast()).send().unwrap_err();
    match &err {
        Error::RunFailed {
            kind,
            id,
            outcome,
            details,
        } => {
            assert_eq!((*kind, id.as_str()), ("ML task training", "an1/mt1"));
            assert_eq!(outcome, "FAILED (model m2)");
            assert_eq!(details["fullModelIds"][1]["id"], "m2");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("an1/mt1"), "{err}");
    let last = task.wait_train_complete().no_fail(true).wait_options(fast()).send()?;
    assert_eq!(last.full_model_ids.len(), 2);
    status.assert_calls(2);
    Ok(())
}

#[test]
fn a_guess_past_its_deadline_is_left_running() -> R {
    let mock = MockDss::start()?;
    let task = mock.get_project("P").get_ml_task("an1", "mt1");
    let status = task.get_status().returns(json!({"guessing": true}))?;

    let err = task
        .wait_guess_complete()
        .wait_options(fast().deadline(Duration::from_millis(400)))
        .send()
        .unwrap_err();
    assert!(
        matches!(&err, Error::WaitTimeout { kind: "ML task guess", id, .. } if id == "an1/mt1"),
        "{err:?}"
    );
    assert!(status.calls().len() >= 2);
    Ok(())
}

#[test]
fn an_ensemble_of_nothing_is_refused_before_sending() -> R {
    let mock = MockDss::start()?;
    let task = mock.get_project("P").get_ml_task("an1", "mt1");
    let start = task.start_ensembling(["m1"], "AVERAGE").returns("m3")?;

    let err = task.ensemble(&[], "AVERAGE").send().unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "model_ids", .. }),
        "{err:?}"
    );
    let err = task.ensemble(&["m1"], "MEAN").send().unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { name: "method", .. }), "{err:?}");
    start.assert_calls(0);
    Ok(())
}

#[test]
fn saved_model_versions_are_typed_and_the_active_one_found() -> R {
    let mock = MockDss::start()?;
    let model = mock.get_project("P").get_saved_model("sm1");
    let versions = model.list_versions().returns(json!([
        {"id": "v1", "active": false, "snippet": {"r2": 0.5}},
        {"id": "v2", "active": true, "snippet": {"r2": 0.7}, "trainDate": 1},
    ]))?;
    let settings = model
        .get_settings()
        .returns(json!({"id": "sm1", "lastExportedFrom": "A-P-an1-mt1-s1-pp1-m1"}))?;

    let all = model.list_versions().send()?;
    assert_eq!(all.len(), 2);
    assert!(!all[0].active);
    let active = model.get_active_version().send()?.expect("an active version");
    assert_eq!(active.id, "v2");
    assert_eq!(active.snippet.as_ref().unwrap()["r2"], 0.7);
    assert!(active.extra.contains_key("trainDate"));
    let origin = model.get_origin_ml_task().send()?.expect("an origin");
    assert_eq!(
        (origin.project_key(), origin.analysis_id(), origin.mltask_id()),
        ("P", "an1", "mt1")
    );

    versions.assert_calls(2);
    settings.assert_calls(1);
    Ok(())
}

#[test]
fn a_saved_model_from_no_ml_task_has_no_origin() -> R {
    let mock = MockDss::start()?;
    let model = mock.get_project("P").get_saved_model("sm1");
    let settings = model.get_settings().returns(json!({"id": "sm1"}))?;
    assert!(model.get_origin_ml_task().send()?.is_none());
    settings.assert_calls(1);
    Ok(())
}

#[test]
fn a_dataset_deletes_its_own_analyses_only() -> R {
    let mock = MockDss::start()?;
    let project = mock.get_project("P");
    let list = project.list_analyses().returns(json!([
        {"analysisId": "an1", "inputDataset": "orders"},
        {"analysisId": "an2", "inputDataset": "customers"},
        {"analysisId": "an3", "inputDataset": "orders"},
    ]))?;
    let an1 = project.get_analysis("an1").delete().returns(())?;
    let an2 = project.get_analysis("an2").delete().returns(())?;
    let an3 = project.get_analysis("an3").delete().returns(())?;

    let dataset = project.get_dataset("orders");
    assert_eq!(dataset.list_analyses().send()?.len(), 2);
    dataset.delete_analyses().send()?;

    list.assert_calls(2);
    an1.assert_calls(1);
    an2.assert_calls(0);
    an3.assert_calls(1);
    Ok(())
}
