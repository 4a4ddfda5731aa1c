//! Streaming endpoints: the builder of a managed one
//! ([`DssProject::new_managed_streaming_endpoint`]), [`DssStreamingEndpoint::exists`],
//! the test and schema detection that first read the settings for the
//! endpoint's type (`test_and_detect`, `autodetect_settings`), and the
//! settings' hand-written accessors.

use serde_json::{Map, Value};

use crate::api::generated::endpoints::{STREAMING_ENDPOINT_AUTODETECT_SETTINGS, STREAMING_ENDPOINT_TEST_AND_DETECT};
use crate::api::handles::{DssFuture, DssProject, DssStreamingEndpoint, DssStreamingEndpointSettings};
use crate::api::pending::Pending;
use crate::api::settings::push_to;
use crate::rt::{options_setters, timed, Endpoint, Error, RequestOptions, Result};

/// What names the creator's `already_exists` in errors and logs.
static ALREADY_EXISTS: Endpoint = Endpoint::local("DssManagedStreamingEndpointCreationHelper", "already_exists");

impl DssProject {
    /// A builder of a managed streaming endpoint of the project: set where
    /// to store it, then [`create`](DssManagedStreamingEndpointCreationHelper::create)
    /// it (no request until then).
    pub fn new_managed_streaming_endpoint(
        &self,
        streaming_endpoint_name: &str,
    ) -> DssManagedStreamingEndpointCreationHelper {
        DssManagedStreamingEndpointCreationHelper {
            project: self.clone(),
            streaming_endpoint_name: streaming_endpoint_name.to_owned(),
            streaming_endpoint_type: None,
            creation_settings: Map::new(),
        }
    }
}

/// A managed streaming endpoint to create (dataikuapi's
/// `DSSManagedStreamingEndpointCreationHelper`), from
/// [`DssProject::new_managed_streaming_endpoint`]: where to store it, then
/// `create`.
#[derive(Debug, Clone)]
pub struct DssManagedStreamingEndpointCreationHelper {
    project: DssProject,
    streaming_endpoint_name: String,
    streaming_endpoint_type: Option<String>,
    creation_settings: Map<String, Value>,
}

impl DssManagedStreamingEndpointCreationHelper {
    /// The endpoint's type (dataikuapi's default: none, DSS's choice).
    pub fn streaming_endpoint_type(mut self, streaming_endpoint_type: &str) -> Self {
        self.streaming_endpoint_type = Some(streaming_endpoint_type.to_owned());
        self
    }

    /// Stores the endpoint in a connection, with a format when given.
    pub fn with_store_into(mut self, connection: &str, format_option_id: Option<&str>) -> Self {
        self.creation_settings
            .insert("connectionId".to_owned(), Value::from(connection));
        if let Some(format) = format_option_id {
            self.creation_settings
                .insert("formatOptionId".to_owned(), Value::from(format));
        }
        self
    }

    /// The creation settings built so far (`connectionId`,
    /// `formatOptionId`).
    pub fn get_creation_settings(&self) -> &Map<String, Value> {
        &self.creation_settings
    }

    /// Whether a streaming endpoint of that name exists already (as
    /// [`DssStreamingEndpoint::exists`]).
    pub fn already_exists(&self) -> Pending<'_, bool> {
        Pending::new(&ALREADY_EXISTS, move |opts| {
            let endpoint = self
                .project
                .get_streaming_endpoint(self.streaming_endpoint_name.as_str());
            timed!(endpoint.exists(), opts).send()
        })
    }

    /// Creates the streaming endpoint: `.send()` sends `POST
    /// /projects/{project_key}/streamingendpoints/managed` (after deleting
    /// an endpoint of that name, with
    /// [`overwrite`](ManagedStreamingEndpointCreate::overwrite)).
    pub fn create(&self) -> ManagedStreamingEndpointCreate<'_> {
        ManagedStreamingEndpointCreate {
            helper: self,
            overwrite: false,
            opts: RequestOptions::for_method(
                &crate::api::generated::endpoints::PROJECT_CREATE_MANAGED_STREAMING_ENDPOINT,
            ),
        }
    }
}

