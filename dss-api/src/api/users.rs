//! Users: the hand-written local methods of [`DssUserSettings`] and
//! [`DssOwnUserSettings`] (secrets, per-user credentials, preferences),
//! over the document each holds.

use serde_json::{json, Value};

use crate::api::handles::{DssOwnUserSettings, DssUserSettings};
use crate::api::settings::{push_to, python_json_items};
use crate::rt::Document;

/// The name DSS gives the per-user credential of a plugin preset's
/// parameter: the four ids and the parameter as dataikuapi writes them
/// (`"PLUGIN", "<plugin>", "<set>", "<preset>", "<param>"`).
fn plugin_credential_name(plugin_id: &str, param_set_id: &str, preset_id: &str, param_name: &str) -> String {
    python_json_items(&["PLUGIN", plugin_id, param_set_id, preset_id, param_name])
}

/// Sets the per-user credential `name` (`credentials` made first when
/// missing).
fn set_credential(doc: &mut Document, name: String, credential: Value) {
    if let Some(credentials) = doc.object_mut("credentials") {
        credentials.insert(name, credential);
    }
}

/// Removes the per-user credential `name`, if there is one.
fn remove_credential(doc: &mut Document, name: &str) {
    let has = doc
        .get("credentials")
        .and_then(Value::as_object)
        .is_some_and(|c| c.contains_key(name));
    if has {
        if let Some(credentials) = doc.object_mut("credentials") {
            // As Python's `del`: the other credentials keep their order.
            credentials.shift_remove(name);
        }
    }
}

/// Removes the secrets named `name` (`secrets` rewritten without them, as
/// dataikuapi does).
fn remove_secret(doc: &mut Document, name: &str) {
    if !doc.get("secrets").is_some_and(Value::is_array) {
        return;
    }
    if let Some(secrets) = doc.list_mut("secrets") {
        secrets.retain(|s| s.get("name").and_then(Value::as_str) != Some(name));
    }
}

/// The local methods both kinds of user settings have (dataikuapi's
/// `DSSUserSettingsBase`), for each of them.
macro_rules! user_settings_methods {
    ($ty:ident) => {
        impl $ty {
            /// Adds a secret (`{"name", "value", "secret": true}` in
            /// `secrets`), after removing those of the same name.
            pub fn add_secret(&mut self, name: &str, value: &str) -> &mut $ty {
                remove_secret(&mut self.document, name);
                push_to(
                    &mut self.document,
                    "secrets",
                    json!({"name": name, "value": value, "secret": true}),
                );
                self
            }

            /// Removes the secrets named `name` from `secrets`.
            pub fn remove_secret(&mut self, name: &str) -> &mut $ty {
                remove_secret(&mut self.document, name);
                self
            }

            /// Sets `credentials[connection]` to a `BASIC` credential.
            pub fn set_basic_connection_credential(&mut self, connection: &str, login: &str, password: &str) -> &mut $ty {
                set_credential(
                    &mut self.document,
                    connection.to_owned(),
                    json!({"type": "BASIC", "user": login, "password": password}),
                );
                self
            }

            /// Removes `credentials[connection]`, if there is one.
            pub fn remove_connection_credential(&mut self, connection: &str) -> &mut $ty {
                remove_credential(&mut self.document, connection);
                self
            }

            /// Sets the `BASIC` credential of a plugin preset's parameter
            /// (keyed in `credentials` as dataikuapi keys it).
            pub fn set_basic_plugin_credential(
                &mut self,
                plugin_id: &str,
                param_set_id: &str,
                preset_id: &str,
                param_name: &str,
                login: &str,
                password: &str,
            ) -> &mut $ty {
                set_credential(
                    &mut self.document,
                    plugin_credential_name(plugin_id, param_set_id, preset_id, param_name),
                    json!({"type": "BASIC", "user": login, "password": password}),
                );
                self
            }

            /// Sets the `OAUTH_REFRESH_TOKEN` credential of a plugin
            /// preset's parameter (keyed in `credentials` as dataikuapi
            /// keys it).
            pub fn set_oauth2_plugin_credential(
                &mut self,
                plugin_id: &str,
                param_set_id: &str,
                preset_id: &str,
                param_name: &str,
                refresh_token: &str,
            ) -> &mut $ty {
                set_credential(
                    &mut self.document,
                    plugin_credential_name(plugin_id, param_set_id, preset_id, param_name),
                    json!({"type": "OAUTH_REFRESH_TOKEN", "refreshToken": refresh_token}),
                );
                self
            }

            /// Removes the credential of a plugin preset's parameter, if
            /// there is one.
            pub fn remove_plugin_credential(
                &mut self,
                plugin_id: &str,
                param_set_id: &str,
                preset_id: &str,
                param_name: &str,
            ) -> &mut $ty {
                let name = plugin_credential_name(plugin_id, param_set_id, preset_id, param_name);
                remove_credential(&mut self.document, &name);
                self
            }
        }
    };
}

user_settings_methods!(DssUserSettings);
user_settings_methods!(DssOwnUserSettings);

impl DssUserSettings {
    /// The user's preferences (`preferences`): read and set them through
    /// the returned value.
    pub fn preferences(&mut self) -> UserPreferences<'_> {
        UserPreferences { settings: self }
    }
}

