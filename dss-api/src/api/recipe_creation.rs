//! Creating recipes: dataikuapi's recipe creators (`DSSRecipeCreator` and
//! its subclasses) as one local builder, [`DssRecipeCreator`], from
//! [`DssProject::new_recipe`] and [`DssDataset::new_recipe`] /
//! [`DssDataset::new_code_recipe`]. What the creator of a type may do
//! follows dataikuapi's class for that type; `create` sends what
//! dataikuapi sends, in its order: the deletions and dataset creations its
//! outputs asked for, then the recipe (`create_recipe`).

use serde_json::{Map, Value};

use crate::api::dataset_creation::DssManagedDatasetCreationHelper;
use crate::api::handles::{DssDataset, DssProject, DssRecipe};
use crate::rt::{options_setters, timed, Endpoint, Error, RequestOptions, Result};

/// Which of dataikuapi's creator classes a recipe type has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `DSSRecipeCreator` itself (`topn`).
    Base,
    /// `SingleOutputRecipeCreator` (grouping, window, sync, sort, ...).
    SingleOutput,
    /// `VirtualInputsSingleOutputRecipeCreator` (join, stack, ...).
    VirtualInputs,
    /// `_MultipleOutputRecipeCreator` (split).
    MultipleOutput,
    /// `CodeRecipeCreator` (python, r, sql_script, ...).
    Code,
}

/// The code recipe types dataikuapi's `new_recipe` knows.
const CODE_TYPES: &[&str] = &[
    "python",
    "r",
    "sql_script",
    "pyspark",
    "sparkr",
    "spark_scala",
    "shell",
    "spark_sql_query",
    "cpython",
    "ksql",
    "streaming_spark_scala",
];

/// The types `new_recipe` gives a creator of, with the type sent and the
/// creator's kind; `Err` says why there is none here.
fn creator_of(recipe_type: &str) -> std::result::Result<(&str, Kind), String> {
    Ok(match recipe_type {
        "topn" => ("topn", Kind::Base),
        "grouping"
        | "upsert"
        | "window"
        | "sync"
        | "csync"
        | "pivot"
        | "sort"
        | "distinct"
        | "sampling"
        | "download"
        | "export"
        | "sql_query"
        | "extract_failed_rows" => (recipe_type, Kind::SingleOutput),
        "prepare" | "shaker" => ("shaker", Kind::SingleOutput),
        "join" | "vstack" | "generate_features" | "fuzzyjoin" | "geojoin" => (recipe_type, Kind::VirtualInputs),
        "split" => ("split", Kind::MultipleOutput),
        t if CODE_TYPES.contains(&t) => (t, Kind::Code),
        "prediction_scoring" | "clustering_scoring" | "evaluation" | "standalone_evaluation" => {
            return Err(format!(
            "the creator of `{recipe_type}` recipes (machine learning) is not in this client yet; use `create_recipe`"
        ))
        }
        "nlp_llm_evaluation"
        | "nlp_agent_evaluation"
        | "nlp_llm_rag_embedding"
        | "embed_dataset"
        | "embed_documents"
        | "extract_content"
        | "extract_fields"
        | "prompt" => {
            return Err(format!(
                "the creator of `{recipe_type}` recipes (generative AI) is not in this client yet; use `create_recipe`"
            ))
        }
        _ => {
            return Err(format!(
                "unknown recipe type `{recipe_type}`: use `create_recipe` for custom recipes"
            ))
        }
    })
}

/// What a new output of a creator is to be, for
/// [`DssRecipeCreator::with_new_output`]: dataikuapi's keyword arguments,
/// with its defaults.
#[derive(Debug, Clone, Default)]
pub struct NewOutput {
    r#type: Option<String>,
    format: Option<String>,
    override_sql_schema: Option<Value>,
    partitioning_option_id: Option<String>,
    append: bool,
    object_type: Option<String>,
    overwrite: bool,
}

impl NewOutput {
    /// A dataset stored as the connection chooses, not appended to, not
    /// overwritten (dataikuapi's defaults).
    pub fn new() -> NewOutput {
        NewOutput::default()
    }

