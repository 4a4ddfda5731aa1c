//! A tour of dss-api: a small batch job, as you would write it against DSS.
//!
//! ```text
//! cargo run -p dss-api-examples --example tour
//! RUST_LOG=dss_api=debug cargo run -p dss-api-examples --example tour   # one log line per request
//! ```
//!
//! Without DSS credentials (`DKU_DSS_URL` + `DKU_API_KEY`, or
//! `~/.dataiku/config.json`: see `DssClient::from_env`), it starts the
//! embedded mock DSS (`dss_api::mock`), scripts what the job will meet
//! there, and runs the whole job against it: create a project, upload a
//! file to a managed folder, run a scenario and wait for it, stream a
//! dataset's rows, export a bundle to a file with a progress bar, and read
//! an error. With credentials it only reads: nothing is created or changed
//! on a real DSS.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::ensure;
use dss_api::mock::{MockDss, Stub};
use dss_api::{DssClient, Error, WaitOptions};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

/// The size of the bundle archive the mock serves: large enough for the
/// progress bar to move.
const BUNDLE_BYTES: usize = 50 << 20;

fn main() -> anyhow::Result<()> {
    env_logger::init();
    match DssClient::from_env() {
        Ok(client) => read_only_tour(&client),
        Err(why) => {
            println!("No DSS credentials ({why}).");
            println!("Running the tour against the embedded mock DSS (dss_api::mock) instead.\n");
            mock_tour()
        }
    }
}

/// The batch job, against a mock DSS scripted for it.
fn mock_tour() -> anyhow::Result<()> {
    let mock = MockDss::start()?;
    println!("mock DSS listening at {}", mock.url());

    // What the job will meet on this "DSS": each stub is the very request
    // the job sends, with the answer DSS would give.
    let created = mock
        .create_project("TOUR", "Tour of dss-api", "admin")
        .description("made by the tour")
        .returns(json!({"projectKey": "TOUR"}))?;
    let inputs = mock.managed_folder("TOUR", "inputs")?;
    let scenario_run = mock
        .get_project("TOUR")
        .get_scenario("build_all")
        .run()
        .ends_after(6, "SUCCESS")?;
    let rows = mock
        .get_project("TOUR")
        .get_dataset("orders")
        .iter_rows()
        .returns_rows(
            &[("id", "bigint"), ("customer", "string"), ("total", "double")],
            (1..=5).map(|i| vec![json!(i), json!(format!("customer {i}")), json!(f64::from(i) * 12.5)]),
        )?;
    let exported = mock
        .get_project("TOUR")
        .export_bundle("v1")
        .returns(json!({"bundleId": "v1"}))?;
    let archive: Vec<u8> = (0..BUNDLE_BYTES).map(|i| (i.wrapping_mul(31) >> 3) as u8).collect();
    let download = mock
        .get_project("TOUR")
        .download_exported_bundle_archive_to_file("v1", "bundle.zip")
        .returns_bytes(archive)?;
    let missing = mock.get_project("MISSING").get_metadata().fails(
        404,
        "com.dataiku.dip.exceptions.UnknownObjectException",
        "Project MISSING does not exist",
    )?;

    // The job itself: nothing below knows it talks to a mock.
    run_job(mock.client())?;

    // And the mock says what it was asked.
    created.assert_calls(1);
    ensure!(inputs.file("raw/orders.csv").is_some(), "the upload did not arrive");
    scenario_run.run.assert_calls(1);
    rows.schema.assert_calls(1);
    rows.stream.assert_calls(1);
    rows.finish.assert_calls(1);
    exported.assert_calls(1);
    download.assert_calls(1);
    missing.assert_calls(1);
    println!("\nWhat the mock was asked (each stub is the request value the job sends):");
    let stubs = [
        &created,
        inputs.uploads(),
        inputs.listings(),
        &scenario_run.run,
        &scenario_run.run_for_trigger,
        &rows.stream,
        &rows.schema,
        &rows.finish,
        &exported,
        &download,
        &missing,
    ];
    for stub in stubs {
        println!("   {:>2} x {}", stub.call_count(), stub.request());
    }
    Ok(())
}