/// Request value of [`DssManagedStreamingEndpointCreationHelper::create`]:
/// set optional arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedStreamingEndpointCreate<'a> {
    helper: &'a DssManagedStreamingEndpointCreationHelper,
    overwrite: bool,
    opts: RequestOptions,
}

options_setters!(ManagedStreamingEndpointCreate<'a>, opts);

impl ManagedStreamingEndpointCreate<'_> {
    /// First delete a streaming endpoint of that name when there is one
    /// (its schema is read to know: `GET .../schema`, then `DELETE`);
    /// dataikuapi's default: `false`.
    pub fn overwrite(mut self, overwrite: bool) -> Self {
        self.overwrite = overwrite;
        self
    }

    /// Creates the streaming endpoint and returns a handle on it.
    pub fn send(self) -> Result<DssStreamingEndpoint> {
        let h = self.helper;
        if self.overwrite && timed!(h.already_exists(), &self.opts).send()? {
            let existing = h.project.get_streaming_endpoint(h.streaming_endpoint_name.as_str());
            timed!(existing.delete(), &self.opts).send()?;
        }
        let mut create = h
            .project
            .create_managed_streaming_endpoint(h.streaming_endpoint_name.as_str())
            .creation_settings(Value::Object(h.creation_settings.clone()));
        if let Some(kind) = &h.streaming_endpoint_type {
            create = create.streaming_endpoint_type(kind.as_str());
        }
        timed!(create, &self.opts).send()
    }
}

impl DssStreamingEndpoint {
    /// Whether the streaming endpoint exists: its schema is read (`GET
    /// .../streamingendpoints/{streaming_endpoint_name}/schema`), and only
    /// a 404 means it does not. Any other failure (no right to read it, a
    /// server or connection error) is an error: dataikuapi answers `false`
    /// for every failure.
    pub fn exists(&self) -> Pending<'_, bool> {
        Pending::new(
            &crate::api::generated::endpoints::STREAMING_ENDPOINT_EXISTS,
            move |opts| match timed!(self.get_schema(), opts).send_as::<serde::de::IgnoredAny>() {
                Ok(_) => Ok(true),
                Err(e) if e.is_not_found() => Ok(false),
                Err(e) => Err(e),
            },
        )
    }

    /// Tests the endpoint's connection and detects its schema: `.send()`
    /// reads the settings (`GET .../streamingendpoints/{streaming_endpoint_name}`)
    /// for the endpoint's type, then starts the test (`POST
    /// .../actions/testAndDetectSettings/kafka` or `/httpsse`) and returns
    /// its task. Another type is [`Error::InvalidArgument`].
    pub fn test_and_detect(&self) -> StreamingEndpointTestAndDetect<'_> {
        StreamingEndpointTestAndDetect {
            options: DetectOptions::new(self),
            opts: RequestOptions::for_method(&STREAMING_ENDPOINT_TEST_AND_DETECT),
        }
    }

    /// Reads the settings and tests and detects as
    /// [`test_and_detect`](Self::test_and_detect) does (which reads them
    /// again, as dataikuapi does), waits for the result, and returns the
    /// settings with the schema detected, when one was (they are not
    /// saved).
    pub fn autodetect_settings(&self) -> StreamingEndpointAutodetectSettings<'_> {
        StreamingEndpointAutodetectSettings {
            options: DetectOptions::new(self),
            opts: RequestOptions::for_method(&STREAMING_ENDPOINT_AUTODETECT_SETTINGS),
        }
    }
}

/// The arguments and settings of a test and detection.
#[derive(Debug)]
struct DetectOptions<'a> {
    endpoint: &'a DssStreamingEndpoint,
    infer_storage_types: bool,
    limit: i64,
    timeout_seconds: i64,
}

impl<'a> DetectOptions<'a> {
    fn new(endpoint: &'a DssStreamingEndpoint) -> Self {
        DetectOptions {
            endpoint,
            infer_storage_types: false,
            limit: 10,
            timeout_seconds: 60,
        }
    }

