model! {
    /// A user as listed by `list_users`.
    UserSummary {
        /// The user's login.
        login: String,
        ? /// Display name.
        display_name: String,
        ? /// Email address.
        email: String,
        ? /// Groups the user belongs to.
        groups: Vec<String>,
        ? /// User profile (e.g. `DATA_SCIENTIST`).
        user_profile: String,
        ? /// Whether the account is enabled.
        enabled: bool,
        ? /// `LOCAL`, `LDAP`, ...
        source_type: String,
    }
    => get_user(login) -> DssUser
}

model! {
    /// A user's activity, as listed by `list_users_activity`.
    UserActivity {
        /// The user's login (empty if the answer has none; a user's own
        /// `get_activity` answer may leave it out).
        #[serde(default)]
        login: String,
        ? /// When the user was last active in any way (epoch ms).
        last_session_activity: i64,
        ? /// When the user last logged in successfully (epoch ms).
        last_successful_login: i64,
        ? /// When a login last failed (epoch ms).
        last_failed_login: i64,
    }
    => get_user(login) -> DssUser
}

model! {
    /// A group as listed by `list_groups`.
    GroupSummary {
        /// The group's name.
        name: String,
        ? /// Description.
        description: String,
        ? /// `LOCAL`, `LDAP`, ...
        source_type: String,
        ? /// Whether members are administrators.
        admin: bool,
    }
    => get_group(name) -> DssGroup
}

model! {
    /// A code environment as listed by `list_code_envs`.
    CodeEnvSummary {
        /// `PYTHON` or `R`.
        env_lang: String,
        /// The environment's name.
        env_name: String,
        ? /// Deployment mode (e.g. `DESIGN_MANAGED`).
        deployment_mode: String,
        ? /// Owner login.
        owner: String,
    }
    => get_code_env(env_lang, env_name) -> DssCodeEnv
}

model! {
    /// A cluster as listed by `list_clusters`.
    ClusterSummary {
        /// The cluster's id.
        id: String,
        ? /// Display name.
        name: String,
        ? /// Cluster type (e.g. `manual`).
        r#type: String,
        ? /// `HADOOP` or `KUBERNETES`.
        architecture: String,
        ? /// Current state.
        state: String,
    }
    => get_cluster(id) -> DssCluster
}

model! {
    /// A code studio template as listed by `list_code_studio_templates`.
    CodeStudioTemplateSummary {
        /// The template's id.
        id: String,
        ? /// Display label.
        label: String,
        ? /// Template type.
        r#type: String,
    }
    => get_code_studio_template(id) -> DssCodeStudioTemplate
}

model! {
    /// A global API key as listed by `list_global_api_keys`.
    GlobalApiKeySummary {
        /// The key's id (what its handle's requests use).
        id: String,
        ? /// The secret key itself, when the server shows it.
        key: String,
        ? /// Label.
        label: String,
        ? /// Description.
        description: String,
    }
}

impl GlobalApiKeySummary {
    /// A [`DssGlobalApiKey`](crate::DssGlobalApiKey) for this key (no request).
    pub fn to_handle(&self, client: &crate::DssClient) -> crate::DssGlobalApiKey {
        crate::DssGlobalApiKey {
            client: client.clone(),
            key: self.key.clone().unwrap_or_default(),
            id: self.id.clone(),
        }
    }
}

model! {
    /// A personal API key as listed by `list_personal_api_keys` (or created
    /// by `create_personal_api_key`).
    PersonalApiKey {
        /// The key's id.
        id: String,
        ? /// The secret key itself, when the server shows it (on creation).
        key: String,
        ? /// Owner login.
        user: String,
        ? /// Label.
        label: String,
        ? /// Description.
        description: String,
    }
}

impl PersonalApiKey {
    /// A [`DssPersonalApiKey`](crate::DssPersonalApiKey) for this key (no request).
    pub fn to_handle(&self, client: &crate::DssClient) -> crate::DssPersonalApiKey {
        crate::DssPersonalApiKey {
            client: client.clone(),
            id: self.id.clone(),
            key: self.key.clone().unwrap_or_default(),
        }
    }
}

model! {
    /// A user-defined meaning as listed by `list_meanings`.
    MeaningSummary {
        /// The meaning's id.
        id: String,
        ? /// Display label.
        label: String,
        ? /// `DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`.
        r#type: String,
        ? /// Description.
        description: String,
    }
    => get_meaning(id) -> DssMeaning
}
