// The expansion of `iam.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/iam.dss`.
pub mod spec_iam {
    /// Handle types.
    pub mod handles {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
    }
    /// Typed answers.
    pub mod models {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
    }
    /// Request values.
    pub mod requests {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        ///Request value of [`DssSsoSettings::save`](super::super::handles::DssSsoSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SsoSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSsoSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SsoSettingsSave<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin//iam/sso-settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SsoSettingsSave, super::endpoints::SSO_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin//iam/sso-settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SsoSettingsSave<'_> {}
        ///Request value of [`DssLdapSettings::save`](super::super::handles::DssLdapSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LdapSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLdapSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LdapSettingsSave<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin//iam/ldap-settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LdapSettingsSave, super::endpoints::LDAP_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin//iam/ldap-settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LdapSettingsSave<'_> {}
        ///Request value of [`DssAzureAdSettings::save`](super::super::handles::DssAzureAdSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AzureAdSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAzureAdSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AzureAdSettingsSave<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin//iam/azure-ad-settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AzureAdSettingsSave, super::endpoints::AZURE_AD_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin//iam/azure-ad-settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AzureAdSettingsSave<'_> {}
        crate::rt::request_list!(SsoSettingsSave, LdapSettingsSave, AzureAdSettingsSave);
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssSsoSettings::save`.
        pub static SSO_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (needs admin rights): the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin//iam/sso-settings",
                    &[],
                    "SsoSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSsoSettings::get_protocol`.
        pub static SSO_SETTINGS_GET_PROTOCOL: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_protocol",
            crate::rt::Server::DSS,
            "The protocol: `SAML`, `SPNEGO` or `OPENID`.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_protocol`.
        pub static SSO_SETTINGS_SET_PROTOCOL: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_protocol",
            crate::rt::Server::DSS,
            "Changes what `get_protocol` reads (then `save`).",
            &[
                Arg::new(
                    "protocol",
                    "str",
                    Presence::Required,
                    Place::Document("protocol"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_remapping_rules`.
        pub static SSO_SETTINGS_GET_REMAPPING_RULES: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_remapping_rules",
            crate::rt::Server::DSS,
            "The rules that turn the login the identity provider gives into a DSS login, each `{\"ruleFrom\", \"ruleTo\"}`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_remapping_rules`.
        pub static SSO_SETTINGS_SET_REMAPPING_RULES: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_remapping_rules",
            crate::rt::Server::DSS,
            "Changes what `get_remapping_rules` reads (then `save`).",
            &[
                Arg::new(
                    "remapping_rules",
                    "json",
                    Presence::Required,
                    Place::Document("remappingRules"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_saml_sp_params`.
        pub static SSO_SETTINGS_GET_SAML_SP_PARAMS: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_saml_sp_params",
            crate::rt::Server::DSS,
            "The parameters of DSS as a SAML service provider.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_saml_sp_params`.
        pub static SSO_SETTINGS_SET_SAML_SP_PARAMS: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_saml_sp_params",
            crate::rt::Server::DSS,
            "Changes what `get_saml_sp_params` reads (then `save`).",
            &[
                Arg::new(
                    "saml_sp_params",
                    "json",
                    Presence::Required,
                    Place::Document("samlSPParams"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_openid_params`.
        pub static SSO_SETTINGS_GET_OPENID_PARAMS: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_openid_params",
            crate::rt::Server::DSS,
            "The parameters of the OpenID Connect provider (its client id and secret among them).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_openid_params`.
        pub static SSO_SETTINGS_SET_OPENID_PARAMS: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_openid_params",
            crate::rt::Server::DSS,
            "Changes what `get_openid_params` reads (then `save`).",
            &[
                Arg::new(
                    "openid_params",
                    "json",
                    Presence::Required,
                    Place::Document("openIDParams"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_spnego_mode`.
        pub static SSO_SETTINGS_GET_SPNEGO_MODE: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_spnego_mode",
            crate::rt::Server::DSS,
            "How SPNEGO is set up: `PREAUTH_KEYTAB` or `CUSTOM_LOGIN_CONF`.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_spnego_mode`.
        pub static SSO_SETTINGS_SET_SPNEGO_MODE: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_spnego_mode",
            crate::rt::Server::DSS,
            "Changes what `get_spnego_mode` reads (then `save`).",
            &[
                Arg::new(
                    "spnego_mode",
                    "str",
                    Presence::Required,
                    Place::Document("spnegoMode"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_sso_enabled`.
        pub static SSO_SETTINGS_GET_SSO_ENABLED: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_sso_enabled",
            crate::rt::Server::DSS,
            "Whether single sign-on is used at all.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_sso_enabled`.
        pub static SSO_SETTINGS_SET_SSO_ENABLED: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_sso_enabled",
            crate::rt::Server::DSS,
            "Changes what `get_sso_enabled` reads (then `save`).",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::Document("enabled"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_auto_provision_users_at_login_time`.
        pub static SSO_SETTINGS_GET_AUTO_PROVISION_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_auto_provision_users_at_login_time",
            crate::rt::Server::DSS,
            "Whether a user the identity provider knows is created in DSS at first login.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_auto_provision_users_at_login_time`.
        pub static SSO_SETTINGS_SET_AUTO_PROVISION_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_auto_provision_users_at_login_time",
            crate::rt::Server::DSS,
            "Changes what `get_auto_provision_users_at_login_time` reads (then `save`).",
            &[
                Arg::new(
                    "auto_provision",
                    "bool",
                    Presence::Required,
                    Place::Document("autoProvisionUsersAtLoginTime"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_auto_sync_users_at_login_time`.
        pub static SSO_SETTINGS_GET_AUTO_SYNC_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_auto_sync_users_at_login_time",
            crate::rt::Server::DSS,
            "Whether a user's details are synced from the identity provider at each login.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_auto_sync_users_at_login_time`.
        pub static SSO_SETTINGS_SET_AUTO_SYNC_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_auto_sync_users_at_login_time",
            crate::rt::Server::DSS,
            "Changes what `get_auto_sync_users_at_login_time` reads (then `save`).",
            &[
                Arg::new(
                    "auto_sync",
                    "bool",
                    Presence::Required,
                    Place::Document("autoSyncUsersAtLoginTime"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_default_user_profile`.
        pub static SSO_SETTINGS_GET_DEFAULT_USER_PROFILE: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_default_user_profile",
            crate::rt::Server::DSS,
            "The profile of users created at login, unless a group says otherwise.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_default_user_profile`.
        pub static SSO_SETTINGS_SET_DEFAULT_USER_PROFILE: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_default_user_profile",
            crate::rt::Server::DSS,
            "Changes what `get_default_user_profile` reads (then `save`).",
            &[
                Arg::new(
                    "default_profile",
                    "str",
                    Presence::Required,
                    Place::Document("defaultUserProfile"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_group_profiles`.
        pub static SSO_SETTINGS_GET_GROUP_PROFILES: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_group_profiles",
            crate::rt::Server::DSS,
            "The profile given to members of each group the identity provider names.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_group_profiles`.
        pub static SSO_SETTINGS_SET_GROUP_PROFILES: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_group_profiles",
            crate::rt::Server::DSS,
            "Changes what `get_group_profiles` reads (then `save`).",
            &[
                Arg::new(
                    "group_profiles",
                    "json",
                    Presence::Required,
                    Place::Document("groupProfiles"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_authorized_groups`.
        pub static SSO_SETTINGS_GET_AUTHORIZED_GROUPS: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_authorized_groups",
            crate::rt::Server::DSS,
            "The groups whose members may log in (empty: all).",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssSsoSettings::set_authorized_groups`.
        pub static SSO_SETTINGS_SET_AUTHORIZED_GROUPS: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "set_authorized_groups",
            crate::rt::Server::DSS,
            "Changes what `get_authorized_groups` reads (then `save`).",
            &[
                Arg::new(
                    "authorized_groups",
                    "[str]",
                    Presence::Required,
                    Place::Document("authorizedGroups"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::save`.
        pub static LDAP_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (needs admin rights): the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin//iam/ldap-settings",
                    &[],
                    "LdapSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLdapSettings::get_url`.
        pub static LDAP_SETTINGS_GET_URL: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_url",
            crate::rt::Server::DSS,
            "The LDAP server's URL (`ldap://host:389/dc=example,dc=com`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_url`.
        pub static LDAP_SETTINGS_SET_URL: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_url",
            crate::rt::Server::DSS,
            "Changes what `get_url` reads (then `save`).",
            &[Arg::new("url", "str", Presence::Required, Place::Document("url"), false)],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_use_tls`.
        pub static LDAP_SETTINGS_GET_USE_TLS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_use_tls",
            crate::rt::Server::DSS,
            "Whether DSS talks to the server over TLS (StartTLS).",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_use_tls`.
        pub static LDAP_SETTINGS_SET_USE_TLS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_use_tls",
            crate::rt::Server::DSS,
            "Changes what `get_use_tls` reads (then `save`).",
            &[
                Arg::new(
                    "use_tls",
                    "bool",
                    Presence::Required,
                    Place::Document("useTls"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_bind_dn`.
        pub static LDAP_SETTINGS_GET_BIND_DN: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_bind_dn",
            crate::rt::Server::DSS,
            "The distinguished name DSS binds as to search the directory.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_bind_dn`.
        pub static LDAP_SETTINGS_SET_BIND_DN: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_bind_dn",
            crate::rt::Server::DSS,
            "Changes what `get_bind_dn` reads (then `save`).",
            &[
                Arg::new(
                    "bind_dn",
                    "str",
                    Presence::Required,
                    Place::Document("bindDN"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_bind_password`.
        pub static LDAP_SETTINGS_GET_BIND_PASSWORD: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_bind_password",
            crate::rt::Server::DSS,
            "The password DSS binds with.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_bind_password`.
        pub static LDAP_SETTINGS_SET_BIND_PASSWORD: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_bind_password",
            crate::rt::Server::DSS,
            "Changes what `get_bind_password` reads (then `save`).",
            &[
                Arg::new(
                    "bind_password",
                    "str",
                    Presence::Required,
                    Place::Document("bindPassword"),
                    true,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_user_filter`.
        pub static LDAP_SETTINGS_GET_USER_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_user_filter",
            crate::rt::Server::DSS,
            "The filter that finds a user by login (`{USERNAME}` stands for it).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_user_filter`.
        pub static LDAP_SETTINGS_SET_USER_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_user_filter",
            crate::rt::Server::DSS,
            "Changes what `get_user_filter` reads (then `save`).",
            &[
                Arg::new(
                    "user_filter",
                    "str",
                    Presence::Required,
                    Place::Document("userFilter"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_display_name_attribute`.
        pub static LDAP_SETTINGS_GET_DISPLAY_NAME_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_display_name_attribute",
            crate::rt::Server::DSS,
            "The attribute holding a user's display name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_display_name_attribute`.
        pub static LDAP_SETTINGS_SET_DISPLAY_NAME_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_display_name_attribute",
            crate::rt::Server::DSS,
            "Changes what `get_display_name_attribute` reads (then `save`).",
            &[
                Arg::new(
                    "display_name_attribute",
                    "str",
                    Presence::Required,
                    Place::Document("displayNameAttribute"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_email_attribute`.
        pub static LDAP_SETTINGS_GET_EMAIL_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_email_attribute",
            crate::rt::Server::DSS,
            "The attribute holding a user's email address.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_email_attribute`.
        pub static LDAP_SETTINGS_SET_EMAIL_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_email_attribute",
            crate::rt::Server::DSS,
            "Changes what `get_email_attribute` reads (then `save`).",
            &[
                Arg::new(
                    "email_attribute",
                    "str",
                    Presence::Required,
                    Place::Document("emailAttribute"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_enable_groups`.
        pub static LDAP_SETTINGS_GET_ENABLE_GROUPS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_enable_groups",
            crate::rt::Server::DSS,
            "Whether DSS reads users' groups from the directory.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_enable_groups`.
        pub static LDAP_SETTINGS_SET_ENABLE_GROUPS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_enable_groups",
            crate::rt::Server::DSS,
            "Changes what `get_enable_groups` reads (then `save`).",
            &[
                Arg::new(
                    "enable_groups",
                    "bool",
                    Presence::Required,
                    Place::Document("enableGroups"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_group_filter`.
        pub static LDAP_SETTINGS_GET_GROUP_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_group_filter",
            crate::rt::Server::DSS,
            "The filter that finds a user's groups.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_group_filter`.
        pub static LDAP_SETTINGS_SET_GROUP_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_group_filter",
            crate::rt::Server::DSS,
            "Changes what `get_group_filter` reads (then `save`).",
            &[
                Arg::new(
                    "group_filter",
                    "str",
                    Presence::Required,
                    Place::Document("groupFilter"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_group_name_attribute`.
        pub static LDAP_SETTINGS_GET_GROUP_NAME_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_group_name_attribute",
            crate::rt::Server::DSS,
            "The attribute holding a group's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_group_name_attribute`.
        pub static LDAP_SETTINGS_SET_GROUP_NAME_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_group_name_attribute",
            crate::rt::Server::DSS,
            "Changes what `get_group_name_attribute` reads (then `save`).",
            &[
                Arg::new(
                    "group_name_attribute",
                    "str",
                    Presence::Required,
                    Place::Document("groupNameAttribute"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_authorized_groups`.
        pub static LDAP_SETTINGS_GET_AUTHORIZED_GROUPS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_authorized_groups",
            crate::rt::Server::DSS,
            "The directory groups whose members may log in (empty: all).",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_authorized_groups`.
        pub static LDAP_SETTINGS_SET_AUTHORIZED_GROUPS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_authorized_groups",
            crate::rt::Server::DSS,
            "Changes what `get_authorized_groups` reads (then `save`).",
            &[
                Arg::new(
                    "authorized_groups",
                    "[str]",
                    Presence::Required,
                    Place::Document("authorizedGroups"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_enabled`.
        pub static LDAP_SETTINGS_GET_ENABLED: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_enabled",
            crate::rt::Server::DSS,
            "Whether LDAP is used at all.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_enabled`.
        pub static LDAP_SETTINGS_SET_ENABLED: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_enabled",
            crate::rt::Server::DSS,
            "Changes what `get_enabled` reads (then `save`).",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::Document("enabled"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_auto_import_users`.
        pub static LDAP_SETTINGS_GET_AUTO_IMPORT_USERS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_auto_import_users",
            crate::rt::Server::DSS,
            "Whether a user found in the directory is created in DSS at first login.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_auto_import_users`.
        pub static LDAP_SETTINGS_SET_AUTO_IMPORT_USERS: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_auto_import_users",
            crate::rt::Server::DSS,
            "Changes what `get_auto_import_users` reads (then `save`).",
            &[
                Arg::new(
                    "auto_import_users",
                    "bool",
                    Presence::Required,
                    Place::Document("autoImportUsers"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_auto_sync_users_at_login_time`.
        pub static LDAP_SETTINGS_GET_AUTO_SYNC_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_auto_sync_users_at_login_time",
            crate::rt::Server::DSS,
            "Whether a user's details are synced from the directory at each login.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_auto_sync_users_at_login_time`.
        pub static LDAP_SETTINGS_SET_AUTO_SYNC_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_auto_sync_users_at_login_time",
            crate::rt::Server::DSS,
            "Changes what `get_auto_sync_users_at_login_time` reads (then `save`).",
            &[
                Arg::new(
                    "auto_sync_users_at_login_time",
                    "bool",
                    Presence::Required,
                    Place::Document("autoSyncUsersAtLoginTime"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_allow_on_demand_users_sync`.
        pub static LDAP_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_SYNC: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_allow_on_demand_users_sync",
            crate::rt::Server::DSS,
            "Whether users may be synced from the directory when an administrator asks.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_allow_on_demand_users_sync`.
        pub static LDAP_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_SYNC: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_allow_on_demand_users_sync",
            crate::rt::Server::DSS,
            "Changes what `get_allow_on_demand_users_sync` reads (then `save`).",
            &[
                Arg::new(
                    "allow_on_demand_users_sync",
                    "bool",
                    Presence::Required,
                    Place::Document("allowOnDemandUsersSync"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_default_user_profile`.
        pub static LDAP_SETTINGS_GET_DEFAULT_USER_PROFILE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_default_user_profile",
            crate::rt::Server::DSS,
            "The profile of users created from the directory, unless a group says otherwise.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_default_user_profile`.
        pub static LDAP_SETTINGS_SET_DEFAULT_USER_PROFILE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_default_user_profile",
            crate::rt::Server::DSS,
            "Changes what `get_default_user_profile` reads (then `save`).",
            &[
                Arg::new(
                    "default_user_profile",
                    "str",
                    Presence::Required,
                    Place::Document("defaultUserProfile"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_group_profiles`.
        pub static LDAP_SETTINGS_GET_GROUP_PROFILES: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_group_profiles",
            crate::rt::Server::DSS,
            "The profile given to members of each directory group.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_group_profiles`.
        pub static LDAP_SETTINGS_SET_GROUP_PROFILES: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_group_profiles",
            crate::rt::Server::DSS,
            "Changes what `get_group_profiles` reads (then `save`).",
            &[
                Arg::new(
                    "group_profiles",
                    "json",
                    Presence::Required,
                    Place::Document("groupProfiles"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_authentication_enabled`.
        pub static LDAP_SETTINGS_GET_AUTHENTICATION_ENABLED: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_authentication_enabled",
            crate::rt::Server::DSS,
            "Whether users log in with their directory password.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_authentication_enabled`.
        pub static LDAP_SETTINGS_SET_AUTHENTICATION_ENABLED: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_authentication_enabled",
            crate::rt::Server::DSS,
            "Changes what `get_authentication_enabled` reads (then `save`).",
            &[
                Arg::new(
                    "authentication_enabled",
                    "bool",
                    Presence::Required,
                    Place::Document("authenticationEnabled"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_all_groups_filter`.
        pub static LDAP_SETTINGS_GET_ALL_GROUPS_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_all_groups_filter",
            crate::rt::Server::DSS,
            "The filter that lists every group of the directory.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_all_groups_filter`.
        pub static LDAP_SETTINGS_SET_ALL_GROUPS_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_all_groups_filter",
            crate::rt::Server::DSS,
            "Changes what `get_all_groups_filter` reads (then `save`).",
            &[
                Arg::new(
                    "all_groups_filter",
                    "str",
                    Presence::Required,
                    Place::Document("allGroupsFilter"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_all_users_filter`.
        pub static LDAP_SETTINGS_GET_ALL_USERS_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_all_users_filter",
            crate::rt::Server::DSS,
            "The filter that lists every user of the directory.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_all_users_filter`.
        pub static LDAP_SETTINGS_SET_ALL_USERS_FILTER: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_all_users_filter",
            crate::rt::Server::DSS,
            "Changes what `get_all_users_filter` reads (then `save`).",
            &[
                Arg::new(
                    "all_users_filter",
                    "str",
                    Presence::Required,
                    Place::Document("allUsersFilter"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_username_attribute`.
        pub static LDAP_SETTINGS_GET_USERNAME_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_username_attribute",
            crate::rt::Server::DSS,
            "The attribute holding a user's login.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_username_attribute`.
        pub static LDAP_SETTINGS_SET_USERNAME_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_username_attribute",
            crate::rt::Server::DSS,
            "Changes what `get_username_attribute` reads (then `save`).",
            &[
                Arg::new(
                    "username_attribute",
                    "str",
                    Presence::Required,
                    Place::Document("usernameAttribute"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_group_membership_attribute`.
        pub static LDAP_SETTINGS_GET_GROUP_MEMBERSHIP_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_group_membership_attribute",
            crate::rt::Server::DSS,
            "The attribute of a group naming its members.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_group_membership_attribute`.
        pub static LDAP_SETTINGS_SET_GROUP_MEMBERSHIP_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_group_membership_attribute",
            crate::rt::Server::DSS,
            "Changes what `get_group_membership_attribute` reads (then `save`).",
            &[
                Arg::new(
                    "group_membership_attribute",
                    "str",
                    Presence::Required,
                    Place::Document("groupMembershipAttribute"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_allow_on_demand_users_provisioning`.
        pub static LDAP_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_PROVISIONING: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_allow_on_demand_users_provisioning",
            crate::rt::Server::DSS,
            "Whether users may be created from the directory when an administrator asks.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_allow_on_demand_users_provisioning`.
        pub static LDAP_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_PROVISIONING: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_allow_on_demand_users_provisioning",
            crate::rt::Server::DSS,
            "Changes what `get_allow_on_demand_users_provisioning` reads (then `save`).",
            &[
                Arg::new(
                    "allow_on_demand_users_provisioning",
                    "bool",
                    Presence::Required,
                    Place::Document("allowOnDemandUsersProvisioning"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_group_membership_user_attribute`.
        pub static LDAP_SETTINGS_GET_GROUP_MEMBERSHIP_USER_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_group_membership_user_attribute",
            crate::rt::Server::DSS,
            "The attribute of a user that a group's membership attribute names.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_group_membership_user_attribute`.
        pub static LDAP_SETTINGS_SET_GROUP_MEMBERSHIP_USER_ATTRIBUTE: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_group_membership_user_attribute",
            crate::rt::Server::DSS,
            "Changes what `get_group_membership_user_attribute` reads (then `save`).",
            &[
                Arg::new(
                    "group_membership_user_attribute",
                    "str",
                    Presence::Required,
                    Place::Document("groupMembershipUserAttribute"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_remapping_rules`.
        pub static LDAP_SETTINGS_GET_REMAPPING_RULES: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_remapping_rules",
            crate::rt::Server::DSS,
            "The rules that turn a directory login into a DSS login, each `{\"ruleFrom\", \"ruleTo\"}`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssLdapSettings::set_remapping_rules`.
        pub static LDAP_SETTINGS_SET_REMAPPING_RULES: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "set_remapping_rules",
            crate::rt::Server::DSS,
            "Changes what `get_remapping_rules` reads (then `save`).",
            &[
                Arg::new(
                    "remapping_rules",
                    "json",
                    Presence::Required,
                    Place::Document("remappingRules"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::save`.
        pub static AZURE_AD_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (needs admin rights): the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin//iam/azure-ad-settings",
                    &[],
                    "AzureAdSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_use_global_proxy`.
        pub static AZURE_AD_SETTINGS_GET_USE_GLOBAL_PROXY: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_use_global_proxy",
            crate::rt::Server::DSS,
            "Whether DSS reaches Azure AD through the instance's proxy.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_use_global_proxy`.
        pub static AZURE_AD_SETTINGS_SET_USE_GLOBAL_PROXY: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_use_global_proxy",
            crate::rt::Server::DSS,
            "Changes what `get_use_global_proxy` reads (then `save`).",
            &[
                Arg::new(
                    "use_global_proxy",
                    "bool",
                    Presence::Required,
                    Place::Document("useGlobalProxy"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_credential_method`.
        pub static AZURE_AD_SETTINGS_GET_CREDENTIAL_METHOD: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_credential_method",
            crate::rt::Server::DSS,
            "How DSS authenticates to Azure AD (a client secret, a certificate, a managed identity, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_credential_method`.
        pub static AZURE_AD_SETTINGS_SET_CREDENTIAL_METHOD: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_credential_method",
            crate::rt::Server::DSS,
            "Changes what `get_credential_method` reads (then `save`).",
            &[
                Arg::new(
                    "credential_method",
                    "str",
                    Presence::Required,
                    Place::Document("credentialMethod"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_credentials_client_id`.
        pub static AZURE_AD_SETTINGS_GET_CREDENTIALS_CLIENT_ID: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_credentials_client_id",
            crate::rt::Server::DSS,
            "The id of the application DSS authenticates as.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_credentials_client_id`.
        pub static AZURE_AD_SETTINGS_SET_CREDENTIALS_CLIENT_ID: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_credentials_client_id",
            crate::rt::Server::DSS,
            "Changes what `get_credentials_client_id` reads (then `save`).",
            &[
                Arg::new(
                    "credentials_client_id",
                    "str",
                    Presence::Required,
                    Place::Document("credentialsClientId"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_credentials_client_secret`.
        pub static AZURE_AD_SETTINGS_GET_CREDENTIALS_CLIENT_SECRET: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_credentials_client_secret",
            crate::rt::Server::DSS,
            "The secret of the application DSS authenticates as.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_credentials_client_secret`.
        pub static AZURE_AD_SETTINGS_SET_CREDENTIALS_CLIENT_SECRET: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_credentials_client_secret",
            crate::rt::Server::DSS,
            "Changes what `get_credentials_client_secret` reads (then `save`).",
            &[
                Arg::new(
                    "credentials_client_secret",
                    "str",
                    Presence::Required,
                    Place::Document("credentialsClientSecret"),
                    true,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_credentials_tenant_id`.
        pub static AZURE_AD_SETTINGS_GET_CREDENTIALS_TENANT_ID: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_credentials_tenant_id",
            crate::rt::Server::DSS,
            "The Azure tenant.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_credentials_tenant_id`.
        pub static AZURE_AD_SETTINGS_SET_CREDENTIALS_TENANT_ID: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_credentials_tenant_id",
            crate::rt::Server::DSS,
            "Changes what `get_credentials_tenant_id` reads (then `save`).",
            &[
                Arg::new(
                    "credentials_tenant_id",
                    "str",
                    Presence::Required,
                    Place::Document("credentialsTenantId"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_user_query_filter`.
        pub static AZURE_AD_SETTINGS_GET_USER_QUERY_FILTER: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_user_query_filter",
            crate::rt::Server::DSS,
            "The filter that finds a user.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_user_query_filter`.
        pub static AZURE_AD_SETTINGS_SET_USER_QUERY_FILTER: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_user_query_filter",
            crate::rt::Server::DSS,
            "Changes what `get_user_query_filter` reads (then `save`).",
            &[
                Arg::new(
                    "user_query_filter",
                    "str",
                    Presence::Required,
                    Place::Document("userQueryFilter"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_group_query_filter`.
        pub static AZURE_AD_SETTINGS_GET_GROUP_QUERY_FILTER: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_group_query_filter",
            crate::rt::Server::DSS,
            "The filter that finds groups.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_group_query_filter`.
        pub static AZURE_AD_SETTINGS_SET_GROUP_QUERY_FILTER: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_group_query_filter",
            crate::rt::Server::DSS,
            "Changes what `get_group_query_filter` reads (then `save`).",
            &[
                Arg::new(
                    "group_query_filter",
                    "str",
                    Presence::Required,
                    Place::Document("groupQueryFilter"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_groups_limit`.
        pub static AZURE_AD_SETTINGS_GET_GROUPS_LIMIT: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_groups_limit",
            crate::rt::Server::DSS,
            "How many groups of a user DSS reads at most.",
            &[],
            None,
            ResultKind::Local("Option<i64>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_groups_limit`.
        pub static AZURE_AD_SETTINGS_SET_GROUPS_LIMIT: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_groups_limit",
            crate::rt::Server::DSS,
            "Changes what `get_groups_limit` reads (then `save`).",
            &[
                Arg::new(
                    "groups_limit",
                    "int",
                    Presence::Required,
                    Place::Document("groupsLimit"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_enabled`.
        pub static AZURE_AD_SETTINGS_GET_ENABLED: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_enabled",
            crate::rt::Server::DSS,
            "Whether Azure AD is used at all.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_enabled`.
        pub static AZURE_AD_SETTINGS_SET_ENABLED: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_enabled",
            crate::rt::Server::DSS,
            "Changes what `get_enabled` reads (then `save`).",
            &[
                Arg::new(
                    "enabled",
                    "bool",
                    Presence::Required,
                    Place::Document("enabled"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_auto_provision_users_at_login_time`.
        pub static AZURE_AD_SETTINGS_GET_AUTO_PROVISION_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_auto_provision_users_at_login_time",
            crate::rt::Server::DSS,
            "Whether a user found in Azure AD is created in DSS at first login.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_auto_provision_users_at_login_time`.
        pub static AZURE_AD_SETTINGS_SET_AUTO_PROVISION_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_auto_provision_users_at_login_time",
            crate::rt::Server::DSS,
            "Changes what `get_auto_provision_users_at_login_time` reads (then `save`).",
            &[
                Arg::new(
                    "auto_provision_users_at_login_time",
                    "bool",
                    Presence::Required,
                    Place::Document("autoProvisionUsersAtLoginTime"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_auto_sync_users_at_login_time`.
        pub static AZURE_AD_SETTINGS_GET_AUTO_SYNC_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_auto_sync_users_at_login_time",
            crate::rt::Server::DSS,
            "Whether a user's details are synced from Azure AD at each login.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_auto_sync_users_at_login_time`.
        pub static AZURE_AD_SETTINGS_SET_AUTO_SYNC_USERS_AT_LOGIN_TIME: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_auto_sync_users_at_login_time",
            crate::rt::Server::DSS,
            "Changes what `get_auto_sync_users_at_login_time` reads (then `save`).",
            &[
                Arg::new(
                    "auto_sync_users_at_login_time",
                    "bool",
                    Presence::Required,
                    Place::Document("autoSyncUsersAtLoginTime"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_allow_on_demand_users_sync`.
        pub static AZURE_AD_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_SYNC: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_allow_on_demand_users_sync",
            crate::rt::Server::DSS,
            "Whether users may be synced from Azure AD when an administrator asks.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_allow_on_demand_users_sync`.
        pub static AZURE_AD_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_SYNC: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_allow_on_demand_users_sync",
            crate::rt::Server::DSS,
            "Changes what `get_allow_on_demand_users_sync` reads (then `save`).",
            &[
                Arg::new(
                    "allow_on_demand_users_sync",
                    "bool",
                    Presence::Required,
                    Place::Document("allowOnDemandUsersSync"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_default_user_profile`.
        pub static AZURE_AD_SETTINGS_GET_DEFAULT_USER_PROFILE: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_default_user_profile",
            crate::rt::Server::DSS,
            "The profile of users created from Azure AD, unless a group says otherwise.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_default_user_profile`.
        pub static AZURE_AD_SETTINGS_SET_DEFAULT_USER_PROFILE: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_default_user_profile",
            crate::rt::Server::DSS,
            "Changes what `get_default_user_profile` reads (then `save`).",
            &[
                Arg::new(
                    "default_user_profile",
                    "str",
                    Presence::Required,
                    Place::Document("defaultUserProfile"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_group_profiles`.
        pub static AZURE_AD_SETTINGS_GET_GROUP_PROFILES: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_group_profiles",
            crate::rt::Server::DSS,
            "The profile given to members of each Azure AD group.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_group_profiles`.
        pub static AZURE_AD_SETTINGS_SET_GROUP_PROFILES: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_group_profiles",
            crate::rt::Server::DSS,
            "Changes what `get_group_profiles` reads (then `save`).",
            &[
                Arg::new(
                    "group_profiles",
                    "json",
                    Presence::Required,
                    Place::Document("groupProfiles"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_authorized_groups`.
        pub static AZURE_AD_SETTINGS_GET_AUTHORIZED_GROUPS: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_authorized_groups",
            crate::rt::Server::DSS,
            "The Azure AD groups whose members may log in (empty: all).",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_authorized_groups`.
        pub static AZURE_AD_SETTINGS_SET_AUTHORIZED_GROUPS: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_authorized_groups",
            crate::rt::Server::DSS,
            "Changes what `get_authorized_groups` reads (then `save`).",
            &[
                Arg::new(
                    "authorized_groups",
                    "[str]",
                    Presence::Required,
                    Place::Document("authorizedGroups"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_allow_on_demand_users_provisioning`.
        pub static AZURE_AD_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_PROVISIONING: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_allow_on_demand_users_provisioning",
            crate::rt::Server::DSS,
            "Whether users may be created from Azure AD when an administrator asks.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_allow_on_demand_users_provisioning`.
        pub static AZURE_AD_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_PROVISIONING: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_allow_on_demand_users_provisioning",
            crate::rt::Server::DSS,
            "Changes what `get_allow_on_demand_users_provisioning` reads (then `save`).",
            &[
                Arg::new(
                    "allow_on_demand_users_provisioning",
                    "bool",
                    Presence::Required,
                    Place::Document("allowOnDemandUsersProvisioning"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_login_attribute_ref`.
        pub static AZURE_AD_SETTINGS_GET_LOGIN_ATTRIBUTE_REF: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_login_attribute_ref",
            crate::rt::Server::DSS,
            "The Azure AD attribute that gives a user's login.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_login_attribute_ref`.
        pub static AZURE_AD_SETTINGS_SET_LOGIN_ATTRIBUTE_REF: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_login_attribute_ref",
            crate::rt::Server::DSS,
            "Changes what `get_login_attribute_ref` reads (then `save`).",
            &[
                Arg::new(
                    "login_attribute_ref",
                    "str",
                    Presence::Required,
                    Place::Document("loginAttributeRef"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_remapping_rules`.
        pub static AZURE_AD_SETTINGS_GET_REMAPPING_RULES: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_remapping_rules",
            crate::rt::Server::DSS,
            "The rules that turn an Azure AD login into a DSS login, each `{\"ruleFrom\", \"ruleTo\"}`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::set_remapping_rules`.
        pub static AZURE_AD_SETTINGS_SET_REMAPPING_RULES: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "set_remapping_rules",
            crate::rt::Server::DSS,
            "Changes what `get_remapping_rules` reads (then `save`).",
            &[
                Arg::new(
                    "remapping_rules",
                    "json",
                    Presence::Required,
                    Place::Document("remappingRules"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::SSO_SETTINGS_SAVE,
        &endpoints::SSO_SETTINGS_GET_PROTOCOL,
        &endpoints::SSO_SETTINGS_SET_PROTOCOL,
        &endpoints::SSO_SETTINGS_GET_REMAPPING_RULES,
        &endpoints::SSO_SETTINGS_SET_REMAPPING_RULES,
        &endpoints::SSO_SETTINGS_GET_SAML_SP_PARAMS,
        &endpoints::SSO_SETTINGS_SET_SAML_SP_PARAMS,
        &endpoints::SSO_SETTINGS_GET_OPENID_PARAMS,
        &endpoints::SSO_SETTINGS_SET_OPENID_PARAMS,
        &endpoints::SSO_SETTINGS_GET_SPNEGO_MODE,
        &endpoints::SSO_SETTINGS_SET_SPNEGO_MODE,
        &endpoints::SSO_SETTINGS_GET_SSO_ENABLED,
        &endpoints::SSO_SETTINGS_SET_SSO_ENABLED,
        &endpoints::SSO_SETTINGS_GET_AUTO_PROVISION_USERS_AT_LOGIN_TIME,
        &endpoints::SSO_SETTINGS_SET_AUTO_PROVISION_USERS_AT_LOGIN_TIME,
        &endpoints::SSO_SETTINGS_GET_AUTO_SYNC_USERS_AT_LOGIN_TIME,
        &endpoints::SSO_SETTINGS_SET_AUTO_SYNC_USERS_AT_LOGIN_TIME,
        &endpoints::SSO_SETTINGS_GET_DEFAULT_USER_PROFILE,
        &endpoints::SSO_SETTINGS_SET_DEFAULT_USER_PROFILE,
        &endpoints::SSO_SETTINGS_GET_GROUP_PROFILES,
        &endpoints::SSO_SETTINGS_SET_GROUP_PROFILES,
        &endpoints::SSO_SETTINGS_GET_AUTHORIZED_GROUPS,
        &endpoints::SSO_SETTINGS_SET_AUTHORIZED_GROUPS,
        &endpoints::LDAP_SETTINGS_SAVE,
        &endpoints::LDAP_SETTINGS_GET_URL,
        &endpoints::LDAP_SETTINGS_SET_URL,
        &endpoints::LDAP_SETTINGS_GET_USE_TLS,
        &endpoints::LDAP_SETTINGS_SET_USE_TLS,
        &endpoints::LDAP_SETTINGS_GET_BIND_DN,
        &endpoints::LDAP_SETTINGS_SET_BIND_DN,
        &endpoints::LDAP_SETTINGS_GET_BIND_PASSWORD,
        &endpoints::LDAP_SETTINGS_SET_BIND_PASSWORD,
        &endpoints::LDAP_SETTINGS_GET_USER_FILTER,
        &endpoints::LDAP_SETTINGS_SET_USER_FILTER,
        &endpoints::LDAP_SETTINGS_GET_DISPLAY_NAME_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_SET_DISPLAY_NAME_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_GET_EMAIL_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_SET_EMAIL_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_GET_ENABLE_GROUPS,
        &endpoints::LDAP_SETTINGS_SET_ENABLE_GROUPS,
        &endpoints::LDAP_SETTINGS_GET_GROUP_FILTER,
        &endpoints::LDAP_SETTINGS_SET_GROUP_FILTER,
        &endpoints::LDAP_SETTINGS_GET_GROUP_NAME_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_SET_GROUP_NAME_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_GET_AUTHORIZED_GROUPS,
        &endpoints::LDAP_SETTINGS_SET_AUTHORIZED_GROUPS,
        &endpoints::LDAP_SETTINGS_GET_ENABLED,
        &endpoints::LDAP_SETTINGS_SET_ENABLED,
        &endpoints::LDAP_SETTINGS_GET_AUTO_IMPORT_USERS,
        &endpoints::LDAP_SETTINGS_SET_AUTO_IMPORT_USERS,
        &endpoints::LDAP_SETTINGS_GET_AUTO_SYNC_USERS_AT_LOGIN_TIME,
        &endpoints::LDAP_SETTINGS_SET_AUTO_SYNC_USERS_AT_LOGIN_TIME,
        &endpoints::LDAP_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_SYNC,
        &endpoints::LDAP_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_SYNC,
        &endpoints::LDAP_SETTINGS_GET_DEFAULT_USER_PROFILE,
        &endpoints::LDAP_SETTINGS_SET_DEFAULT_USER_PROFILE,
        &endpoints::LDAP_SETTINGS_GET_GROUP_PROFILES,
        &endpoints::LDAP_SETTINGS_SET_GROUP_PROFILES,
        &endpoints::LDAP_SETTINGS_GET_AUTHENTICATION_ENABLED,
        &endpoints::LDAP_SETTINGS_SET_AUTHENTICATION_ENABLED,
        &endpoints::LDAP_SETTINGS_GET_ALL_GROUPS_FILTER,
        &endpoints::LDAP_SETTINGS_SET_ALL_GROUPS_FILTER,
        &endpoints::LDAP_SETTINGS_GET_ALL_USERS_FILTER,
        &endpoints::LDAP_SETTINGS_SET_ALL_USERS_FILTER,
        &endpoints::LDAP_SETTINGS_GET_USERNAME_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_SET_USERNAME_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_GET_GROUP_MEMBERSHIP_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_SET_GROUP_MEMBERSHIP_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_PROVISIONING,
        &endpoints::LDAP_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_PROVISIONING,
        &endpoints::LDAP_SETTINGS_GET_GROUP_MEMBERSHIP_USER_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_SET_GROUP_MEMBERSHIP_USER_ATTRIBUTE,
        &endpoints::LDAP_SETTINGS_GET_REMAPPING_RULES,
        &endpoints::LDAP_SETTINGS_SET_REMAPPING_RULES,
        &endpoints::AZURE_AD_SETTINGS_SAVE,
        &endpoints::AZURE_AD_SETTINGS_GET_USE_GLOBAL_PROXY,
        &endpoints::AZURE_AD_SETTINGS_SET_USE_GLOBAL_PROXY,
        &endpoints::AZURE_AD_SETTINGS_GET_CREDENTIAL_METHOD,
        &endpoints::AZURE_AD_SETTINGS_SET_CREDENTIAL_METHOD,
        &endpoints::AZURE_AD_SETTINGS_GET_CREDENTIALS_CLIENT_ID,
        &endpoints::AZURE_AD_SETTINGS_SET_CREDENTIALS_CLIENT_ID,
        &endpoints::AZURE_AD_SETTINGS_GET_CREDENTIALS_CLIENT_SECRET,
        &endpoints::AZURE_AD_SETTINGS_SET_CREDENTIALS_CLIENT_SECRET,
        &endpoints::AZURE_AD_SETTINGS_GET_CREDENTIALS_TENANT_ID,
        &endpoints::AZURE_AD_SETTINGS_SET_CREDENTIALS_TENANT_ID,
        &endpoints::AZURE_AD_SETTINGS_GET_USER_QUERY_FILTER,
        &endpoints::AZURE_AD_SETTINGS_SET_USER_QUERY_FILTER,
        &endpoints::AZURE_AD_SETTINGS_GET_GROUP_QUERY_FILTER,
        &endpoints::AZURE_AD_SETTINGS_SET_GROUP_QUERY_FILTER,
        &endpoints::AZURE_AD_SETTINGS_GET_GROUPS_LIMIT,
        &endpoints::AZURE_AD_SETTINGS_SET_GROUPS_LIMIT,
        &endpoints::AZURE_AD_SETTINGS_GET_ENABLED,
        &endpoints::AZURE_AD_SETTINGS_SET_ENABLED,
        &endpoints::AZURE_AD_SETTINGS_GET_AUTO_PROVISION_USERS_AT_LOGIN_TIME,
        &endpoints::AZURE_AD_SETTINGS_SET_AUTO_PROVISION_USERS_AT_LOGIN_TIME,
        &endpoints::AZURE_AD_SETTINGS_GET_AUTO_SYNC_USERS_AT_LOGIN_TIME,
        &endpoints::AZURE_AD_SETTINGS_SET_AUTO_SYNC_USERS_AT_LOGIN_TIME,
        &endpoints::AZURE_AD_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_SYNC,
        &endpoints::AZURE_AD_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_SYNC,
        &endpoints::AZURE_AD_SETTINGS_GET_DEFAULT_USER_PROFILE,
        &endpoints::AZURE_AD_SETTINGS_SET_DEFAULT_USER_PROFILE,
        &endpoints::AZURE_AD_SETTINGS_GET_GROUP_PROFILES,
        &endpoints::AZURE_AD_SETTINGS_SET_GROUP_PROFILES,
        &endpoints::AZURE_AD_SETTINGS_GET_AUTHORIZED_GROUPS,
        &endpoints::AZURE_AD_SETTINGS_SET_AUTHORIZED_GROUPS,
        &endpoints::AZURE_AD_SETTINGS_GET_ALLOW_ON_DEMAND_USERS_PROVISIONING,
        &endpoints::AZURE_AD_SETTINGS_SET_ALLOW_ON_DEMAND_USERS_PROVISIONING,
        &endpoints::AZURE_AD_SETTINGS_GET_LOGIN_ATTRIBUTE_REF,
        &endpoints::AZURE_AD_SETTINGS_SET_LOGIN_ATTRIBUTE_REF,
        &endpoints::AZURE_AD_SETTINGS_GET_REMAPPING_RULES,
        &endpoints::AZURE_AD_SETTINGS_SET_REMAPPING_RULES,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[]
    };
    impl super::handles::DssSsoSettings {
        /**Saves the settings (needs admin rights): the whole object, sent back
as it was read except where it was changed. The path is dataikuapi's,
double slash included.

`PUT /admin//iam/sso-settings`

Returns a [`SsoSettingsSave`](requests::SsoSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::SsoSettingsSave<'_> {
            requests::SsoSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The protocol: `SAML`, `SPNEGO` or `OPENID`.

Reads the document this value holds; sends no request.*/
        pub fn get_protocol(&self) -> ::core::option::Option<&str> {
            self.document.get("protocol").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_protocol` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_protocol(
            &mut self,
            protocol: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("protocol", ::serde_json::Value::from(protocol.into()));
            self
        }
        /**The rules that turn the login the identity provider gives into a DSS
login, each `{"ruleFrom", "ruleTo"}`.

Reads the document this value holds; sends no request.*/
        pub fn get_remapping_rules(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("remappingRules")
        }
        /**Changes what `get_remapping_rules` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_remapping_rules(
            &mut self,
            remapping_rules: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("remappingRules", remapping_rules.into());
            self
        }
        /**The parameters of DSS as a SAML service provider.

Reads the document this value holds; sends no request.*/
        pub fn get_saml_sp_params(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("samlSPParams")
        }
        /**Changes what `get_saml_sp_params` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_saml_sp_params(
            &mut self,
            saml_sp_params: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("samlSPParams", saml_sp_params.into());
            self
        }
        /**The parameters of the OpenID Connect provider (its client id and secret
among them).

Reads the document this value holds; sends no request.*/
        pub fn get_openid_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("openIDParams")
        }
        /**Changes what `get_openid_params` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_openid_params(
            &mut self,
            openid_params: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("openIDParams", openid_params.into());
            self
        }
        /**How SPNEGO is set up: `PREAUTH_KEYTAB` or `CUSTOM_LOGIN_CONF`.

Reads the document this value holds; sends no request.*/
        pub fn get_spnego_mode(&self) -> ::core::option::Option<&str> {
            self.document.get("spnegoMode").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_spnego_mode` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_spnego_mode(
            &mut self,
            spnego_mode: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("spnegoMode", ::serde_json::Value::from(spnego_mode.into()));
            self
        }
        /**Whether single sign-on is used at all.

Reads the document this value holds; sends no request.*/
        pub fn get_sso_enabled(&self) -> ::core::option::Option<bool> {
            self.document.get("enabled").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_sso_enabled` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_sso_enabled(&mut self, enabled: bool) -> &mut Self {
            self.document.set("enabled", ::serde_json::Value::Bool(enabled));
            self
        }
        /**Whether a user the identity provider knows is created in DSS at first
login.

Reads the document this value holds; sends no request.*/
        pub fn get_auto_provision_users_at_login_time(
            &self,
        ) -> ::core::option::Option<bool> {
            self.document
                .get("autoProvisionUsersAtLoginTime")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_auto_provision_users_at_login_time` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_auto_provision_users_at_login_time(
            &mut self,
            auto_provision: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "autoProvisionUsersAtLoginTime",
                    ::serde_json::Value::Bool(auto_provision),
                );
            self
        }
        /**Whether a user's details are synced from the identity provider at each
login.

Reads the document this value holds; sends no request.*/
        pub fn get_auto_sync_users_at_login_time(&self) -> ::core::option::Option<bool> {
            self.document
                .get("autoSyncUsersAtLoginTime")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_auto_sync_users_at_login_time` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_auto_sync_users_at_login_time(
            &mut self,
            auto_sync: bool,
        ) -> &mut Self {
            self.document
                .set("autoSyncUsersAtLoginTime", ::serde_json::Value::Bool(auto_sync));
            self
        }
        /**The profile of users created at login, unless a group says otherwise.

Reads the document this value holds; sends no request.*/
        pub fn get_default_user_profile(&self) -> ::core::option::Option<&str> {
            self.document.get("defaultUserProfile").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_default_user_profile` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_default_user_profile(
            &mut self,
            default_profile: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "defaultUserProfile",
                    ::serde_json::Value::from(default_profile.into()),
                );
            self
        }
        /**The profile given to members of each group the identity provider names.

Reads the document this value holds; sends no request.*/
        pub fn get_group_profiles(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("groupProfiles")
        }
        /**Changes what `get_group_profiles` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_profiles(
            &mut self,
            group_profiles: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("groupProfiles", group_profiles.into());
            self
        }
        /**The groups whose members may log in (empty: all).

Reads the document this value holds; sends no request.*/
        pub fn get_authorized_groups(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("authorizedGroups")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Changes what `get_authorized_groups` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_authorized_groups(
            &mut self,
            authorized_groups: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "authorizedGroups",
                    ::serde_json::Value::from(
                        authorized_groups
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
    }
    impl super::handles::DssLdapSettings {
        /**Saves the settings (needs admin rights): the whole object, sent back
as it was read except where it was changed. The path is dataikuapi's,
double slash included.

`PUT /admin//iam/ldap-settings`

Returns a [`LdapSettingsSave`](requests::LdapSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::LdapSettingsSave<'_> {
            requests::LdapSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The LDAP server's URL (`ldap://host:389/dc=example,dc=com`).

Reads the document this value holds; sends no request.*/
        pub fn get_url(&self) -> ::core::option::Option<&str> {
            self.document.get("url").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_url` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_url(
            &mut self,
            url: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("url", ::serde_json::Value::from(url.into()));
            self
        }
        /**Whether DSS talks to the server over TLS (StartTLS).

Reads the document this value holds; sends no request.*/
        pub fn get_use_tls(&self) -> ::core::option::Option<bool> {
            self.document.get("useTls").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_use_tls` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_use_tls(&mut self, use_tls: bool) -> &mut Self {
            self.document.set("useTls", ::serde_json::Value::Bool(use_tls));
            self
        }
        /**The distinguished name DSS binds as to search the directory.

Reads the document this value holds; sends no request.*/
        pub fn get_bind_dn(&self) -> ::core::option::Option<&str> {
            self.document.get("bindDN").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_bind_dn` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_bind_dn(
            &mut self,
            bind_dn: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("bindDN", ::serde_json::Value::from(bind_dn.into()));
            self
        }
        /**The password DSS binds with.

Reads the document this value holds; sends no request.*/
        pub fn get_bind_password(&self) -> ::core::option::Option<&str> {
            self.document.get("bindPassword").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_bind_password` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_bind_password(
            &mut self,
            bind_password: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("bindPassword", ::serde_json::Value::from(bind_password.into()));
            self
        }
        /**The filter that finds a user by login (`{USERNAME}` stands for it).

Reads the document this value holds; sends no request.*/
        pub fn get_user_filter(&self) -> ::core::option::Option<&str> {
            self.document.get("userFilter").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_user_filter` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_user_filter(
            &mut self,
            user_filter: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("userFilter", ::serde_json::Value::from(user_filter.into()));
            self
        }
        /**The attribute holding a user's display name.

Reads the document this value holds; sends no request.*/
        pub fn get_display_name_attribute(&self) -> ::core::option::Option<&str> {
            self.document
                .get("displayNameAttribute")
                .and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_display_name_attribute` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_display_name_attribute(
            &mut self,
            display_name_attribute: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "displayNameAttribute",
                    ::serde_json::Value::from(display_name_attribute.into()),
                );
            self
        }
        /**The attribute holding a user's email address.

Reads the document this value holds; sends no request.*/
        pub fn get_email_attribute(&self) -> ::core::option::Option<&str> {
            self.document.get("emailAttribute").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_email_attribute` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_email_attribute(
            &mut self,
            email_attribute: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "emailAttribute",
                    ::serde_json::Value::from(email_attribute.into()),
                );
            self
        }
        /**Whether DSS reads users' groups from the directory.

Reads the document this value holds; sends no request.*/
        pub fn get_enable_groups(&self) -> ::core::option::Option<bool> {
            self.document.get("enableGroups").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_enable_groups` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_enable_groups(&mut self, enable_groups: bool) -> &mut Self {
            self.document.set("enableGroups", ::serde_json::Value::Bool(enable_groups));
            self
        }
        /**The filter that finds a user's groups.

Reads the document this value holds; sends no request.*/
        pub fn get_group_filter(&self) -> ::core::option::Option<&str> {
            self.document.get("groupFilter").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_group_filter` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_filter(
            &mut self,
            group_filter: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("groupFilter", ::serde_json::Value::from(group_filter.into()));
            self
        }
        /**The attribute holding a group's name.

Reads the document this value holds; sends no request.*/
        pub fn get_group_name_attribute(&self) -> ::core::option::Option<&str> {
            self.document.get("groupNameAttribute").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_group_name_attribute` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_name_attribute(
            &mut self,
            group_name_attribute: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "groupNameAttribute",
                    ::serde_json::Value::from(group_name_attribute.into()),
                );
            self
        }
        /**The directory groups whose members may log in (empty: all).

Reads the document this value holds; sends no request.*/
        pub fn get_authorized_groups(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("authorizedGroups")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Changes what `get_authorized_groups` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_authorized_groups(
            &mut self,
            authorized_groups: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "authorizedGroups",
                    ::serde_json::Value::from(
                        authorized_groups
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**Whether LDAP is used at all.

Reads the document this value holds; sends no request.*/
        pub fn get_enabled(&self) -> ::core::option::Option<bool> {
            self.document.get("enabled").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_enabled` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_enabled(&mut self, enabled: bool) -> &mut Self {
            self.document.set("enabled", ::serde_json::Value::Bool(enabled));
            self
        }
        /**Whether a user found in the directory is created in DSS at first login.

Reads the document this value holds; sends no request.*/
        pub fn get_auto_import_users(&self) -> ::core::option::Option<bool> {
            self.document.get("autoImportUsers").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_auto_import_users` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_auto_import_users(&mut self, auto_import_users: bool) -> &mut Self {
            self.document
                .set("autoImportUsers", ::serde_json::Value::Bool(auto_import_users));
            self
        }
        /**Whether a user's details are synced from the directory at each login.

Reads the document this value holds; sends no request.*/
        pub fn get_auto_sync_users_at_login_time(&self) -> ::core::option::Option<bool> {
            self.document
                .get("autoSyncUsersAtLoginTime")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_auto_sync_users_at_login_time` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_auto_sync_users_at_login_time(
            &mut self,
            auto_sync_users_at_login_time: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "autoSyncUsersAtLoginTime",
                    ::serde_json::Value::Bool(auto_sync_users_at_login_time),
                );
            self
        }
        /**Whether users may be synced from the directory when an administrator
asks.

Reads the document this value holds; sends no request.*/
        pub fn get_allow_on_demand_users_sync(&self) -> ::core::option::Option<bool> {
            self.document
                .get("allowOnDemandUsersSync")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_allow_on_demand_users_sync` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_on_demand_users_sync(
            &mut self,
            allow_on_demand_users_sync: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "allowOnDemandUsersSync",
                    ::serde_json::Value::Bool(allow_on_demand_users_sync),
                );
            self
        }
        /**The profile of users created from the directory, unless a group says
otherwise.

Reads the document this value holds; sends no request.*/
        pub fn get_default_user_profile(&self) -> ::core::option::Option<&str> {
            self.document.get("defaultUserProfile").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_default_user_profile` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_default_user_profile(
            &mut self,
            default_user_profile: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "defaultUserProfile",
                    ::serde_json::Value::from(default_user_profile.into()),
                );
            self
        }
        /**The profile given to members of each directory group.

Reads the document this value holds; sends no request.*/
        pub fn get_group_profiles(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("groupProfiles")
        }
        /**Changes what `get_group_profiles` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_profiles(
            &mut self,
            group_profiles: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("groupProfiles", group_profiles.into());
            self
        }
        /**Whether users log in with their directory password.

Reads the document this value holds; sends no request.*/
        pub fn get_authentication_enabled(&self) -> ::core::option::Option<bool> {
            self.document
                .get("authenticationEnabled")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_authentication_enabled` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_authentication_enabled(
            &mut self,
            authentication_enabled: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "authenticationEnabled",
                    ::serde_json::Value::Bool(authentication_enabled),
                );
            self
        }
        /**The filter that lists every group of the directory.

Reads the document this value holds; sends no request.*/
        pub fn get_all_groups_filter(&self) -> ::core::option::Option<&str> {
            self.document.get("allGroupsFilter").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_all_groups_filter` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_all_groups_filter(
            &mut self,
            all_groups_filter: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "allGroupsFilter",
                    ::serde_json::Value::from(all_groups_filter.into()),
                );
            self
        }
        /**The filter that lists every user of the directory.

Reads the document this value holds; sends no request.*/
        pub fn get_all_users_filter(&self) -> ::core::option::Option<&str> {
            self.document.get("allUsersFilter").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_all_users_filter` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_all_users_filter(
            &mut self,
            all_users_filter: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "allUsersFilter",
                    ::serde_json::Value::from(all_users_filter.into()),
                );
            self
        }
        /**The attribute holding a user's login.

Reads the document this value holds; sends no request.*/
        pub fn get_username_attribute(&self) -> ::core::option::Option<&str> {
            self.document.get("usernameAttribute").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_username_attribute` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_username_attribute(
            &mut self,
            username_attribute: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "usernameAttribute",
                    ::serde_json::Value::from(username_attribute.into()),
                );
            self
        }
        /**The attribute of a group naming its members.

Reads the document this value holds; sends no request.*/
        pub fn get_group_membership_attribute(&self) -> ::core::option::Option<&str> {
            self.document
                .get("groupMembershipAttribute")
                .and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_group_membership_attribute` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_membership_attribute(
            &mut self,
            group_membership_attribute: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "groupMembershipAttribute",
                    ::serde_json::Value::from(group_membership_attribute.into()),
                );
            self
        }
        /**Whether users may be created from the directory when an administrator
asks.

Reads the document this value holds; sends no request.*/
        pub fn get_allow_on_demand_users_provisioning(
            &self,
        ) -> ::core::option::Option<bool> {
            self.document
                .get("allowOnDemandUsersProvisioning")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_allow_on_demand_users_provisioning` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_on_demand_users_provisioning(
            &mut self,
            allow_on_demand_users_provisioning: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "allowOnDemandUsersProvisioning",
                    ::serde_json::Value::Bool(allow_on_demand_users_provisioning),
                );
            self
        }
        /**The attribute of a user that a group's membership attribute names.

Reads the document this value holds; sends no request.*/
        pub fn get_group_membership_user_attribute(
            &self,
        ) -> ::core::option::Option<&str> {
            self.document
                .get("groupMembershipUserAttribute")
                .and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_group_membership_user_attribute` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_membership_user_attribute(
            &mut self,
            group_membership_user_attribute: impl ::core::convert::Into<
                ::std::string::String,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "groupMembershipUserAttribute",
                    ::serde_json::Value::from(group_membership_user_attribute.into()),
                );
            self
        }
        /**The rules that turn a directory login into a DSS login, each
`{"ruleFrom", "ruleTo"}`.

Reads the document this value holds; sends no request.*/
        pub fn get_remapping_rules(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("remappingRules")
        }
        /**Changes what `get_remapping_rules` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_remapping_rules(
            &mut self,
            remapping_rules: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("remappingRules", remapping_rules.into());
            self
        }
    }
    impl super::handles::DssAzureAdSettings {
        /**Saves the settings (needs admin rights): the whole object, sent back
as it was read except where it was changed. The path is dataikuapi's,
double slash included.

`PUT /admin//iam/azure-ad-settings`

Returns a [`AzureAdSettingsSave`](requests::AzureAdSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::AzureAdSettingsSave<'_> {
            requests::AzureAdSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Whether DSS reaches Azure AD through the instance's proxy.

Reads the document this value holds; sends no request.*/
        pub fn get_use_global_proxy(&self) -> ::core::option::Option<bool> {
            self.document.get("useGlobalProxy").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_use_global_proxy` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_use_global_proxy(&mut self, use_global_proxy: bool) -> &mut Self {
            self.document
                .set("useGlobalProxy", ::serde_json::Value::Bool(use_global_proxy));
            self
        }
        /**How DSS authenticates to Azure AD (a client secret, a certificate, a
managed identity, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_credential_method(&self) -> ::core::option::Option<&str> {
            self.document.get("credentialMethod").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_credential_method` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_credential_method(
            &mut self,
            credential_method: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "credentialMethod",
                    ::serde_json::Value::from(credential_method.into()),
                );
            self
        }
        /**The id of the application DSS authenticates as.

Reads the document this value holds; sends no request.*/
        pub fn get_credentials_client_id(&self) -> ::core::option::Option<&str> {
            self.document
                .get("credentialsClientId")
                .and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_credentials_client_id` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_credentials_client_id(
            &mut self,
            credentials_client_id: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "credentialsClientId",
                    ::serde_json::Value::from(credentials_client_id.into()),
                );
            self
        }
        /**The secret of the application DSS authenticates as.

Reads the document this value holds; sends no request.*/
        pub fn get_credentials_client_secret(&self) -> ::core::option::Option<&str> {
            self.document
                .get("credentialsClientSecret")
                .and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_credentials_client_secret` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_credentials_client_secret(
            &mut self,
            credentials_client_secret: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "credentialsClientSecret",
                    ::serde_json::Value::from(credentials_client_secret.into()),
                );
            self
        }
        /**The Azure tenant.

Reads the document this value holds; sends no request.*/
        pub fn get_credentials_tenant_id(&self) -> ::core::option::Option<&str> {
            self.document
                .get("credentialsTenantId")
                .and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_credentials_tenant_id` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_credentials_tenant_id(
            &mut self,
            credentials_tenant_id: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "credentialsTenantId",
                    ::serde_json::Value::from(credentials_tenant_id.into()),
                );
            self
        }
        /**The filter that finds a user.

Reads the document this value holds; sends no request.*/
        pub fn get_user_query_filter(&self) -> ::core::option::Option<&str> {
            self.document.get("userQueryFilter").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_user_query_filter` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_user_query_filter(
            &mut self,
            user_query_filter: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "userQueryFilter",
                    ::serde_json::Value::from(user_query_filter.into()),
                );
            self
        }
        /**The filter that finds groups.

Reads the document this value holds; sends no request.*/
        pub fn get_group_query_filter(&self) -> ::core::option::Option<&str> {
            self.document.get("groupQueryFilter").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_group_query_filter` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_query_filter(
            &mut self,
            group_query_filter: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "groupQueryFilter",
                    ::serde_json::Value::from(group_query_filter.into()),
                );
            self
        }
        /**How many groups of a user DSS reads at most.

Reads the document this value holds; sends no request.*/
        pub fn get_groups_limit(&self) -> ::core::option::Option<i64> {
            self.document.get("groupsLimit").and_then(::serde_json::Value::as_i64)
        }
        /**Changes what `get_groups_limit` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_groups_limit(&mut self, groups_limit: i64) -> &mut Self {
            self.document.set("groupsLimit", ::serde_json::Value::from(groups_limit));
            self
        }
        /**Whether Azure AD is used at all.

Reads the document this value holds; sends no request.*/
        pub fn get_enabled(&self) -> ::core::option::Option<bool> {
            self.document.get("enabled").and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_enabled` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_enabled(&mut self, enabled: bool) -> &mut Self {
            self.document.set("enabled", ::serde_json::Value::Bool(enabled));
            self
        }
        /**Whether a user found in Azure AD is created in DSS at first login.

Reads the document this value holds; sends no request.*/
        pub fn get_auto_provision_users_at_login_time(
            &self,
        ) -> ::core::option::Option<bool> {
            self.document
                .get("autoProvisionUsersAtLoginTime")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_auto_provision_users_at_login_time` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_auto_provision_users_at_login_time(
            &mut self,
            auto_provision_users_at_login_time: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "autoProvisionUsersAtLoginTime",
                    ::serde_json::Value::Bool(auto_provision_users_at_login_time),
                );
            self
        }
        /**Whether a user's details are synced from Azure AD at each login.

Reads the document this value holds; sends no request.*/
        pub fn get_auto_sync_users_at_login_time(&self) -> ::core::option::Option<bool> {
            self.document
                .get("autoSyncUsersAtLoginTime")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_auto_sync_users_at_login_time` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_auto_sync_users_at_login_time(
            &mut self,
            auto_sync_users_at_login_time: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "autoSyncUsersAtLoginTime",
                    ::serde_json::Value::Bool(auto_sync_users_at_login_time),
                );
            self
        }
        /**Whether users may be synced from Azure AD when an administrator asks.

Reads the document this value holds; sends no request.*/
        pub fn get_allow_on_demand_users_sync(&self) -> ::core::option::Option<bool> {
            self.document
                .get("allowOnDemandUsersSync")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_allow_on_demand_users_sync` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_on_demand_users_sync(
            &mut self,
            allow_on_demand_users_sync: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "allowOnDemandUsersSync",
                    ::serde_json::Value::Bool(allow_on_demand_users_sync),
                );
            self
        }
        /**The profile of users created from Azure AD, unless a group says
otherwise.

Reads the document this value holds; sends no request.*/
        pub fn get_default_user_profile(&self) -> ::core::option::Option<&str> {
            self.document.get("defaultUserProfile").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_default_user_profile` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_default_user_profile(
            &mut self,
            default_user_profile: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "defaultUserProfile",
                    ::serde_json::Value::from(default_user_profile.into()),
                );
            self
        }
        /**The profile given to members of each Azure AD group.

Reads the document this value holds; sends no request.*/
        pub fn get_group_profiles(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("groupProfiles")
        }
        /**Changes what `get_group_profiles` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_group_profiles(
            &mut self,
            group_profiles: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("groupProfiles", group_profiles.into());
            self
        }
        /**The Azure AD groups whose members may log in (empty: all).

Reads the document this value holds; sends no request.*/
        pub fn get_authorized_groups(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("authorizedGroups")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Changes what `get_authorized_groups` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_authorized_groups(
            &mut self,
            authorized_groups: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "authorizedGroups",
                    ::serde_json::Value::from(
                        authorized_groups
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**Whether users may be created from Azure AD when an administrator asks.

Reads the document this value holds; sends no request.*/
        pub fn get_allow_on_demand_users_provisioning(
            &self,
        ) -> ::core::option::Option<bool> {
            self.document
                .get("allowOnDemandUsersProvisioning")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Changes what `get_allow_on_demand_users_provisioning` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_on_demand_users_provisioning(
            &mut self,
            allow_on_demand_users_provisioning: bool,
        ) -> &mut Self {
            self.document
                .set(
                    "allowOnDemandUsersProvisioning",
                    ::serde_json::Value::Bool(allow_on_demand_users_provisioning),
                );
            self
        }
        /**The Azure AD attribute that gives a user's login.

Reads the document this value holds; sends no request.*/
        pub fn get_login_attribute_ref(&self) -> ::core::option::Option<&str> {
            self.document.get("loginAttributeRef").and_then(::serde_json::Value::as_str)
        }
        /**Changes what `get_login_attribute_ref` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_login_attribute_ref(
            &mut self,
            login_attribute_ref: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "loginAttributeRef",
                    ::serde_json::Value::from(login_attribute_ref.into()),
                );
            self
        }
        /**The rules that turn an Azure AD login into a DSS login, each
`{"ruleFrom", "ruleTo"}`.

Reads the document this value holds; sends no request.*/
        pub fn get_remapping_rules(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("remappingRules")
        }
        /**Changes what `get_remapping_rules` reads (then `save`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_remapping_rules(
            &mut self,
            remapping_rules: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("remappingRules", remapping_rules.into());
            self
        }
    }
    /// Sends the request of one of this file's methods, named by owner
    /// and method, with arguments taken by name from `args`.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, clippy::redundant_closure_call, deprecated)]
    pub(crate) fn dispatch(
        client: &crate::rt::DssClient,
        owner: &str,
        ids: &[&str],
        method: &str,
        args: &mut crate::rt::dynamic::DynArgs,
        start: bool,
    ) -> Option<Result<(), crate::rt::Error>> {
        Some(
            match (owner, method) {
                ("DssSsoSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssSsoSettings", ids)?;
                        let __owner = super::handles::DssSsoSettings {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::SsoSettingsSave::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssLdapSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssLdapSettings", ids)?;
                        let __owner = super::handles::DssLdapSettings {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::LdapSettingsSave::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssAzureAdSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssAzureAdSettings", ids)?;
                        let __owner = super::handles::DssAzureAdSettings {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::AzureAdSettingsSave::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Reads a document one of this file's methods reads, lets `edit`
    /// change it, and saves it back.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, unused_mut, clippy::redundant_closure_call, deprecated)]
    pub(crate) fn round_trip(
        client: &crate::rt::DssClient,
        document: &str,
        ids: &[&str],
        args: &mut crate::rt::dynamic::DynArgs,
        edit: &dyn Fn(&mut ::serde_json::Value),
    ) -> Option<Result<bool, crate::rt::Error>> {
        None
    }
}
