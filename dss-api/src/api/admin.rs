//! Instance administration: the hand-written local methods of
//! [`DssConnectionSettings`] (who may use the connection and read its
//! details) and of [`DssGeneralSettings`] (impersonation rules), over the
//! document each holds.

use serde_json::Value;

use crate::api::handles::{DssConnectionSettings, DssGeneralSettings};
use crate::api::settings::push_to;

impl DssConnectionSettings {
    /// Sets who may use the connection: everybody (`usableBy` `ALL`; the
    /// allowed groups are left as they were), or the groups listed
    /// (`usableBy` `ALLOWED`, `allowedGroups` the list).
    pub fn set_usability(&mut self, all: bool, groups: &[&str]) -> &mut DssConnectionSettings {
        if all {
            self.document.set("usableBy", "ALL");
        } else {
            self.document.set("usableBy", "ALLOWED");
            self.document.set("allowedGroups", groups.to_vec());
        }
        self
    }

    /// Who may read the connection's details (`detailsReadability`): read
    /// and set it through the returned value.
    pub fn details_readability(&mut self) -> ConnectionDetailsReadability<'_> {
        ConnectionDetailsReadability { settings: self }
    }
}

/// Who may read a connection's details, its credentials mostly
/// ([`DssConnectionSettings::details_readability`]; dataikuapi's
/// `DSSConnectionDetailsReadability`). Giving some workloads the
/// credentials (Spark reading the data directly, say) needs it. Changes
/// are made in the connection's settings, which `save` sends.
#[derive(Debug)]
pub struct ConnectionDetailsReadability<'a> {
    settings: &'a mut DssConnectionSettings,
}

impl ConnectionDetailsReadability<'_> {
    /// `NONE` (nobody), `ALL` (everybody) or `ALLOWED` (the groups of
    /// `allowed_groups`).
    pub fn readable_by(&self) -> Option<&str> {
        self.settings
            .document
            .get("detailsReadability.readableBy")
            .and_then(Value::as_str)
    }

    /// The groups that may read the details when `readable_by` is
    /// `ALLOWED`.
    pub fn allowed_groups(&self) -> Vec<&str> {
        self.settings
            .document
            .get("detailsReadability.allowedGroups")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// Sets who may read the details: everybody (`all`: `ALL`), nobody (no
    /// group: `NONE`), or the groups listed (`ALLOWED`); the allowed groups
    /// are left as they were unless groups are given.
    pub fn set_readability(self, all: bool, groups: &[&str]) -> Self {
        let doc = &mut self.settings.document;
        if all {
            doc.set("detailsReadability.readableBy", "ALL");
        } else if groups.is_empty() {
            doc.set("detailsReadability.readableBy", "NONE");
        } else {
            doc.set("detailsReadability.readableBy", "ALLOWED");
            doc.set("detailsReadability.allowedGroups", groups.to_vec());
        }
        self
    }
}

impl DssGeneralSettings {
    /// Adds an impersonation rule to `impersonation.userRules`, or to
    /// `impersonation.groupRules` unless `is_user_rule`.
    pub fn add_impersonation_rule(&mut self, rule: Value, is_user_rule: bool) -> &mut DssGeneralSettings {
        let path = if is_user_rule {
            "impersonation.userRules"
        } else {
            "impersonation.groupRules"
        };
        push_to(&mut self.document, path, rule);
        self
    }

    /// The impersonation rules that match `filter`: the user rules
    /// (`impersonation.userRules`), then the group rules.
    pub fn get_impersonation_rules(&self, filter: &ImpersonationRuleFilter) -> Vec<ImpersonationRule<'_>> {
        let rules = |path: &str| {
            self.document
                .get(path)
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
        };
        let users = rules("impersonation.userRules")
            .iter()
            .filter(|r| filter.keeps(r, true))
            .map(ImpersonationRule::User);
        let groups = rules("impersonation.groupRules")
            .iter()
            .filter(|r| filter.keeps(r, false))
            .map(ImpersonationRule::Group);
        users.chain(groups).collect()
    }

    /// Removes the impersonation rules that match `filter`.
    pub fn remove_impersonation_rules(&mut self, filter: &ImpersonationRuleFilter) -> &mut DssGeneralSettings {
        for (path, user) in [("impersonation.userRules", true), ("impersonation.groupRules", false)] {
            if !self.document.get(path).is_some_and(Value::is_array) {
                continue;
            }
            if let Some(rules) = self.document.list_mut(path) {
                rules.retain(|r| !filter.keeps(r, user));
            }
        }
        self
    }
}

