use serde_json::Value;

model! {
    /// A project as listed by `list_projects`.
    ProjectSummary {
        /// The project's key.
        project_key: String,
        ? /// Display name.
        name: String,
        ? /// Owner login.
        owner_login: String,
    }
    => get_project(project_key) -> DssProject
}

model! {
    /// A plugin as listed by `list_plugins`.
    PluginSummary {
        /// The plugin's id.
        id: String,
        ? /// Installed version.
        version: String,
        ? /// Whether it is a development plugin.
        is_dev: bool,
    }
    => get_plugin(id) -> DssPlugin
}

model! {
    /// A Dataiku app as listed by `list_apps`.
    AppSummary {
        /// The app's id.
        app_id: String,
        ? /// Display label.
        label: String,
    }
    => get_app(app_id) -> DssApp
}

model! {
    /// A running Jupyter notebook as listed by `list_running_notebooks`.
    NotebookSummary {
        /// Project holding the notebook.
        project_key: String,
        /// The notebook's name.
        name: String,
        ? /// Active kernel sessions.
        active_sessions: Vec<Value>,
    }
}

model! {
    /// A workspace as listed by `list_workspaces`.
    WorkspaceSummary {
        /// The workspace's key.
        workspace_key: String,
        ? /// Display name.
        display_name: String,
    }
    => get_workspace(workspace_key) -> DssWorkspace
}

model! {
    /// One column of a SQL query's result schema.
    SqlColumn {
        /// Column name.
        name: String,
        /// DSS storage type (`string`, `int`, `bigint`, `double`, `boolean`,
        /// `date`, ...), which decides how values are typed.
        r#type: String,
    }
}
