//! Detecting a dataset's settings: the hand-written `test_and_detect` and
//! `autodetect_settings` of [`DssDataset`], whose request depends on the
//! dataset's type, over the requests of `spec/dataset_extras.dss`.

use serde_json::Value;

use crate::api::handles::{DssDataset, DssDatasetSettings, DssFuture};
use crate::rt::{options_setters, timed, Endpoint, Error, RequestOptions, Result};
use crate::transport::wait::WaitOptions;

/// The types of file-based datasets, whose detection is a task (as
/// dataikuapi lists them; any `fsprovider_*` type too).
const FS_TYPES: &[&str] = &[
    "Filesystem",
    "UploadedFiles",
    "FilesInFolder",
    "HDFS",
    "S3",
    "Azure",
    "GCS",
    "FTP",
    "SCP",
    "SFTP",
];

/// The types of SQL datasets (as dataikuapi lists them).
const SQL_TYPES: &[&str] = &[
    "JDBC",
    "PostgreSQL",
    "MySQL",
    "Vertica",
    "Snowflake",
    "Redshift",
    "Greenplum",
    "Teradata",
    "Oracle",
    "SQLServer",
    "SAPHANA",
    "Netezza",
    "BigQuery",
    "Athena",
    "hiveserver2",
    "Synapse",
    "FabricWarehouse",
    "Databricks",
    "DatabricksLakebase",
    "ClickHouse",
];

/// How a dataset of a type is tested.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Detection {
    FsLike,
    Sql,
    Elasticsearch,
    Custom,
}

fn detection(dataset_type: &str) -> Option<Detection> {
    if FS_TYPES.contains(&dataset_type) || dataset_type.starts_with("fsprovider_") {
        Some(Detection::FsLike)
    } else if SQL_TYPES.contains(&dataset_type) {
        Some(Detection::Sql)
    } else if dataset_type == "ElasticSearch" {
        Some(Detection::Elasticsearch)
    } else if dataset_type.starts_with("CustomPython_") || dataset_type.starts_with("CustomJava_") {
        Some(Detection::Custom)
    } else {
        None
    }
}

/// What [`DssDataset::test_and_detect`] answers, by the dataset's type.
#[derive(Debug)]
#[non_exhaustive]
pub enum TestAndDetectResult {
    /// A file-based dataset: the detection task, whose result holds the
    /// detected `format` (`ok`, `type`, `params`,
    /// `schemaDetection.newSchema`) and the other possible formats.
    Task(Box<DssFuture>),
    /// A SQL, Elasticsearch or plugin dataset: DSS's answer
    /// (`schemaDetection`, or `schema` for a plugin's).
    Detected(Value),
}

impl DssDataset {
    /// Tests the dataset and detects its settings (dataikuapi's
    /// `test_and_detect`, sending the same requests): reads the settings
    /// (`get_settings`) for the dataset's type, then starts the detection
    /// of a file-based dataset (a task, not waited for), or has a SQL,
    /// Elasticsearch or plugin dataset tested (DSS's answer). A dataset of
    /// another type is [`Error::OperationFailed`] after the read.
    pub fn test_and_detect(&self) -> DatasetTestAndDetect<'_> {
        DatasetTestAndDetect {
            dataset: self,
            infer_storage_types: false,
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::DATASET_TEST_AND_DETECT),
        }
    }

    /// Detects the dataset's format and schema and answers its settings
    /// with them, not saved (dataikuapi's `autodetect_settings`, sending
    /// the same requests): reads the settings, runs
    /// [`test_and_detect`](Self::test_and_detect) (waiting for the task of
    /// a file-based dataset), and sets the detected format (file-based)
    /// and schema. A detection that fails (`format.ok` false, or no schema
    /// in the answer) is [`Error::OperationFailed`] with DSS's answer.
    pub fn autodetect_settings(&self) -> DatasetAutodetectSettings<'_, 'static> {
        DatasetAutodetectSettings {
            dataset: self,
            infer_storage_types: false,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::DATASET_AUTODETECT_SETTINGS),
        }
    }

    /// Reads the settings, then sends the detection request of the
    /// dataset's type.
    fn detect(&self, infer_storage_types: bool, settings: &RequestOptions) -> Result<(Detection, TestAndDetectResult)> {
        let read = timed!(self.get_settings(), settings).send()?;
        let dataset_type = read.raw().get("type").and_then(Value::as_str).unwrap_or_default();
        let Some(kind) = detection(dataset_type) else {
            return Err(Error::OperationFailed {
                at: None,
                endpoint: &crate::api::generated::endpoints::DATASET_TEST_AND_DETECT,
                summary: format!("no detection for a dataset of type `{dataset_type}`"),
                messages: Box::new(Value::Null),
            });
        };
        let answer = match kind {
            Detection::FsLike => {
                let request = self.test_and_detect_fs_like().infer_storage_types(infer_storage_types);
                TestAndDetectResult::Task(Box::new(timed!(request, settings).send()?))
            }
            Detection::Sql => {
                TestAndDetectResult::Detected(timed!(self.test_and_detect_external_sql(), settings).send()?)
            }
            Detection::Elasticsearch => {
                TestAndDetectResult::Detected(timed!(self.test_and_detect_elasticsearch(), settings).send()?)
            }
            Detection::Custom => TestAndDetectResult::Detected(
                timed!(
                    self.test_and_detect_custom().infer_storage_types(infer_storage_types),
                    settings
                )
                .send()?,
            ),
        };
        Ok((kind, answer))
    }
}