/// A user's preferences ([`DssUserSettings::preferences`]; dataikuapi's
/// `DSSUserPreferences`): each getter reads a member of `preferences`
/// (`None` when it is absent), each `set_` setter sets it. Changes are made
/// in the user's settings, which `save` sends.
#[derive(Debug)]
pub struct UserPreferences<'a> {
    settings: &'a mut DssUserSettings,
}

macro_rules! preferences {
    ($($(#[$doc:meta])* $get:ident, $set:ident: $member:literal;)*) => {
        impl UserPreferences<'_> {
            $(
                $(#[$doc])*
                pub fn $get(&self) -> Option<bool> {
                    self.settings.document.get(concat!("preferences.", $member)).and_then(Value::as_bool)
                }

                #[doc = concat!("Sets `", stringify!($get), "` (`preferences.", $member, "`).")]
                pub fn $set(&mut self, new_value: bool) -> &mut Self {
                    self.settings.document.set(concat!("preferences.", $member), new_value);
                    self
                }
            )*
        }
    };
}

impl UserPreferences<'_> {
    /// The language of the user's web interface: `en`, `ja` or `fr`.
    pub fn ui_language(&self) -> Option<&str> {
        self.settings
            .document
            .get("preferences.uiLanguage")
            .and_then(Value::as_str)
    }

    /// Sets the language of the user's web interface (`en`, `ja`, `fr`).
    pub fn set_ui_language(&mut self, new_value: &str) -> &mut Self {
        self.settings.document.set("preferences.uiLanguage", new_value);
        self
    }
}

preferences! {
    /// Whether the user gets an email when mentioned in a discussion or a
    /// commit message.
    mention_emails, set_mention_emails: "mentionEmails";
    /// Whether the user gets an email when someone writes in a discussion
    /// of an item they watch.
    discussion_emails, set_discussion_emails: "discussionEmails";
    /// Whether the user gets an email when someone asks for access to one
    /// of their projects, or to use one of its objects.
    access_request_emails, set_access_request_emails: "accessRequestEmails";
    /// Whether the user gets an email when given access to a project, or
    /// when their access or sharing requests are granted.
    granted_access_emails, set_granted_access_emails: "grantedAccessEmails";
    /// Whether the user gets an email when their plugin requests are
    /// granted.
    granted_plugin_request_emails, set_granted_plugin_request_emails: "grantedPluginRequestEmails";
    /// Whether the user gets an email when someone asks to install a
    /// plugin.
    plugin_request_emails, set_plugin_request_emails: "pluginRequestEmails";
    /// Whether the user gets an email when someone asks for access to the
    /// instance.
    instance_access_requests_emails, set_instance_access_requests_emails: "instanceAccessRequestsEmails";
    /// Whether the user gets an email when someone asks for a better
    /// profile.
    profile_upgrade_requests_emails, set_profile_upgrade_requests_emails: "profileUpgradeRequestsEmails";
    /// Whether the user gets an email when someone asks for a code
    /// environment to be created.
    code_env_creation_request_emails, set_code_env_creation_request_emails: "codeEnvCreationRequestEmails";
    /// Whether the user gets an email when their request for a code
    /// environment is granted.
    granted_code_env_creation_request_emails, set_granted_code_env_creation_request_emails: "grantedCodeEnvCreationRequestEmails";
    /// Whether the user gets a daily email summing up the day's activity,
    /// logged in or not.
    daily_digests_emails, set_daily_digests_emails: "dailyDigestsEmails";
    /// Whether the user gets periodic emails about what happened while
    /// they were away.
    offline_activity_emails, set_offline_activity_emails: "offlineActivityEmails";
    /// Whether the flow remembers the user's zoom and selects the last item
    /// they looked at.
    remember_position_flow, set_remember_position_flow: "rememberPositionFlow";
    /// Whether the user is told when other users log in or out.
    login_logout_notifications, set_login_logout_notifications: "loginLogoutNotifications";
    /// Whether the user is told when objects they watch are changed.
    watched_objects_editions_notifications, set_watched_objects_editions_notifications: "watchedObjectsEditionsNotifications";
    /// Whether the user is told when an object is created or deleted in the
    /// project they are in.
    object_on_current_project_created_deleted_notifications, set_object_on_current_project_created_deleted_notifications: "objectOnCurrentProjectCreatedDeletedNotifications";
    /// Whether the user is told when any object is changed in the project
    /// they are in.
    any_object_on_current_project_edited_notifications, set_any_object_on_current_project_edited_notifications: "anyObjectOnCurrentProjectEditedNotifications";
    /// Whether the user is told when an object is starred in the project
    /// they are in.
    watch_star_on_current_project_notifications, set_watch_star_on_current_project_notifications: "watchStarOnCurrentProjectNotifications";
    /// Whether the user is told when other users run jobs, scenarios or ML
    /// tasks.
    other_users_jobs_tasks_notifications, set_other_users_jobs_tasks_notifications: "otherUsersJobsTasksNotifications";
    /// Whether the user is told of access or sharing requests to them, and
    /// when one of theirs is granted.
    request_access_notifications, set_request_access_notifications: "requestAccessNotifications";
    /// Whether the user is told when scenarios run as them.
    scenario_run_notifications, set_scenario_run_notifications: "scenarioRunNotifications";
}