    /// The storage type the connection offers (`typeOptionId`; unset:
    /// `null`).
    pub fn r#type(mut self, type_option_id: impl Into<String>) -> Self {
        self.r#type = Some(type_option_id.into());
        self
    }

    /// The storage format (`formatOptionId`; unset: `null`).
    pub fn format(mut self, format_option_id: impl Into<String>) -> Self {
        self.format = Some(format_option_id.into());
        self
    }

    /// The SQL schema to write a SQL dataset into (`overrideSQLSchema`;
    /// unset: `null`).
    pub fn override_sql_schema(mut self, schema: impl Into<Value>) -> Self {
        self.override_sql_schema = Some(schema.into());
        self
    }

    /// The partitioning (`copy:dataset:<name>`, ...; unset: `null`).
    pub fn partitioning_option_id(mut self, partitioning_option_id: impl Into<String>) -> Self {
        self.partitioning_option_id = Some(partitioning_option_id.into());
        self
    }

    /// Append to the output when the recipe runs (default `false`).
    pub fn append(mut self, append: bool) -> Self {
        self.append = append;
        self
    }

    /// `DATASET` (the default) or `MANAGED_FOLDER`; dataikuapi adds nothing
    /// for any other type, nor does this client.
    pub fn object_type(mut self, object_type: impl Into<String>) -> Self {
        self.object_type = Some(object_type.into());
        self
    }

    /// Delete a dataset of that name first, with its data (default `false`).
    pub fn overwrite(mut self, overwrite: bool) -> Self {
        self.overwrite = overwrite;
        self
    }
}

/// What a new output dataset of a code recipe is to be, for
/// [`DssRecipeCreator::with_new_output_dataset`]: dataikuapi's keyword
/// arguments, with its defaults.
#[derive(Debug, Clone)]
pub struct NewOutputDataset {
    r#type: Option<String>,
    format: Option<String>,
    copy_partitioning_from: Option<String>,
    append: bool,
    overwrite: bool,
}

impl Default for NewOutputDataset {
    fn default() -> Self {
        NewOutputDataset {
            r#type: None,
            format: None,
            copy_partitioning_from: Some("FIRST_INPUT".to_owned()),
            append: false,
            overwrite: false,
        }
    }
}

impl NewOutputDataset {
    /// Stored as the connection chooses, partitioned as the recipe's first
    /// input, not appended to, not overwritten (dataikuapi's defaults).
    pub fn new() -> NewOutputDataset {
        NewOutputDataset::default()
    }

    /// The storage type the connection offers.
    pub fn r#type(mut self, type_option_id: impl Into<String>) -> Self {
        self.r#type = Some(type_option_id.into());
        self
    }

    /// The storage format.
    pub fn format(mut self, format_option_id: impl Into<String>) -> Self {
        self.format = Some(format_option_id.into());
        self
    }

    /// Where the recipe's partitioning comes from: `FIRST_INPUT` (the
    /// default: the first input dataset's), `dataset:<name>` or
    /// `folder:<id>`, or `None` (none is set).
    pub fn copy_partitioning_from(mut self, from: Option<&str>) -> Self {
        self.copy_partitioning_from = from.map(str::to_owned);
        self
    }

    /// Append to the output when the recipe runs (default `false`).
    pub fn append(mut self, append: bool) -> Self {
        self.append = append;
        self
    }

    /// Delete a dataset of that name first, with its data (default `false`).
    pub fn overwrite(mut self, overwrite: bool) -> Self {
        self.overwrite = overwrite;
        self
    }
}

/// A request `create` sends before the recipe, in the order the creator
/// was set up.
#[derive(Debug, Clone)]
enum Before {
    /// Delete this dataset with its data, if it exists.
    DeleteIfExists(String),
    /// Create this managed dataset (deleting one of that name first when
    /// `overwrite`).
    CreateDataset(DssManagedDatasetCreationHelper, bool),
}

