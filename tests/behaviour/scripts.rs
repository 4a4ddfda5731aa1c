//! What a user's test of waits looks like: builds, recipe runs, jobs and
//! tasks scripted at the level of the call (end state, number of polls,
//! result or error), with no JSON written by hand, each stub asserted.

use std::time::Duration;

use dss_api::mock::{MockDss, Stub};
use dss_api::{Error, JobState, WaitOptions};
use serde_json::json;

type R = Result<(), Error>;

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(20))
}

#[test]
fn a_build_that_succeeds_after_three_polls() -> R {
    let mock = MockDss::start()?;
    let dataset = mock.get_project("SALES").get_dataset("orders");
    let stubs = dataset.build().ends_after(3, "DONE")?;

    let job = dataset.build().wait_options(fast()).send()?;
    assert_eq!(job.id(), stubs.job_id);
    let status = job.get_status().send()?;
    assert_eq!(status.state(), JobState::Done);
    let mut log = String::new();
    std::io::Read::read_to_string(&mut job.get_log().send()?, &mut log).unwrap();
    assert!(log.contains("ended DONE"), "{log}");

    stubs.start.assert_calls(1);
    let definition = stubs.start.calls()[0].json().unwrap();
    assert_eq!(definition["type"], "NON_RECURSIVE_FORCED_BUILD");
    assert_eq!(definition["outputs"][0]["id"], "orders");
    // Three polls running, the fourth ended, then the test's own read.
    stubs.status.assert_calls(5);
    stubs.log.assert_calls(1);
    assert!(stubs.graph.is_none());
    Ok(())
}

#[test]
fn a_failed_build_is_an_error_naming_the_job_unless_no_fail() -> R {
    let mock = MockDss::start()?;
    let dataset = mock.get_project("SALES").get_dataset("orders");
    let stubs = dataset.build().job_type("RECURSIVE_BUILD").ends_after(1, "FAILED")?;

    let err = dataset
        .build()
        .job_type("RECURSIVE_BUILD")
        .wait_options(fast())
        .send()
        .unwrap_err();
    match &err {
        Error::RunFailed { kind, id, outcome, .. } => {
            assert_eq!(
                (*kind, id.as_str(), outcome.as_str()),
                ("job", stubs.job_id.as_str(), "FAILED")
            );
        }
        other => panic!("{other:?}"),
    }
    let job = dataset
        .build()
        .job_type("RECURSIVE_BUILD")
        .no_fail(true)
        .wait_options(fast())
        .send()?;
    assert_eq!(job.id(), stubs.job_id);
    stubs.start.assert_calls(2);
    assert_eq!(stubs.start.calls()[0].json().unwrap()["type"], "RECURSIVE_BUILD");
    Ok(())
}

#[test]
fn a_recipe_run_is_scripted_with_its_flow_graph() -> R {
    let mock = MockDss::start()?;
    let recipe = mock.get_project("SALES").get_recipe("compute_totals");
    let stubs = recipe.run().ends_after(2, "DONE")?;

    let job = recipe.run().wait_options(fast()).send()?;
    assert_eq!(job.id(), stubs.job_id);
    stubs.graph.as_ref().unwrap().assert_calls(1);
    let definition = stubs.start.calls()[0].json().unwrap();
    assert_eq!(definition["outputs"][0]["id"], "compute_totals_output");
    stubs.status.assert_calls(3);
    Ok(())
}

#[test]
fn a_job_definition_started_and_waited_for() -> R {
    let mock = MockDss::start()?;
    let project = mock.get_project("SALES");
    let builder = project.new_job().with_output("orders", None, None, None);
    let stubs = project.start_job(builder.get_definition()).ends_after(0, "ABORTED")?;
    let job = builder.start().send()?;
    let status = job.wait().no_fail(true).wait_options(fast()).send()?;
    assert_eq!(status.state(), JobState::Aborted);
    stubs.start.assert_calls(1);
    stubs.status.assert_calls(1);
    Ok(())
}

#[test]
fn tasks_end_with_a_result_or_an_error() -> R {
    let mock = MockDss::start()?;
    // A method that starts a task.
    let install = mock
        .install_plugin_from_store("geo")
        .task_finishes_after(2, json!({"installed": true}))?;
    let mut task = mock.install_plugin_from_store("geo").send()?;
    assert_eq!(task.job_id(), install.job_id);
    assert_eq!(task.wait().wait_options(fast()).send()?, json!({"installed": true}));
    install.start.assert_calls(1);
    install.polls.assert_calls(3);

    // The same, failing.
    let failing = mock.install_plugin_from_store("broken").task_fails_after(
        1,
        "com.dataiku.dip.exceptions.CodedException",
        "no such plugin in the store",
    )?;
    match mock
        .install_plugin_from_store("broken")
        .send()?
        .wait()
        .wait_options(fast())
        .send()
        .unwrap_err()
    {
        Error::TaskFailed { job_id, message, .. } => {
            assert_eq!(job_id, failing.job_id);
            assert_eq!(
                message,
                "com.dataiku.dip.exceptions.CodedException: no such plugin in the store"
            );
        }
        other => panic!("{other:?}"),
    }

    // A task polled by hand.
    let polls = mock.get_future("t-1").get_state().finishes_after(1, json!(42))?;
    assert_eq!(mock.get_future("t-1").wait().wait_options(fast()).send()?, json!(42));
    polls.assert_calls(2);
    Ok(())
}

#[test]
fn a_build_answers_its_final_status_without_another_call() -> R {
    let mock = MockDss::start()?;
    let dataset = mock.get_project("SALES").get_dataset("orders");
    let stubs = dataset.build().ends_after(1, "DONE")?;
    let job = dataset.build().wait_options(fast()).send()?;
    assert_eq!(job.last_status().map(|s| s.state()), Some(JobState::Done));
    // The two polls of the wait, and nothing after.
    stubs.status.assert_calls(2);
    // Not waited for: no status known.
    assert!(mock.get_project("SALES").get_job("other").last_status().is_none());
    Ok(())
}

#[test]
fn an_upload_from_a_cursor_has_its_length() -> R {
    let mock = MockDss::start()?;
    let mut cursor = std::io::Cursor::new(b"..hello".to_vec());
    cursor.set_position(2);
    let put = mock.get_plugin("p").put_file("f.bin", Vec::new()).returns(())?;
    // The stub matches the request as sent: a raw body matches any bytes.
    mock.get_plugin("p").put_file("f.bin", cursor).send()?;
    put.assert_calls(1);
    let call = &put.calls()[0];
    assert_eq!(call.body(), b"hello");
    assert_eq!(call.header("content-length"), Some("5"));
    assert_eq!(call.header("transfer-encoding"), None);
    Ok(())
}