/// Request value of [`DssDataset::test_and_detect`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct DatasetTestAndDetect<'a> {
    dataset: &'a DssDataset,
    infer_storage_types: bool,
    settings: RequestOptions,
}

// Both requests get these settings.
options_setters!(DatasetTestAndDetect<'a>, settings);

impl DatasetTestAndDetect<'_> {
    /// Also infer the storage types of the columns (default `false`; sent
    /// for file-based and plugin datasets).
    pub fn infer_storage_types(mut self, infer_storage_types: bool) -> Self {
        self.infer_storage_types = infer_storage_types;
        self
    }

    /// Reads the settings, then tests the dataset by its type.
    pub fn send(self) -> Result<TestAndDetectResult> {
        Ok(self.dataset.detect(self.infer_storage_types, &self.settings)?.1)
    }
}

/// Request value of [`DssDataset::autodetect_settings`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct DatasetAutodetectSettings<'a, 'f> {
    dataset: &'a DssDataset,
    infer_storage_types: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(DatasetAutodetectSettings<'a, 'f>, settings);

fn detection_failed(what: &str, answer: &Value) -> Error {
    static AUTODETECT: &Endpoint = &crate::api::generated::endpoints::DATASET_AUTODETECT_SETTINGS;
    Error::OperationFailed {
        at: None,
        endpoint: AUTODETECT,
        summary: format!("{what} detection failed"),
        messages: Box::new(answer.clone()),
    }
}

impl<'a> DatasetAutodetectSettings<'a, '_> {
    /// Also infer the storage types of the columns (default `false`; sent
    /// for file-based and plugin datasets, as dataikuapi does).
    pub fn infer_storage_types(mut self, infer_storage_types: bool) -> Self {
        self.infer_storage_types = infer_storage_types;
        self
    }

    /// How to wait for the detection task of a file-based dataset: poll
    /// intervals, a deadline, a progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> DatasetAutodetectSettings<'a, 'g> {
        DatasetAutodetectSettings {
            dataset: self.dataset,
            infer_storage_types: self.infer_storage_types,
            options,
            settings: self.settings,
        }
    }

    /// Reads the settings, detects, and returns the settings with the
    /// detected format and schema set.
    pub fn send(self) -> Result<DssDatasetSettings> {
        let mut settings = timed!(self.dataset.get_settings(), &self.settings).send()?;
        let (kind, answer) = self.dataset.detect(self.infer_storage_types, &self.settings)?;
        let result = match answer {
            TestAndDetectResult::Task(mut task) => task.wait().wait_options(self.options).send()?,
            TestAndDetectResult::Detected(v) => v,
        };
        let doc = &mut settings.document;
        match kind {
            Detection::FsLike => {
                let format = result.get("format").filter(|f| f.get("ok") == Some(&Value::Bool(true)));
                let Some(format) = format else {
                    return Err(detection_failed("format", &result));
                };
                doc.set("formatType", format.get("type").cloned().unwrap_or(Value::Null));
                doc.set("formatParams", format.get("params").cloned().unwrap_or(Value::Null));
                let schema = format.get("schemaDetection").and_then(|s| s.get("newSchema"));
                doc.set("schema", schema.cloned().unwrap_or(Value::Null));
            }
            Detection::Sql | Detection::Elasticsearch => {
                let Some(detected) = result.get("schemaDetection") else {
                    return Err(detection_failed("schema", &result));
                };
                doc.set("schema", detected.get("newSchema").cloned().unwrap_or(Value::Null));
            }
            Detection::Custom => {
                let Some(schema) = result.get("schema") else {
                    return Err(detection_failed("schema", &result));
                };
                doc.set("schema", schema.clone());
            }
        }
        Ok(settings)
    }
}
