//! Importing tables as datasets: dataikuapi's `TablesImportDefinition`
//! (the tables to import, a local builder) and `TablesPreparedImport` (what
//! DSS prepared, to execute), over the requests of `spec/tables_import.dss`.

use std::fmt;

use serde_json::{Map, Value};

use crate::api::handles::{DssFuture, DssProject};
use crate::rt::{options_setters, timed, Endpoint, Error, RequestOptions, Result};
use crate::transport::wait::WaitOptions;

impl DssProject {
    /// A tables import to set up (dataikuapi's `init_tables_import`): add
    /// the tables, then [`prepare`](TablesImportDefinition::prepare) the
    /// import and [`execute`](TablesPreparedImport::execute) it. No
    /// request.
    ///
    /// ```no_run
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// let project = client.get_project("KEY");
    /// let mut import = project.init_tables_import();
    /// import.add_sql_table("pg", "public", "customers", None);
    /// let prepared = import.prepare().send()?;
    /// let mut task = prepared.execute()?;
    /// task.wait_for_result().send()?;
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn init_tables_import(&self) -> TablesImportDefinition {
        TablesImportDefinition {
            project: self.clone(),
            keys: Vec::new(),
        }
    }
}

/// The tables of an import being set up (dataikuapi's
/// `TablesImportDefinition`), from [`DssProject::init_tables_import`].
#[derive(Debug, Clone)]
pub struct TablesImportDefinition {
    project: DssProject,
    keys: Vec<Value>,
}

fn key(members: &[(&str, Option<&str>)]) -> Value {
    let mut m = Map::new();
    for (k, v) in members {
        m.insert((*k).into(), v.map_or(Value::Null, Value::from));
    }
    Value::Object(m)
}

impl TablesImportDefinition {
    /// The tables added so far, as they will be sent.
    pub fn keys(&self) -> &[Value] {
        &self.keys
    }

    /// Adds a table of a Hive database.
    pub fn add_hive_table(&mut self, hive_database: &str, hive_table: &str) -> &mut Self {
        let connection = format!("@virtual(hive-jdbc):{hive_database}");
        self.keys.push(key(&[
            ("connectionName", Some(&connection)),
            ("name", Some(hive_table)),
        ]));
        self
    }

    /// Adds a table of a SQL connection, in a schema and a catalog (`None`:
    /// the connection's default, sent as `null`).
    pub fn add_sql_table(&mut self, connection: &str, schema: &str, table: &str, catalog: Option<&str>) -> &mut Self {
        self.keys.push(key(&[
            ("connectionName", Some(connection)),
            ("schema", Some(schema)),
            ("name", Some(table)),
            ("catalog", catalog),
        ]));
        self
    }

    /// Adds a table of an Iceberg connection, in a namespace.
    pub fn add_iceberg_table(&mut self, connection: &str, namespace: &str, table: &str) -> &mut Self {
        self.keys.push(key(&[
            ("connectionName", Some(connection)),
            ("namespace", Some(namespace)),
            ("name", Some(table)),
        ]));
        self
    }

    /// Adds an index or alias of an Elasticsearch connection.
    pub fn add_elasticsearch_index_or_alias(&mut self, connection: &str, index_or_alias: &str) -> &mut Self {
        self.keys.push(key(&[
            ("connectionName", Some(connection)),
            ("name", Some(index_or_alias)),
        ]));
        self
    }

    /// Prepares the import: starts it
    /// (`POST .../tables-import/actions/prepare-from-keys`), then waits for
    /// the task DSS answers; `send` returns what it prepared, to
    /// [`execute`](TablesPreparedImport::execute).
    pub fn prepare(&self) -> TablesImportPrepare<'_, 'static> {
        static PREPARE: Endpoint = Endpoint::local("TablesImportDefinition", "prepare");
        TablesImportPrepare {
            definition: self,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(&PREPARE),
        }
    }
}

/// Request value of [`TablesImportDefinition::prepare`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct TablesImportPrepare<'a, 'f> {
    definition: &'a TablesImportDefinition,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// The start gets these settings.
options_setters!(TablesImportPrepare<'a, 'f>, settings);

impl<'a> TablesImportPrepare<'a, '_> {
    /// How to wait for the preparation: poll intervals, a deadline, a
    /// progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> TablesImportPrepare<'a, 'g> {
        TablesImportPrepare {
            definition: self.definition,
            options,
            settings: self.settings,
        }
    }

    /// Starts the preparation and waits for it: like dataikuapi, the task
    /// is followed by its id alone (`GET /futures/{jobId}` until it has a
    /// result), whatever the starting answer said.
    pub fn send(self) -> Result<TablesPreparedImport> {
        let d = self.definition;
        let started = timed!(
            d.project.prepare_tables_import(Value::from(d.keys.clone())),
            &self.settings
        )
        .send()?;
        if started.job_id().is_empty() {
            return Err(Error::Decode {
                at: None,
                endpoint: &crate::api::generated::endpoints::PROJECT_PREPARE_TABLES_IMPORT,
                source: <serde_json::Error as serde::de::Error>::custom("the preparation's answer has no `jobId`"),
            });
        }
        let mut task = d.project.client.get_future(started.job_id());
        let candidates = task.wait().wait_options(self.options).send()?;
        Ok(TablesPreparedImport {
            project: d.project.clone(),
            candidates,
        })
    }
}

/// An import of tables DSS prepared (dataikuapi's `TablesPreparedImport`),
/// from [`TablesImportDefinition::prepare`]: the candidate datasets, to
/// check or change through [`candidates_mut`](Self::candidates_mut), then
/// [`execute`](Self::execute).
#[derive(Clone)]
pub struct TablesPreparedImport {
    project: DssProject,
    candidates: Value,
}

impl fmt::Debug for TablesPreparedImport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TablesPreparedImport")
            .field("project_key", &self.project.project_key)
            .field("candidates", &self.candidates)
            .finish()
    }
}

impl TablesPreparedImport {
    /// The candidates, as DSS prepared them.
    pub fn candidates(&self) -> &Value {
        &self.candidates
    }

    /// The candidates, to change before executing.
    pub fn candidates_mut(&mut self) -> &mut Value {
        &mut self.candidates
    }

    /// Starts the import of the candidates
    /// (`POST .../tables-import/actions/execute-from-candidates`) and
    /// returns its task.
    pub fn execute(&self) -> Result<DssFuture> {
        self.project.execute_tables_import(self.candidates.clone()).send()
    }
}