/// A batch job, written against any DSS.
fn run_job(client: &DssClient) -> anyhow::Result<()> {
    println!("\n1. create a project");
    let project = client
        .create_project("TOUR", "Tour of dss-api", "admin")
        .description("made by the tour")
        .send()?;
    println!("   created {}", project.project_key());

    println!("2. upload a file to its managed folder");
    let folder = project.get_managed_folder("inputs");
    let csv = b"id,customer,total\n1,customer 1,12.5\n2,customer 2,25.0\n".to_vec();
    let item = folder.put_file("raw/orders.csv", csv).send()?;
    println!("   wrote {} ({} bytes)", item.path, item.size.unwrap_or(0));
    for item in folder.list_contents().send()? {
        println!("   the folder holds {}", item.path);
    }

    println!("3. run a scenario and wait for it");
    let started = Instant::now();
    let run = project
        .get_scenario("build_all")
        .run_and_wait()
        .wait_options(
            WaitOptions::new()
                .first_interval(Duration::from_millis(150))
                .max_interval(Duration::from_millis(400))
                .on_progress(|p| {
                    // One line updated in place on a terminal; one line per
                    // poll in a log or a pipe.
                    if std::io::stdout().is_terminal() {
                        print!(
                            "\r   {} {}: {} (poll {}, {:.1?})   ",
                            p.kind, p.id, p.state, p.polls, p.elapsed
                        );
                        let _ = std::io::stdout().flush();
                    } else {
                        println!(
                            "   {} {}: {} (poll {}, {:.1?})",
                            p.kind, p.id, p.state, p.polls, p.elapsed
                        );
                    }
                }),
        )
        .send()?;
    let ended = format!(
        "   scenario run {} ended {} after {:.1?}",
        run.run_id(),
        run.outcome().map(|o| o.to_string()).unwrap_or_default(),
        started.elapsed()
    );
    if std::io::stdout().is_terminal() {
        // Over the progress line, blanking what is left of it.
        println!("\r{ended:<80}");
    } else {
        println!("{ended}");
    }

    println!("4. stream a dataset's rows");
    let rows = project.get_dataset("orders").iter_rows().send()?;
    let names: Vec<&str> = rows.columns().iter().map(|c| c.name.as_str()).collect();
    println!("   columns {names:?}");
    let mut total = 0.0;
    for row in rows {
        // Each row is typed by the schema; a stream cut short, or a failed
        // check at the end, is an error here, never missing rows.
        let row = row?;
        total += row[2].as_f64().unwrap_or(0.0);
        println!("   {row:?}");
    }
    println!("   sum of totals: {total}");

    println!("5. export a bundle and download it to a file");
    project.export_bundle("v1").send()?;
    let path = std::env::temp_dir().join(format!("dss-api-tour-bundle-{}.zip", std::process::id()));
    let bar = ProgressBar::new(0).with_style(
        ProgressStyle::with_template("   {bar:40} {bytes}/{total_bytes} {bytes_per_sec}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let shown = bar.clone();
    let terminal = std::io::stdout().is_terminal();
    let quarters_told = std::sync::atomic::AtomicU64::new(0);
    let started = Instant::now();
    let written = project
        .download_exported_bundle_archive_to_file("v1", &path)
        .on_progress(move |p| {
            if let Some(total) = p.total {
                shown.set_length(total);
                // Not a terminal: a plain line at each quarter instead of a bar.
                let quarters = (p.done * 4).checked_div(total).unwrap_or(4);
                if !terminal && quarters > quarters_told.load(std::sync::atomic::Ordering::Relaxed) {
                    quarters_told.store(quarters, std::sync::atomic::Ordering::Relaxed);
                    println!("   {} of {} MiB", p.done >> 20, total >> 20);
                }
            }
            shown.set_position(p.done);
        })
        .send()?;
    bar.finish_and_clear();
    println!(
        "   saved {} MiB to {} in {:.1?}",
        written >> 20,
        path.display(),
        started.elapsed()
    );
    std::fs::remove_file(&path)?;

    println!("6. read an error");
    match client.get_project("MISSING").get_metadata().send() {
        Err(Error::Api(e)) if e.status() == 404 => println!(
            "   {} {}: {} (error type {})",
            e.status(),
            e.endpoint(),
            e.message().unwrap_or_default(),
            e.error_type().unwrap_or_default()
        ),
        Err(e) => return Err(e.into()),
        Ok(_) => anyhow::bail!("MISSING exists"),
    }
    Ok(())
}

/// Against a real DSS: reads only.
fn read_only_tour(client: &DssClient) -> anyhow::Result<()> {
    println!("Using the DSS at {} (reading only).\n", client.host());
    let info = client.get_instance_info().send()?;
    println!(
        "node {} ({}), DSS {}",
        info.node_name.as_deref().unwrap_or("?"),
        info.node_type.as_deref().unwrap_or("?"),
        info.dss_version.as_deref().unwrap_or("?")
    );
    let keys = client.list_project_keys().send()?;
    println!("{} projects, first ones: {:?}", keys.len(), &keys[..keys.len().min(5)]);
    match client.list_plugins().send() {
        Ok(plugins) => println!("{} plugins installed", plugins.len()),
        Err(e) => println!("plugins: {e}"),
    }
    match client.list_futures().send() {
        Ok(tasks) => println!("{} long tasks running", tasks.len()),
        Err(e) => println!("tasks: {e}"),
    }
    Ok(())
}
