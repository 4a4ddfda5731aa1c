//! Datasets: the hand-written half of [`DssDataset`]. Its one-request
//! methods come from `spec/datasets.dss`; what is here chooses among them
//! or chains them: `exists`, `rename`, `compute_metrics`, `run_checks`, and
//! `iter_rows`, whose rows are read by the reader SQL rows share
//! (`rows.rs`).

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::api::generated::models::SchemaColumn;
use crate::api::handles::{DssDataset, DssDatasetSettings};
use crate::api::pending::Pending;
use crate::api::settings;
use crate::rows::{self, Decode, RowReader, RowValue, SkippedRow};
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

impl DssDataset {
    /// Whether the dataset exists: reads its metadata
    /// (`GET /projects/{projectKey}/datasets/{datasetName}/metadata`).
    ///
    /// `false` only when DSS answers 404. Any other failure (no right to
    /// read it, a server error, a connection error) is an error: dataikuapi
    /// answers `false` for every failure, which would take an unreachable
    /// server for a missing dataset.
    pub fn exists(&self) -> Pending<'_, bool> {
        Pending::new(
            &crate::api::generated::endpoints::DATASET_EXISTS,
            move |settings| match timed!(self.get_metadata(), settings).send_as::<serde::de::IgnoredAny>() {
                Ok(_) => Ok(true),
                Err(e) if e.is_not_found() => Ok(false),
                Err(e) => Err(e),
            },
        )
    }

    /// Renames the dataset and returns a handle on it under its new name
    /// (`POST /projects/{projectKey}/actions/renameDataset`, through
    /// [`DssProject::rename_dataset`](crate::DssProject::rename_dataset)).
    /// This handle keeps the old name.
    ///
    /// The dataset's current name is refused before anything is sent
    /// ([`Error::InvalidArgument`]), as dataikuapi does.
    pub fn rename(&self, new_name: impl Into<String>) -> Pending<'_, DssDataset> {
        let new_name = new_name.into();
        Pending::new(&crate::api::generated::endpoints::DATASET_RENAME, move |settings| {
            if new_name == self.dataset_name {
                return Err(Error::InvalidArgument {
                    name: "new_name",
                    reason: format!("the dataset is already named `{new_name}`"),
                });
            }
            let project = self.client.get_project(&self.project_key);
            timed!(project.rename_dataset(&self.dataset_name, new_name), settings).send()
        })
    }

    /// Computes metrics of the dataset: set optional arguments by name on
    /// the request value, then `.send()`. Which request is sent depends on
    /// them, as in dataikuapi:
    ///
    /// - metric ids given: `POST .../actions/computeMetricsFromIds` with
    ///   those ids ([`compute_metrics_from_ids`](Self::compute_metrics_from_ids));
    ///   probes, if also given, are not sent;
    /// - else probes given: `POST .../actions/computeMetrics` with the probes
    ///   as the body ([`compute_metrics_with_probes`](Self::compute_metrics_with_probes));
    /// - else `POST .../actions/computeMetrics` without a body: the metrics
    ///   set up on the dataset ([`compute_defined_metrics`](Self::compute_defined_metrics)).
    ///
    /// The partition is always sent (`partition=` when empty, for a dataset
    /// that is not partitioned).
    pub fn compute_metrics(&self) -> DatasetComputeMetrics<'_> {
        DatasetComputeMetrics {
            dataset: self,
            partition: String::new(),
            metric_ids: None,
            probes: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::DATASET_COMPUTE_METRICS),
        }
    }

    /// Runs checks of the dataset: set optional arguments by name on the
    /// request value, then `.send()`. With check ids, they are the body of
    /// `POST .../actions/runChecks` ([`run_checks_from_ids`](Self::run_checks_from_ids));
    /// without, the same request has no body and runs the checks set up on
    /// the dataset ([`run_defined_checks`](Self::run_defined_checks)).
    pub fn run_checks(&self) -> DatasetRunChecks<'_> {
        DatasetRunChecks {
            dataset: self,
            partition: String::new(),
            checks: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::DATASET_RUN_CHECKS),
        }
    }
}

