//! Model declarations.

use super::*;

impl Validator {
    /// Every model that validated, in spec order.
    pub(super) fn models(&mut self, spec: &ast::Spec, handles: &HashMap<&str, &ast::Handle>) -> Vec<ModelDef> {
        let mut out = Vec::new();
        let mut names: HashMap<&str, &ast::Model> = HashMap::new();
        for m in &spec.models {
            if let Some(first) = names.insert(&m.name, m) {
                self.err(
                    &m.loc,
                    format!("model `{}` is declared twice (first at {})", m.name, first.loc),
                );
                continue;
            }
            if !self.model_name_is_free(m, handles) {
                continue;
            }
            let before = self.errors.len();
            let members = self.members(m);
            let handle = m
                .handle
                .as_ref()
                .and_then(|(hname, args, hloc)| self.model_handle(m, &members, handles, (hname, args, hloc)));
            if self.errors.len() == before {
                out.push(ModelDef {
                    file: m.loc.file.clone(),
                    name: m.name.clone(),
                    doc: m.doc.clone(),
                    members,
                    handle,
                });
            }
        }
        out
    }

    /// A model's name must not be a handle's, nor one generated code uses.
    fn model_name_is_free(&mut self, m: &ast::Model, handles: &HashMap<&str, &ast::Handle>) -> bool {
        if handles.contains_key(m.name.as_str()) || m.name == CLIENT {
            self.err(&m.loc, format!("`{}` is already the name of a handle", m.name));
            return false;
        }
        if RESERVED_TYPES.contains(&m.name.as_str()) {
            self.err(
                &m.loc,
                format!(
                    "`{}` would shadow a type generated code relies on; choose another name",
                    m.name
                ),
            );
            return false;
        }
        true
    }

    /// The named members of a model, with their wire names.
    fn members(&mut self, m: &ast::Model) -> Vec<MemberDef> {
        let mut members = Vec::new();
        let mut wires = HashSet::new();
        for mm in &m.members {
            if bare(&mm.name) == "extra" {
                self.err(&mm.loc, "`extra` is reserved for the members a model does not name");
            }
            let wire = bare(&mm.name).to_lower_camel_case();
            if !wires.insert(wire.clone()) {
                self.err(&mm.loc, format!("member `{wire}` of `{}` is declared twice", m.name));
            }
            check_secrecy(&mut self.errors, &mm.loc, "member", &mm.name, mm.secrecy);
            let optional = mm.ty.is_option();
            if optional && mm.defaulted {
                self.err(
                    &mm.loc,
                    "an `Option` member is already `None` when absent: drop `= default`",
                );
            }
            members.push(MemberDef {
                name: mm.name.clone(),
                wire,
                ty: mm.ty.clone(),
                optional,
                defaulted: mm.defaulted,
                secret: mm.secrecy.is_secret(),
                doc: mm.doc.clone(),
            });
        }
        members
    }

    /// `-> Handle(member, ..)`: the handle `to_handle` builds from a model's
    /// string members and constants.
    fn model_handle(
        &mut self,
        m: &ast::Model,
        members: &[MemberDef],
        handles: &HashMap<&str, &ast::Handle>,
        (hname, args, hloc): (&String, &Vec<ast::HandleArg>, &ast::Loc),
    ) -> Option<HandleBuild> {
        let Some(h) = handles.get(hname.as_str()) else {
            let known: Vec<&str> = handles.keys().copied().collect();
            self.err(
                hloc,
                format!("`{hname}` is not a declared handle{}", did_you_mean(hname, &known)),
            );
            return None;
        };
        let mut sources = Vec::new();
        for a in args {
            let source = match &a.source {
                Source::Var(v) => match self.member_source(m, members, v, &a.loc) {
                    Some(s) => s,
                    None => continue,
                },
                Source::Const(c) => FieldSource::Const(c.clone()),
                _ => {
                    self.err(&a.loc, "a model's handle is made of its members or constants");
                    continue;
                }
            };
            sources.push((a, source));
        }
        // A member already reported is not reported again as a missing
        // field.
        if sources.len() < args.len() {
            return None;
        }
        bind_handle_fields(h, sources, hloc, &mut self.errors)
    }

    /// The string member `v` of a model, as the value of a handle field.
    fn member_source(&mut self, m: &ast::Model, members: &[MemberDef], v: &str, at: &ast::Loc) -> Option<FieldSource> {
        match members.iter().find(|mm| mm.name == v) {
            Some(mm) if mm.ty.is_string() => Some(FieldSource::ModelMember {
                name: v.to_owned(),
                optional: mm.optional,
            }),
            Some(mm) => {
                self.err(
                    at,
                    format!("handle fields take a `String` member, but `{v}` is `{}`", mm.ty),
                );
                None
            }
            None => {
                let known: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
                self.err(
                    at,
                    format!("`{v}` is not a member of `{}`{}", m.name, did_you_mean(v, &known)),
                );
                None
            }
        }
    }
}
