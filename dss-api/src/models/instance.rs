use serde_json::Value;

model! {
    /// What `get_instance_info` says about the DSS node.
    InstanceInfo {
        ? /// The node's id.
        node_id: String,
        ? /// The node's display name.
        node_name: String,
        ? /// `DESIGN`, `AUTOMATION`, `DEPLOYER`, `GOVERN`, ...
        node_type: String,
        ? /// The DSS version.
        dss_version: String,
    }
}

model! {
    /// Instance-wide counts from `get_global_usage_summary`.
    UsageSummary {
        ? /// Number of projects.
        projects: i64,
        ? /// Dataset counts (`all` and by type).
        datasets: Value,
        ? /// Recipe counts (`all` and by type).
        recipes: Value,
        ? /// Notebook counts.
        notebooks: Value,
        ? /// Per-project details, when asked for.
        projects_usages: Value,
    }
}

model! {
    /// Who the client is authenticated as (`get_auth_info`).
    AuthInfo {
        ? /// A user's login, or an API key's id.
        auth_identifier: String,
        ? /// Groups (when authenticated as a user).
        groups: Vec<String>,
        ? /// The user's secrets, when asked for with `with_secrets`.
        secrets: Vec<Value>,
        ? /// The user's profile.
        user_profile: String,
    }
}