/// Request value of [`DssDataset::compute_metrics`]: set optional arguments
/// by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct DatasetComputeMetrics<'a> {
    dataset: &'a DssDataset,
    partition: String,
    metric_ids: Option<Vec<String>>,
    probes: Option<Value>,
    opts: RequestOptions,
}

impl std::fmt::Debug for DatasetComputeMetrics<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::compute_metrics").finish_non_exhaustive()
    }
}

options_setters!(DatasetComputeMetrics<'a>, opts);

impl DatasetComputeMetrics<'_> {
    /// Partition to compute them on (`ALL` for all of them).
    ///
    /// Default: `""` (a dataset that is not partitioned), sent as `partition=`.
    pub fn partition(mut self, partition: impl Into<String>) -> Self {
        self.partition = partition.into();
        self
    }

    /// Ids of the metrics to compute (`records:COUNT_RECORDS`, ...); they
    /// take precedence over probes.
    ///
    /// Unset by default.
    pub fn metric_ids(mut self, metric_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.metric_ids = Some(metric_ids.into_iter().map(Into::into).collect());
        self
    }

    /// A probes configuration to compute (`{"probes": [{"type": .., ..}]}`).
    ///
    /// Unset by default.
    pub fn probes(mut self, probes: Value) -> Self {
        self.probes = Some(probes);
        self
    }

    /// Sends the request and returns the computation report.
    pub fn send(self) -> Result<Value> {
        let DatasetComputeMetrics {
            dataset,
            partition,
            metric_ids,
            probes,
            opts,
        } = self;
        match (metric_ids, probes) {
            (Some(ids), _) => dataset
                .compute_metrics_from_ids(ids)
                .partition(partition)
                .request_options(opts)
                .send(),
            (None, Some(probes)) => dataset
                .compute_metrics_with_probes(probes)
                .partition(partition)
                .request_options(opts)
                .send(),
            (None, None) => dataset
                .compute_defined_metrics()
                .partition(partition)
                .request_options(opts)
                .send(),
        }
    }
}

/// Request value of [`DssDataset::run_checks`]: set optional arguments by
/// name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct DatasetRunChecks<'a> {
    dataset: &'a DssDataset,
    partition: String,
    checks: Option<Vec<String>>,
    opts: RequestOptions,
}

impl std::fmt::Debug for DatasetRunChecks<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::run_checks").finish_non_exhaustive()
    }
}

options_setters!(DatasetRunChecks<'a>, opts);

impl DatasetRunChecks<'_> {
    /// Partition to run them on (`ALL` for all of them).
    ///
    /// Default: `""` (a dataset that is not partitioned), sent as `partition=`.
    pub fn partition(mut self, partition: impl Into<String>) -> Self {
        self.partition = partition.into();
        self
    }

    /// Ids of the checks to run (sent as the body, even when empty).
    ///
    /// Unset by default: the checks set up on the dataset run.
    pub fn checks(mut self, checks: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.checks = Some(checks.into_iter().map(Into::into).collect());
        self
    }

    /// Sends the request and returns the checks report.
    pub fn send(self) -> Result<Value> {
        let DatasetRunChecks {
            dataset,
            partition,
            checks,
            opts,
        } = self;
        match checks {
            Some(checks) => dataset
                .run_checks_from_ids(checks)
                .partition(partition)
                .request_options(opts)
                .send(),
            None => dataset
                .run_defined_checks()
                .partition(partition)
                .request_options(opts)
                .send(),
        }
    }
}

impl DssDataset {
    /// Streams the dataset's rows: set optional arguments by name on the
    /// request value, then `.send()` opens the stream and returns an
    /// iterator over the rows, parsed as they arrive (memory stays flat
    /// whatever the size) and typed by the dataset's schema.
    ///
    /// `.send()` sends, as dataikuapi does: `GET .../data/` (format
    /// `tsv-excel-noheader`, the partitions and columns asked for, and a
    /// fresh read-session id), then `GET .../schema` (with `columns`, the
    /// schema reordered to them). When the rows are read to their end,
    /// the iterator asks `GET .../finish-streaming/` whether the read was
    /// complete; a failure there, or a stream cut short, is an `Err` item
    /// after the good rows, after which the iterator ends. Dropped before
    /// its end, it sends nothing more.
    ///
    /// The request settings (`timeout`, `idle_timeout`, `retry`, ...) apply
    /// to each of the three requests; `timeout` bounds the whole read of
    /// the stream, `idle_timeout` each wait for its next bytes.
    ///
    /// A stream cut short is [`Error::Transport`](crate::Error::Transport),
    /// one with no byte for longer than the idle bound
    /// [`Error::Timeout`](crate::Error::Timeout) (phase `Idle`), both
    /// naming the data request; a failed check is the error
    /// `finish_streaming` got (an [`Error::Api`](crate::Error::Api) with
    /// DSS's message, usually).
    pub fn iter_rows(&self) -> DatasetIterRows<'_> {
        DatasetIterRows {
            dataset: self,
            partitions: None,
            columns: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::DATASET_ITER_ROWS),
        }
    }
}

