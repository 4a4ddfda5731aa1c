//! The client's local builders: a messaging channel's configuration
//! ([`MessagingChannelCreator`], whose `create` is the generated
//! `create_messaging_channel`), a permission check
//! ([`DssPermissionsCheckRequest`], a document sent by its generated
//! `execute_raw`), and the counters of LLM cost limiting looked up by id.

use std::fmt;

use serde_json::{json, Map, Value};

use crate::api::generated::requests::CreateMessagingChannel;
use crate::api::handles::{DssLlmCostLimitingCounters, DssPermissionsCheckRequest};
use crate::api::settings::push_to;
use crate::rt::{Document, DssClient, Error, Result};

/// The types of messaging channel `new_messaging_channel` builds, as
/// dataikuapi names them.
const CHANNEL_TYPES: &[&str] = &[
    "smtp",
    "aws-ses-mail",
    "microsoft-graph-mail",
    "slack",
    "msft-teams",
    "google-chat",
    "twilio",
    "shell",
];

impl DssClient {
    /// A builder of a messaging channel of one type: set its id, who may
    /// use it and its configuration with the `with_*` methods, then
    /// [`create`](MessagingChannelCreator::create) it. A type dataikuapi
    /// does not build (see [`create_messaging_channel`](Self::create_messaging_channel)
    /// for the list) is [`Error::InvalidArgument`]. No request.
    pub fn new_messaging_channel(&self, channel_type: &str) -> Result<MessagingChannelCreator<'_>> {
        if !CHANNEL_TYPES.contains(&channel_type) {
            return Err(Error::InvalidArgument {
                name: "type",
                reason: format!(
                    "unknown messaging channel type `{channel_type}`; known: {}",
                    CHANNEL_TYPES.join(", ")
                ),
            });
        }
        Ok(MessagingChannelCreator {
            client: self,
            channel_type: channel_type.to_owned(),
            channel_id: None,
            configuration: Map::new(),
            permissions: None,
        })
    }

    /// An empty check of the permissions of the client's user
    /// (`{"items": []}`): add objects with
    /// [`with_item`](DssPermissionsCheckRequest::with_item), then send it
    /// with [`execute_raw`](DssPermissionsCheckRequest::execute_raw). No
    /// request.
    pub fn new_permission_check(&self) -> DssPermissionsCheckRequest {
        DssPermissionsCheckRequest {
            client: self.clone(),
            document: Document::new(json!({"items": []})),
        }
    }
}

impl DssPermissionsCheckRequest {
    /// Appends `{"objectType", "objectProjectKey", "objectId"}` to `items`.
    pub fn with_item(
        &mut self,
        object_type: &str,
        object_project_key: &str,
        object_id: &str,
    ) -> &mut DssPermissionsCheckRequest {
        push_to(
            &mut self.document,
            "items",
            json!({"objectType": object_type, "objectProjectKey": object_project_key, "objectId": object_id}),
        );
        self
    }
}

impl DssLlmCostLimitingCounters {
    /// The first of `counters` whose `id` is `id`.
    pub fn get_counter(&self, id: &str) -> Option<&Value> {
        self.document
            .get("counters")?
            .as_array()?
            .iter()
            .find(|c| c.get("id").and_then(Value::as_str) == Some(id))
    }
}

/// A messaging channel to create, built locally (dataikuapi's
/// `DSSMessagingChannelCreator` and its per-type forms, in one builder:
/// each `with_*` sets the member of the configuration it names, whatever
/// the type). Its `Debug` shows the type and id only: the configuration
/// may hold credentials.
#[must_use = "a builder does nothing until `.create().send()`"]
pub struct MessagingChannelCreator<'a> {
    client: &'a DssClient,
    channel_type: String,
    channel_id: Option<String>,
    configuration: Map<String, Value>,
    permissions: Option<Value>,
}

impl fmt::Debug for MessagingChannelCreator<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MessagingChannelCreator")
            .field("channel_type", &self.channel_type)
            .field("channel_id", &self.channel_id)
            .finish_non_exhaustive()
    }
}

/// Setters of one member of the configuration each.
macro_rules! config_setters {
    ($($(#[$doc:meta])* $name:ident($arg:ident: $ty:ty) => $member:literal;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(self, $arg: $ty) -> Self {
                self.config($member, $arg)
            }
        )*
    };
}

impl<'a> MessagingChannelCreator<'a> {
    /// Sets one member of the channel's configuration, by its name in DSS
    /// (for what no `with_*` method names).
    pub fn config(mut self, member: &str, value: impl Into<Value>) -> Self {
        self.configuration.insert(member.to_owned(), value.into());
        self
    }

    /// The new channel's id (unset: DSS makes one).
    pub fn with_id(mut self, channel_id: &str) -> Self {
        self.channel_id = Some(channel_id.to_owned());
        self
    }

