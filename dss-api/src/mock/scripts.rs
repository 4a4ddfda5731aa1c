//! Scripts for the calls made of several requests: tasks done after some
//! polls, scenario runs, row streams.

#[allow(unused_imports)]
use super::*;

/// A fresh id for what a script makes up (query ids, trigger fires, runs).
pub(super) fn next_id(kind: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("mock-{kind}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Milliseconds since the Unix epoch.
pub(super) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl FutureGetState<'_> {
    /// Scripts a long task (`GET /futures/{job_id}`, as waits poll it): the
    /// first `polls` polls answer that it runs (`alive`, no result, a
    /// `progress`), every later one that it ended with `result`.
    pub fn finishes_after(self, polls: usize, result: Value) -> Result<Stubbed> {
        let job_id = self.__owner.job_id.clone();
        let done = Answer::json(json!({"jobId": job_id, "alive": false, "hasResult": true, "result": result}));
        self.answers_in_turn(running(&job_id, polls).chain([done]))
    }

    /// Scripts a long task that fails: the first `polls` polls answer that
    /// it runs, every later one that it stopped without a result, with
    /// DSS's exception (`error_type`, `message`). A wait on it is
    /// [`Error::TaskFailed`](crate::Error::TaskFailed) saying
    /// `error_type: message`.
    pub fn fails_after(self, polls: usize, error_type: &str, message: &str) -> Result<Stubbed> {
        let job_id = self.__owner.job_id.clone();
        let failed = Answer::json(json!({
            "jobId": job_id,
            "alive": false,
            "hasResult": false,
            "exception": {"clazz": error_type, "message": message},
        }));
        self.answers_in_turn(running(&job_id, polls).chain([failed]))
    }
}

/// The state of a task still running, for each of `polls` polls.
fn running(job_id: &str, polls: usize) -> impl Iterator<Item = Answer> + '_ {
    (0..polls).map(move |i| {
        Answer::json(json!({
            "jobId": job_id,
            "alive": true,
            "hasResult": false,
            "progress": {"states": [{"name": "running", "target": polls, "cur": i}]},
        }))
    })
}

/// The stubs of a scripted task ([`Stub::task_finishes_after`],
/// [`Stub::task_fails_after`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct TaskStubs {
    /// The request that starts the task: answers the task, not done yet.
    pub start: Stubbed,
    /// `GET /futures/{job_id}`: running, then ended.
    pub polls: Stubbed,
    /// The id the task was given.
    pub job_id: String,
}

/// Scripts the task a request starts: its answer is a new task, not done,
/// which the polls then follow (see [`Stub::task_finishes_after`]).
pub(super) fn task_script(
    request: Described,
    end: impl FnOnce(FutureGetState<'_>) -> Result<Stubbed>,
) -> Result<TaskStubs> {
    let job_id = next_id("task");
    let client = request.client.clone();
    let start = register_described(
        request,
        Box::new({
            let answer = Answer::json(json!({"jobId": job_id, "alive": true, "hasResult": false}));
            move |_| answer.clone()
        }),
    )?;
    let future = client.get_future(job_id.as_str());
    let polls = end(future.get_state())?;
    Ok(TaskStubs { start, polls, job_id })
}

/// The stubs of a scripted scenario run ([`ScenarioRun::ends_after`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct ScenarioRunStubs {
    /// `POST .../scenarios/{id}/run`: answers the trigger fire.
    pub run: Stubbed,
    /// `GET .../get-run-for-trigger`: the run, going then ended.
    pub run_for_trigger: Stubbed,
    /// `GET .../scenarios/trigger/{id}/manual`: the fire read again (not
    /// cancelled).
    pub trigger_fire: Stubbed,
    /// `GET .../scenarios/{id}/{run_id}/`: the run's details, ended.
    pub details: Stubbed,
    /// The id of the trigger fire.
    pub fire_id: String,
    /// The id of the run.
    pub run_id: String,
}

