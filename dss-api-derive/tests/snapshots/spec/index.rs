// The expansion of the index (what gathers every file's module), as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
/// Handle types: cheap, cloneable values that name one object on the
/// server (a project, a user, ...) and hold a clone of the client.
/// Building one sends nothing; their methods return requests.
pub mod handles {
    pub use super::spec_futures::handles::*;
    pub use super::spec_notebooks::handles::*;
    pub use super::spec_project_folders::handles::*;
    pub use super::spec_projects::handles::*;
    pub use super::spec_apps::handles::*;
    pub use super::spec_plugins::handles::*;
    pub use super::spec_sql::handles::*;
    pub use super::spec_users::handles::*;
    pub use super::spec_connections::handles::*;
    pub use super::spec_code_envs::handles::*;
    pub use super::spec_clusters::handles::*;
    pub use super::spec_code_studios::handles::*;
    pub use super::spec_api_keys::handles::*;
    pub use super::spec_meanings::handles::*;
    pub use super::spec_instance::handles::*;
    pub use super::spec_deployers::handles::*;
    pub use super::spec_discussions::handles::*;
    pub use super::spec_feature_store::handles::*;
    pub use super::spec_workspaces::handles::*;
    pub use super::spec_datasets::handles::*;
    pub use super::spec_folders::handles::*;
    pub use super::spec_jobs::handles::*;
    pub use super::spec_scenarios::handles::*;
    pub use super::spec_recipes::handles::*;
    pub use super::spec_bundles::handles::*;
    pub use super::spec_apinode::handles::*;
    pub use super::spec_apinode_admin::handles::*;
    pub use super::spec_escape::handles::*;
    pub use super::spec_flow::handles::*;
    pub use super::spec_tables_import::handles::*;
    pub use super::spec_dataset_creation::handles::*;
    pub use super::spec_dataset_extras::handles::*;
    pub use super::spec_testing::handles::*;
    pub use super::spec_project_extras::handles::*;
    pub use super::spec_recipe_creation::handles::*;
    pub use super::spec_git::handles::*;
    pub use super::spec_macros::handles::*;
    pub use super::spec_api_services::handles::*;
    pub use super::spec_deployments::handles::*;
    pub use super::spec_client_more::handles::*;
    pub use super::spec_iam::handles::*;
    pub use super::spec_admin_more::handles::*;
    pub use super::spec_wikis::handles::*;
    pub use super::spec_dashboards::handles::*;
    pub use super::spec_webapps::handles::*;
    pub use super::spec_notebooks_more::handles::*;
    pub use super::spec_code_studio_objects::handles::*;
    pub use super::spec_app_instances::handles::*;
    pub use super::spec_streaming::handles::*;
    pub use super::spec_llm::handles::*;
    pub use super::spec_libraries::handles::*;
    pub use super::spec_statistics::handles::*;
    pub use super::spec_data_collections::handles::*;
    pub use super::spec_business_apps::handles::*;
    pub use super::spec_project_standards::handles::*;
    pub use super::spec_data_quality::handles::*;
    pub use super::spec_ai_descriptions::handles::*;
    pub use super::spec_deprecated::handles::*;
    pub use super::spec_ml_tasks::handles::*;
    pub use super::spec_ml_saved_models::handles::*;
    pub use super::spec_ml_evaluation::handles::*;
    pub use super::spec_knowledge_banks::handles::*;
    pub use super::spec_agents::handles::*;
}
/// Typed answers. Each keeps the members it does not name in `extra`,
/// as the server wrote them, so an object read, changed and written
/// back loses nothing.
pub mod models {
    pub use super::spec_futures::models::*;
    pub use super::spec_notebooks::models::*;
    pub use super::spec_project_folders::models::*;
    pub use super::spec_projects::models::*;
    pub use super::spec_apps::models::*;
    pub use super::spec_plugins::models::*;
    pub use super::spec_sql::models::*;
    pub use super::spec_users::models::*;
    pub use super::spec_connections::models::*;
    pub use super::spec_code_envs::models::*;
    pub use super::spec_clusters::models::*;
    pub use super::spec_code_studios::models::*;
    pub use super::spec_api_keys::models::*;
    pub use super::spec_meanings::models::*;
    pub use super::spec_instance::models::*;
    pub use super::spec_deployers::models::*;
    pub use super::spec_discussions::models::*;
    pub use super::spec_feature_store::models::*;
    pub use super::spec_workspaces::models::*;
    pub use super::spec_datasets::models::*;
    pub use super::spec_folders::models::*;
    pub use super::spec_jobs::models::*;
    pub use super::spec_scenarios::models::*;
    pub use super::spec_recipes::models::*;
    pub use super::spec_bundles::models::*;
    pub use super::spec_apinode::models::*;
    pub use super::spec_apinode_admin::models::*;
    pub use super::spec_escape::models::*;
    pub use super::spec_flow::models::*;
    pub use super::spec_tables_import::models::*;
    pub use super::spec_dataset_creation::models::*;
    pub use super::spec_dataset_extras::models::*;
    pub use super::spec_testing::models::*;
    pub use super::spec_project_extras::models::*;
    pub use super::spec_recipe_creation::models::*;
    pub use super::spec_git::models::*;
    pub use super::spec_macros::models::*;
    pub use super::spec_api_services::models::*;
    pub use super::spec_deployments::models::*;
    pub use super::spec_client_more::models::*;
    pub use super::spec_iam::models::*;
    pub use super::spec_admin_more::models::*;
    pub use super::spec_wikis::models::*;
    pub use super::spec_dashboards::models::*;
    pub use super::spec_webapps::models::*;
    pub use super::spec_notebooks_more::models::*;
    pub use super::spec_code_studio_objects::models::*;
    pub use super::spec_app_instances::models::*;
    pub use super::spec_streaming::models::*;
    pub use super::spec_llm::models::*;
    pub use super::spec_libraries::models::*;
    pub use super::spec_statistics::models::*;
    pub use super::spec_data_collections::models::*;
    pub use super::spec_business_apps::models::*;
    pub use super::spec_project_standards::models::*;
    pub use super::spec_data_quality::models::*;
    pub use super::spec_ai_descriptions::models::*;
    pub use super::spec_deprecated::models::*;
    pub use super::spec_ml_tasks::models::*;
    pub use super::spec_ml_saved_models::models::*;
    pub use super::spec_ml_evaluation::models::*;
    pub use super::spec_knowledge_banks::models::*;
    pub use super::spec_agents::models::*;
}
/// Request values returned by the API methods: set optional
/// arguments by name, then call `send()`.
pub mod requests {
    pub use super::spec_futures::requests::*;
    pub use super::spec_notebooks::requests::*;
    pub use super::spec_project_folders::requests::*;
    pub use super::spec_projects::requests::*;
    pub use super::spec_apps::requests::*;
    pub use super::spec_plugins::requests::*;
    pub use super::spec_sql::requests::*;
    pub use super::spec_users::requests::*;
    pub use super::spec_connections::requests::*;
    pub use super::spec_code_envs::requests::*;
    pub use super::spec_clusters::requests::*;
    pub use super::spec_code_studios::requests::*;
    pub use super::spec_api_keys::requests::*;
    pub use super::spec_meanings::requests::*;
    pub use super::spec_instance::requests::*;
    pub use super::spec_deployers::requests::*;
    pub use super::spec_discussions::requests::*;
    pub use super::spec_feature_store::requests::*;
    pub use super::spec_workspaces::requests::*;
    pub use super::spec_datasets::requests::*;
    pub use super::spec_folders::requests::*;
    pub use super::spec_jobs::requests::*;
    pub use super::spec_scenarios::requests::*;
    pub use super::spec_recipes::requests::*;
    pub use super::spec_bundles::requests::*;
    pub use super::spec_apinode::requests::*;
    pub use super::spec_apinode_admin::requests::*;
    pub use super::spec_escape::requests::*;
    pub use super::spec_flow::requests::*;
    pub use super::spec_tables_import::requests::*;
    pub use super::spec_dataset_creation::requests::*;
    pub use super::spec_dataset_extras::requests::*;
    pub use super::spec_testing::requests::*;
    pub use super::spec_project_extras::requests::*;
    pub use super::spec_recipe_creation::requests::*;
    pub use super::spec_git::requests::*;
    pub use super::spec_macros::requests::*;
    pub use super::spec_api_services::requests::*;
    pub use super::spec_deployments::requests::*;
    pub use super::spec_client_more::requests::*;
    pub use super::spec_iam::requests::*;
    pub use super::spec_admin_more::requests::*;
    pub use super::spec_wikis::requests::*;
    pub use super::spec_dashboards::requests::*;
    pub use super::spec_webapps::requests::*;
    pub use super::spec_notebooks_more::requests::*;
    pub use super::spec_code_studio_objects::requests::*;
    pub use super::spec_app_instances::requests::*;
    pub use super::spec_streaming::requests::*;
    pub use super::spec_llm::requests::*;
    pub use super::spec_libraries::requests::*;
    pub use super::spec_statistics::requests::*;
    pub use super::spec_data_collections::requests::*;
    pub use super::spec_business_apps::requests::*;
    pub use super::spec_project_standards::requests::*;
    pub use super::spec_data_quality::requests::*;
    pub use super::spec_ai_descriptions::requests::*;
    pub use super::spec_deprecated::requests::*;
    pub use super::spec_ml_tasks::requests::*;
    pub use super::spec_ml_saved_models::requests::*;
    pub use super::spec_ml_evaluation::requests::*;
    pub use super::spec_knowledge_banks::requests::*;
    pub use super::spec_agents::requests::*;
    /// The name of every request value type generated from the
    /// spec, each checked to implement `rt::Prepared` (the mock's
    /// stubs).
    #[cfg(feature = "mock")]
    pub static REQUEST_TYPES: &[&str] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_futures::requests::REQUEST_TYPES.len()
                + super::spec_notebooks::requests::REQUEST_TYPES.len()
                + super::spec_project_folders::requests::REQUEST_TYPES.len()
                + super::spec_projects::requests::REQUEST_TYPES.len()
                + super::spec_apps::requests::REQUEST_TYPES.len()
                + super::spec_plugins::requests::REQUEST_TYPES.len()
                + super::spec_sql::requests::REQUEST_TYPES.len()
                + super::spec_users::requests::REQUEST_TYPES.len()
                + super::spec_connections::requests::REQUEST_TYPES.len()
                + super::spec_code_envs::requests::REQUEST_TYPES.len()
                + super::spec_clusters::requests::REQUEST_TYPES.len()
                + super::spec_code_studios::requests::REQUEST_TYPES.len()
                + super::spec_api_keys::requests::REQUEST_TYPES.len()
                + super::spec_meanings::requests::REQUEST_TYPES.len()
                + super::spec_instance::requests::REQUEST_TYPES.len()
                + super::spec_deployers::requests::REQUEST_TYPES.len()
                + super::spec_discussions::requests::REQUEST_TYPES.len()
                + super::spec_feature_store::requests::REQUEST_TYPES.len()
                + super::spec_workspaces::requests::REQUEST_TYPES.len()
                + super::spec_datasets::requests::REQUEST_TYPES.len()
                + super::spec_folders::requests::REQUEST_TYPES.len()
                + super::spec_jobs::requests::REQUEST_TYPES.len()
                + super::spec_scenarios::requests::REQUEST_TYPES.len()
                + super::spec_recipes::requests::REQUEST_TYPES.len()
                + super::spec_bundles::requests::REQUEST_TYPES.len()
                + super::spec_apinode::requests::REQUEST_TYPES.len()
                + super::spec_apinode_admin::requests::REQUEST_TYPES.len()
                + super::spec_escape::requests::REQUEST_TYPES.len()
                + super::spec_flow::requests::REQUEST_TYPES.len()
                + super::spec_tables_import::requests::REQUEST_TYPES.len()
                + super::spec_dataset_creation::requests::REQUEST_TYPES.len()
                + super::spec_dataset_extras::requests::REQUEST_TYPES.len()
                + super::spec_testing::requests::REQUEST_TYPES.len()
                + super::spec_project_extras::requests::REQUEST_TYPES.len()
                + super::spec_recipe_creation::requests::REQUEST_TYPES.len()
                + super::spec_git::requests::REQUEST_TYPES.len()
                + super::spec_macros::requests::REQUEST_TYPES.len()
                + super::spec_api_services::requests::REQUEST_TYPES.len()
                + super::spec_deployments::requests::REQUEST_TYPES.len()
                + super::spec_client_more::requests::REQUEST_TYPES.len()
                + super::spec_iam::requests::REQUEST_TYPES.len()
                + super::spec_admin_more::requests::REQUEST_TYPES.len()
                + super::spec_wikis::requests::REQUEST_TYPES.len()
                + super::spec_dashboards::requests::REQUEST_TYPES.len()
                + super::spec_webapps::requests::REQUEST_TYPES.len()
                + super::spec_notebooks_more::requests::REQUEST_TYPES.len()
                + super::spec_code_studio_objects::requests::REQUEST_TYPES.len()
                + super::spec_app_instances::requests::REQUEST_TYPES.len()
                + super::spec_streaming::requests::REQUEST_TYPES.len()
                + super::spec_llm::requests::REQUEST_TYPES.len()
                + super::spec_libraries::requests::REQUEST_TYPES.len()
                + super::spec_statistics::requests::REQUEST_TYPES.len()
                + super::spec_data_collections::requests::REQUEST_TYPES.len()
                + super::spec_business_apps::requests::REQUEST_TYPES.len()
                + super::spec_project_standards::requests::REQUEST_TYPES.len()
                + super::spec_data_quality::requests::REQUEST_TYPES.len()
                + super::spec_ai_descriptions::requests::REQUEST_TYPES.len()
                + super::spec_deprecated::requests::REQUEST_TYPES.len()
                + super::spec_ml_tasks::requests::REQUEST_TYPES.len()
                + super::spec_ml_saved_models::requests::REQUEST_TYPES.len()
                + super::spec_ml_evaluation::requests::REQUEST_TYPES.len()
                + super::spec_knowledge_banks::requests::REQUEST_TYPES.len()
                + super::spec_agents::requests::REQUEST_TYPES.len()
        },
    >(
        &[
            super::spec_futures::requests::REQUEST_TYPES,
            super::spec_notebooks::requests::REQUEST_TYPES,
            super::spec_project_folders::requests::REQUEST_TYPES,
            super::spec_projects::requests::REQUEST_TYPES,
            super::spec_apps::requests::REQUEST_TYPES,
            super::spec_plugins::requests::REQUEST_TYPES,
            super::spec_sql::requests::REQUEST_TYPES,
            super::spec_users::requests::REQUEST_TYPES,
            super::spec_connections::requests::REQUEST_TYPES,
            super::spec_code_envs::requests::REQUEST_TYPES,
            super::spec_clusters::requests::REQUEST_TYPES,
            super::spec_code_studios::requests::REQUEST_TYPES,
            super::spec_api_keys::requests::REQUEST_TYPES,
            super::spec_meanings::requests::REQUEST_TYPES,
            super::spec_instance::requests::REQUEST_TYPES,
            super::spec_deployers::requests::REQUEST_TYPES,
            super::spec_discussions::requests::REQUEST_TYPES,
            super::spec_feature_store::requests::REQUEST_TYPES,
            super::spec_workspaces::requests::REQUEST_TYPES,
            super::spec_datasets::requests::REQUEST_TYPES,
            super::spec_folders::requests::REQUEST_TYPES,
            super::spec_jobs::requests::REQUEST_TYPES,
            super::spec_scenarios::requests::REQUEST_TYPES,
            super::spec_recipes::requests::REQUEST_TYPES,
            super::spec_bundles::requests::REQUEST_TYPES,
            super::spec_apinode::requests::REQUEST_TYPES,
            super::spec_apinode_admin::requests::REQUEST_TYPES,
            super::spec_escape::requests::REQUEST_TYPES,
            super::spec_flow::requests::REQUEST_TYPES,
            super::spec_tables_import::requests::REQUEST_TYPES,
            super::spec_dataset_creation::requests::REQUEST_TYPES,
            super::spec_dataset_extras::requests::REQUEST_TYPES,
            super::spec_testing::requests::REQUEST_TYPES,
            super::spec_project_extras::requests::REQUEST_TYPES,
            super::spec_recipe_creation::requests::REQUEST_TYPES,
            super::spec_git::requests::REQUEST_TYPES,
            super::spec_macros::requests::REQUEST_TYPES,
            super::spec_api_services::requests::REQUEST_TYPES,
            super::spec_deployments::requests::REQUEST_TYPES,
            super::spec_client_more::requests::REQUEST_TYPES,
            super::spec_iam::requests::REQUEST_TYPES,
            super::spec_admin_more::requests::REQUEST_TYPES,
            super::spec_wikis::requests::REQUEST_TYPES,
            super::spec_dashboards::requests::REQUEST_TYPES,
            super::spec_webapps::requests::REQUEST_TYPES,
            super::spec_notebooks_more::requests::REQUEST_TYPES,
            super::spec_code_studio_objects::requests::REQUEST_TYPES,
            super::spec_app_instances::requests::REQUEST_TYPES,
            super::spec_streaming::requests::REQUEST_TYPES,
            super::spec_llm::requests::REQUEST_TYPES,
            super::spec_libraries::requests::REQUEST_TYPES,
            super::spec_statistics::requests::REQUEST_TYPES,
            super::spec_data_collections::requests::REQUEST_TYPES,
            super::spec_business_apps::requests::REQUEST_TYPES,
            super::spec_project_standards::requests::REQUEST_TYPES,
            super::spec_data_quality::requests::REQUEST_TYPES,
            super::spec_ai_descriptions::requests::REQUEST_TYPES,
            super::spec_deprecated::requests::REQUEST_TYPES,
            super::spec_ml_tasks::requests::REQUEST_TYPES,
            super::spec_ml_saved_models::requests::REQUEST_TYPES,
            super::spec_ml_evaluation::requests::REQUEST_TYPES,
            super::spec_knowledge_banks::requests::REQUEST_TYPES,
            super::spec_agents::requests::REQUEST_TYPES,
        ],
        "",
    );
}
/// The description of every method, by the name of its request
/// value type in SCREAMING_SNAKE_CASE (`DATASET_ITER_ROWS`), for the
/// hand-written halves of the API.
#[allow(unused_imports)]
pub(crate) mod endpoints {
    pub(crate) use super::spec_futures::endpoints::*;
    pub(crate) use super::spec_notebooks::endpoints::*;
    pub(crate) use super::spec_project_folders::endpoints::*;
    pub(crate) use super::spec_projects::endpoints::*;
    pub(crate) use super::spec_apps::endpoints::*;
    pub(crate) use super::spec_plugins::endpoints::*;
    pub(crate) use super::spec_sql::endpoints::*;
    pub(crate) use super::spec_users::endpoints::*;
    pub(crate) use super::spec_connections::endpoints::*;
    pub(crate) use super::spec_code_envs::endpoints::*;
    pub(crate) use super::spec_clusters::endpoints::*;
    pub(crate) use super::spec_code_studios::endpoints::*;
    pub(crate) use super::spec_api_keys::endpoints::*;
    pub(crate) use super::spec_meanings::endpoints::*;
    pub(crate) use super::spec_instance::endpoints::*;
    pub(crate) use super::spec_deployers::endpoints::*;
    pub(crate) use super::spec_discussions::endpoints::*;
    pub(crate) use super::spec_feature_store::endpoints::*;
    pub(crate) use super::spec_workspaces::endpoints::*;
    pub(crate) use super::spec_datasets::endpoints::*;
    pub(crate) use super::spec_folders::endpoints::*;
    pub(crate) use super::spec_jobs::endpoints::*;
    pub(crate) use super::spec_scenarios::endpoints::*;
    pub(crate) use super::spec_recipes::endpoints::*;
    pub(crate) use super::spec_bundles::endpoints::*;
    pub(crate) use super::spec_apinode::endpoints::*;
    pub(crate) use super::spec_apinode_admin::endpoints::*;
    pub(crate) use super::spec_escape::endpoints::*;
    pub(crate) use super::spec_flow::endpoints::*;
    pub(crate) use super::spec_tables_import::endpoints::*;
    pub(crate) use super::spec_dataset_creation::endpoints::*;
    pub(crate) use super::spec_dataset_extras::endpoints::*;
    pub(crate) use super::spec_testing::endpoints::*;
    pub(crate) use super::spec_project_extras::endpoints::*;
    pub(crate) use super::spec_recipe_creation::endpoints::*;
    pub(crate) use super::spec_git::endpoints::*;
    pub(crate) use super::spec_macros::endpoints::*;
    pub(crate) use super::spec_api_services::endpoints::*;
    pub(crate) use super::spec_deployments::endpoints::*;
    pub(crate) use super::spec_client_more::endpoints::*;
    pub(crate) use super::spec_iam::endpoints::*;
    pub(crate) use super::spec_admin_more::endpoints::*;
    pub(crate) use super::spec_wikis::endpoints::*;
    pub(crate) use super::spec_dashboards::endpoints::*;
    pub(crate) use super::spec_webapps::endpoints::*;
    pub(crate) use super::spec_notebooks_more::endpoints::*;
    pub(crate) use super::spec_code_studio_objects::endpoints::*;
    pub(crate) use super::spec_app_instances::endpoints::*;
    pub(crate) use super::spec_streaming::endpoints::*;
    pub(crate) use super::spec_llm::endpoints::*;
    pub(crate) use super::spec_libraries::endpoints::*;
    pub(crate) use super::spec_statistics::endpoints::*;
    pub(crate) use super::spec_data_collections::endpoints::*;
    pub(crate) use super::spec_business_apps::endpoints::*;
    pub(crate) use super::spec_project_standards::endpoints::*;
    pub(crate) use super::spec_data_quality::endpoints::*;
    pub(crate) use super::spec_ai_descriptions::endpoints::*;
    pub(crate) use super::spec_deprecated::endpoints::*;
    pub(crate) use super::spec_ml_tasks::endpoints::*;
    pub(crate) use super::spec_ml_saved_models::endpoints::*;
    pub(crate) use super::spec_ml_evaluation::endpoints::*;
    pub(crate) use super::spec_knowledge_banks::endpoints::*;
    pub(crate) use super::spec_agents::endpoints::*;
}
/// Every generated method, handle and model, described as data.
pub mod catalog {
    ///Every method, in spec order: the generated ones and the hand-written ones the spec declares.
    pub static ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_futures::ENDPOINTS.len()
                + super::spec_notebooks::ENDPOINTS.len()
                + super::spec_project_folders::ENDPOINTS.len()
                + super::spec_projects::ENDPOINTS.len()
                + super::spec_apps::ENDPOINTS.len()
                + super::spec_plugins::ENDPOINTS.len() + super::spec_sql::ENDPOINTS.len()
                + super::spec_users::ENDPOINTS.len()
                + super::spec_connections::ENDPOINTS.len()
                + super::spec_code_envs::ENDPOINTS.len()
                + super::spec_clusters::ENDPOINTS.len()
                + super::spec_code_studios::ENDPOINTS.len()
                + super::spec_api_keys::ENDPOINTS.len()
                + super::spec_meanings::ENDPOINTS.len()
                + super::spec_instance::ENDPOINTS.len()
                + super::spec_deployers::ENDPOINTS.len()
                + super::spec_discussions::ENDPOINTS.len()
                + super::spec_feature_store::ENDPOINTS.len()
                + super::spec_workspaces::ENDPOINTS.len()
                + super::spec_datasets::ENDPOINTS.len()
                + super::spec_folders::ENDPOINTS.len()
                + super::spec_jobs::ENDPOINTS.len()
                + super::spec_scenarios::ENDPOINTS.len()
                + super::spec_recipes::ENDPOINTS.len()
                + super::spec_bundles::ENDPOINTS.len()
                + super::spec_apinode::ENDPOINTS.len()
                + super::spec_apinode_admin::ENDPOINTS.len()
                + super::spec_escape::ENDPOINTS.len() + super::spec_flow::ENDPOINTS.len()
                + super::spec_tables_import::ENDPOINTS.len()
                + super::spec_dataset_creation::ENDPOINTS.len()
                + super::spec_dataset_extras::ENDPOINTS.len()
                + super::spec_testing::ENDPOINTS.len()
                + super::spec_project_extras::ENDPOINTS.len()
                + super::spec_recipe_creation::ENDPOINTS.len()
                + super::spec_git::ENDPOINTS.len() + super::spec_macros::ENDPOINTS.len()
                + super::spec_api_services::ENDPOINTS.len()
                + super::spec_deployments::ENDPOINTS.len()
                + super::spec_client_more::ENDPOINTS.len()
                + super::spec_iam::ENDPOINTS.len()
                + super::spec_admin_more::ENDPOINTS.len()
                + super::spec_wikis::ENDPOINTS.len()
                + super::spec_dashboards::ENDPOINTS.len()
                + super::spec_webapps::ENDPOINTS.len()
                + super::spec_notebooks_more::ENDPOINTS.len()
                + super::spec_code_studio_objects::ENDPOINTS.len()
                + super::spec_app_instances::ENDPOINTS.len()
                + super::spec_streaming::ENDPOINTS.len()
                + super::spec_llm::ENDPOINTS.len()
                + super::spec_libraries::ENDPOINTS.len()
                + super::spec_statistics::ENDPOINTS.len()
                + super::spec_data_collections::ENDPOINTS.len()
                + super::spec_business_apps::ENDPOINTS.len()
                + super::spec_project_standards::ENDPOINTS.len()
                + super::spec_data_quality::ENDPOINTS.len()
                + super::spec_ai_descriptions::ENDPOINTS.len()
                + super::spec_deprecated::ENDPOINTS.len()
                + super::spec_ml_tasks::ENDPOINTS.len()
                + super::spec_ml_saved_models::ENDPOINTS.len()
                + super::spec_ml_evaluation::ENDPOINTS.len()
                + super::spec_knowledge_banks::ENDPOINTS.len()
                + super::spec_agents::ENDPOINTS.len()
        },
    >(
        &[
            super::spec_futures::ENDPOINTS,
            super::spec_notebooks::ENDPOINTS,
            super::spec_project_folders::ENDPOINTS,
            super::spec_projects::ENDPOINTS,
            super::spec_apps::ENDPOINTS,
            super::spec_plugins::ENDPOINTS,
            super::spec_sql::ENDPOINTS,
            super::spec_users::ENDPOINTS,
            super::spec_connections::ENDPOINTS,
            super::spec_code_envs::ENDPOINTS,
            super::spec_clusters::ENDPOINTS,
            super::spec_code_studios::ENDPOINTS,
            super::spec_api_keys::ENDPOINTS,
            super::spec_meanings::ENDPOINTS,
            super::spec_instance::ENDPOINTS,
            super::spec_deployers::ENDPOINTS,
            super::spec_discussions::ENDPOINTS,
            super::spec_feature_store::ENDPOINTS,
            super::spec_workspaces::ENDPOINTS,
            super::spec_datasets::ENDPOINTS,
            super::spec_folders::ENDPOINTS,
            super::spec_jobs::ENDPOINTS,
            super::spec_scenarios::ENDPOINTS,
            super::spec_recipes::ENDPOINTS,
            super::spec_bundles::ENDPOINTS,
            super::spec_apinode::ENDPOINTS,
            super::spec_apinode_admin::ENDPOINTS,
            super::spec_escape::ENDPOINTS,
            super::spec_flow::ENDPOINTS,
            super::spec_tables_import::ENDPOINTS,
            super::spec_dataset_creation::ENDPOINTS,
            super::spec_dataset_extras::ENDPOINTS,
            super::spec_testing::ENDPOINTS,
            super::spec_project_extras::ENDPOINTS,
            super::spec_recipe_creation::ENDPOINTS,
            super::spec_git::ENDPOINTS,
            super::spec_macros::ENDPOINTS,
            super::spec_api_services::ENDPOINTS,
            super::spec_deployments::ENDPOINTS,
            super::spec_client_more::ENDPOINTS,
            super::spec_iam::ENDPOINTS,
            super::spec_admin_more::ENDPOINTS,
            super::spec_wikis::ENDPOINTS,
            super::spec_dashboards::ENDPOINTS,
            super::spec_webapps::ENDPOINTS,
            super::spec_notebooks_more::ENDPOINTS,
            super::spec_code_studio_objects::ENDPOINTS,
            super::spec_app_instances::ENDPOINTS,
            super::spec_streaming::ENDPOINTS,
            super::spec_llm::ENDPOINTS,
            super::spec_libraries::ENDPOINTS,
            super::spec_statistics::ENDPOINTS,
            super::spec_data_collections::ENDPOINTS,
            super::spec_business_apps::ENDPOINTS,
            super::spec_project_standards::ENDPOINTS,
            super::spec_data_quality::ENDPOINTS,
            super::spec_ai_descriptions::ENDPOINTS,
            super::spec_deprecated::ENDPOINTS,
            super::spec_ml_tasks::ENDPOINTS,
            super::spec_ml_saved_models::ENDPOINTS,
            super::spec_ml_evaluation::ENDPOINTS,
            super::spec_knowledge_banks::ENDPOINTS,
            super::spec_agents::ENDPOINTS,
        ],
        &crate::rt::catalog::Endpoint::PLACEHOLDER,
    );
    ///Every handle type, in spec order.
    pub static HANDLES: &[crate::rt::catalog::Handle] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_futures::HANDLES.len() + super::spec_notebooks::HANDLES.len()
                + super::spec_project_folders::HANDLES.len()
                + super::spec_projects::HANDLES.len() + super::spec_apps::HANDLES.len()
                + super::spec_plugins::HANDLES.len() + super::spec_sql::HANDLES.len()
                + super::spec_users::HANDLES.len()
                + super::spec_connections::HANDLES.len()
                + super::spec_code_envs::HANDLES.len()
                + super::spec_clusters::HANDLES.len()
                + super::spec_code_studios::HANDLES.len()
                + super::spec_api_keys::HANDLES.len()
                + super::spec_meanings::HANDLES.len()
                + super::spec_instance::HANDLES.len()
                + super::spec_deployers::HANDLES.len()
                + super::spec_discussions::HANDLES.len()
                + super::spec_feature_store::HANDLES.len()
                + super::spec_workspaces::HANDLES.len()
                + super::spec_datasets::HANDLES.len()
                + super::spec_folders::HANDLES.len() + super::spec_jobs::HANDLES.len()
                + super::spec_scenarios::HANDLES.len()
                + super::spec_recipes::HANDLES.len() + super::spec_bundles::HANDLES.len()
                + super::spec_apinode::HANDLES.len()
                + super::spec_apinode_admin::HANDLES.len()
                + super::spec_escape::HANDLES.len() + super::spec_flow::HANDLES.len()
                + super::spec_tables_import::HANDLES.len()
                + super::spec_dataset_creation::HANDLES.len()
                + super::spec_dataset_extras::HANDLES.len()
                + super::spec_testing::HANDLES.len()
                + super::spec_project_extras::HANDLES.len()
                + super::spec_recipe_creation::HANDLES.len()
                + super::spec_git::HANDLES.len() + super::spec_macros::HANDLES.len()
                + super::spec_api_services::HANDLES.len()
                + super::spec_deployments::HANDLES.len()
                + super::spec_client_more::HANDLES.len() + super::spec_iam::HANDLES.len()
                + super::spec_admin_more::HANDLES.len()
                + super::spec_wikis::HANDLES.len()
                + super::spec_dashboards::HANDLES.len()
                + super::spec_webapps::HANDLES.len()
                + super::spec_notebooks_more::HANDLES.len()
                + super::spec_code_studio_objects::HANDLES.len()
                + super::spec_app_instances::HANDLES.len()
                + super::spec_streaming::HANDLES.len() + super::spec_llm::HANDLES.len()
                + super::spec_libraries::HANDLES.len()
                + super::spec_statistics::HANDLES.len()
                + super::spec_data_collections::HANDLES.len()
                + super::spec_business_apps::HANDLES.len()
                + super::spec_project_standards::HANDLES.len()
                + super::spec_data_quality::HANDLES.len()
                + super::spec_ai_descriptions::HANDLES.len()
                + super::spec_deprecated::HANDLES.len()
                + super::spec_ml_tasks::HANDLES.len()
                + super::spec_ml_saved_models::HANDLES.len()
                + super::spec_ml_evaluation::HANDLES.len()
                + super::spec_knowledge_banks::HANDLES.len()
                + super::spec_agents::HANDLES.len()
        },
    >(
        &[
            super::spec_futures::HANDLES,
            super::spec_notebooks::HANDLES,
            super::spec_project_folders::HANDLES,
            super::spec_projects::HANDLES,
            super::spec_apps::HANDLES,
            super::spec_plugins::HANDLES,
            super::spec_sql::HANDLES,
            super::spec_users::HANDLES,
            super::spec_connections::HANDLES,
            super::spec_code_envs::HANDLES,
            super::spec_clusters::HANDLES,
            super::spec_code_studios::HANDLES,
            super::spec_api_keys::HANDLES,
            super::spec_meanings::HANDLES,
            super::spec_instance::HANDLES,
            super::spec_deployers::HANDLES,
            super::spec_discussions::HANDLES,
            super::spec_feature_store::HANDLES,
            super::spec_workspaces::HANDLES,
            super::spec_datasets::HANDLES,
            super::spec_folders::HANDLES,
            super::spec_jobs::HANDLES,
            super::spec_scenarios::HANDLES,
            super::spec_recipes::HANDLES,
            super::spec_bundles::HANDLES,
            super::spec_apinode::HANDLES,
            super::spec_apinode_admin::HANDLES,
            super::spec_escape::HANDLES,
            super::spec_flow::HANDLES,
            super::spec_tables_import::HANDLES,
            super::spec_dataset_creation::HANDLES,
            super::spec_dataset_extras::HANDLES,
            super::spec_testing::HANDLES,
            super::spec_project_extras::HANDLES,
            super::spec_recipe_creation::HANDLES,
            super::spec_git::HANDLES,
            super::spec_macros::HANDLES,
            super::spec_api_services::HANDLES,
            super::spec_deployments::HANDLES,
            super::spec_client_more::HANDLES,
            super::spec_iam::HANDLES,
            super::spec_admin_more::HANDLES,
            super::spec_wikis::HANDLES,
            super::spec_dashboards::HANDLES,
            super::spec_webapps::HANDLES,
            super::spec_notebooks_more::HANDLES,
            super::spec_code_studio_objects::HANDLES,
            super::spec_app_instances::HANDLES,
            super::spec_streaming::HANDLES,
            super::spec_llm::HANDLES,
            super::spec_libraries::HANDLES,
            super::spec_statistics::HANDLES,
            super::spec_data_collections::HANDLES,
            super::spec_business_apps::HANDLES,
            super::spec_project_standards::HANDLES,
            super::spec_data_quality::HANDLES,
            super::spec_ai_descriptions::HANDLES,
            super::spec_deprecated::HANDLES,
            super::spec_ml_tasks::HANDLES,
            super::spec_ml_saved_models::HANDLES,
            super::spec_ml_evaluation::HANDLES,
            super::spec_knowledge_banks::HANDLES,
            super::spec_agents::HANDLES,
        ],
        crate::rt::catalog::Handle::PLACEHOLDER,
    );
    ///Every model type, in spec order.
    pub static MODELS: &[crate::rt::catalog::Model] = &crate::rt::catalog::concat::<
        _,
        {
            0 + super::spec_futures::MODELS.len() + super::spec_notebooks::MODELS.len()
                + super::spec_project_folders::MODELS.len()
                + super::spec_projects::MODELS.len() + super::spec_apps::MODELS.len()
                + super::spec_plugins::MODELS.len() + super::spec_sql::MODELS.len()
                + super::spec_users::MODELS.len() + super::spec_connections::MODELS.len()
                + super::spec_code_envs::MODELS.len()
                + super::spec_clusters::MODELS.len()
                + super::spec_code_studios::MODELS.len()
                + super::spec_api_keys::MODELS.len() + super::spec_meanings::MODELS.len()
                + super::spec_instance::MODELS.len()
                + super::spec_deployers::MODELS.len()
                + super::spec_discussions::MODELS.len()
                + super::spec_feature_store::MODELS.len()
                + super::spec_workspaces::MODELS.len()
                + super::spec_datasets::MODELS.len() + super::spec_folders::MODELS.len()
                + super::spec_jobs::MODELS.len() + super::spec_scenarios::MODELS.len()
                + super::spec_recipes::MODELS.len() + super::spec_bundles::MODELS.len()
                + super::spec_apinode::MODELS.len()
                + super::spec_apinode_admin::MODELS.len()
                + super::spec_escape::MODELS.len() + super::spec_flow::MODELS.len()
                + super::spec_tables_import::MODELS.len()
                + super::spec_dataset_creation::MODELS.len()
                + super::spec_dataset_extras::MODELS.len()
                + super::spec_testing::MODELS.len()
                + super::spec_project_extras::MODELS.len()
                + super::spec_recipe_creation::MODELS.len()
                + super::spec_git::MODELS.len() + super::spec_macros::MODELS.len()
                + super::spec_api_services::MODELS.len()
                + super::spec_deployments::MODELS.len()
                + super::spec_client_more::MODELS.len() + super::spec_iam::MODELS.len()
                + super::spec_admin_more::MODELS.len() + super::spec_wikis::MODELS.len()
                + super::spec_dashboards::MODELS.len()
                + super::spec_webapps::MODELS.len()
                + super::spec_notebooks_more::MODELS.len()
                + super::spec_code_studio_objects::MODELS.len()
                + super::spec_app_instances::MODELS.len()
                + super::spec_streaming::MODELS.len() + super::spec_llm::MODELS.len()
                + super::spec_libraries::MODELS.len()
                + super::spec_statistics::MODELS.len()
                + super::spec_data_collections::MODELS.len()
                + super::spec_business_apps::MODELS.len()
                + super::spec_project_standards::MODELS.len()
                + super::spec_data_quality::MODELS.len()
                + super::spec_ai_descriptions::MODELS.len()
                + super::spec_deprecated::MODELS.len()
                + super::spec_ml_tasks::MODELS.len()
                + super::spec_ml_saved_models::MODELS.len()
                + super::spec_ml_evaluation::MODELS.len()
                + super::spec_knowledge_banks::MODELS.len()
                + super::spec_agents::MODELS.len()
        },
    >(
        &[
            super::spec_futures::MODELS,
            super::spec_notebooks::MODELS,
            super::spec_project_folders::MODELS,
            super::spec_projects::MODELS,
            super::spec_apps::MODELS,
            super::spec_plugins::MODELS,
            super::spec_sql::MODELS,
            super::spec_users::MODELS,
            super::spec_connections::MODELS,
            super::spec_code_envs::MODELS,
            super::spec_clusters::MODELS,
            super::spec_code_studios::MODELS,
            super::spec_api_keys::MODELS,
            super::spec_meanings::MODELS,
            super::spec_instance::MODELS,
            super::spec_deployers::MODELS,
            super::spec_discussions::MODELS,
            super::spec_feature_store::MODELS,
            super::spec_workspaces::MODELS,
            super::spec_datasets::MODELS,
            super::spec_folders::MODELS,
            super::spec_jobs::MODELS,
            super::spec_scenarios::MODELS,
            super::spec_recipes::MODELS,
            super::spec_bundles::MODELS,
            super::spec_apinode::MODELS,
            super::spec_apinode_admin::MODELS,
            super::spec_escape::MODELS,
            super::spec_flow::MODELS,
            super::spec_tables_import::MODELS,
            super::spec_dataset_creation::MODELS,
            super::spec_dataset_extras::MODELS,
            super::spec_testing::MODELS,
            super::spec_project_extras::MODELS,
            super::spec_recipe_creation::MODELS,
            super::spec_git::MODELS,
            super::spec_macros::MODELS,
            super::spec_api_services::MODELS,
            super::spec_deployments::MODELS,
            super::spec_client_more::MODELS,
            super::spec_iam::MODELS,
            super::spec_admin_more::MODELS,
            super::spec_wikis::MODELS,
            super::spec_dashboards::MODELS,
            super::spec_webapps::MODELS,
            super::spec_notebooks_more::MODELS,
            super::spec_code_studio_objects::MODELS,
            super::spec_app_instances::MODELS,
            super::spec_streaming::MODELS,
            super::spec_llm::MODELS,
            super::spec_libraries::MODELS,
            super::spec_statistics::MODELS,
            super::spec_data_collections::MODELS,
            super::spec_business_apps::MODELS,
            super::spec_project_standards::MODELS,
            super::spec_data_quality::MODELS,
            super::spec_ai_descriptions::MODELS,
            super::spec_deprecated::MODELS,
            super::spec_ml_tasks::MODELS,
            super::spec_ml_saved_models::MODELS,
            super::spec_ml_evaluation::MODELS,
            super::spec_knowledge_banks::MODELS,
            super::spec_agents::MODELS,
        ],
        crate::rt::catalog::Model::PLACEHOLDER,
    );
    /// Sends the request of any method of the catalog, named by its
    /// owner type and method name, with the owner's identifier fields
    /// in order (none for `DssClient`) and the arguments by name as
    /// JSON (see `DynArgs` for uploads and local paths); `start` sends
    /// it as `.start()` would. The answer is read and dropped; the call
    /// fails as `send` would (an HTTP error, a failed task, ...), and
    /// with [`Error::Config`](crate::Error::Config) for a method the
    /// catalog does not have or an argument it does not take.
    #[cfg(feature = "dynamic")]
    pub fn call(
        client: &crate::rt::DssClient,
        owner: &str,
        ids: &[&str],
        method: &str,
        args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        start: bool,
    ) -> ::core::result::Result<(), crate::rt::Error> {
        let mut args = crate::rt::dynamic::DynArgs::new(args);
        if let ::core::option::Option::Some(r) = super::spec_futures::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_notebooks::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_project_folders::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_projects::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_apps::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_plugins::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_sql::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_users::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_connections::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_code_envs::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_clusters::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_code_studios::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_api_keys::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_meanings::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_instance::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_deployers::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_discussions::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_feature_store::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_workspaces::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_datasets::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_folders::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_jobs::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_scenarios::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_recipes::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_bundles::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_apinode::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_apinode_admin::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_escape::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_flow::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_tables_import::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_dataset_creation::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_dataset_extras::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_testing::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_project_extras::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_recipe_creation::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_git::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_macros::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_api_services::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_deployments::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_client_more::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_iam::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_admin_more::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_wikis::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_dashboards::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_webapps::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_notebooks_more::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_code_studio_objects::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_app_instances::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_streaming::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_llm::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_libraries::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_statistics::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_data_collections::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_business_apps::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_project_standards::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_data_quality::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ai_descriptions::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_deprecated::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ml_tasks::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ml_saved_models::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ml_evaluation::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_knowledge_banks::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_agents::dispatch(
            client,
            owner,
            ids,
            method,
            &mut args,
            start,
        ) {
            return r;
        }
        ::core::result::Result::Err(
            crate::rt::Error::Config(
                ::std::format!("the catalog has no sending method `{owner}::{method}`"),
            ),
        )
    }
    /// Reads a document type of the catalog (`DssDatasetSettings`) with
    /// the first method that reads it (one taking no required argument
    /// when there is one; the required arguments of another are taken
    /// by name from `args`), on the owner named by `ids`; lets `edit`
    /// change it; and sends it back with its `save` when it has one
    /// (then `Ok(true)`).
    #[cfg(feature = "dynamic")]
    pub fn round_trip(
        client: &crate::rt::DssClient,
        document: &str,
        ids: &[&str],
        args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        edit: &dyn Fn(&mut ::serde_json::Value),
    ) -> ::core::result::Result<bool, crate::rt::Error> {
        let mut args = crate::rt::dynamic::DynArgs::new(args);
        if let ::core::option::Option::Some(r) = super::spec_futures::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_notebooks::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_project_folders::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_projects::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_apps::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_plugins::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_sql::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_users::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_connections::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_code_envs::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_clusters::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_code_studios::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_api_keys::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_meanings::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_instance::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_deployers::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_discussions::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_feature_store::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_workspaces::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_datasets::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_folders::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_jobs::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_scenarios::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_recipes::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_bundles::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_apinode::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_apinode_admin::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_escape::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_flow::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_tables_import::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_dataset_creation::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_dataset_extras::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_testing::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_project_extras::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_recipe_creation::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_git::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_macros::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_api_services::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_deployments::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_client_more::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_iam::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_admin_more::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_wikis::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_dashboards::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_webapps::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_notebooks_more::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_code_studio_objects::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_app_instances::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_streaming::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_llm::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_libraries::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_statistics::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_data_collections::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_business_apps::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_project_standards::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_data_quality::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ai_descriptions::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_deprecated::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ml_tasks::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ml_saved_models::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_ml_evaluation::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_knowledge_banks::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        if let ::core::option::Option::Some(r) = super::spec_agents::round_trip(
            client,
            document,
            ids,
            &mut args,
            edit,
        ) {
            return r;
        }
        ::core::result::Result::Err(
            crate::rt::Error::Config(
                ::std::format!(
                    "the catalog has no method reading `{document}` with no required argument"
                ),
            ),
        )
    }
}
const _: () = crate::rt::agree(
    "the setter names a spec argument may not take",
    crate::rt::REQUEST_METHODS,
    &[
        "timeout",
        "response_timeout",
        "idle_timeout",
        "low_speed_limit",
        "retry",
        "no_retry",
        "on_progress",
        "request_options",
        "send",
        "send_as",
        "start",
    ],
);
const _: () = crate::rt::agree(
    "the conversions a spec value may call",
    crate::rt::convert::NAMES,
    &[
        "meaning_entries",
        "meaning_mappings",
        "parse_json",
        "import_settings",
        "nonempty",
        "json_text",
        "python_json",
        "confirmed",
        "bulk_users",
        "first_set",
        "records_with_features",
        "records_with_data",
        "absolute_path",
    ],
);