/// An impersonation rule of the general settings, as
/// [`DssGeneralSettings::get_impersonation_rules`] finds it (dataikuapi's
/// `DSSUserImpersonationRule` and `DSSGroupImpersonationRule`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ImpersonationRule<'a> {
    /// A rule for users (`impersonation.userRules`).
    User(&'a Value),
    /// A rule for groups (`impersonation.groupRules`).
    Group(&'a Value),
}

impl<'a> ImpersonationRule<'a> {
    /// The rule as the settings hold it (`type`, `scope`, `dssUser` or
    /// `dssGroup`, `ruleFrom`, `targetUnix`, `targetHadoop`, ...).
    pub fn raw(&self) -> &'a Value {
        match self {
            ImpersonationRule::User(r) | ImpersonationRule::Group(r) => r,
        }
    }

    /// Whether it is a rule for users.
    pub fn is_user(&self) -> bool {
        matches!(self, ImpersonationRule::User(_))
    }
}

/// Which impersonation rules [`DssGeneralSettings::get_impersonation_rules`]
/// finds and [`remove_impersonation_rules`](DssGeneralSettings::remove_impersonation_rules)
/// removes: dataikuapi's optional arguments, each unset by default (then
/// it does not filter). A rule matches when every criterion set that
/// applies to its kind holds; `project_key`, `scope` and `dss_user` apply
/// to user rules only, `dss_group` to group rules only.
#[derive(Debug, Clone, Default)]
pub struct ImpersonationRuleFilter {
    dss_user: Option<String>,
    dss_group: Option<String>,
    unix_user: Option<String>,
    hadoop_user: Option<String>,
    project_key: Option<String>,
    scope: Option<String>,
    rule_type: Option<String>,
    is_user: Option<bool>,
    rule_from: Option<String>,
}

macro_rules! filter_setters {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            pub fn $name(mut self, $name: impl Into<String>) -> Self {
                self.$name = Some($name.into());
                self
            }
        )*
    };
}

impl ImpersonationRuleFilter {
    /// No criterion: every rule.
    pub fn new() -> Self {
        Self::default()
    }

    filter_setters! {
        /// User rules for this DSS user (`dssUser`).
        dss_user,
        /// Group rules for this DSS group (`dssGroup`).
        dss_group,
        /// Rules to this UNIX user (`targetUnix`).
        unix_user,
        /// Rules to this Hadoop user (`targetHadoop`).
        hadoop_user,
        /// User rules of this project (`projectKey`).
        project_key,
        /// User rules of this scope (`scope`: `PROJECT` or `GLOBAL`).
        scope,
        /// Rules of this matching method (`type`: `IDENTITY`,
        /// `SINGLE_MAPPING`, `REGEXP_RULE`).
        rule_type,
        /// Rules with this regular expression (`ruleFrom`).
        rule_from,
    }

    /// Only user rules (`true`) or only group rules (`false`).
    pub fn is_user(mut self, is_user: bool) -> Self {
        self.is_user = Some(is_user);
        self
    }

    /// Whether `rule`, a user rule or not, matches.
    fn keeps(&self, rule: &Value, user: bool) -> bool {
        if self.is_user.is_some_and(|u| u != user) {
            return false;
        }
        let is = |wanted: &Option<String>, member: &str| {
            wanted
                .as_deref()
                .is_none_or(|w| rule.get(member).and_then(Value::as_str) == Some(w))
        };
        let common = is(&self.rule_from, "ruleFrom")
            && is(&self.unix_user, "targetUnix")
            && is(&self.hadoop_user, "targetHadoop")
            && is(&self.rule_type, "type");
        if user {
            common && is(&self.dss_user, "dssUser") && is(&self.project_key, "projectKey") && is(&self.scope, "scope")
        } else {
            common && is(&self.dss_group, "dssGroup")
        }
    }
}