impl ScenarioRun<'_> {
    /// Scripts a scenario run asked with this request (its parameters
    /// included), as DSS goes through it: `run` answers a trigger fire
    /// (trigger `manual`), the fire's run is `RUNNING` for the first
    /// `polls` polls of `get-run-for-trigger`, then ended with `outcome`
    /// (`SUCCESS`, `WARNING`, `FAILED`, `ABORTED`); reading the fire again
    /// finds it not cancelled; the run's details are the ended run. This is
    /// what `run_and_wait`, `wait_for_scenario_run` and
    /// `wait_for_completion` read.
    pub fn ends_after(self, polls: usize, outcome: &str) -> Result<ScenarioRunStubs> {
        let scenario = self.__owner.clone();
        let (key, id) = (scenario.project_key.clone(), scenario.id.clone());
        let fire_id = next_id("fire");
        let run_id = next_id("run");
        let start = now_ms();
        let fire = json!({
            "runId": fire_id,
            "trigger": {"id": "manual", "type": "manual", "name": "Asked through the API"},
            "scenarioId": id,
            "projectKey": key,
            "cancelled": false,
            "timestamp": start,
        });
        let run_info = |ended: bool| {
            let mut run = json!({
                "runId": run_id,
                "scenario": {"projectKey": key, "id": id},
                "trigger": {"runId": fire_id, "trigger": {"id": "manual", "type": "manual"}, "cancelled": false},
                "start": start,
                "end": 0,
            });
            if ended {
                run["end"] = json!(start + 1000);
                run["result"] = json!({"outcome": outcome, "type": "SCENARIO_DONE"});
            }
            json!({"scenarioRun": run, "stepRuns": []})
        };
        let going = (0..polls).map(|_| Answer::json(run_info(false)));
        let ended = Answer::json(run_info(true));
        let run = self.returns_json(fire.clone())?;
        let run_for_trigger = scenario
            .get_run_for_trigger("manual", fire_id.as_str())
            .answers_in_turn(going.chain([ended.clone()]))?;
        let trigger_fire = scenario
            .get_trigger_fire("manual", fire_id.as_str())
            .returns_json(fire)?;
        let details = scenario.get_run(run_id.as_str()).answers(ended)?;
        Ok(ScenarioRunStubs {
            run,
            run_for_trigger,
            trigger_fire,
            details,
            fire_id,
            run_id,
        })
    }
}

/// The stubs of a scripted query ([`SqlQuery::returns_rows`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct RowsStubs {
    /// `POST /sql/queries/`: answers the query id and the schema.
    pub start: Stubbed,
    /// `GET /sql/queries/{id}/stream`: the rows.
    pub stream: Stubbed,
    /// `GET /sql/queries/{id}/finish-streaming`: the check at the end.
    pub finish: Stubbed,
    /// The query id.
    pub query_id: String,
}

impl SqlQuery<'_> {
    /// Scripts this query (its text and options as set) and its result:
    /// starting it answers a query id and `columns` (name, DSS type:
    /// `bigint`, `string`, ...); its stream holds `rows` in DSS's TSV
    /// (JSON strings, numbers and booleans as text, `null` as an empty
    /// field); the check that ends the stream succeeds. This is what
    /// `iter_rows` reads.
    pub fn returns_rows(
        self,
        columns: &[(&str, &str)],
        rows: impl IntoIterator<Item = Vec<Value>>,
    ) -> Result<RowsStubs> {
        let client = self.__owner.clone();
        let query_id = next_id("query");
        let schema: Vec<Value> = columns.iter().map(|(n, t)| json!({"name": n, "type": t})).collect();
        let start = self.returns_json(json!({"queryId": query_id, "schema": schema}))?;
        let query = DssSqlQuery {
            client,
            query_id: query_id.clone(),
            schema: Vec::new(),
        };
        let stream = query.raw_rows().returns_bytes(tsv(rows))?;
        let finish = query.verify().returns(())?;
        Ok(RowsStubs {
            start,
            stream,
            finish,
            query_id,
        })
    }
}

/// The stubs of a scripted dataset read ([`DatasetIterRows::returns_rows`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct DatasetRowsStubs {
    /// `GET .../datasets/{name}/schema`: the columns.
    pub schema: Stubbed,
    /// `GET .../datasets/{name}/data/`: the rows, whatever the read's
    /// session id.
    pub stream: Stubbed,
    /// `GET .../datasets/{name}/finish-streaming/`: succeeds for a read
    /// session the stream was opened with, and answers 404 for any other.
    pub finish: Stubbed,
}

impl DatasetIterRows<'_> {
    /// Scripts a read of the dataset's rows as this request value asks for
    /// them (its partitions and columns as set): the schema has `columns`
    /// (name, DSS type), the data stream holds `rows` in DSS's TSV (as
    /// [`SqlQuery::returns_rows`] writes them), and the check that ends
    /// the read succeeds for the read session the stream was opened with
    /// (each read makes up its own id, so the stream answers any). This is
    /// what `iter_rows().send()` reads.
    pub fn returns_rows(
        self,
        columns: &[(&str, &str)],
        rows: impl IntoIterator<Item = Vec<Value>>,
    ) -> Result<DatasetRowsStubs> {
        let dataset = self.dataset;
        let schema: Vec<Value> = columns.iter().map(|(n, t)| json!({"name": n, "type": t})).collect();
        let schema = dataset.get_schema().returns_json(json!({"columns": schema}))?;
        let mut raw = dataset.raw_rows();
        if let Some(p) = self.partitions {
            raw = raw.partitions(p);
        }
        if let Some(c) = self.columns {
            raw = raw.columns(c);
        }
        let raw = raw.described(false)?;
        let registry = registry_of(&raw)?;
        let sessions: Arc<Mutex<Vec<String>>> = Arc::default();
        let opened = sessions.clone();
        let body = Answer::bytes(tsv(rows));
        let stream = registry.register(
            Some(&crate::api::generated::endpoints::DATASET_ITER_ROWS),
            Route::of(&raw).varying("readSessionId"),
            Box::new(move |req| {
                if let Some(id) = req.query_param("readSessionId") {
                    lock(&opened).push(id.to_owned());
                }
                body.clone()
            }),
        );
        let finish = dataset.finish_streaming("any").described(false)?;
        let finish = registry.register(
            Some(&crate::api::generated::endpoints::DATASET_ITER_ROWS),
            Route::of(&finish).varying("readSessionId"),
            Box::new(move |req| {
                let id = req.query_param("readSessionId").unwrap_or_default();
                if lock(&sessions).iter().any(|s| s == id) {
                    Answer::empty()
                } else {
                    Answer::error(
                        404,
                        "com.dataiku.dip.exceptions.UnknownObjectException",
                        &format!("no read session {id}"),
                    )
                }
            }),
        );
        Ok(DatasetRowsStubs { schema, stream, finish })
    }
}

