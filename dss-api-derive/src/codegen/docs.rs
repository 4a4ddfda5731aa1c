//! The rustdoc of generated methods and setters, written from the resolved
//! API: where each argument is sent comes from its `Place`, never from text.

use crate::ir::{Action, Arg, ArgKind, BodyPlan, Local, Method, Place, Presence, Request, Scalar, UploadName, Verb};
use crate::names::request_type_name;

/// Where an argument is sent, as a phrase ("query parameter `x`"); `None`
/// when it is not sent (it only fills the returned handle).
pub fn place_text(arg: &Arg, request: Option<&Request>) -> Option<String> {
    Some(match &arg.place {
        Place::Path => "a path segment".to_owned(),
        Place::PathSegments => "path segments (each encoded, the slashes kept)".to_owned(),
        Place::Query(k) if arg.kind == ArgKind::Strings => {
            format!("query parameter `{k}`, repeated for each item")
        }
        Place::Query(k) => format!("query parameter `{k}`"),
        Place::Member { path, via, .. } => format!("JSON member `{path}`{}", via_text(via)),
        Place::Body { via } => format!("the JSON body{}", via_text(via)),
        Place::Spread => "the members of the JSON body".to_owned(),
        Place::Upload => {
            let filename = match request.and_then(|r| r.body.as_ref()) {
                Some(BodyPlan::Upload {
                    filename: UploadName::Const(f),
                    ..
                }) => format!("filename `{f}`"),
                Some(BodyPlan::Upload {
                    filename: UploadName::Arg(a),
                    ..
                }) => format!("filename from `{a}`"),
                Some(BodyPlan::Upload {
                    filename: UploadName::Own,
                    ..
                }) => "filename: the upload's own, or `file`".to_owned(),
                _ => String::new(),
            };
            format!("a streamed multipart upload (part `file`, {filename})")
        }
        Place::UploadName => "the file name of the uploaded part".to_owned(),
        Place::Raw => "the raw request body, streamed".to_owned(),
        Place::SaveTo => "the local file the answer is written to".to_owned(),
        Place::WriteTo => "the writer the answer is copied into".to_owned(),
        Place::HandleOnly => return None,
        Place::Document(path) => format!("member `{path}` of the document"),
    })
}

fn via_text(via: &Option<String>) -> String {
    via.as_ref()
        .map(|v| format!(", converted by `{v}`"))
        .unwrap_or_default()
}

/// What an optional argument defaults to, and where it goes.
pub fn describe_default(arg: &Arg, request: Option<&Request>) -> String {
    let default = match &arg.presence {
        Presence::Required => "Required.".to_owned(),
        Presence::Optional => match &arg.place {
            Place::Member { omitted: false, .. } | Place::Body { .. } => {
                "Unset by default (then sent as `null`).".to_owned()
            }
            _ => "Unset by default (then left out).".to_owned(),
        },
        Presence::Default(l) => format!("Default: `{}`.", l.text()),
        Presence::Env(var) => {
            format!("Default: the `{var}` environment variable (an error if it is unset too).")
        }
    };
    match place_text(arg, request) {
        Some(place) => format!("{default} Sent as {place}."),
        None => default,
    }
}

/// The doc of a setter on a request value.
pub fn setter_doc(arg: &Arg, request: &Request) -> String {
    let mut d = if arg.doc.is_empty() {
        format!("Sets `{}`.", arg.name)
    } else {
        arg.doc.clone()
    };
    d.push_str("\n\n");
    d.push_str(&describe_default(arg, Some(request)));
    d
}

/// The doc of a method: the spec's text, the verb and path, and every
/// argument with where it goes.
pub fn method_doc(m: &Method) -> String {
    let mut doc = m.doc.clone();
    if let Some(note) = &m.deprecated {
        doc.push_str(&format!("\n\nDeprecated in dataikuapi: {note}."));
    }
    let Some(r) = m.request() else {
        doc.push_str(match m.action {
            Action::Local(Local::Set) => {
                "\n\nSets members of the document this value holds (see `save`); sends no request."
            }
            Action::Local(_) => "\n\nReads the document this value holds; sends no request.",
            _ => "\n\nBuilds a handle; sends no request.",
        });
        return doc;
    };
    let mut line = format!("\n\n`{} {}`", r.verb.as_str(), r.path);
    let consts: Vec<String> = r
        .query
        .iter()
        .filter_map(|q| match &q.value {
            Scalar::Lit(l) => Some(format!("`{}={l}`", q.key)),
            Scalar::Val(_) | Scalar::Json(_) | Scalar::Concat(_) => None,
        })
        .collect();
    if !consts.is_empty() {
        line.push_str(&format!(" (always with {})", consts.join(", ")));
    }
    doc.push_str(&line);
    if r.server_wait {
        doc.push_str(
            "\n\nDSS holds this request open until its work ends: the answer may take up to the \
             client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.",
        );
    }
    match (r.verb, &r.idempotent) {
        (Verb::Post | Verb::Patch, Some(reason)) => doc.push_str(&format!(
            "\n\nSafe to send twice ({reason}): a retry policy may repeat it."
        )),
        (Verb::Post | Verb::Patch, None) => {
            doc.push_str("\n\nNever retried: sending it twice could do the work twice.")
        }
        _ => {}
    }
    let required: Vec<String> = m
        .args
        .iter()
        .filter(|a| a.is_required())
        .map(|a| {
            let text = if a.doc.is_empty() {
                String::new()
            } else {
                format!("{} ", a.doc.replace('\n', " "))
            };
            let sent = match place_text(a, Some(r)) {
                Some(w) => format!("Sent as {w}."),
                None => "Fills the returned handle.".to_owned(),
            };
            format!("- `{}`: {text}{sent}", a.name)
        })
        .collect();
    if !required.is_empty() {
        doc.push_str("\n\nArguments:\n");
        doc.push_str(&required.join("\n"));
    }
    let optional: Vec<String> = m
        .args
        .iter()
        .filter(|a| !a.is_required())
        .map(|a| format!("- `{}`: {}", a.name, describe_default(a, Some(r))))
        .collect();
    if !optional.is_empty() {
        doc.push_str("\n\nOptional arguments, set by name on the returned request:\n");
        doc.push_str(&optional.join("\n"));
    }
    let ty = request_type_name(&m.owner, &m.name);
    doc.push_str(&format!(
        "\n\nReturns a [`{ty}`](requests::{ty}) request; nothing is sent until `.send()`."
    ));
    doc
}