/// Request value of [`DssDataset::iter_rows`]: set optional arguments by
/// name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct DatasetIterRows<'a> {
    pub(crate) dataset: &'a DssDataset,
    pub(crate) partitions: Option<Vec<String>>,
    pub(crate) columns: Option<Vec<String>>,
    opts: RequestOptions,
}

impl std::fmt::Debug for DatasetIterRows<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::iter_rows").finish_non_exhaustive()
    }
}

// Each request of the read gets these settings.
options_setters!(DatasetIterRows<'a>, opts);

impl DatasetIterRows<'_> {
    /// Only these partitions.
    ///
    /// Unset by default: all of them (a dataset that is not partitioned has one).
    pub fn partitions(mut self, partitions: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.partitions = Some(partitions.into_iter().map(Into::into).collect());
        self
    }

    /// Only these columns, in this order (each row then has them in this
    /// order). A name the schema does not have gives text values.
    ///
    /// Unset by default: every column, in the schema's order.
    pub fn columns(mut self, columns: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.columns = Some(columns.into_iter().map(Into::into).collect());
        self
    }

    /// Opens the data stream, reads the schema, and returns the rows.
    pub fn send(self) -> Result<DatasetRows> {
        self.open(rows::typed_rows, rows::any_fit)
    }

    /// Like [`send`](Self::send), but each row is decoded with serde
    /// straight into the caller's type `T`, without building
    /// [`RowValue`]s: a struct (its fields take the columns of the same
    /// name), a tuple (the columns in order), a map or `serde_json::Value`
    /// (keyed by column name, typed by the schema), or a single value for
    /// a one-column read. Fields are parsed as
    /// [`DssSqlQuery::iter_rows_as`](crate::DssSqlQuery::iter_rows_as)
    /// parses them. When the columns cannot give `T` at all (a field no
    /// column has and that is not an `Option` or defaulted), `send_as` is
    /// that one [`Error::Decode`](crate::Error::Decode), naming the field
    /// and the columns, before any row. A row that does not fit `T` is an
    /// [`Error::Decode`](crate::Error::Decode) item naming the row and the
    /// column, and the rows after it are read on.
    ///
    /// ```no_run
    /// # fn main() -> dss_api::Result<()> {
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// let dataset = client.get_project("SALES").get_dataset("orders");
    /// for row in dataset.iter_rows().columns(["id", "amount"]).send_as::<(i64, Option<f64>)>()? {
    ///     let (id, amount) = row?;
    ///     println!("{id}: {amount:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_as<T: DeserializeOwned>(self) -> Result<DatasetRows<T>> {
        self.open(rows::decoded_rows::<T, _>, rows::decoded_fit::<T>)
    }

    fn open<T>(self, decode: Decode<T, crate::rt::ByteStream>, fit: rows::Fit) -> Result<DatasetRows<T>> {
        let DatasetIterRows {
            dataset,
            partitions,
            columns,
            opts,
        } = self;
        let session = read_session_id();
        let mut raw = dataset
            .raw_rows()
            .read_session_id(session.as_str())
            .request_options(opts.clone());
        if let Some(partitions) = partitions {
            raw = raw.partitions(partitions);
        }
        if let Some(columns) = &columns {
            raw = raw.columns(columns.iter().map(String::as_str));
        }
        let stream = raw.send()?;
        let schema = dataset.get_schema().request_options(opts.clone()).send()?.columns;
        let columns = match columns {
            None => schema,
            Some(names) => in_order(schema, names),
        };
        let context = stream.context();
        let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
        check_fit(fit, &names, &context)?;
        let reader =
            RowReader::new(stream, columns.iter().map(|c| c.r#type.as_str())).max_line(dataset.client.inner.row_limit);
        Ok(DatasetRows {
            context,
            dataset: dataset.clone(),
            read_session_id: session,
            names,
            columns,
            reader,
            decode,
            opts,
            done: false,
        })
    }
}

/// Whether rows of columns `names` can decode at all (`fit`), before the
/// first row: if not, the error, naming the read's method and stream.
pub(crate) fn check_fit(
    fit: rows::Fit,
    names: &[String],
    context: &crate::transport::stream::ReadContext,
) -> Result<()> {
    fit(names).map_err(|source| {
        context.locate(Error::Decode {
            at: None,
            endpoint: context.endpoint,
            source,
        })
    })
}

/// The schema's columns picked and reordered to `names` (the order the
/// server sends them in); a name the schema lacks is a text column.
fn in_order(schema: Vec<SchemaColumn>, names: Vec<String>) -> Vec<SchemaColumn> {
    let mut by_name: std::collections::HashMap<String, SchemaColumn> =
        schema.into_iter().map(|c| (c.name.clone(), c)).collect();
    names
        .into_iter()
        .map(|name| match by_name.remove(&name) {
            Some(column) => column,
            None => SchemaColumn {
                name,
                r#type: "string".to_owned(),
                extra: Default::default(),
            },
        })
        .collect()
}

/// Iterator over a dataset's rows; see [`DssDataset::iter_rows`]. Each item
/// is a row, its values in the order of [`columns`](Self::columns) (or
/// decoded into `T`, with [`DatasetIterRows::send_as`]), or the error that
/// ended the read.
pub struct DatasetRows<T = Vec<RowValue>> {
    /// The data request's method and time bounds, for its errors.
    context: crate::transport::stream::ReadContext,
    dataset: DssDataset,
    read_session_id: String,
    columns: Vec<SchemaColumn>,
    /// The columns' names, for rows decoded by name.
    names: Vec<String>,
    reader: RowReader<crate::rt::ByteStream>,
    decode: Decode<T, crate::rt::ByteStream>,
    opts: RequestOptions,
    done: bool,
}

impl<T> std::fmt::Debug for DatasetRows<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatasetRows")
            .field("project_key", &self.dataset.project_key)
            .field("dataset_name", &self.dataset.dataset_name)
            .field("read_session_id", &self.read_session_id)
            .finish_non_exhaustive()
    }
}