/// A recipe being set up (dataikuapi's `DSSRecipeCreator` and its
/// subclasses), from [`DssProject::new_recipe`],
/// [`DssDataset::new_recipe`] or [`DssDataset::new_code_recipe`]: its
/// inputs, outputs and type-specific settings, then
/// [`create`](Self::create).
///
/// What a creator may do depends on the recipe's type, as in dataikuapi:
/// visual recipes with one output (grouping, window, sync, sort, ...) take
/// [`with_new_output`](Self::with_new_output) and
/// [`with_existing_output`](Self::with_existing_output); join, stack,
/// fuzzy and geo joins take their inputs as "virtual inputs"; a split takes
/// several outputs; code recipes take [`with_script`](Self::with_script)
/// and [`with_new_output_dataset`](Self::with_new_output_dataset). A method
/// the recipe's type does not have (dataikuapi raises there), or a type
/// without a creator here, makes `create` fail with
/// [`Error::InvalidArgument`] before anything is sent.
///
/// ```no_run
/// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
/// use dss_api::NewOutput;
///
/// let project = client.get_project("KEY");
/// let recipe = project
///     .new_recipe("grouping", Some("group_sales"))
///     .with_input("sales", None, None)
///     .with_new_output("sales_by_region", "filesystem_managed", NewOutput::new().overwrite(true))
///     .with_group_key("region")
///     .create()
///     .send()?;
/// # Ok::<_, dss_api::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a recipe creator does nothing until `create()` is sent"]
pub struct DssRecipeCreator {
    project: DssProject,
    kind: Kind,
    recipe_type: String,
    name: Option<String>,
    inputs: Vec<(String, Vec<Value>)>,
    outputs: Vec<(String, Vec<Value>)>,
    settings: Map<String, Value>,
    create_output_dataset: Option<bool>,
    output_dataset_settings: Option<Value>,
    create_output_folder: Option<bool>,
    output_folder_settings: Option<Value>,
    virtual_inputs: Vec<String>,
    output_datasets_settings: Map<String, Value>,
    group_key: Option<String>,
    upsert_key: Option<String>,
    script: Option<String>,
    before: Vec<Before>,
    refusal: Option<(&'static str, String)>,
}

impl DssProject {
    /// A recipe of a type to set up, then create (dataikuapi's
    /// `new_recipe`); `name` unset (`null`) lets DSS name it. No request.
    ///
    /// The types are dataikuapi's: `grouping`, `upsert`, `window`, `sync`,
    /// `csync`, `pivot`, `sort`, `topn`, `distinct`, `join`, `vstack`,
    /// `sampling`, `split`, `prepare` (or `shaker`), `download`, `export`,
    /// `sql_query`, `extract_failed_rows`, `generate_features`, the code
    /// types (`python`, `r`, `sql_script`, `pyspark`, `sparkr`,
    /// `spark_scala`, `shell`, `spark_sql_query`, `cpython`, `ksql`,
    /// `streaming_spark_scala`), and also `fuzzyjoin` and `geojoin`, whose
    /// creators dataikuapi has without `new_recipe` naming them. The
    /// creators of machine learning and generative AI recipes are not here
    /// yet: for them, and unknown types, `create` fails.
    pub fn new_recipe(&self, r#type: &str, name: Option<&str>) -> DssRecipeCreator {
        match creator_of(r#type) {
            Ok((sent, kind)) => DssRecipeCreator::new(self, sent, kind, name),
            Err(reason) => {
                let mut creator = DssRecipeCreator::new(self, r#type, Kind::Base, name);
                creator.refusal = Some(("type", reason));
                creator
            }
        }
    }
}

impl DssDataset {
    /// A recipe of a type reading this dataset, to set up then create
    /// (dataikuapi's `new_recipe`): [`DssProject::new_recipe`] then
    /// [`with_input`](DssRecipeCreator::with_input) of the dataset.
    pub fn new_recipe(&self, r#type: &str, recipe_name: Option<&str>) -> DssRecipeCreator {
        let project = self.client.get_project(&self.project_key);
        project
            .new_recipe(r#type, recipe_name)
            .with_input(&self.dataset_name, None, None)
    }

    /// A code recipe (of any type given, as dataikuapi) reading this
    /// dataset, with its code when given, to set up then create
    /// (dataikuapi's `new_code_recipe`).
    pub fn new_code_recipe(&self, r#type: &str, code: Option<&str>, recipe_name: Option<&str>) -> DssRecipeCreator {
        let project = self.client.get_project(&self.project_key);
        let creator =
            DssRecipeCreator::new(&project, r#type, Kind::Code, recipe_name).with_input(&self.dataset_name, None, None);
        match code {
            Some(code) => creator.with_script(code),
            None => creator,
        }
    }
}

/// Appends an item to a role of a list of roles, making the role when new.
fn push_item(roles: &mut Vec<(String, Vec<Value>)>, role: &str, item: Value) {
    match roles.iter_mut().find(|(r, _)| r == role) {
        Some((_, items)) => items.push(item),
        None => roles.push((role.to_owned(), vec![item])),
    }
}

fn roles_json(roles: &[(String, Vec<Value>)]) -> Value {
    let mut m = Map::new();
    for (role, items) in roles {
        let mut r = Map::new();
        r.insert("items".into(), Value::Array(items.clone()));
        m.insert(role.clone(), Value::Object(r));
    }
    Value::Object(m)
}

fn opt(v: &Option<String>) -> Value {
    v.as_deref().map_or(Value::Null, Value::from)
}

impl DssRecipeCreator {
    fn new(project: &DssProject, recipe_type: &str, kind: Kind, name: Option<&str>) -> DssRecipeCreator {
        DssRecipeCreator {
            project: project.clone(),
            kind,
            recipe_type: recipe_type.to_owned(),
            name: name.map(str::to_owned),
            inputs: Vec::new(),
            outputs: Vec::new(),
            settings: Map::new(),
            create_output_dataset: None,
            output_dataset_settings: None,
            create_output_folder: None,
            output_folder_settings: None,
            virtual_inputs: Vec::new(),
            output_datasets_settings: Map::new(),
            group_key: None,
            upsert_key: None,
            script: None,
            before: Vec::new(),
            refusal: None,
        }
    }

    /// Records the first thing `create` must refuse.
    fn refuse(mut self, method: &'static str, reason: String) -> Self {
        if self.refusal.is_none() {
            self.refusal = Some((method, reason));
        }
        self
    }

    /// Whether the creator of this type has the method; when it does not,
    /// records the refusal.
    fn has(&mut self, method: &'static str, ok: bool, what: &str) -> bool {
        if !ok && self.refusal.is_none() {
            let reason = format!("{what}; this creator makes a `{}` recipe", self.recipe_type);
            self.refusal = Some((method, reason));
        }
        ok
    }

    /// An object of the project, or of another one (`PROJECT.id`).
    fn reference(&self, object_id: &str, project_key: Option<&str>) -> String {
        match project_key {
            Some(p) if p != self.project.project_key => format!("{p}.{object_id}"),
            _ => object_id.to_owned(),
        }
    }

    fn add_output(mut self, output_id: &str, append: bool, role: &str) -> Self {
        let mut item = Map::new();
        item.insert("ref".into(), output_id.into());
        item.insert("appendMode".into(), append.into());
        push_item(&mut self.outputs, role, Value::Object(item));
        self
    }

    /// Sets the recipe's name (`None` in `new_recipe` lets DSS name it).
    pub fn set_name(mut self, name: &str) -> Self {
        self.name = Some(name.to_owned());
        self
    }

    /// Adds an input: a dataset's name, a folder's id, ...; of another
    /// project when `project_key` names one (sent as `PROJECT.id`); in a
    /// role (`None`: `main`, dataikuapi's default). Join, stack, fuzzy and
    /// geo join recipes take their inputs without a role.
    pub fn with_input(mut self, input_id: &str, project_key: Option<&str>, role: Option<&str>) -> Self {
        let reference = self.reference(input_id, project_key);
        if self.kind == Kind::VirtualInputs {
            if role.is_some() {
                let reason = format!("a `{}` recipe takes its inputs without a role", self.recipe_type);
                return self.refuse("with_input", reason);
            }
            self.virtual_inputs.push(reference);
            return self;
        }
        let mut item = Map::new();
        item.insert("ref".into(), reference.into());
        push_item(&mut self.inputs, role.unwrap_or("main"), Value::Object(item));
        self
    }
}

impl DssRecipeCreator {
    /// Adds an output that exists already (`append`: append to it when the
    /// recipe runs; dataikuapi's default `false`). For code and top-N
    /// recipes it goes in `role` (`None`: `main`); a visual recipe's output
    /// (extract-failed-rows excepted) has no role, and is added as by
    /// [`with_existing_output`](Self::with_existing_output).
    pub fn with_output(self, output_id: &str, append: bool, role: Option<&str>) -> Self {
        match self.kind {
            Kind::Base | Kind::Code => self.add_output(output_id, append, role.unwrap_or("main")),
            Kind::SingleOutput if self.recipe_type == "extract_failed_rows" => {
                self.existing_output("with_output", output_id, append, role.unwrap_or("main"))
            }
            _ if role.is_some() => {
                let reason = format!("a `{}` recipe takes its outputs without a role", self.recipe_type);
                self.refuse("with_output", reason)
            }
            _ => self.with_existing_output(output_id, append),
        }
    }

    /// Adds an output that exists already, appended to or overwritten when
    /// the recipe runs (visual recipes). A recipe with one output takes it
    /// once, and not after `with_new_output` of a dataset.
    pub fn with_existing_output(self, output_id: &str, append: bool) -> Self {
        match self.kind {
            Kind::MultipleOutput => self.add_output(output_id, append, "main"),
            Kind::SingleOutput | Kind::VirtualInputs => {
                self.existing_output("with_existing_output", output_id, append, "main")
            }
            Kind::Base | Kind::Code => {
                let mut s = self;
                s.has(
                    "with_existing_output",
                    false,
                    "only visual recipes have `with_existing_output`",
                );
                s
            }
        }
    }

    fn existing_output(self, method: &'static str, output_id: &str, append: bool, role: &str) -> Self {
        if self.create_output_dataset.is_some() {
            return self.refuse(method, "the recipe has its output dataset already".into());
        }
        let mut s = self;
        s.create_output_dataset = Some(false);
        s.add_output(output_id, append, role)
    }

    /// Adds an output created with the recipe, in a connection (visual
    /// recipes): a dataset (the default) or, for a recipe with one output,
    /// a managed folder (`options.object_type("MANAGED_FOLDER")`). With
    /// `overwrite`, a dataset of that name is deleted first, with its data
    /// (when `create` is sent, before the recipe).
    pub fn with_new_output(self, name: &str, connection: &str, options: NewOutput) -> Self {
        let object_type = options.object_type.clone().unwrap_or_else(|| "DATASET".to_owned());
        match self.kind {
            Kind::SingleOutput | Kind::VirtualInputs => self.new_single_output(name, connection, &object_type, options),
            Kind::MultipleOutput if options.object_type.is_none() => {
                let mut s = self;
                if options.overwrite {
                    s.before.push(Before::DeleteIfExists(name.to_owned()));
                }
                let dataset = dataset_settings(connection, &options);
                s.output_datasets_settings.insert(name.to_owned(), dataset);
                s.add_output(name, options.append, "main")
            }
            Kind::MultipleOutput => self.refuse("with_new_output", "a split recipe's new outputs are datasets".into()),
            Kind::Base | Kind::Code => {
                let mut s = self;
                s.has("with_new_output", false, "only visual recipes have `with_new_output`");
                s
            }
        }
    }

    fn new_single_output(mut self, name: &str, connection: &str, object_type: &str, options: NewOutput) -> Self {
        match object_type {
            "DATASET" => {
                if self.create_output_dataset.is_some() {
                    return self.refuse("with_new_output", "the recipe has its output dataset already".into());
                }
                if options.overwrite {
                    self.before.push(Before::DeleteIfExists(name.to_owned()));
                }
                self.create_output_dataset = Some(true);
                self.output_dataset_settings = Some(dataset_settings(connection, &options));
                self.add_output(name, options.append, "main")
            }
            "MANAGED_FOLDER" => {
                if self.create_output_folder.is_some() {
                    return self.refuse("with_new_output", "the recipe has its output folder already".into());
                }
                let mut folder = Map::new();
                folder.insert("connectionId".into(), connection.into());
                folder.insert("typeOptionId".into(), opt(&options.r#type));
                folder.insert("partitioningOptionId".into(), opt(&options.partitioning_option_id));
                self.create_output_folder = Some(true);
                self.output_folder_settings = Some(Value::Object(folder));
                self.add_output(name, options.append, "main")
            }
            // dataikuapi adds nothing for another type.
            _ => self,
        }
    }

    /// Adds an output dataset of a code recipe, created in a connection
    /// when `create` is sent, before the recipe (`POST
    /// .../datasets/managed`; with `overwrite`, a dataset of that name is
    /// deleted first), partitioned as `options.copy_partitioning_from` says
    /// (as dataikuapi, the partitioning goes in the recipe's creation
    /// settings, from its first input by default).
    pub fn with_new_output_dataset(mut self, name: &str, connection: &str, options: NewOutputDataset) -> Self {
        let ok = self.kind == Kind::Code;
        if !self.has(
            "with_new_output_dataset",
            ok,
            "only code recipes have `with_new_output_dataset`",
        ) {
            return self;
        }
        let mut s = self;
        let helper = s.project.new_managed_dataset(name).with_store_into(
            connection,
            options.r#type.as_deref(),
            options.format.as_deref(),
        );
        let partitioning = match options.copy_partitioning_from.as_deref() {
            Some("FIRST_INPUT") => s.first_input().map(|first| format!("copy:dataset:{first}")),
            Some(from) => Some(format!("copy:{from}")),
            None => None,
        };
        if let Some(p) = partitioning {
            s.settings.insert("partitioningOptionId".into(), p.into());
        }
        s.before.push(Before::CreateDataset(helper, options.overwrite));
        s.add_output(name, options.append, "main")
    }

    /// The first input's ref, whatever its role (none yet: dataikuapi
    /// copies no partitioning then).
    fn first_input(&self) -> Option<String> {
        let (_, items) = self.inputs.first()?;
        items.first()?.get("ref")?.as_str().map(str::to_owned)
    }

    /// Grouping recipe: the first grouping key, a column of the input.
    pub fn with_group_key(mut self, group_key: &str) -> Self {
        let ok = self.recipe_type == "grouping";
        if self.has("with_group_key", ok, "only a grouping recipe has a group key") {
            self.group_key = Some(group_key.to_owned());
        }
        self
    }

    /// Upsert recipe: the first upsert key, a column of the input.
    pub fn with_upsert_key(mut self, upsert_key: &str) -> Self {
        let ok = self.recipe_type == "upsert";
        if self.has("with_upsert_key", ok, "only an upsert recipe has an upsert key") {
            self.upsert_key = Some(upsert_key.to_owned());
        }
        self
    }

    /// Code recipe: its code.
    pub fn with_script(mut self, script: &str) -> Self {
        let ok = self.kind == Kind::Code;
        if self.has("with_script", ok, "only code recipes have a script") {
            self.script = Some(script.to_owned());
        }
        self
    }

    /// Creates the recipe as it is given, without DSS's completion of its
    /// settings (`rawCreation`).
    pub fn set_raw_mode(mut self) -> Self {
        self.settings.insert("rawCreation".into(), Value::Bool(true));
        self
    }
}

/// The creation settings of a new output dataset, as dataikuapi writes
/// them.
fn dataset_settings(connection: &str, options: &NewOutput) -> Value {
    let mut specific = Map::new();
    specific.insert("formatOptionId".into(), opt(&options.format));
    specific.insert(
        "overrideSQLSchema".into(),
        options.override_sql_schema.clone().unwrap_or(Value::Null),
    );
    let mut d = Map::new();
    d.insert("connectionId".into(), connection.into());
    d.insert("typeOptionId".into(), opt(&options.r#type));
    d.insert("specificSettings".into(), Value::Object(specific));
    d.insert("partitioningOptionId".into(), opt(&options.partitioning_option_id));
    Value::Object(d)
}

impl DssRecipeCreator {
    /// The recipe's prototype as it will be sent (`inputs`, `outputs`,
    /// `type`, `name`; `create_recipe` adds `projectKey`).
    pub fn get_recipe_proto(&self) -> Value {
        let mut proto = Map::new();
        proto.insert("inputs".into(), roles_json(&self.inputs));
        proto.insert("outputs".into(), roles_json(&self.outputs));
        proto.insert("type".into(), self.recipe_type.as_str().into());
        proto.insert("name".into(), opt(&self.name));
        Value::Object(proto)
    }

    /// The creation settings as they will be sent, completed for the
    /// recipe's type as dataikuapi completes them.
    pub fn get_creation_settings(&self) -> Value {
        let mut s = self.settings.clone();
        let flag = |v: Option<bool>| v.map_or(Value::Null, Value::Bool);
        match self.kind {
            Kind::SingleOutput | Kind::VirtualInputs => {
                s.insert("createOutputDataset".into(), flag(self.create_output_dataset));
                s.insert(
                    "outputDatasetSettings".into(),
                    self.output_dataset_settings.clone().unwrap_or(Value::Null),
                );
                s.insert("createOutputFolder".into(), flag(self.create_output_folder));
                s.insert(
                    "outputFolderSettings".into(),
                    self.output_folder_settings.clone().unwrap_or(Value::Null),
                );
                if self.kind == Kind::VirtualInputs {
                    s.insert("virtualInputs".into(), self.virtual_inputs.clone().into());
                }
                if let Some(k) = &self.group_key {
                    s.insert("groupKey".into(), k.as_str().into());
                }
                if let Some(k) = &self.upsert_key {
                    s.insert("upsertKey".into(), k.as_str().into());
                }
            }
            Kind::MultipleOutput => {
                let mut by_role = Map::new();
                by_role.insert("main".into(), Value::Object(self.output_datasets_settings.clone()));
                s.insert("outputDatasetsCreationSettingsByRole".into(), Value::Object(by_role));
            }
            Kind::Code => {
                s.insert("script".into(), opt(&self.script));
            }
            Kind::Base => {}
        }
        Value::Object(s)
    }

    /// Creates the recipe: first what its outputs asked for (deleting
    /// datasets to overwrite, creating the output datasets of a code
    /// recipe), in the order they were added, then the recipe
    /// (`POST /projects/{project_key}/recipes/`); `send` returns a handle
    /// on it, with the name DSS gave it.
    pub fn create(&self) -> RecipeCreatorCreate<'_> {
        static CREATE: Endpoint = Endpoint::local("DssRecipeCreator", "create");
        RecipeCreatorCreate {
            creator: self,
            settings: RequestOptions::for_method(&CREATE),
        }
    }

    /// The same as [`create`](Self::create) (dataikuapi's `build`).
    pub fn build(&self) -> RecipeCreatorCreate<'_> {
        self.create()
    }
}

/// Request value of [`DssRecipeCreator::create`]: call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct RecipeCreatorCreate<'a> {
    creator: &'a DssRecipeCreator,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(RecipeCreatorCreate<'a>, settings);

impl RecipeCreatorCreate<'_> {
    /// Sends what the outputs asked for, then creates the recipe.
    pub fn send(self) -> Result<DssRecipe> {
        let c = self.creator;
        if let Some((name, reason)) = c.refusal.clone() {
            return Err(Error::InvalidArgument { name, reason });
        }
        for step in &c.before {
            match step {
                Before::DeleteIfExists(name) => {
                    let dataset = c.project.get_dataset(name);
                    if dataset.exists().send()? {
                        timed!(dataset.delete().drop_data(true), &self.settings).send()?;
                    }
                }
                Before::CreateDataset(helper, overwrite) => {
                    timed!(helper.create().overwrite(*overwrite), &self.settings).send()?;
                }
            }
        }
        let request = c.project.create_recipe(c.get_recipe_proto(), c.get_creation_settings());
        timed!(request, &self.settings).send()
    }
}