    /// Who may use the channel: these groups and these users (unset: every
    /// user).
    pub fn with_permissions(mut self, authorized_groups: &[&str], authorized_users: &[&str]) -> Self {
        let groups = authorized_groups.iter().map(|g| json!({"group": g, "canUse": true}));
        let users = authorized_users.iter().map(|u| json!({"user": u, "canUse": true}));
        self.permissions = Some(Value::Array(groups.chain(users).collect()));
        self
    }

    /// A mail channel's allowed recipient domains (`authorizedDomain`, the
    /// domains joined with commas).
    pub fn with_authorized_domains(self, authorized_domains: &[&str]) -> Self {
        let joined = authorized_domains.join(",");
        self.config("authorizedDomain", joined)
    }

    config_setters! {
        /// A mail channel sends as the user who sends (`useCurrentUserAsSender`).
        with_current_user_as_sender(use_current_user_as_sender: bool) => "useCurrentUserAsSender";
        /// A mail channel's sender address (`sender`).
        with_sender(sender: &str) => "sender";
        /// An SMTP channel's server (`host`).
        with_host(host: &str) => "host";
        /// An SMTP channel's port (`port`).
        with_port(port: i64) => "port";
        /// An SMTP channel uses SSL (`useSSL`).
        with_ssl(use_ssl: bool) => "useSSL";
        /// An SMTP channel uses TLS (`useTLS`).
        with_tls(use_tls: bool) => "useTLS";
        /// An SMTP channel's extra mail session properties (`sessionProperties`).
        with_session_properties(session_properties: Value) => "sessionProperties";
        /// An SMTP channel's login (`login`).
        with_login(login: &str) => "login";
        /// An SMTP channel's password (`password`).
        with_password(password: &str) => "password";
        /// An AWS SES channel's access key (`accessKey`).
        with_access_key(access_key: &str) => "accessKey";
        /// An AWS SES channel's secret key (`secretKey`).
        with_secret_key(secret_key: &str) => "secretKey";
        /// An AWS SES channel's region or endpoint (`regionOrEndpoint`).
        with_region_or_endpoint(region_or_endpoint: &str) => "regionOrEndpoint";
        /// A Microsoft Graph channel's application id (`clientId`).
        with_client_id(client_id: &str) => "clientId";
        /// A Microsoft Graph channel's tenant (`tenantId`).
        with_tenant_id(tenant_id: &str) => "tenantId";
        /// A Microsoft Graph channel's application secret (`clientSecret`).
        with_client_secret(client_secret: &str) => "clientSecret";
        /// A webhook or Twilio channel goes through the instance's proxy (`useProxy`).
        with_proxy(use_proxy: bool) => "useProxy";
        /// A webhook channel's URL (`webhookUrl`).
        with_webhook_url(webhook_url: &str) => "webhookUrl";
        /// A Slack channel's mode, `WEBHOOK` or `API` (`mode`).
        with_mode(mode: &str) => "mode";
        /// A Slack channel's token, in API mode (`authorizationToken`).
        with_authorization_token(authorization_token: &str) => "authorizationToken";
        /// A Slack channel's channel, in API mode (`channel`).
        with_channel(channel_id: &str) => "channel";
        /// A Teams channel's kind of webhook (`webhookType`).
        with_webhook_type(webhook_type: &str) => "webhookType";
        /// A Google Chat channel's webhook key (`webhookKey`).
        with_webhook_key(webhook_key: &str) => "webhookKey";
        /// A Google Chat channel's webhook token (`webhookToken`).
        with_webhook_token(webhook_token: &str) => "webhookToken";
        /// A Twilio channel's account (`accountSid`).
        with_account_sid(account_sid: &str) => "accountSid";
        /// A Twilio channel's token (`authToken`).
        with_auth_token(auth_token: &str) => "authToken";
        /// A Twilio channel's sending number (`fromNumber`).
        with_from_number(from_number: &str) => "fromNumber";
        /// A shell channel's kind of execution (`type`).
        with_type(execution_type: &str) => "type";
        /// A shell channel's command (`command`).
        with_command(command: &str) => "command";
        /// A shell channel's script (`script`).
        with_script(script: &str) => "script";
    }

    /// The request that creates the channel
    /// ([`create_messaging_channel`](DssClient::create_messaging_channel)
    /// with what was set); `.send()` it.
    pub fn create(self) -> CreateMessagingChannel<'a> {
        let mut request = self
            .client
            .create_messaging_channel(self.channel_type)
            .channel_configuration(Value::Object(self.configuration));
        if let Some(id) = self.channel_id {
            request = request.channel_id(id);
        }
        if let Some(permissions) = self.permissions {
            request = request.permissions(permissions);
        }
        request
    }
}
