//! Creating managed datasets: dataikuapi's creation helper
//! ([`DssManagedDatasetCreationHelper`], from [`DssProject::new_managed_dataset`]),
//! a local builder over the generated `create_managed_dataset`, and the
//! existence check and deletion it may send first.

use serde_json::{Map, Value};

use crate::api::handles::{DssDataset, DssProject};
use crate::api::pending::Pending;
use crate::rt::{options_setters, timed, Endpoint, RequestOptions, Result};

/// `DssManagedDatasetCreationHelper::already_exists`, whose helper is not a
/// handle of the catalog.
static ALREADY_EXISTS: Endpoint = Endpoint::local("DssManagedDatasetCreationHelper", "already_exists");

impl DssProject {
    /// A managed dataset to set up, then create (dataikuapi's
    /// `new_managed_dataset`); no request. Without
    /// [`with_store_into`](DssManagedDatasetCreationHelper::with_store_into),
    /// DSS stores it in its default place.
    ///
    /// ```no_run
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// let project = client.get_project("KEY");
    /// let dataset = project
    ///     .new_managed_dataset("sales_clean")
    ///     .with_store_into("filesystem_managed", None, Some("PARQUET_HIVE"))
    ///     .with_copy_partitioning_from("sales", "DATASET")
    ///     .create()
    ///     .send()?;
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn new_managed_dataset(&self, dataset_name: &str) -> DssManagedDatasetCreationHelper {
        DssManagedDatasetCreationHelper {
            project: self.clone(),
            dataset_name: dataset_name.to_owned(),
            connection: None,
            type_option_id: None,
            format_option_id: None,
            partitioning_option_id: None,
        }
    }

    /// [`new_managed_dataset`](Self::new_managed_dataset) under
    /// dataikuapi's old name; no request.
    #[deprecated(note = "use `new_managed_dataset`")]
    pub fn new_managed_dataset_creation_helper(&self, dataset_name: &str) -> DssManagedDatasetCreationHelper {
        self.new_managed_dataset(dataset_name)
    }
}

/// A managed dataset being set up (dataikuapi's
/// `DSSManagedDatasetCreationHelper`), from
/// [`DssProject::new_managed_dataset`]: where it is stored and how it is
/// partitioned, then [`create`](Self::create).
#[derive(Debug, Clone)]
#[must_use = "a dataset creation helper does nothing until `create()` is sent"]
pub struct DssManagedDatasetCreationHelper {
    project: DssProject,
    dataset_name: String,
    connection: Option<String>,
    type_option_id: Option<String>,
    format_option_id: Option<String>,
    partitioning_option_id: Option<String>,
}

impl DssManagedDatasetCreationHelper {
    /// The creation settings as they will be sent (`specificSettings`,
    /// `connectionId`, `typeOptionId`, `partitioningOptionId`, each only
    /// once set).
    pub fn get_creation_settings(&self) -> Value {
        let mut specific = Map::new();
        if let Some(f) = &self.format_option_id {
            specific.insert("formatOptionId".into(), f.as_str().into());
        }
        let mut settings = Map::new();
        settings.insert("specificSettings".into(), Value::Object(specific));
        for (key, value) in [
            ("connectionId", &self.connection),
            ("typeOptionId", &self.type_option_id),
            ("partitioningOptionId", &self.partitioning_option_id),
        ] {
            if let Some(v) = value {
                settings.insert(key.into(), v.as_str().into());
            }
        }
        Value::Object(settings)
    }

    /// Stores the dataset in a connection, in one of the storage types it
    /// offers (`type_option_id`: `Filesystem`, ...) and one of the formats
    /// (`format_option_id`: `CSV_ESCAPING_NOGZIP_FORHIVE`,
    /// `PARQUET_HIVE`, ...); an option left `None` keeps what was set
    /// before (the connection's default at first).
    pub fn with_store_into(
        mut self,
        connection: &str,
        type_option_id: Option<&str>,
        format_option_id: Option<&str>,
    ) -> Self {
        self.connection = Some(connection.to_owned());
        if let Some(t) = type_option_id {
            self.type_option_id = Some(t.to_owned());
        }
        if let Some(f) = format_option_id {
            self.format_option_id = Some(f.to_owned());
        }
        self
    }

    /// Partitions the dataset as a dataset (`object_type` `DATASET`,
    /// dataikuapi's default) or, for any other type, a managed folder of
    /// the project is, by its name or id.
    pub fn with_copy_partitioning_from(mut self, dataset_ref: &str, object_type: &str) -> Self {
        let code = if object_type == "DATASET" { "dataset" } else { "folder" };
        self.partitioning_option_id = Some(format!("copy:{code}:{dataset_ref}"));
        self
    }

    /// Whether a dataset of this name exists already (see
    /// [`DssDataset::exists`]: `false` on a 404 only; dataikuapi answers
    /// `false` for any failure).
    pub fn already_exists(&self) -> Pending<'_, bool> {
        let dataset = self.project.get_dataset(&self.dataset_name);
        Pending::new(&ALREADY_EXISTS, move |settings| {
            timed!(dataset.exists(), settings).send()
        })
    }

    /// Creates the dataset (`POST /projects/{project_key}/datasets/managed`)
    /// and returns a handle on it; with
    /// [`overwrite`](ManagedDatasetCreate::overwrite), a dataset of that
    /// name is deleted first, with its data.
    pub fn create(&self) -> ManagedDatasetCreate<'_> {
        static CREATE: Endpoint = Endpoint::local("DssManagedDatasetCreationHelper", "create");
        ManagedDatasetCreate {
            helper: self,
            overwrite: false,
            settings: RequestOptions::for_method(&CREATE),
        }
    }
}

/// Request value of [`DssManagedDatasetCreationHelper::create`]: set
/// optional arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedDatasetCreate<'a> {
    helper: &'a DssManagedDatasetCreationHelper,
    overwrite: bool,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(ManagedDatasetCreate<'a>, settings);

impl ManagedDatasetCreate<'_> {
    /// Delete an existing dataset of that name first, with its data
    /// (default `false`): its metadata is read to see whether it exists
    /// (`GET .../metadata`), then it is deleted (`DELETE ...?dropData=true`),
    /// as dataikuapi does.
    pub fn overwrite(mut self, overwrite: bool) -> Self {
        self.overwrite = overwrite;
        self
    }

    /// Deletes the dataset first when asked, creates it, and returns a
    /// handle on it.
    pub fn send(self) -> Result<DssDataset> {
        let h = self.helper;
        if self.overwrite {
            let existing = h.project.get_dataset(&h.dataset_name);
            if existing.exists().send()? {
                timed!(existing.delete().drop_data(true), &self.settings).send()?;
            }
        }
        let mut request = h.project.create_managed_dataset(&h.dataset_name);
        if let Some(c) = &h.connection {
            request = request.connection(c);
        }
        if let Some(t) = &h.type_option_id {
            request = request.type_option_id(t);
        }
        if let Some(f) = &h.format_option_id {
            request = request.format_option_id(f);
        }
        if let Some(p) = &h.partitioning_option_id {
            request = request.partitioning_option_id(p);
        }
        timed!(request, &self.settings).send()
    }
}