/// The stubs of a scripted job ([`ProjectStartJob::ends_after`],
/// [`JobRun::ends_after`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct JobStubs {
    /// `POST /projects/{key}/jobs/` with the job's definition: answers the
    /// job's id.
    pub start: Stubbed,
    /// `GET /projects/{key}/jobs/{id}/`: `RUNNING`, then the final state.
    pub status: Stubbed,
    /// `GET /projects/{key}/jobs/{id}/log`: the job's log.
    pub log: Stubbed,
    /// `GET /projects/{key}/flow/graph/`, for a recipe's run: the recipe and
    /// the dataset it builds.
    pub graph: Option<Stubbed>,
    /// The id the job was given.
    pub job_id: String,
}

impl ProjectStartJob<'_> {
    /// Scripts a job started with this definition, as DSS goes through it:
    /// the start answers a job id; the job's status is `RUNNING` for the
    /// first `polls` polls, then `state` (`DONE`, `FAILED`, `ABORTED`),
    /// with start and end times; its log says how it went. This is what
    /// `start_job`, `JobDefinitionBuilder::start`, `start_and_wait` and
    /// `DssJob::wait` read.
    pub fn ends_after(self, polls: usize, state: &str) -> Result<JobStubs> {
        let project = self.__owner.clone();
        let outputs = self.definition.get("outputs").cloned().unwrap_or(Value::Null);
        let job_id = next_id("job");
        let start = self.returns_json(json!({"id": job_id}))?;
        let job = project.get_job(job_id.as_str());
        let began = now_ms();
        let status = |state: &str, ended: bool| {
            Answer::json(json!({
                "baseStatus": {
                    "def": {"id": job_id, "projectKey": project.project_key, "outputs": outputs},
                    "state": state,
                    "jobStartTime": began,
                    "jobEndTime": if ended { began + 1000 } else { 0 },
                },
                "globalState": {"done": usize::from(ended), "failed": usize::from(ended && state != "DONE"), "total": 1},
            }))
        };
        let going = (0..polls).map(|_| status("RUNNING", false));
        let status = job.get_status().answers_in_turn(going.chain([status(state, true)]))?;
        let text = format!("[mock] job {job_id} started\n[mock] job {job_id} ended {state}\n");
        let log = job.get_log().returns_text(text)?;
        Ok(JobStubs {
            start,
            status,
            log,
            graph: None,
            job_id,
        })
    }
}

impl JobRun<'_, '_> {
    /// Scripts the job this build (or recipe run) starts, its type and
    /// partitions as set, as [`ProjectStartJob::ends_after`] does. For a
    /// recipe, the project's flow graph is scripted too: the recipe with one
    /// output, the dataset `{recipe}_output`, which the job builds.
    pub fn ends_after(self, polls: usize, state: &str) -> Result<JobStubs> {
        let project = self.project();
        let mut graph = None;
        let definition = match self.recipe() {
            None => self.definition(self.dataset_name().to_owned(), None),
            Some(recipe) => {
                let output = format!("{}_output", recipe.recipe_name);
                graph = Some(project.get_flow().get_graph().returns_json(json!({
                    "nodes": {
                        recipe.recipe_name.clone(): {"ref": recipe.recipe_name, "type": "RUNNABLE_RECIPE", "successors": [output]},
                        output.clone(): {"ref": output, "type": "COMPUTABLE_DATASET", "successors": []},
                    }
                }))?);
                self.definition(output, Some("DATASET"))
            }
        };
        let mut stubs = project.start_job(definition).ends_after(polls, state)?;
        stubs.graph = graph;
        Ok(stubs)
    }
}

/// Rows as DSS's `tsv-excel-noheader`: tab-separated, one row per line, a
/// field holding a tab, a line end or a quote in quotes (quotes doubled).
pub(crate) fn tsv(rows: impl IntoIterator<Item = Vec<Value>>) -> Vec<u8> {
    let mut out = String::new();
    for row in rows {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            let text = match v {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if text.contains(['\t', '\n', '\r', '"']) {
                out.push('"');
                out.push_str(&text.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&text);
            }
        }
        out.push('\n');
    }
    out.into_bytes()
}