impl<T> DatasetRows<T> {
    /// The columns of the rows, in order: the dataset's schema, or the
    /// columns asked for.
    pub fn columns(&self) -> &[SchemaColumn] {
        &self.columns
    }

    /// The id this read was opened with (a random UUID).
    pub fn read_session_id(&self) -> &str {
        &self.read_session_id
    }
}

impl<T> Iterator for DatasetRows<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match (self.decode)(&mut self.reader, &self.names) {
            Some(Ok(Ok(row))) => Some(Ok(row)),
            Some(Ok(Err(source))) => Some(Err(self.context.locate(Error::Decode {
                at: None,
                endpoint: self.context.endpoint,
                source,
            }))),
            // A line not read as a row: its error, and the rows after it.
            Some(Err(e)) if SkippedRow::of(&e).is_some() => {
                SkippedRow::of(&e).map(|skipped| Err(self.context.locate(skipped.into_error(self.context.endpoint))))
            }
            Some(Err(e)) => {
                self.done = true;
                Some(Err(self.context.read_error(e)))
            }
            None => {
                self.done = true;
                let check = self.dataset.finish_streaming(self.read_session_id.as_str());
                match check.request_options(self.opts.clone()).send() {
                    Ok(()) => None,
                    Err(e) => Some(Err(e)),
                }
            }
        }
    }
}

