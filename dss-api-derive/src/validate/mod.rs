//! Semantic checks, and the resolution of the spec as written (`ast.rs`)
//! into the API to generate (`ir.rs`). Every problem is collected (not just
//! the first), each with the spec location it comes from; an entry with a
//! problem is left out of the API, so one mistake does not cascade.
//!
//! - `mod.rs`: the whole spec, method by method;
//! - `handles.rs`: handle declarations, the task handle, and binding values
//!   to a handle's fields;
//! - `models.rs`: model declarations;
//! - `checker.rs`: one method: its arguments, and where each is used;
//! - `request.rs`: its request (path, query, body, `start`, idempotence);
//! - `json.rs`: a JSON body, member by member;
//! - `results.rs`: what it gives back.

mod checker;
mod handles;
mod json;
mod models;
mod request;
mod results;

use checker::Checker;
use handles::bind_handle_fields;

use std::collections::{HashMap, HashSet};

use heck::ToLowerCamelCase;

use crate::ast::{self, Body, FileName, Member, Secrecy, Segment, Source, SpecError, Value};
use crate::ir::*;
use crate::names::{
    bare, did_you_mean, looks_like_credential, quoted, request_type_name, CLIENT, CONCAT, CONVERSIONS,
    RESERVED_SETTERS, RESERVED_TYPES,
};

/// A name that looks like a credential's must say whether it is one.
fn check_secrecy(errors: &mut Vec<SpecError>, loc: &ast::Loc, what: &str, name: &str, secrecy: Secrecy) {
    if secrecy == Secrecy::Unmarked && looks_like_credential(name) {
        errors.push(SpecError::new(
            loc,
            format!(
                "{what} `{name}` looks like a credential: mark it `secret` (never shown by `Debug`, logs or errors) \
                 or `shown` (it is not one)"
            ),
        ));
    }
}

/// Checks the whole spec; returns what can be generated and every problem.
pub fn validate(spec: &ast::Spec) -> (Api, Vec<SpecError>) {
    let mut v = Validator::default();
    let handles = v.handles(spec);
    let models = v.models(spec, &handles);
    let mut methods = v.methods(spec, &handles);
    add_get_raw(spec, &handles, &mut methods);
    let handles = handle_defs(spec, &handles);
    add_client_raw(&handles, &mut methods);
    for m in &mut methods {
        let owner = handles.iter().find(|h| h.name == m.owner);
        m.owner_is_client = owner.is_none_or(|h| h.server.is_some());
        m.server = owner
            .map(|h| h.client.as_str())
            .and_then(|c| handles.iter().find(|h| h.name == c))
            .and_then(|h| h.server.clone())
            .unwrap_or_default();
    }
    let api = Api {
        files: spec.file_names.clone(),
        handles,
        models,
        methods,
    };
    (api, v.errors)
}

/// The handles that validated (the first of a name), in spec order.
fn handle_defs(spec: &ast::Spec, handles: &HashMap<&str, &ast::Handle>) -> Vec<HandleDef> {
    spec.handles
        .iter()
        .filter(|h| handles.get(h.name.as_str()).is_some_and(|k| std::ptr::eq(*k, *h)))
        .map(|h| HandleDef {
            file: h.loc.file.clone(),
            name: h.name.clone(),
            doc: h.doc.clone(),
            fields: h
                .fields
                .iter()
                .map(|f| FieldDef {
                    name: f.name.clone(),
                    ty: f.ty.clone(),
                    secret: f.secrecy.is_secret(),
                })
                .collect(),
            document: h.document,
            client: h.client.clone(),
            server: h.server.as_ref().map(|s| ServerRef {
                client: h.name.clone(),
                base: s.base.clone(),
                credential_required: !s.optional,
                credential: Some(s.credential),
            }),
        })
        .collect()
}

/// Every document handle has dataikuapi's `get_raw` (the whole document),
/// unless its spec declares one.
fn add_get_raw(spec: &ast::Spec, handles: &HashMap<&str, &ast::Handle>, methods: &mut Vec<Method>) {
    for h in spec.handles.iter().filter(|h| h.document) {
        if !handles.get(h.name.as_str()).is_some_and(|k| std::ptr::eq(*k, h)) {
            continue;
        }
        if methods.iter().any(|m| m.owner == h.name && m.name == "get_raw") {
            continue;
        }
        methods.push(Method {
            file: h.loc.file.clone(),
            owner: h.name.clone(),
            name: "get_raw".into(),
            doc: "The whole document, every member (those no accessor names included); \
                  `raw_mut` changes it before `save`."
                .into(),
            args: Vec::new(),
            action: Action::Local(Local::Get {
                kind: ArgKind::Json,
                path: String::new(),
            }),
            server: ServerRef::default(),
            owner_is_client: false,
            deprecated: None,
        });
    }
}

/// The client type of a method's server, from its owner (`None`: the
/// DSS client).
fn client_of(owner: Option<&ast::Handle>) -> &str {
    owner.map_or(CLIENT, |h| h.client.as_str())
}