    /// The endpoint's kind, from its settings, when it can be tested.
    fn kind(settings: &DssStreamingEndpointSettings) -> Result<&'static str> {
        match settings.r#type() {
            Some("kafka") => Ok("kafka"),
            Some("httpsse") => Ok("httpsse"),
            other => Err(Error::InvalidArgument {
                name: "streaming_endpoint_name",
                reason: format!(
                    "a streaming endpoint of type {} cannot be tested (only `kafka` and `httpsse` can)",
                    other.map_or_else(|| "none".to_owned(), |t| format!("`{t}`"))
                ),
            }),
        }
    }

    /// Reads the settings, then starts the test.
    fn start(&self, opts: &RequestOptions) -> Result<DssFuture> {
        let settings = timed!(self.endpoint.get_settings(), opts).send()?;
        let kind = Self::kind(&settings)?;
        let start = self
            .endpoint
            .start_test_and_detect(kind)
            .infer_storage_types(self.infer_storage_types)
            .limit(self.limit)
            .timeout_seconds(self.timeout_seconds);
        timed!(start, opts).send()
    }
}

/// The setters of dataikuapi's arguments of a test and detection.
macro_rules! detect_setters {
    ($ty:ident) => {
        impl $ty<'_> {
            /// Infer storage types from the data (dataikuapi's default:
            /// `false`).
            pub fn infer_storage_types(mut self, infer_storage_types: bool) -> Self {
                self.options.infer_storage_types = infer_storage_types;
                self
            }

            /// Most messages to read (dataikuapi's default: 10).
            pub fn limit(mut self, limit: i64) -> Self {
                self.options.limit = limit;
                self
            }

            /// Most seconds to wait for messages (dataikuapi's `timeout`,
            /// default 60; `timeout` here bounds the call itself).
            pub fn timeout_seconds(mut self, timeout_seconds: i64) -> Self {
                self.options.timeout_seconds = timeout_seconds;
                self
            }
        }
    };
}

/// Request value of [`DssStreamingEndpoint::test_and_detect`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct StreamingEndpointTestAndDetect<'a> {
    options: DetectOptions<'a>,
    opts: RequestOptions,
}

detect_setters!(StreamingEndpointTestAndDetect);
options_setters!(StreamingEndpointTestAndDetect<'a>, opts);

impl StreamingEndpointTestAndDetect<'_> {
    /// Reads the settings, starts the test and returns its task.
    pub fn send(self) -> Result<DssFuture> {
        self.options.start(&self.opts)
    }
}

/// Request value of [`DssStreamingEndpoint::autodetect_settings`]: set
/// optional arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct StreamingEndpointAutodetectSettings<'a> {
    options: DetectOptions<'a>,
    opts: RequestOptions,
}

detect_setters!(StreamingEndpointAutodetectSettings);
options_setters!(StreamingEndpointAutodetectSettings<'a>, opts);

impl StreamingEndpointAutodetectSettings<'_> {
    /// Reads the settings, tests and detects, waits for the result, and
    /// returns the settings with the schema detected set (a detection that
    /// found none leaves the schema, with a warning in the log).
    pub fn send(self) -> Result<DssStreamingEndpointSettings> {
        let o = &self.options;
        let mut settings = timed!(o.endpoint.get_settings(), &self.opts).send()?;
        DetectOptions::kind(&settings)?;
        let mut task = o.start(&self.opts)?;
        let result = task.wait_for_result().send()?;
        match result.pointer("/schemaDetection/detectedSchema") {
            Some(schema) if !schema.is_null() => settings.document.set("schema", schema.clone()),
            _ => log::warn!(
                target: "dss_api",
                "{}: no schema detected for `{}`; the schema is left as it was",
                STREAMING_ENDPOINT_AUTODETECT_SETTINGS,
                o.endpoint.streaming_endpoint_name
            ),
        }
        Ok(settings)
    }
}

impl DssStreamingEndpointSettings {
    /// Adds a column (`{"name": .., "type": ..}`) to the schema.
    pub fn add_raw_schema_column(&mut self, column: Value) -> &mut DssStreamingEndpointSettings {
        push_to(&mut self.document, "schema.columns", column);
        self
    }

    /// Sets the Kafka connection and topic, each only when given.
    pub fn set_connection_and_topic(
        &mut self,
        connection: Option<&str>,
        topic: Option<&str>,
    ) -> &mut DssStreamingEndpointSettings {
        if let Some(connection) = connection {
            self.document.set("params.connection", connection);
        }
        if let Some(topic) = topic {
            self.document.set("params.topic", topic);
        }
        self
    }
}