/// A random UUID (version 4) as text, for a read session: 122 bits from
/// two draws of the client's one source of random bits
/// (`util::random_u64`). Unique, not secret.
fn read_session_id() -> String {
    use std::fmt::Write as _;
    let mut bytes = [0u8; 16];
    for half in bytes.chunks_exact_mut(8) {
        half.copy_from_slice(&crate::util::random_u64().to_le_bytes());
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    let mut out = String::with_capacity(36);
    for (i, b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The local methods of [`DssDatasetSettings`] that do more than set one
/// member (dataikuapi's names and defaults).
impl DssDatasetSettings {
    /// Makes the dataset unpartitioned (`partitioning.dimensions` empty).
    pub fn remove_partitioning(&mut self) -> &mut DssDatasetSettings {
        settings::remove_partitioning(&mut self.document);
        self
    }

    /// Adds a discrete (value) partitioning dimension.
    pub fn add_discrete_partitioning_dimension(&mut self, dim_name: &str) -> &mut DssDatasetSettings {
        settings::add_discrete_dimension(&mut self.document, dim_name);
        self
    }

    /// Adds a time partitioning dimension of a period: `DAY` (dataikuapi's
    /// default), `YEAR`, `MONTH` or `HOUR`.
    pub fn add_time_partitioning_dimension(&mut self, dim_name: &str, period: &str) -> &mut DssDatasetSettings {
        settings::add_time_dimension(&mut self.document, dim_name, period);
        self
    }

    /// Adds a column to the schema (`{"name": .., "type": ..}` and any
    /// other member DSS knows).
    pub fn add_raw_schema_column(&mut self, column: Value) -> &mut DssDatasetSettings {
        settings::push_to(&mut self.document, "schema.columns", column);
        self
    }

    /// Sets the format of a file-based dataset (`csv`, `parquet`, ...) and
    /// its parameters.
    pub fn set_format(&mut self, format_type: &str, format_params: Value) -> &mut DssDatasetSettings {
        self.document.set("formatType", format_type);
        self.document.set("formatParams", format_params);
        self
    }

    /// Sets a CSV format with dataikuapi's defaults (separator `,`, `excel`
    /// style, no rows skipped, a header row); the returned value changes
    /// them one by one.
    pub fn set_csv_format(&mut self) -> CsvFormat<'_> {
        self.set_format(
            "csv",
            json!({
                "style": "excel",
                "separator": ",",
                "skipRowsBeforeHeader": 0,
                "parseHeaderRow": true,
                "skipRowsAfterHeader": 0,
            }),
        );
        CsvFormat { settings: self }
    }

    /// Points an SQL dataset at a table of a connection, in a catalog
    /// (`None`: the connection's default database, sent as `null` as
    /// dataikuapi does).
    pub fn set_table(
        &mut self,
        connection: &str,
        schema: &str,
        table: &str,
        catalog: Option<&str>,
    ) -> &mut DssDatasetSettings {
        self.document.set("params.connection", connection);
        self.document.set("params.mode", "table");
        self.document.set("params.schema", schema);
        self.document.set("params.table", table);
        self.document.set("params.catalog", catalog);
        self
    }
}

/// The CSV format [`DssDatasetSettings::set_csv_format`] set, to change
/// one parameter at a time (each setter changes the settings at once).
#[derive(Debug)]
pub struct CsvFormat<'a> {
    settings: &'a mut DssDatasetSettings,
}

impl CsvFormat<'_> {
    fn param(self, name: &str, value: impl Into<Value>) -> Self {
        self.settings.document.set(&format!("formatParams.{name}"), value);
        self
    }

    /// The separator (default `,`).
    pub fn separator(self, separator: &str) -> Self {
        self.param("separator", separator)
    }

    /// The quoting style (default `excel`; `unix`, `escape_only_no_quote`).
    pub fn style(self, style: &str) -> Self {
        self.param("style", style)
    }

    /// Rows to skip before the header (default 0).
    pub fn skip_rows_before(self, rows: i64) -> Self {
        self.param("skipRowsBeforeHeader", rows)
    }

    /// Whether the first row is a header (default yes).
    pub fn header_row(self, header_row: bool) -> Self {
        self.param("parseHeaderRow", header_row)
    }

    /// Rows to skip after the header (default 0).
    pub fn skip_rows_after(self, rows: i64) -> Self {
        self.param("skipRowsAfterHeader", rows)
    }
}