/// Every client of another server has the escape hatch `raw` (DSS's is
/// declared in the spec, written by hand), generated with the client.
fn add_client_raw(handles: &[HandleDef], methods: &mut Vec<Method>) {
    let other = |text: &str| ast::Type {
        text: text.to_owned(),
        shape: ast::Shape::Other,
    };
    for h in handles.iter().filter(|h| h.server.is_some()) {
        if methods.iter().any(|m| m.owner == h.name && m.name == "raw") {
            continue;
        }
        methods.push(Method {
            file: h.file.clone(),
            owner: h.name.clone(),
            name: "raw".into(),
            doc: "A request on any path of this server's API, for an endpoint the spec lacks: the same \
                  credential, time bounds, retries, errors and logs as every method."
                .into(),
            args: Vec::new(),
            action: Action::ByHand {
                receiver: ast::Receiver::Ref,
                args: vec![("verb".into(), other("crate::Verb")), ("path".into(), other("&str"))],
                ret: other("RawRequest<'_>"),
            },
            server: ServerRef::default(),
            owner_is_client: true,
            deprecated: None,
        });
    }
}

/// A hand-written method, as the catalog lists it.
fn by_hand_method(ep: &ast::Endpoint, by_hand: &ast::ByHand) -> Method {
    Method {
        file: ep.loc.file.clone(),
        owner: ep.owner.clone(),
        name: ep.name.clone(),
        doc: ep.doc.clone(),
        args: Vec::new(),
        action: Action::ByHand {
            receiver: by_hand.receiver,
            args: by_hand.args.clone(),
            ret: by_hand.ret.clone(),
        },
        server: ServerRef::default(),
        owner_is_client: false,
        deprecated: None,
    }
}

#[derive(Default)]
struct Validator {
    pub(super) errors: Vec<SpecError>,
    /// How the `task handle` is built from an answer (`future` results,
    /// `.start()`), when the spec declares one.
    pub(super) task: Option<HandleBuild>,
}

impl Validator {
    pub(super) fn err(&mut self, loc: &ast::Loc, msg: impl Into<String>) {
        self.errors.push(SpecError::new(loc, msg));
    }
}

impl Validator {
    /// Every method of the spec that validated, in spec order.
    fn methods<'s>(&mut self, spec: &'s ast::Spec, handles: &HashMap<&'s str, &'s ast::Handle>) -> Vec<Method> {
        let mut out = Vec::new();
        let mut seen: HashMap<(&str, &str), &ast::Endpoint> = HashMap::new();
        let mut types: HashMap<String, &ast::Endpoint> = HashMap::new();
        let mut unknown_owners: HashSet<&str> = HashSet::new();
        for ep in &spec.endpoints {
            let Some(owner) = self.owner_of(ep, handles, &mut unknown_owners) else {
                continue;
            };
            if let Some(first) = seen.insert((&ep.owner, &ep.name), ep) {
                self.err(
                    &ep.loc,
                    format!(
                        "duplicate method `{}::{}` (first declared at {})",
                        ep.owner, ep.name, first.loc
                    ),
                );
                continue;
            }
            if let Some(by_hand) = &ep.by_hand {
                out.push(by_hand_method(ep, by_hand));
                continue;
            }
            let before = self.errors.len();
            if ep.http.is_some() {
                let ty = request_type_name(&ep.owner, &ep.name);
                if let Some(first) = types.insert(ty.clone(), ep) {
                    self.err(
                        &ep.loc,
                        format!(
                            "request type `{ty}` would also be generated for `{}` at {}",
                            first.name, first.loc
                        ),
                    );
                }
            }
            let method = Checker {
                ep,
                owner,
                handles,
                task: self
                    .task
                    .as_ref()
                    .filter(|t| handles.get(t.handle.as_str()).map(|h| h.client.as_str()) == Some(client_of(owner))),
                uses: HashMap::new(),
                concat_uses: HashMap::new(),
                errors: &mut self.errors,
            }
            .run();
            if self.errors.len() == before {
                out.extend(method);
            }
        }
        out
    }

    /// The handle a method is of (`Some(None)` for the client); an owner
    /// that is neither is reported once.
    fn owner_of<'s>(
        &mut self,
        ep: &'s ast::Endpoint,
        handles: &HashMap<&'s str, &'s ast::Handle>,
        unknown: &mut HashSet<&'s str>,
    ) -> Option<Option<&'s ast::Handle>> {
        if ep.owner == CLIENT {
            return Some(None);
        }
        if let Some(h) = handles.get(ep.owner.as_str()) {
            return Some(Some(*h));
        }
        if unknown.insert(&ep.owner) {
            let mut owners: Vec<&str> = handles.keys().copied().collect();
            owners.push(CLIENT);
            owners.sort_unstable();
            self.err(
                &ep.owner_loc,
                format!(
                    "`{}` is neither `{CLIENT}` nor a declared handle{}",
                    ep.owner,
                    did_you_mean(&ep.owner, &owners)
                ),
            );
        }
        None
    }
}
