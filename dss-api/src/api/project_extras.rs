//! More of a project: moving it to another folder (two requests), and
//! rendering a document template (a body built and checked here), over the
//! requests of `spec/project_extras.dss` and `spec/project_folders.dss`.

use serde_json::{Map, Value};

use crate::api::handles::DssProject;
use crate::api::pending::Pending;
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

/// The template types DSS renders.
const TEMPLATE_TYPES: &[&str] = &["CEL_EXPANSION", "JINJA", "DOCX_JINJA"];

/// The output formats DSS renders to.
const OUTPUT_FORMATS: &[&str] = &["PDF", "DOCX", "TEXT"];

impl DssProject {
    /// Moves the project into another project folder, given by its id
    /// (dataikuapi's `move_to_folder`, which takes the folder object): finds
    /// the folder it is in (`get_project_folder`), then moves it from there
    /// (`DssProjectFolder::move_project_to`).
    pub fn move_to_folder(&self, folder: &str) -> Pending<'_, ()> {
        let folder = folder.to_owned();
        Pending::new(&crate::api::generated::endpoints::PROJECT_MOVE_TO_FOLDER, move |opts| {
            let current = timed!(self.get_project_folder(), opts).send()?;
            timed!(current.move_project_to(&self.project_key, &folder), opts).send()
        })
    }

    /// Renders a document template with data (dataikuapi's
    /// `render_document_template`): a template of type `template_type`
    /// (`CEL_EXPANSION`, `JINJA` or `DOCX_JINJA`), given as text, as bytes
    /// (a Word template) or as a reference, rendered into
    /// `output_format` (`PDF`, `DOCX` or `TEXT`, which must be set); `send`
    /// returns DSS's answer (`ok`, `error`, and the document's reference,
    /// `documentRef`, inline unless `output_ref` said otherwise).
    pub fn render_document_template(
        &self,
        template_type: impl Into<String>,
        data: Value,
    ) -> ProjectRenderDocumentTemplate<'_> {
        ProjectRenderDocumentTemplate {
            project: self,
            template_type: template_type.into(),
            data,
            template_str: None,
            template_bytes: None,
            template_ref: None,
            output_format: None,
            output_ref: None,
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::PROJECT_RENDER_DOCUMENT_TEMPLATE),
        }
    }
}

/// Request value of [`DssProject::render_document_template`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectRenderDocumentTemplate<'a> {
    project: &'a DssProject,
    template_type: String,
    data: Value,
    template_str: Option<String>,
    template_bytes: Option<Vec<u8>>,
    template_ref: Option<Value>,
    output_format: Option<String>,
    output_ref: Option<Value>,
    settings: RequestOptions,
}

// Its request gets these settings.
options_setters!(ProjectRenderDocumentTemplate<'a>, settings);

/// An inline document (dataikuapi's `InlineDocumentRef`), of text or of
/// base64 bytes.
fn inline_document(content: String, content_type: &str) -> Value {
    let mut d = Map::new();
    d.insert("type".into(), "inline_document".into());
    d.insert("content".into(), content.into());
    d.insert("contentType".into(), content_type.into());
    d.insert("mimeType".into(), Value::Null);
    Value::Object(d)
}

fn refused(name: &'static str, reason: String) -> Error {
    Error::InvalidArgument { name, reason }
}

impl ProjectRenderDocumentTemplate<'_> {
    /// The template as text (`CEL_EXPANSION` and `JINJA`; unset by default).
    pub fn template_str(mut self, template_str: impl Into<String>) -> Self {
        self.template_str = Some(template_str.into());
        self
    }

    /// The template as bytes (a `DOCX_JINJA` Word file), sent in base64
    /// (unset by default).
    pub fn template_bytes(mut self, template_bytes: impl Into<Vec<u8>>) -> Self {
        self.template_bytes = Some(template_bytes.into());
        self
    }

    /// The template as a document reference, sent as given (an inline
    /// document, a file of a managed folder, ...; unset by default); it
    /// wins over text and bytes.
    pub fn template_ref(mut self, template_ref: Value) -> Self {
        self.template_ref = Some(template_ref);
        self
    }

    /// The output format: `PDF`, `DOCX` or `TEXT` (no default: it must be
    /// set, as dataikuapi refuses `None`).
    pub fn output_format(mut self, output_format: impl Into<String>) -> Self {
        self.output_format = Some(output_format.into());
        self
    }

    /// Where the output goes, as a document reference (default: inline, in
    /// the answer).
    pub fn output_ref(mut self, output_ref: Value) -> Self {
        self.output_ref = Some(output_ref);
        self
    }

    /// Checks the arguments as dataikuapi does (an unknown type or format,
    /// or no template for the type, is [`Error::InvalidArgument`] and
    /// nothing is sent), then renders.
    pub fn send(self) -> Result<Value> {
        use base64::Engine as _;
        let t = self.template_type.as_str();
        if !TEMPLATE_TYPES.contains(&t) {
            return Err(refused("template_type", format!("must be one of {TEMPLATE_TYPES:?}")));
        }
        let has_template = if t == "DOCX_JINJA" {
            self.template_bytes.is_some() || self.template_ref.is_some()
        } else {
            self.template_str.is_some() || self.template_ref.is_some()
        };
        if !has_template {
            let what = if t == "DOCX_JINJA" {
                "template_bytes"
            } else {
                "template_str"
            };
            return Err(refused("template_ref", format!("{t} needs `{what}` or `template_ref`")));
        }
        let format = self.output_format.as_deref().unwrap_or_default();
        if !OUTPUT_FORMATS.contains(&format) {
            return Err(refused("output_format", format!("must be one of {OUTPUT_FORMATS:?}")));
        }
        let template_ref = match (self.template_ref, self.template_str, self.template_bytes) {
            (Some(r), _, _) => r,
            (None, Some(text), _) => inline_document(text, "PLAIN_TEXT"),
            (None, None, Some(bytes)) => {
                inline_document(base64::engine::general_purpose::STANDARD.encode(bytes), "BASE64_BYTES")
            }
            (None, None, None) => return Err(refused("template_ref", "no template given".into())),
        };
        let mut payload = Map::new();
        payload.insert("templateType".into(), t.into());
        payload.insert("data".into(), self.data);
        payload.insert("outputFormat".into(), format.into());
        payload.insert("templateRef".into(), template_ref);
        let destination = self
            .output_ref
            .unwrap_or_else(|| inline_document(String::new(), "PLAIN_TEXT"));
        payload.insert("destinationRef".into(), destination);
        let request = self.project.render_document_template_request(Value::Object(payload));
        timed!(request, &self.settings).send()
    }
}
