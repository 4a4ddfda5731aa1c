// The expansion of `../spec/index.dss` (relative to dss-api-derive), as generated.
// Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive` rewrites it.
/// Handle types: cheap, cloneable values that name one object on the
/// server (a project, a user, ...) and hold a clone of the client.
/// Building one sends nothing; their methods return requests.
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
    use super::models::*;
    /**A long-running task ("future") on the DSS server. Holds the last state
seen; [`DssFuture::wait_for_result`] polls until the task ends.*/
    #[derive(Clone)]
    pub struct DssFuture {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) job_id: String,
        pub(crate) state: Option<FutureState>,
    }
    impl DssFuture {
        ///The `job_id` this handle points at.
        pub fn job_id(&self) -> &str {
            &self.job_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssFuture {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssFuture")
                .field("job_id", &self.job_id)
                .finish_non_exhaustive()
        }
    }
    ///A Jupyter notebook of a project, named by project key and notebook name.
    #[derive(Clone)]
    pub struct DssNotebook {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) project_key: String,
        pub(crate) notebook_name: String,
    }
    impl DssNotebook {
        ///The `project_key` this handle points at.
        pub fn project_key(&self) -> &str {
            &self.project_key
        }
        ///The `notebook_name` this handle points at.
        pub fn notebook_name(&self) -> &str {
            &self.notebook_name
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssNotebook {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssNotebook")
                .field("project_key", &self.project_key)
                .field("notebook_name", &self.notebook_name)
                .finish_non_exhaustive()
        }
    }
    ///A project folder, named by its id (as the server reports it).
    #[derive(Clone)]
    pub struct DssProjectFolder {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) project_folder_id: String,
    }
    impl DssProjectFolder {
        ///The `project_folder_id` this handle points at.
        pub fn project_folder_id(&self) -> &str {
            &self.project_folder_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssProjectFolder {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssProjectFolder")
                .field("project_folder_id", &self.project_folder_id)
                .finish_non_exhaustive()
        }
    }
    ///A project, named by its key.
    #[derive(Clone)]
    pub struct DssProject {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) project_key: String,
    }
    impl DssProject {
        ///The `project_key` this handle points at.
        pub fn project_key(&self) -> &str {
            &self.project_key
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssProject {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssProject")
                .field("project_key", &self.project_key)
                .finish_non_exhaustive()
        }
    }
    /**An uploaded project archive waiting to be imported
(`prepare_project_import`); [`execute`](TemporaryImportHandle::execute) runs
the import.*/
    #[derive(Clone)]
    pub struct TemporaryImportHandle {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) import_id: String,
    }
    impl TemporaryImportHandle {
        ///The `import_id` this handle points at.
        pub fn import_id(&self) -> &str {
            &self.import_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for TemporaryImportHandle {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("TemporaryImportHandle")
                .field("import_id", &self.import_id)
                .finish_non_exhaustive()
        }
    }
    ///A Dataiku app, named by its id.
    #[derive(Clone)]
    pub struct DssApp {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) app_id: String,
    }
    impl DssApp {
        ///The `app_id` this handle points at.
        pub fn app_id(&self) -> &str {
            &self.app_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssApp {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssApp")
                .field("app_id", &self.app_id)
                .finish_non_exhaustive()
        }
    }
    ///An installed plugin, named by its id.
    #[derive(Clone)]
    pub struct DssPlugin {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) plugin_id: String,
    }
    impl DssPlugin {
        ///The `plugin_id` this handle points at.
        pub fn plugin_id(&self) -> &str {
            &self.plugin_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssPlugin {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssPlugin")
                .field("plugin_id", &self.plugin_id)
                .finish_non_exhaustive()
        }
    }
    /**A SQL, Hive or Impala query started by `sql_query`: its schema came with
the answer that started it; its rows are streamed by `iter_rows`.*/
    #[derive(Clone)]
    pub struct DssSqlQuery {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) query_id: String,
        pub(crate) schema: Vec<SqlColumn>,
    }
    impl DssSqlQuery {
        ///The `query_id` this handle points at.
        pub fn query_id(&self) -> &str {
            &self.query_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssSqlQuery {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssSqlQuery")
                .field("query_id", &self.query_id)
                .finish_non_exhaustive()
        }
    }
    ///A user, named by login.
    #[derive(Clone)]
    pub struct DssUser {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) login: String,
    }
    impl DssUser {
        ///The `login` this handle points at.
        pub fn login(&self) -> &str {
            &self.login
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssUser {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssUser").field("login", &self.login).finish_non_exhaustive()
        }
    }
    ///The user the client is authenticated as.
    #[derive(Clone)]
    pub struct DssOwnUser {
        pub(crate) client: crate::rt::DssClient,
    }
    impl DssOwnUser {
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssOwnUser {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssOwnUser").finish_non_exhaustive()
        }
    }
    ///A group, named by its name.
    #[derive(Clone)]
    pub struct DssGroup {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) name: String,
    }
    impl DssGroup {
        ///The `name` this handle points at.
        pub fn name(&self) -> &str {
            &self.name
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssGroup {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssGroup").field("name", &self.name).finish_non_exhaustive()
        }
    }
    ///A connection, named by its name.
    #[derive(Clone)]
    pub struct DssConnection {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) name: String,
    }
    impl DssConnection {
        ///The `name` this handle points at.
        pub fn name(&self) -> &str {
            &self.name
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssConnection {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssConnection")
                .field("name", &self.name)
                .finish_non_exhaustive()
        }
    }
    ///A code environment, named by language and name.
    #[derive(Clone)]
    pub struct DssCodeEnv {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) env_lang: String,
        pub(crate) env_name: String,
    }
    impl DssCodeEnv {
        ///The `env_lang` this handle points at.
        pub fn env_lang(&self) -> &str {
            &self.env_lang
        }
        ///The `env_name` this handle points at.
        pub fn env_name(&self) -> &str {
            &self.env_name
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssCodeEnv {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssCodeEnv")
                .field("env_lang", &self.env_lang)
                .field("env_name", &self.env_name)
                .finish_non_exhaustive()
        }
    }
    ///A cluster, named by its id.
    #[derive(Clone)]
    pub struct DssCluster {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) cluster_id: String,
    }
    impl DssCluster {
        ///The `cluster_id` this handle points at.
        pub fn cluster_id(&self) -> &str {
            &self.cluster_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssCluster {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssCluster")
                .field("cluster_id", &self.cluster_id)
                .finish_non_exhaustive()
        }
    }
    ///A code studio template, named by its id.
    #[derive(Clone)]
    pub struct DssCodeStudioTemplate {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) template_id: String,
    }
    impl DssCodeStudioTemplate {
        ///The `template_id` this handle points at.
        pub fn template_id(&self) -> &str {
            &self.template_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssCodeStudioTemplate {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssCodeStudioTemplate")
                .field("template_id", &self.template_id)
                .finish_non_exhaustive()
        }
    }
    /**A global API key: `key` is the secret (may be empty when unknown), `id`
names it in requests.*/
    #[derive(Clone)]
    pub struct DssGlobalApiKey {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) key: String,
        pub(crate) id: String,
    }
    impl DssGlobalApiKey {
        ///The `key` this handle holds (a secret: never shown by `Debug`).
        pub fn key(&self) -> &str {
            &self.key
        }
        ///The `id` this handle points at.
        pub fn id(&self) -> &str {
            &self.id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssGlobalApiKey {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssGlobalApiKey")
                .field("key", &crate::rt::Redacted)
                .field("id", &self.id)
                .finish_non_exhaustive()
        }
    }
    ///A personal API key, named by its id (`key`, the secret, may be empty).
    #[derive(Clone)]
    pub struct DssPersonalApiKey {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) id: String,
        pub(crate) key: String,
    }
    impl DssPersonalApiKey {
        ///The `id` this handle points at.
        pub fn id(&self) -> &str {
            &self.id
        }
        ///The `key` this handle holds (a secret: never shown by `Debug`).
        pub fn key(&self) -> &str {
            &self.key
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssPersonalApiKey {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssPersonalApiKey")
                .field("id", &self.id)
                .field("key", &crate::rt::Redacted)
                .finish_non_exhaustive()
        }
    }
    ///A user-defined meaning, named by its id.
    #[derive(Clone)]
    pub struct DssMeaning {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) id: String,
    }
    impl DssMeaning {
        ///The `id` this handle points at.
        pub fn id(&self) -> &str {
            &self.id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssMeaning {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssMeaning").field("id", &self.id).finish_non_exhaustive()
        }
    }
    ///The API Deployer.
    #[derive(Clone)]
    pub struct DssApiDeployer {
        pub(crate) client: crate::rt::DssClient,
    }
    impl DssApiDeployer {
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssApiDeployer {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssApiDeployer").finish_non_exhaustive()
        }
    }
    ///The Project Deployer.
    #[derive(Clone)]
    pub struct DssProjectDeployer {
        pub(crate) client: crate::rt::DssClient,
    }
    impl DssProjectDeployer {
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssProjectDeployer {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssProjectDeployer").finish_non_exhaustive()
        }
    }
    ///An infrastructure of the API Deployer.
    #[derive(Clone)]
    pub struct DssApiDeployerInfra {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) infra_id: String,
    }
    impl DssApiDeployerInfra {
        ///The `infra_id` this handle points at.
        pub fn infra_id(&self) -> &str {
            &self.infra_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssApiDeployerInfra {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssApiDeployerInfra")
                .field("infra_id", &self.infra_id)
                .finish_non_exhaustive()
        }
    }
    ///A published API service of the API Deployer.
    #[derive(Clone)]
    pub struct DssApiDeployerService {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) service_id: String,
    }
    impl DssApiDeployerService {
        ///The `service_id` this handle points at.
        pub fn service_id(&self) -> &str {
            &self.service_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssApiDeployerService {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssApiDeployerService")
                .field("service_id", &self.service_id)
                .finish_non_exhaustive()
        }
    }
    ///A deployment of the API Deployer.
    #[derive(Clone)]
    pub struct DssApiDeployerDeployment {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) deployment_id: String,
    }
    impl DssApiDeployerDeployment {
        ///The `deployment_id` this handle points at.
        pub fn deployment_id(&self) -> &str {
            &self.deployment_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssApiDeployerDeployment {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssApiDeployerDeployment")
                .field("deployment_id", &self.deployment_id)
                .finish_non_exhaustive()
        }
    }
    ///An infrastructure of the Project Deployer.
    #[derive(Clone)]
    pub struct DssProjectDeployerInfra {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) infra_id: String,
    }
    impl DssProjectDeployerInfra {
        ///The `infra_id` this handle points at.
        pub fn infra_id(&self) -> &str {
            &self.infra_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssProjectDeployerInfra {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssProjectDeployerInfra")
                .field("infra_id", &self.infra_id)
                .finish_non_exhaustive()
        }
    }
    ///A published project of the Project Deployer.
    #[derive(Clone)]
    pub struct DssProjectDeployerProject {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) project_key: String,
    }
    impl DssProjectDeployerProject {
        ///The `project_key` this handle points at.
        pub fn project_key(&self) -> &str {
            &self.project_key
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssProjectDeployerProject {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssProjectDeployerProject")
                .field("project_key", &self.project_key)
                .finish_non_exhaustive()
        }
    }
    ///A deployment of the Project Deployer.
    #[derive(Clone)]
    pub struct DssProjectDeployerDeployment {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) deployment_id: String,
    }
    impl DssProjectDeployerDeployment {
        ///The `deployment_id` this handle points at.
        pub fn deployment_id(&self) -> &str {
            &self.deployment_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssProjectDeployerDeployment {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssProjectDeployerDeployment")
                .field("deployment_id", &self.deployment_id)
                .finish_non_exhaustive()
        }
    }
    ///The discussions on one object of a project.
    #[derive(Clone)]
    pub struct DssObjectDiscussions {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) project_key: String,
        pub(crate) object_type: String,
        pub(crate) object_id: String,
    }
    impl DssObjectDiscussions {
        ///The `project_key` this handle points at.
        pub fn project_key(&self) -> &str {
            &self.project_key
        }
        ///The `object_type` this handle points at.
        pub fn object_type(&self) -> &str {
            &self.object_type
        }
        ///The `object_id` this handle points at.
        pub fn object_id(&self) -> &str {
            &self.object_id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssObjectDiscussions {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssObjectDiscussions")
                .field("project_key", &self.project_key)
                .field("object_type", &self.object_type)
                .field("object_id", &self.object_id)
                .finish_non_exhaustive()
        }
    }
    ///The Feature Store.
    #[derive(Clone)]
    pub struct DssFeatureStore {
        pub(crate) client: crate::rt::DssClient,
    }
    impl DssFeatureStore {
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssFeatureStore {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssFeatureStore").finish_non_exhaustive()
        }
    }
    ///A workspace, named by its key.
    #[derive(Clone)]
    pub struct DssWorkspace {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) workspace_key: String,
    }
    impl DssWorkspace {
        ///The `workspace_key` this handle points at.
        pub fn workspace_key(&self) -> &str {
            &self.workspace_key
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssWorkspace {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssWorkspace")
                .field("workspace_key", &self.workspace_key)
                .finish_non_exhaustive()
        }
    }
    /**A job of a project (a build of datasets, managed folders, models, ...),
named by its project and its id.*/
    #[derive(Clone)]
    pub struct DssJob {
        pub(crate) client: crate::rt::DssClient,
        pub(crate) project_key: String,
        pub(crate) id: String,
    }
    impl DssJob {
        ///The `project_key` this handle points at.
        pub fn project_key(&self) -> &str {
            &self.project_key
        }
        ///The `id` this handle points at.
        pub fn id(&self) -> &str {
            &self.id
        }
        /// The client this handle sends its requests with.
        pub fn client(&self) -> &crate::rt::DssClient {
            &self.client
        }
    }
    impl ::core::fmt::Debug for DssJob {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("DssJob")
                .field("project_key", &self.project_key)
                .field("id", &self.id)
                .finish_non_exhaustive()
        }
    }
}
/// Typed answers. Each keeps the members it does not name in `extra`,
/// as the server wrote them, so an object read, changed and written
/// back loses nothing.
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
    ///A long-running task as listed by `list_futures` / `list_running_scenarios`.
    #[derive(Clone, PartialEq)]
    pub struct FutureSummary {
        ///The task's id.
        pub job_id: String,
        ///Whether the task is still running.
        pub alive: Option<bool>,
        ///What the task is about (for scenarios: the scenario's identifiers).
        pub payload: Option<Value>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for FutureSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = FutureSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `FutureSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<FutureSummary, __A::Error> {
                    let mut __m_job_id: Option<String> = None;
                    let mut __m_alive: Option<bool> = None;
                    let mut __m_payload: Option<Value> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "jobId" => {
                                __m_job_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "alive" => {
                                __m_alive = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "payload" => {
                                __m_payload = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(FutureSummary {
                        job_id: match __m_job_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("jobId"),
                                );
                            }
                        },
                        alive: __m_alive,
                        payload: __m_payload,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for FutureSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "jobId",
                &self.job_id,
            )?;
            if let Some(v) = &self.alive {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "alive", v)?;
            }
            if let Some(v) = &self.payload {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "payload", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for FutureSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("FutureSummary")
                .field("job_id", &self.job_id)
                .field("alive", &self.alive)
                .field("payload", &self.payload)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl FutureSummary {}
    ///The state of a long-running task (`GET /futures/{jobId}`).
    #[derive(Clone, PartialEq)]
    pub struct FutureState {
        ///The task's id.
        pub job_id: Option<String>,
        ///Whether the task is still running.
        pub alive: bool,
        ///Whether `result` holds the task's result.
        pub has_result: bool,
        ///The result, once there is one.
        pub result: Option<Value>,
        ///Progress information, while the task runs.
        pub progress: Option<Value>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for FutureState {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = FutureState;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `FutureState` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<FutureState, __A::Error> {
                    let mut __m_job_id: Option<String> = None;
                    let mut __m_alive: Option<bool> = None;
                    let mut __m_has_result: Option<bool> = None;
                    let mut __m_result: Option<Value> = None;
                    let mut __m_progress: Option<Value> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "jobId" => {
                                __m_job_id = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "alive" => {
                                __m_alive = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "hasResult" => {
                                __m_has_result = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "result" => {
                                __m_result = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "progress" => {
                                __m_progress = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(FutureState {
                        job_id: __m_job_id,
                        alive: __m_alive.unwrap_or_default(),
                        has_result: __m_has_result.unwrap_or_default(),
                        result: __m_result,
                        progress: __m_progress,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for FutureState {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.job_id {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "jobId", v)?;
            }
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "alive",
                &self.alive,
            )?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "hasResult",
                &self.has_result,
            )?;
            if let Some(v) = &self.result {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "result", v)?;
            }
            if let Some(v) = &self.progress {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "progress", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for FutureState {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("FutureState")
                .field("job_id", &self.job_id)
                .field("alive", &self.alive)
                .field("has_result", &self.has_result)
                .field("result", &self.result)
                .field("progress", &self.progress)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl FutureState {}
    ///A running Jupyter notebook as listed by `list_running_notebooks`.
    #[derive(Clone, PartialEq)]
    pub struct NotebookSummary {
        ///Project holding the notebook.
        pub project_key: String,
        ///The notebook's name.
        pub name: String,
        ///Active kernel sessions (each with a `sessionId`).
        pub active_sessions: Option<Vec<Value>>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for NotebookSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = NotebookSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `NotebookSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<NotebookSummary, __A::Error> {
                    let mut __m_project_key: Option<String> = None;
                    let mut __m_name: Option<String> = None;
                    let mut __m_active_sessions: Option<Vec<Value>> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "projectKey" => {
                                __m_project_key = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "name" => {
                                __m_name = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "activeSessions" => {
                                __m_active_sessions = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(NotebookSummary {
                        project_key: match __m_project_key {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field(
                                        "projectKey",
                                    ),
                                );
                            }
                        },
                        name: match __m_name {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("name"),
                                );
                            }
                        },
                        active_sessions: __m_active_sessions,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for NotebookSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "projectKey",
                &self.project_key,
            )?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "name", &self.name)?;
            if let Some(v) = &self.active_sessions {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "activeSessions",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for NotebookSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("NotebookSummary")
                .field("project_key", &self.project_key)
                .field("name", &self.name)
                .field("active_sessions", &self.active_sessions)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl NotebookSummary {
        ///The [`DssNotebook`](super::handles::DssNotebook) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssNotebook {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_notebook_name = ::core::clone::Clone::clone(&self.name);
                super::handles::DssNotebook {
                    client: ::core::clone::Clone::clone(client),
                    project_key: __f_project_key,
                    notebook_name: __f_notebook_name,
                }
            }
        }
    }
    ///A project as listed by `list_projects`.
    #[derive(Clone, PartialEq)]
    pub struct ProjectSummary {
        ///The project's key.
        pub project_key: String,
        ///Display name.
        pub name: Option<String>,
        ///Owner login.
        pub owner_login: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for ProjectSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProjectSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `ProjectSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<ProjectSummary, __A::Error> {
                    let mut __m_project_key: Option<String> = None;
                    let mut __m_name: Option<String> = None;
                    let mut __m_owner_login: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "projectKey" => {
                                __m_project_key = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "name" => {
                                __m_name = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "ownerLogin" => {
                                __m_owner_login = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(ProjectSummary {
                        project_key: match __m_project_key {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field(
                                        "projectKey",
                                    ),
                                );
                            }
                        },
                        name: __m_name,
                        owner_login: __m_owner_login,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for ProjectSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "projectKey",
                &self.project_key,
            )?;
            if let Some(v) = &self.name {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "name", v)?;
            }
            if let Some(v) = &self.owner_login {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "ownerLogin",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for ProjectSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("ProjectSummary")
                .field("project_key", &self.project_key)
                .field("name", &self.name)
                .field("owner_login", &self.owner_login)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl ProjectSummary {
        ///The [`DssProject`](super::handles::DssProject) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssProject {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(client),
                    project_key: __f_project_key,
                }
            }
        }
    }
    /**One remapping of a project import: objects named `source` in the
archive use `target` on this instance.*/
    #[derive(Clone, PartialEq)]
    pub struct ImportRemap {
        ///Name in the imported project.
        pub source: String,
        ///Name on this instance.
        pub target: String,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for ImportRemap {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ImportRemap;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `ImportRemap` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<ImportRemap, __A::Error> {
                    let mut __m_source: Option<String> = None;
                    let mut __m_target: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "source" => {
                                __m_source = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "target" => {
                                __m_target = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(ImportRemap {
                        source: match __m_source {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("source"),
                                );
                            }
                        },
                        target: match __m_target {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("target"),
                                );
                            }
                        },
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for ImportRemap {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "source",
                &self.source,
            )?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "target",
                &self.target,
            )?;
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for ImportRemap {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("ImportRemap")
                .field("source", &self.source)
                .field("target", &self.target)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl ImportRemap {}
    ///Remappings of a project import.
    #[derive(Clone, PartialEq)]
    pub struct ImportRemapping {
        ///Connections to remap.
        pub connections: Option<Vec<ImportRemap>>,
        ///Code environments to remap.
        pub code_envs: Option<Vec<ImportRemap>>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for ImportRemapping {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ImportRemapping;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `ImportRemapping` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<ImportRemapping, __A::Error> {
                    let mut __m_connections: Option<Vec<ImportRemap>> = None;
                    let mut __m_code_envs: Option<Vec<ImportRemap>> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "connections" => {
                                __m_connections = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "codeEnvs" => {
                                __m_code_envs = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(ImportRemapping {
                        connections: __m_connections,
                        code_envs: __m_code_envs,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for ImportRemapping {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.connections {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "connections",
                    v,
                )?;
            }
            if let Some(v) = &self.code_envs {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "codeEnvs", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for ImportRemapping {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("ImportRemapping")
                .field("connections", &self.connections)
                .field("code_envs", &self.code_envs)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl ImportRemapping {}
    /**Settings of [`TemporaryImportHandle::execute`](crate::TemporaryImportHandle::execute),
as a typed alternative to writing the JSON by hand (see its builder
methods).*/
    #[derive(Clone, PartialEq)]
    pub struct ImportSettings {
        ///Key to import the project under (default: the key in the archive).
        pub target_project_key: Option<String>,
        ///Connections and code environments to remap.
        pub remapping: Option<ImportRemapping>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for ImportSettings {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ImportSettings;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `ImportSettings` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<ImportSettings, __A::Error> {
                    let mut __m_target_project_key: Option<String> = None;
                    let mut __m_remapping: Option<ImportRemapping> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "targetProjectKey" => {
                                __m_target_project_key = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "remapping" => {
                                __m_remapping = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(ImportSettings {
                        target_project_key: __m_target_project_key,
                        remapping: __m_remapping,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for ImportSettings {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.target_project_key {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "targetProjectKey",
                    v,
                )?;
            }
            if let Some(v) = &self.remapping {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "remapping", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for ImportSettings {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("ImportSettings")
                .field("target_project_key", &self.target_project_key)
                .field("remapping", &self.remapping)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl ImportSettings {}
    ///A Dataiku app as listed by `list_apps`.
    #[derive(Clone, PartialEq)]
    pub struct AppSummary {
        ///The app's id.
        pub app_id: String,
        ///Display label.
        pub label: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for AppSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AppSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `AppSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<AppSummary, __A::Error> {
                    let mut __m_app_id: Option<String> = None;
                    let mut __m_label: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "appId" => {
                                __m_app_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "label" => {
                                __m_label = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(AppSummary {
                        app_id: match __m_app_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("appId"),
                                );
                            }
                        },
                        label: __m_label,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for AppSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "appId",
                &self.app_id,
            )?;
            if let Some(v) = &self.label {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "label", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for AppSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("AppSummary")
                .field("app_id", &self.app_id)
                .field("label", &self.label)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl AppSummary {
        ///The [`DssApp`](super::handles::DssApp) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssApp {
            {
                let __f_app_id = ::core::clone::Clone::clone(&self.app_id);
                super::handles::DssApp {
                    client: ::core::clone::Clone::clone(client),
                    app_id: __f_app_id,
                }
            }
        }
    }
    ///A plugin as listed by `list_plugins`.
    #[derive(Clone, PartialEq)]
    pub struct PluginSummary {
        ///The plugin's id.
        pub id: String,
        ///Installed version.
        pub version: Option<String>,
        ///Whether it is a development plugin.
        pub is_dev: Option<bool>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for PluginSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PluginSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `PluginSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<PluginSummary, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_version: Option<String> = None;
                    let mut __m_is_dev: Option<bool> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "version" => {
                                __m_version = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "isDev" => {
                                __m_is_dev = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(PluginSummary {
                        id: match __m_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("id"),
                                );
                            }
                        },
                        version: __m_version,
                        is_dev: __m_is_dev,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for PluginSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
            if let Some(v) = &self.version {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "version", v)?;
            }
            if let Some(v) = &self.is_dev {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "isDev", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for PluginSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("PluginSummary")
                .field("id", &self.id)
                .field("version", &self.version)
                .field("is_dev", &self.is_dev)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl PluginSummary {
        ///The [`DssPlugin`](super::handles::DssPlugin) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssPlugin {
            {
                let __f_plugin_id = ::core::clone::Clone::clone(&self.id);
                super::handles::DssPlugin {
                    client: ::core::clone::Clone::clone(client),
                    plugin_id: __f_plugin_id,
                }
            }
        }
    }
    ///One column of a SQL query's result schema.
    #[derive(Clone, PartialEq)]
    pub struct SqlColumn {
        ///Column name.
        pub name: String,
        /**DSS storage type (`string`, `int`, `bigint`, `double`, `boolean`,
`date`, ...), which decides how values are typed.*/
        pub r#type: String,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for SqlColumn {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = SqlColumn;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `SqlColumn` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<SqlColumn, __A::Error> {
                    let mut __m_name: Option<String> = None;
                    let mut __m_type: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "name" => {
                                __m_name = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "type" => {
                                __m_type = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(SqlColumn {
                        name: match __m_name {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("name"),
                                );
                            }
                        },
                        r#type: match __m_type {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("type"),
                                );
                            }
                        },
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for SqlColumn {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "name", &self.name)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "type",
                &self.r#type,
            )?;
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for SqlColumn {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("SqlColumn")
                .field("name", &self.name)
                .field("type", &self.r#type)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl SqlColumn {}
    ///A user as listed by `list_users`.
    #[derive(Clone, PartialEq)]
    pub struct UserSummary {
        ///The user's login.
        pub login: String,
        ///Display name.
        pub display_name: Option<String>,
        ///Email address.
        pub email: Option<String>,
        ///Groups the user belongs to.
        pub groups: Option<Vec<String>>,
        ///User profile (e.g. `DATA_SCIENTIST`).
        pub user_profile: Option<String>,
        ///Whether the account is enabled.
        pub enabled: Option<bool>,
        ///`LOCAL`, `LDAP`, ...
        pub source_type: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for UserSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UserSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `UserSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<UserSummary, __A::Error> {
                    let mut __m_login: Option<String> = None;
                    let mut __m_display_name: Option<String> = None;
                    let mut __m_email: Option<String> = None;
                    let mut __m_groups: Option<Vec<String>> = None;
                    let mut __m_user_profile: Option<String> = None;
                    let mut __m_enabled: Option<bool> = None;
                    let mut __m_source_type: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "login" => {
                                __m_login = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "displayName" => {
                                __m_display_name = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "email" => {
                                __m_email = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "groups" => {
                                __m_groups = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "userProfile" => {
                                __m_user_profile = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "enabled" => {
                                __m_enabled = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "sourceType" => {
                                __m_source_type = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(UserSummary {
                        login: match __m_login {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("login"),
                                );
                            }
                        },
                        display_name: __m_display_name,
                        email: __m_email,
                        groups: __m_groups,
                        user_profile: __m_user_profile,
                        enabled: __m_enabled,
                        source_type: __m_source_type,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for UserSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "login",
                &self.login,
            )?;
            if let Some(v) = &self.display_name {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "displayName",
                    v,
                )?;
            }
            if let Some(v) = &self.email {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "email", v)?;
            }
            if let Some(v) = &self.groups {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "groups", v)?;
            }
            if let Some(v) = &self.user_profile {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "userProfile",
                    v,
                )?;
            }
            if let Some(v) = &self.enabled {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "enabled", v)?;
            }
            if let Some(v) = &self.source_type {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "sourceType",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for UserSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("UserSummary")
                .field("login", &self.login)
                .field("display_name", &self.display_name)
                .field("email", &self.email)
                .field("groups", &self.groups)
                .field("user_profile", &self.user_profile)
                .field("enabled", &self.enabled)
                .field("source_type", &self.source_type)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl UserSummary {
        ///The [`DssUser`](super::handles::DssUser) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssUser {
            {
                let __f_login = ::core::clone::Clone::clone(&self.login);
                super::handles::DssUser {
                    client: ::core::clone::Clone::clone(client),
                    login: __f_login,
                }
            }
        }
    }
    ///A user's activity, as listed by `list_users_activity`.
    #[derive(Clone, PartialEq)]
    pub struct UserActivity {
        /**The user's login (empty if the answer has none; a user's own
`get_activity` answer may leave it out).*/
        pub login: String,
        ///When the user was last active in any way (epoch ms).
        pub last_session_activity: Option<i64>,
        ///When the user last logged in successfully (epoch ms).
        pub last_successful_login: Option<i64>,
        ///When a login last failed (epoch ms).
        pub last_failed_login: Option<i64>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for UserActivity {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UserActivity;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `UserActivity` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<UserActivity, __A::Error> {
                    let mut __m_login: Option<String> = None;
                    let mut __m_last_session_activity: Option<i64> = None;
                    let mut __m_last_successful_login: Option<i64> = None;
                    let mut __m_last_failed_login: Option<i64> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "login" => {
                                __m_login = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "lastSessionActivity" => {
                                __m_last_session_activity = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "lastSuccessfulLogin" => {
                                __m_last_successful_login = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "lastFailedLogin" => {
                                __m_last_failed_login = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(UserActivity {
                        login: __m_login.unwrap_or_default(),
                        last_session_activity: __m_last_session_activity,
                        last_successful_login: __m_last_successful_login,
                        last_failed_login: __m_last_failed_login,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for UserActivity {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "login",
                &self.login,
            )?;
            if let Some(v) = &self.last_session_activity {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "lastSessionActivity",
                    v,
                )?;
            }
            if let Some(v) = &self.last_successful_login {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "lastSuccessfulLogin",
                    v,
                )?;
            }
            if let Some(v) = &self.last_failed_login {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "lastFailedLogin",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for UserActivity {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("UserActivity")
                .field("login", &self.login)
                .field("last_session_activity", &self.last_session_activity)
                .field("last_successful_login", &self.last_successful_login)
                .field("last_failed_login", &self.last_failed_login)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl UserActivity {
        ///The [`DssUser`](super::handles::DssUser) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssUser {
            {
                let __f_login = ::core::clone::Clone::clone(&self.login);
                super::handles::DssUser {
                    client: ::core::clone::Clone::clone(client),
                    login: __f_login,
                }
            }
        }
    }
    ///A group as listed by `list_groups`.
    #[derive(Clone, PartialEq)]
    pub struct GroupSummary {
        ///The group's name.
        pub name: String,
        ///Description.
        pub description: Option<String>,
        ///`LOCAL`, `LDAP`, ...
        pub source_type: Option<String>,
        ///Whether members are administrators.
        pub admin: Option<bool>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for GroupSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = GroupSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `GroupSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<GroupSummary, __A::Error> {
                    let mut __m_name: Option<String> = None;
                    let mut __m_description: Option<String> = None;
                    let mut __m_source_type: Option<String> = None;
                    let mut __m_admin: Option<bool> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "name" => {
                                __m_name = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "description" => {
                                __m_description = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "sourceType" => {
                                __m_source_type = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "admin" => {
                                __m_admin = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(GroupSummary {
                        name: match __m_name {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("name"),
                                );
                            }
                        },
                        description: __m_description,
                        source_type: __m_source_type,
                        admin: __m_admin,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for GroupSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "name", &self.name)?;
            if let Some(v) = &self.description {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "description",
                    v,
                )?;
            }
            if let Some(v) = &self.source_type {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "sourceType",
                    v,
                )?;
            }
            if let Some(v) = &self.admin {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "admin", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for GroupSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("GroupSummary")
                .field("name", &self.name)
                .field("description", &self.description)
                .field("source_type", &self.source_type)
                .field("admin", &self.admin)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl GroupSummary {
        ///The [`DssGroup`](super::handles::DssGroup) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssGroup {
            {
                let __f_name = ::core::clone::Clone::clone(&self.name);
                super::handles::DssGroup {
                    client: ::core::clone::Clone::clone(client),
                    name: __f_name,
                }
            }
        }
    }
    ///A code environment as listed by `list_code_envs`.
    #[derive(Clone, PartialEq)]
    pub struct CodeEnvSummary {
        ///`PYTHON` or `R`.
        pub env_lang: String,
        ///The environment's name.
        pub env_name: String,
        ///Deployment mode (e.g. `DESIGN_MANAGED`).
        pub deployment_mode: Option<String>,
        ///Owner login.
        pub owner: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for CodeEnvSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CodeEnvSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `CodeEnvSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<CodeEnvSummary, __A::Error> {
                    let mut __m_env_lang: Option<String> = None;
                    let mut __m_env_name: Option<String> = None;
                    let mut __m_deployment_mode: Option<String> = None;
                    let mut __m_owner: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "envLang" => {
                                __m_env_lang = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "envName" => {
                                __m_env_name = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "deploymentMode" => {
                                __m_deployment_mode = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "owner" => {
                                __m_owner = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(CodeEnvSummary {
                        env_lang: match __m_env_lang {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("envLang"),
                                );
                            }
                        },
                        env_name: match __m_env_name {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("envName"),
                                );
                            }
                        },
                        deployment_mode: __m_deployment_mode,
                        owner: __m_owner,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for CodeEnvSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "envLang",
                &self.env_lang,
            )?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "envName",
                &self.env_name,
            )?;
            if let Some(v) = &self.deployment_mode {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "deploymentMode",
                    v,
                )?;
            }
            if let Some(v) = &self.owner {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "owner", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for CodeEnvSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("CodeEnvSummary")
                .field("env_lang", &self.env_lang)
                .field("env_name", &self.env_name)
                .field("deployment_mode", &self.deployment_mode)
                .field("owner", &self.owner)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl CodeEnvSummary {
        ///The [`DssCodeEnv`](super::handles::DssCodeEnv) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssCodeEnv {
            {
                let __f_env_lang = ::core::clone::Clone::clone(&self.env_lang);
                let __f_env_name = ::core::clone::Clone::clone(&self.env_name);
                super::handles::DssCodeEnv {
                    client: ::core::clone::Clone::clone(client),
                    env_lang: __f_env_lang,
                    env_name: __f_env_name,
                }
            }
        }
    }
    ///A cluster as listed by `list_clusters`.
    #[derive(Clone, PartialEq)]
    pub struct ClusterSummary {
        ///The cluster's id.
        pub id: String,
        ///Display name.
        pub name: Option<String>,
        ///Cluster type (e.g. `manual`).
        pub r#type: Option<String>,
        ///`HADOOP` or `KUBERNETES`.
        pub architecture: Option<String>,
        ///Current state.
        pub state: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for ClusterSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ClusterSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `ClusterSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<ClusterSummary, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_name: Option<String> = None;
                    let mut __m_type: Option<String> = None;
                    let mut __m_architecture: Option<String> = None;
                    let mut __m_state: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "name" => {
                                __m_name = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "type" => {
                                __m_type = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "architecture" => {
                                __m_architecture = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "state" => {
                                __m_state = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(ClusterSummary {
                        id: match __m_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("id"),
                                );
                            }
                        },
                        name: __m_name,
                        r#type: __m_type,
                        architecture: __m_architecture,
                        state: __m_state,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for ClusterSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
            if let Some(v) = &self.name {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "name", v)?;
            }
            if let Some(v) = &self.r#type {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "type", v)?;
            }
            if let Some(v) = &self.architecture {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "architecture",
                    v,
                )?;
            }
            if let Some(v) = &self.state {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "state", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for ClusterSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("ClusterSummary")
                .field("id", &self.id)
                .field("name", &self.name)
                .field("type", &self.r#type)
                .field("architecture", &self.architecture)
                .field("state", &self.state)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl ClusterSummary {
        ///The [`DssCluster`](super::handles::DssCluster) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssCluster {
            {
                let __f_cluster_id = ::core::clone::Clone::clone(&self.id);
                super::handles::DssCluster {
                    client: ::core::clone::Clone::clone(client),
                    cluster_id: __f_cluster_id,
                }
            }
        }
    }
    ///A code studio template as listed by `list_code_studio_templates`.
    #[derive(Clone, PartialEq)]
    pub struct CodeStudioTemplateSummary {
        ///The template's id.
        pub id: String,
        ///Display label.
        pub label: Option<String>,
        ///Template type.
        pub r#type: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for CodeStudioTemplateSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CodeStudioTemplateSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `CodeStudioTemplateSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<CodeStudioTemplateSummary, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_label: Option<String> = None;
                    let mut __m_type: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "label" => {
                                __m_label = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "type" => {
                                __m_type = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(CodeStudioTemplateSummary {
                        id: match __m_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("id"),
                                );
                            }
                        },
                        label: __m_label,
                        r#type: __m_type,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for CodeStudioTemplateSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
            if let Some(v) = &self.label {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "label", v)?;
            }
            if let Some(v) = &self.r#type {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "type", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for CodeStudioTemplateSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("CodeStudioTemplateSummary")
                .field("id", &self.id)
                .field("label", &self.label)
                .field("type", &self.r#type)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl CodeStudioTemplateSummary {
        ///The [`DssCodeStudioTemplate`](super::handles::DssCodeStudioTemplate) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssCodeStudioTemplate {
            {
                let __f_template_id = ::core::clone::Clone::clone(&self.id);
                super::handles::DssCodeStudioTemplate {
                    client: ::core::clone::Clone::clone(client),
                    template_id: __f_template_id,
                }
            }
        }
    }
    ///A global API key as listed by `list_global_api_keys`.
    #[derive(Clone, PartialEq)]
    pub struct GlobalApiKeySummary {
        ///The key's id (what its handle's requests use).
        pub id: String,
        ///The secret key itself, when the server shows it.
        pub key: Option<String>,
        ///Label.
        pub label: Option<String>,
        ///Description.
        pub description: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for GlobalApiKeySummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = GlobalApiKeySummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `GlobalApiKeySummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<GlobalApiKeySummary, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_key: Option<String> = None;
                    let mut __m_label: Option<String> = None;
                    let mut __m_description: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "key" => {
                                __m_key = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "label" => {
                                __m_label = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "description" => {
                                __m_description = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(GlobalApiKeySummary {
                        id: match __m_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("id"),
                                );
                            }
                        },
                        key: __m_key,
                        label: __m_label,
                        description: __m_description,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for GlobalApiKeySummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
            if let Some(v) = &self.key {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "key", v)?;
            }
            if let Some(v) = &self.label {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "label", v)?;
            }
            if let Some(v) = &self.description {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "description",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for GlobalApiKeySummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("GlobalApiKeySummary")
                .field("id", &self.id)
                .field("key", &crate::rt::Redacted)
                .field("label", &self.label)
                .field("description", &self.description)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl GlobalApiKeySummary {
        ///The [`DssGlobalApiKey`](super::handles::DssGlobalApiKey) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssGlobalApiKey {
            {
                let __f_key = ::core::clone::Clone::clone(&self.key).unwrap_or_default();
                let __f_id = ::core::clone::Clone::clone(&self.id);
                super::handles::DssGlobalApiKey {
                    client: ::core::clone::Clone::clone(client),
                    key: __f_key,
                    id: __f_id,
                }
            }
        }
    }
    /**A personal API key as listed by `list_personal_api_keys` (or created
by `create_personal_api_key`).*/
    #[derive(Clone, PartialEq)]
    pub struct PersonalApiKey {
        ///The key's id.
        pub id: String,
        ///The secret key itself, when the server shows it (on creation).
        pub key: Option<String>,
        ///Owner login.
        pub user: Option<String>,
        ///Label.
        pub label: Option<String>,
        ///Description.
        pub description: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for PersonalApiKey {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PersonalApiKey;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `PersonalApiKey` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<PersonalApiKey, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_key: Option<String> = None;
                    let mut __m_user: Option<String> = None;
                    let mut __m_label: Option<String> = None;
                    let mut __m_description: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "key" => {
                                __m_key = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "user" => {
                                __m_user = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "label" => {
                                __m_label = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "description" => {
                                __m_description = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(PersonalApiKey {
                        id: match __m_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("id"),
                                );
                            }
                        },
                        key: __m_key,
                        user: __m_user,
                        label: __m_label,
                        description: __m_description,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for PersonalApiKey {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
            if let Some(v) = &self.key {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "key", v)?;
            }
            if let Some(v) = &self.user {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "user", v)?;
            }
            if let Some(v) = &self.label {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "label", v)?;
            }
            if let Some(v) = &self.description {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "description",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for PersonalApiKey {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("PersonalApiKey")
                .field("id", &self.id)
                .field("key", &crate::rt::Redacted)
                .field("user", &self.user)
                .field("label", &self.label)
                .field("description", &self.description)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl PersonalApiKey {
        ///The [`DssPersonalApiKey`](super::handles::DssPersonalApiKey) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssPersonalApiKey {
            {
                let __f_id = ::core::clone::Clone::clone(&self.id);
                let __f_key = ::core::clone::Clone::clone(&self.key).unwrap_or_default();
                super::handles::DssPersonalApiKey {
                    client: ::core::clone::Clone::clone(client),
                    id: __f_id,
                    key: __f_key,
                }
            }
        }
    }
    ///A user-defined meaning as listed by `list_meanings`.
    #[derive(Clone, PartialEq)]
    pub struct MeaningSummary {
        ///The meaning's id.
        pub id: String,
        ///Display label.
        pub label: Option<String>,
        ///`DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`.
        pub r#type: Option<String>,
        ///Description.
        pub description: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for MeaningSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MeaningSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `MeaningSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<MeaningSummary, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_label: Option<String> = None;
                    let mut __m_type: Option<String> = None;
                    let mut __m_description: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "label" => {
                                __m_label = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "type" => {
                                __m_type = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "description" => {
                                __m_description = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(MeaningSummary {
                        id: match __m_id {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field("id"),
                                );
                            }
                        },
                        label: __m_label,
                        r#type: __m_type,
                        description: __m_description,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for MeaningSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
            if let Some(v) = &self.label {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "label", v)?;
            }
            if let Some(v) = &self.r#type {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "type", v)?;
            }
            if let Some(v) = &self.description {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "description",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for MeaningSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("MeaningSummary")
                .field("id", &self.id)
                .field("label", &self.label)
                .field("type", &self.r#type)
                .field("description", &self.description)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl MeaningSummary {
        ///The [`DssMeaning`](super::handles::DssMeaning) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssMeaning {
            {
                let __f_id = ::core::clone::Clone::clone(&self.id);
                super::handles::DssMeaning {
                    client: ::core::clone::Clone::clone(client),
                    id: __f_id,
                }
            }
        }
    }
    ///What `get_instance_info` says about the DSS node.
    #[derive(Clone, PartialEq)]
    pub struct InstanceInfo {
        ///The node's id.
        pub node_id: Option<String>,
        ///The node's display name.
        pub node_name: Option<String>,
        ///`DESIGN`, `AUTOMATION`, `DEPLOYER`, `GOVERN`, ...
        pub node_type: Option<String>,
        ///The DSS version.
        pub dss_version: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for InstanceInfo {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InstanceInfo;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `InstanceInfo` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<InstanceInfo, __A::Error> {
                    let mut __m_node_id: Option<String> = None;
                    let mut __m_node_name: Option<String> = None;
                    let mut __m_node_type: Option<String> = None;
                    let mut __m_dss_version: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "nodeId" => {
                                __m_node_id = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "nodeName" => {
                                __m_node_name = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "nodeType" => {
                                __m_node_type = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "dssVersion" => {
                                __m_dss_version = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(InstanceInfo {
                        node_id: __m_node_id,
                        node_name: __m_node_name,
                        node_type: __m_node_type,
                        dss_version: __m_dss_version,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for InstanceInfo {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.node_id {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "nodeId", v)?;
            }
            if let Some(v) = &self.node_name {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "nodeName", v)?;
            }
            if let Some(v) = &self.node_type {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "nodeType", v)?;
            }
            if let Some(v) = &self.dss_version {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "dssVersion",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for InstanceInfo {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("InstanceInfo")
                .field("node_id", &self.node_id)
                .field("node_name", &self.node_name)
                .field("node_type", &self.node_type)
                .field("dss_version", &self.dss_version)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl InstanceInfo {}
    ///Instance-wide counts from `get_global_usage_summary`.
    #[derive(Clone, PartialEq)]
    pub struct UsageSummary {
        ///Number of projects.
        pub projects: Option<i64>,
        ///Dataset counts (`all` and by type).
        pub datasets: Option<Value>,
        ///Recipe counts (`all` and by type).
        pub recipes: Option<Value>,
        ///Notebook counts.
        pub notebooks: Option<Value>,
        ///Per-project details, when asked for.
        pub projects_usages: Option<Value>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for UsageSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UsageSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `UsageSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<UsageSummary, __A::Error> {
                    let mut __m_projects: Option<i64> = None;
                    let mut __m_datasets: Option<Value> = None;
                    let mut __m_recipes: Option<Value> = None;
                    let mut __m_notebooks: Option<Value> = None;
                    let mut __m_projects_usages: Option<Value> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "projects" => {
                                __m_projects = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "datasets" => {
                                __m_datasets = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "recipes" => {
                                __m_recipes = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "notebooks" => {
                                __m_notebooks = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "projectsUsages" => {
                                __m_projects_usages = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(UsageSummary {
                        projects: __m_projects,
                        datasets: __m_datasets,
                        recipes: __m_recipes,
                        notebooks: __m_notebooks,
                        projects_usages: __m_projects_usages,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for UsageSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.projects {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "projects", v)?;
            }
            if let Some(v) = &self.datasets {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "datasets", v)?;
            }
            if let Some(v) = &self.recipes {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "recipes", v)?;
            }
            if let Some(v) = &self.notebooks {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "notebooks", v)?;
            }
            if let Some(v) = &self.projects_usages {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectsUsages",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for UsageSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("UsageSummary")
                .field("projects", &self.projects)
                .field("datasets", &self.datasets)
                .field("recipes", &self.recipes)
                .field("notebooks", &self.notebooks)
                .field("projects_usages", &self.projects_usages)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl UsageSummary {}
    ///Who the client is authenticated as (`get_auth_info`).
    #[derive(Clone, PartialEq)]
    pub struct AuthInfo {
        ///A user's login, or an API key's id.
        pub auth_identifier: Option<String>,
        ///Groups (when authenticated as a user).
        pub groups: Option<Vec<String>>,
        ///The user's secrets, when asked for with `with_secrets`.
        pub secrets: Option<Vec<Value>>,
        ///The user's profile.
        pub user_profile: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for AuthInfo {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AuthInfo;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `AuthInfo` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<AuthInfo, __A::Error> {
                    let mut __m_auth_identifier: Option<String> = None;
                    let mut __m_groups: Option<Vec<String>> = None;
                    let mut __m_secrets: Option<Vec<Value>> = None;
                    let mut __m_user_profile: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "authIdentifier" => {
                                __m_auth_identifier = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "groups" => {
                                __m_groups = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "secrets" => {
                                __m_secrets = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "userProfile" => {
                                __m_user_profile = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(AuthInfo {
                        auth_identifier: __m_auth_identifier,
                        groups: __m_groups,
                        secrets: __m_secrets,
                        user_profile: __m_user_profile,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for AuthInfo {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.auth_identifier {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "authIdentifier",
                    v,
                )?;
            }
            if let Some(v) = &self.groups {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "groups", v)?;
            }
            if let Some(v) = &self.secrets {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "secrets", v)?;
            }
            if let Some(v) = &self.user_profile {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "userProfile",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for AuthInfo {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("AuthInfo")
                .field("auth_identifier", &self.auth_identifier)
                .field("groups", &self.groups)
                .field("secrets", &crate::rt::Redacted)
                .field("user_profile", &self.user_profile)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl AuthInfo {}
    ///A workspace as listed by `list_workspaces`.
    #[derive(Clone, PartialEq)]
    pub struct WorkspaceSummary {
        ///The workspace's key.
        pub workspace_key: String,
        ///Display name.
        pub display_name: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for WorkspaceSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = WorkspaceSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `WorkspaceSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<WorkspaceSummary, __A::Error> {
                    let mut __m_workspace_key: Option<String> = None;
                    let mut __m_display_name: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "workspaceKey" => {
                                __m_workspace_key = Some(
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                            }
                            "displayName" => {
                                __m_display_name = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(WorkspaceSummary {
                        workspace_key: match __m_workspace_key {
                            Some(v) => v,
                            None => {
                                return Err(
                                    <__A::Error as ::serde::de::Error>::missing_field(
                                        "workspaceKey",
                                    ),
                                );
                            }
                        },
                        display_name: __m_display_name,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for WorkspaceSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __map,
                "workspaceKey",
                &self.workspace_key,
            )?;
            if let Some(v) = &self.display_name {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "displayName",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for WorkspaceSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("WorkspaceSummary")
                .field("workspace_key", &self.workspace_key)
                .field("display_name", &self.display_name)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl WorkspaceSummary {
        ///The [`DssWorkspace`](super::handles::DssWorkspace) this item names (no request).
        pub fn to_handle(
            &self,
            client: &crate::rt::DssClient,
        ) -> super::handles::DssWorkspace {
            {
                let __f_workspace_key = ::core::clone::Clone::clone(&self.workspace_key);
                super::handles::DssWorkspace {
                    client: ::core::clone::Clone::clone(client),
                    workspace_key: __f_workspace_key,
                }
            }
        }
    }
    ///The definition of a job, as DSS repeats it in job lists and statuses.
    #[derive(Clone, PartialEq)]
    pub struct JobDefinitionSummary {
        ///The job's id.
        pub id: Option<String>,
        ///The project the job belongs to.
        pub project_key: Option<String>,
        ///The kind of build (`NON_RECURSIVE_FORCED_BUILD`, `RECURSIVE_BUILD`, ...).
        pub r#type: Option<String>,
        ///Login of the user who started the job.
        pub initiator: Option<String>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for JobDefinitionSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = JobDefinitionSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `JobDefinitionSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<JobDefinitionSummary, __A::Error> {
                    let mut __m_id: Option<String> = None;
                    let mut __m_project_key: Option<String> = None;
                    let mut __m_type: Option<String> = None;
                    let mut __m_initiator: Option<String> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "id" => {
                                __m_id = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "projectKey" => {
                                __m_project_key = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "type" => {
                                __m_type = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "initiator" => {
                                __m_initiator = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(JobDefinitionSummary {
                        id: __m_id,
                        project_key: __m_project_key,
                        r#type: __m_type,
                        initiator: __m_initiator,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for JobDefinitionSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.id {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", v)?;
            }
            if let Some(v) = &self.project_key {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    v,
                )?;
            }
            if let Some(v) = &self.r#type {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "type", v)?;
            }
            if let Some(v) = &self.initiator {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "initiator", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for JobDefinitionSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("JobDefinitionSummary")
                .field("id", &self.id)
                .field("project_key", &self.project_key)
                .field("type", &self.r#type)
                .field("initiator", &self.initiator)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl JobDefinitionSummary {}
    /**A job as listed by `list_jobs` and `list_running_jobs`. Its id is in
`def.id` (or `jobId` when DSS writes one); `to_handle` finds it.*/
    #[derive(Clone, PartialEq)]
    pub struct JobSummary {
        ///The job's id, when DSS writes it at the top level.
        pub job_id: Option<String>,
        ///The job's project, when DSS writes it at the top level.
        pub project_key: Option<String>,
        ///The job's definition (id, project, type, initiator).
        pub def: Option<JobDefinitionSummary>,
        /**The job's state as DSS writes it (`RUNNING`, `DONE`, ...); typed by
`job_state()`.*/
        pub state: Option<String>,
        ///Start time, in milliseconds since the Unix epoch.
        pub start_time: Option<i64>,
        /**End time, in milliseconds since the Unix epoch (absent or 0 while
the job runs).*/
        pub end_time: Option<i64>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for JobSummary {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = JobSummary;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `JobSummary` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<JobSummary, __A::Error> {
                    let mut __m_job_id: Option<String> = None;
                    let mut __m_project_key: Option<String> = None;
                    let mut __m_def: Option<JobDefinitionSummary> = None;
                    let mut __m_state: Option<String> = None;
                    let mut __m_start_time: Option<i64> = None;
                    let mut __m_end_time: Option<i64> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "jobId" => {
                                __m_job_id = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "projectKey" => {
                                __m_project_key = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "def" => {
                                __m_def = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "state" => {
                                __m_state = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "startTime" => {
                                __m_start_time = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "endTime" => {
                                __m_end_time = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(JobSummary {
                        job_id: __m_job_id,
                        project_key: __m_project_key,
                        def: __m_def,
                        state: __m_state,
                        start_time: __m_start_time,
                        end_time: __m_end_time,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for JobSummary {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.job_id {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "jobId", v)?;
            }
            if let Some(v) = &self.project_key {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    v,
                )?;
            }
            if let Some(v) = &self.def {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "def", v)?;
            }
            if let Some(v) = &self.state {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "state", v)?;
            }
            if let Some(v) = &self.start_time {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "startTime", v)?;
            }
            if let Some(v) = &self.end_time {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "endTime", v)?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for JobSummary {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("JobSummary")
                .field("job_id", &self.job_id)
                .field("project_key", &self.project_key)
                .field("def", &self.def)
                .field("state", &self.state)
                .field("start_time", &self.start_time)
                .field("end_time", &self.end_time)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl JobSummary {}
    ///The base status of a job: its definition, state and times.
    #[derive(Clone, PartialEq)]
    pub struct JobBaseStatus {
        ///The job's definition.
        pub def: Option<JobDefinitionSummary>,
        /**The job's state as DSS writes it (`NOT_STARTED`, `RUNNING`, `DONE`,
`FAILED`, `ABORTED`, ...); typed by [`JobStatus::state`](crate::models::JobStatus::state).*/
        pub state: Option<String>,
        ///Start time, in milliseconds since the Unix epoch (0 before it starts).
        pub job_start_time: Option<i64>,
        ///End time, in milliseconds since the Unix epoch (0 while it runs).
        pub job_end_time: Option<i64>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for JobBaseStatus {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = JobBaseStatus;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `JobBaseStatus` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<JobBaseStatus, __A::Error> {
                    let mut __m_def: Option<JobDefinitionSummary> = None;
                    let mut __m_state: Option<String> = None;
                    let mut __m_job_start_time: Option<i64> = None;
                    let mut __m_job_end_time: Option<i64> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "def" => {
                                __m_def = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "state" => {
                                __m_state = ::serde::de::MapAccess::next_value(&mut __map)?;
                            }
                            "jobStartTime" => {
                                __m_job_start_time = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "jobEndTime" => {
                                __m_job_end_time = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(JobBaseStatus {
                        def: __m_def,
                        state: __m_state,
                        job_start_time: __m_job_start_time,
                        job_end_time: __m_job_end_time,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for JobBaseStatus {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.def {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "def", v)?;
            }
            if let Some(v) = &self.state {
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "state", v)?;
            }
            if let Some(v) = &self.job_start_time {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "jobStartTime",
                    v,
                )?;
            }
            if let Some(v) = &self.job_end_time {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "jobEndTime",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for JobBaseStatus {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("JobBaseStatus")
                .field("def", &self.def)
                .field("state", &self.state)
                .field("job_start_time", &self.job_start_time)
                .field("job_end_time", &self.job_end_time)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl JobBaseStatus {}
    /**The status of a job (`DssJob::get_status`): its base status and the
counts of its activities.*/
    #[derive(Clone, PartialEq)]
    pub struct JobStatus {
        ///The job's definition, state and times.
        pub base_status: Option<JobBaseStatus>,
        ///Counts of the job's activities (`done`, `failed`, `running`, `total`, ...).
        pub global_state: Option<Value>,
        /// The members of the answer this model does not name, kept as
        /// the server wrote them (see [`Extra`](crate::rt::Extra)).
        pub extra: crate::rt::Extra,
    }
    impl<'de> ::serde::Deserialize<'de> for JobStatus {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            __d: __D,
        ) -> Result<Self, __D::Error> {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = JobStatus;
                fn expecting(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.write_str("a `JobStatus` object")
                }
                fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut __map: __A,
                ) -> Result<JobStatus, __A::Error> {
                    let mut __m_base_status: Option<JobBaseStatus> = None;
                    let mut __m_global_state: Option<Value> = None;
                    let mut __extra = crate::rt::Extra::new();
                    while let Some(__key) = ::serde::de::MapAccess::next_key::<
                        crate::rt::Key<'de>,
                    >(&mut __map)? {
                        match __key.as_str() {
                            "baseStatus" => {
                                __m_base_status = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            "globalState" => {
                                __m_global_state = ::serde::de::MapAccess::next_value(
                                    &mut __map,
                                )?;
                            }
                            _ => __extra.push_from(__key.into_string(), &mut __map)?,
                        }
                    }
                    Ok(JobStatus {
                        base_status: __m_base_status,
                        global_state: __m_global_state,
                        extra: __extra,
                    })
                }
            }
            ::serde::Deserializer::deserialize_map(__d, __Visitor)
        }
    }
    impl ::serde::Serialize for JobStatus {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            __s: __S,
        ) -> Result<__S::Ok, __S::Error> {
            let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
            if let Some(v) = &self.base_status {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "baseStatus",
                    v,
                )?;
            }
            if let Some(v) = &self.global_state {
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "globalState",
                    v,
                )?;
            }
            self.extra.serialize_into(&mut __map)?;
            ::serde::ser::SerializeMap::end(__map)
        }
    }
    impl ::core::fmt::Debug for JobStatus {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_struct("JobStatus")
                .field("base_status", &self.base_status)
                .field("global_state", &self.global_state)
                .field("extra", &crate::rt::ExtraNames(&self.extra))
                .finish()
        }
    }
    impl JobStatus {}
}
/// Request values returned by the API methods: set optional
/// arguments by name, then call `send()`.
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
    use super::models::*;
    ///Request value of [`DssClient::list_futures`](crate::rt::DssClient::list_futures): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListFutures<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) all_users: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListFutures<'a> {
        /**Also list other users' tasks (needs admin rights).

Default: `false`. Sent as query parameter `allUsers`.*/
        pub fn all_users(mut self, all_users: bool) -> Self {
            self.all_users = all_users;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, all_users, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_futures");
            __call.timeout(__timeout);
            __call.lit("/futures/");
            __call.query("withScenarios", "false");
            __call.query("withNotScenarios", "true");
            __call.query("allUsers", &all_users);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListFutures, "DssClient::list_futures", "list_futures", json(Vec < FutureSummary
        >, "Sends the request (`GET /futures/`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_running_scenarios`](crate::rt::DssClient::list_running_scenarios): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListRunningScenarios<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) all_users: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListRunningScenarios<'a> {
        /**Also list other users' scenario runs (needs admin rights).

Default: `false`. Sent as query parameter `allUsers`.*/
        pub fn all_users(mut self, all_users: bool) -> Self {
            self.all_users = all_users;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, all_users, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_running_scenarios",
            );
            __call.timeout(__timeout);
            __call.lit("/futures/");
            __call.query("withScenarios", "true");
            __call.query("withNotScenarios", "false");
            __call.query("allUsers", &all_users);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListRunningScenarios, "DssClient::list_running_scenarios",
        "list_running_scenarios", json(Vec < FutureSummary >,
        "Sends the request (`GET /futures/`) and returns the answer.")
    );
    ///Request value of [`DssFuture::abort`](super::handles::DssFuture::abort): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct FutureAbort<'a> {
        pub(crate) __owner: &'a super::handles::DssFuture,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> FutureAbort<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "abort");
            __call.timeout(__timeout);
            __call.lit("/futures/");
            __call.segment("job_id", &__owner.job_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        FutureAbort, "DssFuture::abort", "abort",
        unit("Sends the request (`DELETE /futures/{job_id}`) and returns the answer.")
    );
    ///Request value of [`DssFuture::get_state`](super::handles::DssFuture::get_state): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct FutureGetState<'a> {
        pub(crate) __owner: &'a super::handles::DssFuture,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> FutureGetState<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_state");
            __call.timeout(__timeout);
            __call.lit("/futures/");
            __call.segment("job_id", &__owner.job_id)?;
            __call.query("peek", "false");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        FutureGetState, "DssFuture::get_state", "get_state", json(FutureState,
        "Sends the request (`GET /futures/{job_id}`) and returns the answer.")
    );
    ///Request value of [`DssFuture::peek_state`](super::handles::DssFuture::peek_state): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct FuturePeekState<'a> {
        pub(crate) __owner: &'a super::handles::DssFuture,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> FuturePeekState<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "peek_state");
            __call.timeout(__timeout);
            __call.lit("/futures/");
            __call.segment("job_id", &__owner.job_id)?;
            __call.query("peek", "true");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        FuturePeekState, "DssFuture::peek_state", "peek_state", json(FutureState,
        "Sends the request (`GET /futures/{job_id}`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_running_notebooks`](crate::rt::DssClient::list_running_notebooks): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListRunningNotebooks<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListRunningNotebooks<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_running_notebooks",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/notebooks/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListRunningNotebooks, "DssClient::list_running_notebooks",
        "list_running_notebooks", json(Vec < NotebookSummary >,
        "Sends the request (`GET /admin/notebooks/`) and returns the answer.")
    );
    ///Request value of [`DssNotebook::get_state`](super::handles::DssNotebook::get_state): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct NotebookGetState<'a> {
        pub(crate) __owner: &'a super::handles::DssNotebook,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> NotebookGetState<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_state");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/notebooks/");
            __call.query("notebookName", &__owner.notebook_name);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        NotebookGetState, "DssNotebook::get_state", "get_state", json(Value,
        "Sends the request (`GET /projects/{project_key}/notebooks/`) and returns the answer.")
    );
    ///Request value of [`DssNotebook::unload`](super::handles::DssNotebook::unload): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct NotebookUnload<'a> {
        pub(crate) __owner: &'a super::handles::DssNotebook,
        pub(crate) session_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> NotebookUnload<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, session_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "unload");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/notebooks/");
            __call.query("notebookName", &__owner.notebook_name);
            __call.query("sessionId", &session_id);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        NotebookUnload, "DssNotebook::unload", "unload",
        unit("Sends the request (`DELETE /projects/{project_key}/notebooks/`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_root_project_folder`](crate::rt::DssClient::get_root_project_folder): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetRootProjectFolder<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetRootProjectFolder<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_root_project_folder",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/ROOT");
            Ok((__call, ()))
        }
        ///Sends the request (`GET /project-folders/ROOT`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProjectFolder, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_project_folder_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "get_root_project_folder",
                )?;
                super::handles::DssProjectFolder {
                    client: ::core::clone::Clone::clone(__client),
                    project_folder_id: __f_project_folder_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        GetRootProjectFolder, "DssClient::get_root_project_folder",
        "get_root_project_folder", send_as
    );
    ///Request value of [`DssClient::get_project_folder`](crate::rt::DssClient::get_project_folder): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetProjectFolder<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) project_folder_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetProjectFolder<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, project_folder_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "get_project_folder");
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &project_folder_id)?;
            Ok((__call, ()))
        }
        ///Sends the request (`GET /project-folders/{project_folder_id}`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProjectFolder, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_project_folder_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "get_project_folder",
                )?;
                super::handles::DssProjectFolder {
                    client: ::core::clone::Clone::clone(__client),
                    project_folder_id: __f_project_folder_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        GetProjectFolder, "DssClient::get_project_folder", "get_project_folder", send_as
    );
    ///Request value of [`DssProjectFolder::get_settings`](super::handles::DssProjectFolder::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectFolderGetSettings, "DssProjectFolder::get_settings", "get_settings",
        json(Value,
        "Sends the request (`GET /project-folders/{project_folder_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectFolder::save_settings`](super::handles::DssProjectFolder::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            __call.lit("/settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectFolderSaveSettings, "DssProjectFolder::save_settings", "save_settings",
        unit("Sends the request (`PUT /project-folders/{project_folder_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectFolder::delete`](super::handles::DssProjectFolder::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectFolderDelete, "DssProjectFolder::delete", "delete",
        unit("Sends the request (`DELETE /project-folders/{project_folder_id}`) and returns the answer.")
    );
    ///Request value of [`DssProjectFolder::create_sub_folder`](super::handles::DssProjectFolder::create_sub_folder): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderCreateSubFolder<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) name: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderCreateSubFolder<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, name, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_sub_folder",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            __call.lit("/children");
            __call.query("name", &name);
            Ok((__call, ()))
        }
        ///Sends the request (`POST /project-folders/{project_folder_id}/children`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProjectFolder, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_project_folder_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "create_sub_folder",
                )?;
                super::handles::DssProjectFolder {
                    client: ::core::clone::Clone::clone(__client),
                    project_folder_id: __f_project_folder_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectFolderCreateSubFolder, "DssProjectFolder::create_sub_folder",
        "create_sub_folder", send_as
    );
    ///Request value of [`DssProjectFolder::get_default_folder_for_project_creation`](super::handles::DssProjectFolder::get_default_folder_for_project_creation): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderGetDefaultFolderForProjectCreation<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderGetDefaultFolderForProjectCreation<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_default_folder_for_project_creation",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            __call.lit("/default-for-project-creation");
            Ok((__call, ()))
        }
        ///Sends the request (`GET /project-folders/{project_folder_id}/default-for-project-creation`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProjectFolder, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_project_folder_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "get_default_folder_for_project_creation",
                )?;
                super::handles::DssProjectFolder {
                    client: ::core::clone::Clone::clone(__client),
                    project_folder_id: __f_project_folder_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectFolderGetDefaultFolderForProjectCreation,
        "DssProjectFolder::get_default_folder_for_project_creation",
        "get_default_folder_for_project_creation", send_as
    );
    ///Request value of [`DssProjectFolder::move_to`](super::handles::DssProjectFolder::move_to): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderMoveTo<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) destination: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderMoveTo<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, destination, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "move_to");
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            __call.lit("/move");
            __call.query("destination", &destination);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectFolderMoveTo, "DssProjectFolder::move_to", "move_to",
        unit("Sends the request (`POST /project-folders/{project_folder_id}/move`) and returns the answer.")
    );
    ///Request value of [`DssProjectFolder::move_project_to`](super::handles::DssProjectFolder::move_project_to): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderMoveProjectTo<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) project_key: String,
        pub(crate) destination: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderMoveProjectTo<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, project_key, destination, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "move_project_to",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/");
            __call.segment("project_folder_id", &__owner.project_folder_id)?;
            __call.lit("/projects/");
            __call.segment("project_key", &project_key)?;
            __call.lit("/move");
            __call.query("destination", &destination);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectFolderMoveProjectTo, "DssProjectFolder::move_project_to",
        "move_project_to",
        unit("Sends the request (`POST /project-folders/{project_folder_id}/projects/{project_key}/move`) and returns the answer.")
    );
    ///Request value of [`DssProjectFolder::create_project`](super::handles::DssProjectFolder::create_project): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectFolderCreateProject<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectFolder,
        pub(crate) project_key: String,
        pub(crate) name: String,
        pub(crate) owner: String,
        pub(crate) description: Option<String>,
        pub(crate) settings: Option<::serde_json::Value>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectFolderCreateProject<'a> {
        /**Description of the project.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /**Initial settings (their shape is not documented by DSS).

Unset by default (then sent as `null`). Sent as JSON member `settings`.*/
        pub fn settings(mut self, settings: ::serde_json::Value) -> Self {
            self.settings = Some(settings);
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                project_key,
                name,
                owner,
                description,
                settings,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_project",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.query("projectFolderId", &__owner.project_folder_id);
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("projectKey"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&project_key),
                                ),
                            );
                        __map
                            .insert(
                                String::from("name"),
                                ::serde_json::Value::from(name),
                            );
                        __map
                            .insert(
                                String::from("owner"),
                                ::serde_json::Value::from(owner),
                            );
                        __map
                            .insert(
                                String::from("settings"),
                                ::serde_json::Value::from(settings),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("permissions"),
                                ::serde_json::Value::Array(Vec::new()),
                            );
                        __map
                            .insert(
                                String::from("tags"),
                                ::serde_json::Value::Array(Vec::new()),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (project_key,)))
        }
        ///Sends the request (`POST /projects/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProject, crate::rt::Error> {
            let (__call, (project_key,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_project_key = project_key;
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(__client),
                    project_key: __f_project_key,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectFolderCreateProject, "DssProjectFolder::create_project", "create_project",
        plain
    );
    ///Request value of [`DssClient::list_project_keys`](crate::rt::DssClient::list_project_keys): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListProjectKeys<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListProjectKeys<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_project_keys");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            Ok((__call, ()))
        }
        ///Sends the request (`GET /projects/`) and returns the answer.
        pub fn send(self) -> Result<Vec<String>, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::pick::<
                Vec<String>,
            >(__answer, "projectKey", true, "list_project_keys")
        }
    }
    crate::rt::request_common!(
        ListProjectKeys, "DssClient::list_project_keys", "list_project_keys", send_as
    );
    ///Request value of [`DssClient::list_projects`](crate::rt::DssClient::list_projects): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListProjects<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) include_location: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListProjects<'a> {
        /**Also return each project's folder.

Default: `false`. Sent as query parameter `includeLocation`.*/
        pub fn include_location(mut self, include_location: bool) -> Self {
            self.include_location = include_location;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, include_location, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_projects");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.query("includeLocation", &include_location);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListProjects, "DssClient::list_projects", "list_projects", json(Vec <
        ProjectSummary >, "Sends the request (`GET /projects/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_project`](crate::rt::DssClient::create_project): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateProject<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) project_key: String,
        pub(crate) name: String,
        pub(crate) owner: String,
        pub(crate) description: Option<String>,
        pub(crate) settings: Option<::serde_json::Value>,
        pub(crate) project_folder_id: Option<String>,
        pub(crate) permissions: ::serde_json::Value,
        pub(crate) tags: Vec<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateProject<'a> {
        /**Description of the project.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /**Initial settings (their shape is not documented by DSS).

Unset by default (then sent as `null`). Sent as JSON member `settings`.*/
        pub fn settings(mut self, settings: ::serde_json::Value) -> Self {
            self.settings = Some(settings);
            self
        }
        /**Project folder to create it in (the root folder when unset).

Unset by default (then left out). Sent as query parameter `projectFolderId`.*/
        pub fn project_folder_id(
            mut self,
            project_folder_id: impl Into<String>,
        ) -> Self {
            self.project_folder_id = Some(project_folder_id.into());
            self
        }
        /**Initial permissions.

Default: `[]`. Sent as JSON member `permissions`.*/
        pub fn permissions(mut self, permissions: ::serde_json::Value) -> Self {
            self.permissions = permissions;
            self
        }
        /**Initial tags.

Default: `[]`. Sent as JSON member `tags`.*/
        pub fn tags(
            mut self,
            tags: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.tags = tags.into_iter().map(Into::into).collect();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                project_key,
                name,
                owner,
                description,
                settings,
                project_folder_id,
                permissions,
                tags,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_project");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.query("projectFolderId", &project_folder_id);
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("projectKey"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&project_key),
                                ),
                            );
                        __map
                            .insert(
                                String::from("name"),
                                ::serde_json::Value::from(name),
                            );
                        __map
                            .insert(
                                String::from("owner"),
                                ::serde_json::Value::from(owner),
                            );
                        __map
                            .insert(
                                String::from("settings"),
                                ::serde_json::Value::from(settings),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("permissions"),
                                ::serde_json::Value::from(permissions),
                            );
                        __map
                            .insert(
                                String::from("tags"),
                                ::serde_json::Value::from(tags),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (project_key,)))
        }
        ///Sends the request (`POST /projects/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProject, crate::rt::Error> {
            let (__call, (project_key,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_project_key = project_key;
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(__client),
                    project_key: __f_project_key,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateProject, "DssClient::create_project", "create_project", plain
    );
    ///Request value of [`DssClient::create_project_from_bundle_local_archive`](crate::rt::DssClient::create_project_from_bundle_local_archive): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateProjectFromBundleLocalArchive<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) archive_path: String,
        pub(crate) project_folder_id: Option<String>,
        pub(crate) permissions_propagation_policy: String,
        pub(crate) fail_on_missing_users_or_groups: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateProjectFromBundleLocalArchive<'a> {
        /**Project folder to create it in (the root folder when unset).

Unset by default (then left out). Sent as query parameter `projectFolderId`.*/
        pub fn project_folder_id(
            mut self,
            project_folder_id: impl Into<String>,
        ) -> Self {
            self.project_folder_id = Some(project_folder_id.into());
            self
        }
        /**How permissions of the bundle are applied (`NONE`, ...).

Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.*/
        pub fn permissions_propagation_policy(
            mut self,
            permissions_propagation_policy: impl Into<String>,
        ) -> Self {
            self.permissions_propagation_policy = permissions_propagation_policy.into();
            self
        }
        /**Fail when the bundle names users or groups this node lacks.

Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.*/
        pub fn fail_on_missing_users_or_groups(
            mut self,
            fail_on_missing_users_or_groups: bool,
        ) -> Self {
            self.fail_on_missing_users_or_groups = fail_on_missing_users_or_groups;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                archive_path,
                project_folder_id,
                permissions_propagation_policy,
                fail_on_missing_users_or_groups,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "create_project_from_bundle_local_archive",
            );
            __call.timeout(__timeout);
            __call.lit("/projectsFromBundle/fromArchive");
            __call.query("archivePath", &archive_path);
            __call.query("projectFolderId", &project_folder_id);
            __call
                .query("permissionsPropagationPolicy", &permissions_propagation_policy);
            __call.query("failOnMissingUsersOrGroups", &fail_on_missing_users_or_groups);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CreateProjectFromBundleLocalArchive,
        "DssClient::create_project_from_bundle_local_archive",
        "create_project_from_bundle_local_archive", json(Value,
        "Sends the request (`POST /projectsFromBundle/fromArchive`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_project_from_bundle_archive`](crate::rt::DssClient::create_project_from_bundle_archive): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateProjectFromBundleArchive<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) fp: crate::rt::Upload,
        pub(crate) project_folder_id: Option<String>,
        pub(crate) permissions_propagation_policy: String,
        pub(crate) fail_on_missing_users_or_groups: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateProjectFromBundleArchive<'a> {
        /**Project folder to create it in (the root folder when unset).

Unset by default (then left out). Sent as query parameter `projectFolderId`.*/
        pub fn project_folder_id(
            mut self,
            project_folder_id: impl Into<String>,
        ) -> Self {
            self.project_folder_id = Some(project_folder_id.into());
            self
        }
        /**How permissions of the bundle are applied (`NONE`, ...).

Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.*/
        pub fn permissions_propagation_policy(
            mut self,
            permissions_propagation_policy: impl Into<String>,
        ) -> Self {
            self.permissions_propagation_policy = permissions_propagation_policy.into();
            self
        }
        /**Fail when the bundle names users or groups this node lacks.

Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.*/
        pub fn fail_on_missing_users_or_groups(
            mut self,
            fail_on_missing_users_or_groups: bool,
        ) -> Self {
            self.fail_on_missing_users_or_groups = fail_on_missing_users_or_groups;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                fp,
                project_folder_id,
                permissions_propagation_policy,
                fail_on_missing_users_or_groups,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "create_project_from_bundle_archive",
            );
            __call.timeout(__timeout);
            __call.lit("/projectsFromBundle/");
            __call.query("projectFolderId", &project_folder_id);
            __call
                .query("permissionsPropagationPolicy", &permissions_propagation_policy);
            __call.query("failOnMissingUsersOrGroups", &fail_on_missing_users_or_groups);
            __call.upload("file", fp);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CreateProjectFromBundleArchive, "DssClient::create_project_from_bundle_archive",
        "create_project_from_bundle_archive", json(Value,
        "Sends the request (`POST /projectsFromBundle/`) and returns the answer.")
    );
    ///Request value of [`DssClient::prepare_project_import`](crate::rt::DssClient::prepare_project_import): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PrepareProjectImport<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) f: crate::rt::Upload,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PrepareProjectImport<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, f, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "prepare_project_import",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/import/upload");
            __call.upload("tmp-import.zip", f);
            Ok((__call, ()))
        }
        ///Sends the request (`POST /projects/import/upload`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::TemporaryImportHandle, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_import_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "prepare_project_import",
                )?;
                super::handles::TemporaryImportHandle {
                    client: ::core::clone::Clone::clone(__client),
                    import_id: __f_import_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        PrepareProjectImport, "DssClient::prepare_project_import",
        "prepare_project_import", send_as
    );
    ///Request value of [`TemporaryImportHandle::execute`](super::handles::TemporaryImportHandle::execute): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct TemporaryImportHandleExecute<'a> {
        pub(crate) __owner: &'a super::handles::TemporaryImportHandle,
        pub(crate) settings: Option<::serde_json::Value>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> TemporaryImportHandleExecute<'a> {
        /**Import settings; unset or `{}` is sent as `{"_": "_"}` (DSS cannot
read an empty object).

Unset by default (then sent as `null`). Sent as the JSON body, converted by `import_settings`.*/
        pub fn settings(mut self, settings: ::serde_json::Value) -> Self {
            self.settings = Some(settings);
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "execute");
            __call.timeout(__timeout);
            __call.lit("/projects/import/");
            __call.segment("import_id", &__owner.import_id)?;
            __call.lit("/process");
            __call
                .json(
                    &crate::rt::convert::import_settings(
                        ::serde_json::Value::from(settings),
                        "settings",
                    )?,
                )?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        TemporaryImportHandleExecute, "TemporaryImportHandle::execute", "execute",
        json(Value,
        "Sends the request (`POST /projects/import/{import_id}/process`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_timeline`](super::handles::DssProject::get_timeline): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetTimeline<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) item_count: i64,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetTimeline<'a> {
        /**Most modifications to return.

Default: `100`. Sent as query parameter `itemCount`.*/
        pub fn item_count(mut self, item_count: i64) -> Self {
            self.item_count = item_count;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, item_count, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_timeline",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/timeline");
            __call.query("itemCount", &item_count);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetTimeline, "DssProject::get_timeline", "get_timeline", json(Value,
        "Sends the request (`GET /projects/{project_key}/timeline`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_metadata`](super::handles::DssProject::get_metadata): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetMetadata<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetMetadata<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_metadata",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/metadata");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetMetadata, "DssProject::get_metadata", "get_metadata", json(Value,
        "Sends the request (`GET /projects/{project_key}/metadata`) and returns the answer.")
    );
    ///Request value of [`DssProject::set_metadata`](super::handles::DssProject::set_metadata): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectSetMetadata<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) metadata: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectSetMetadata<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, metadata, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_metadata",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/metadata");
            __call.json(&::serde_json::Value::from(metadata))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectSetMetadata, "DssProject::set_metadata", "set_metadata",
        unit("Sends the request (`PUT /projects/{project_key}/metadata`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_summary`](super::handles::DssProject::get_summary): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetSummary<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetSummary<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_summary");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetSummary, "DssProject::get_summary", "get_summary", json(Value,
        "Sends the request (`GET /projects/{project_key}`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_settings`](super::handles::DssProject::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetSettings, "DssProject::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /projects/{project_key}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_permissions`](super::handles::DssProject::get_permissions): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetPermissions<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetPermissions<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_permissions",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/permissions");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetPermissions, "DssProject::get_permissions", "get_permissions",
        json(Value,
        "Sends the request (`GET /projects/{project_key}/permissions`) and returns the answer.")
    );
    ///Request value of [`DssProject::set_permissions`](super::handles::DssProject::set_permissions): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectSetPermissions<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) permissions: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectSetPermissions<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, permissions, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_permissions",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/permissions");
            __call.json(&::serde_json::Value::from(permissions))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectSetPermissions, "DssProject::set_permissions", "set_permissions",
        unit("Sends the request (`PUT /projects/{project_key}/permissions`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_variables`](super::handles::DssProject::get_variables): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetVariables<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetVariables<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_variables",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/variables/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetVariables, "DssProject::get_variables", "get_variables", json(Value,
        "Sends the request (`GET /projects/{project_key}/variables/`) and returns the answer.")
    );
    ///Request value of [`DssProject::set_variables`](super::handles::DssProject::set_variables): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectSetVariables<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) variables: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectSetVariables<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, variables, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_variables",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/variables/");
            __call.json(&::serde_json::Value::from(variables))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectSetVariables, "DssProject::set_variables", "set_variables",
        unit("Sends the request (`PUT /projects/{project_key}/variables/`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_tags`](super::handles::DssProject::get_tags): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetTags<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetTags<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_tags");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/tags");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectGetTags, "DssProject::get_tags", "get_tags", json(Value,
        "Sends the request (`GET /projects/{project_key}/tags`) and returns the answer.")
    );
    ///Request value of [`DssProject::set_tags`](super::handles::DssProject::set_tags): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectSetTags<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) tags: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectSetTags<'a> {
        /**Sets `tags`.

Default: `{}`. Sent as the JSON body.*/
        pub fn tags(mut self, tags: ::serde_json::Value) -> Self {
            self.tags = tags;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, tags, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "PUT", "set_tags");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/tags");
            __call.json(&::serde_json::Value::from(tags))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectSetTags, "DssProject::set_tags", "set_tags",
        unit("Sends the request (`PUT /projects/{project_key}/tags`) and returns the answer.")
    );
    ///Request value of [`DssProject::get_project_folder`](super::handles::DssProject::get_project_folder): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectGetProjectFolder<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectGetProjectFolder<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_project_folder",
            );
            __call.timeout(__timeout);
            __call.lit("/project-folders/locate-project/");
            __call.segment("project_key", &__owner.project_key)?;
            Ok((__call, ()))
        }
        ///Sends the request (`GET /project-folders/locate-project/{project_key}`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssProjectFolder, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_project_folder_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "get_project_folder",
                )?;
                super::handles::DssProjectFolder {
                    client: ::core::clone::Clone::clone(__client),
                    project_folder_id: __f_project_folder_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectGetProjectFolder, "DssProject::get_project_folder", "get_project_folder",
        send_as
    );
    ///Request value of [`DssProject::save_app_manifest`](super::handles::DssProject::save_app_manifest): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectSaveAppManifest<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) manifest: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectSaveAppManifest<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, manifest, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_app_manifest",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/app-manifest");
            __call.json(&::serde_json::Value::from(manifest))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectSaveAppManifest, "DssProject::save_app_manifest", "save_app_manifest",
        unit("Sends the request (`PUT /projects/{project_key}/app-manifest`) and returns the answer.")
    );
    ///Request value of [`DssProject::delete`](super::handles::DssProject::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) clear_managed_datasets: bool,
        pub(crate) clear_output_managed_folders: bool,
        pub(crate) clear_job_and_scenario_logs: bool,
        pub(crate) clear_managed_knowledge_banks: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDelete<'a> {
        /**Also delete the data of managed datasets.

Default: `false`. Sent as query parameter `clearManagedDatasets`.*/
        pub fn clear_managed_datasets(mut self, clear_managed_datasets: bool) -> Self {
            self.clear_managed_datasets = clear_managed_datasets;
            self
        }
        /**Also delete the content of managed output folders.

Default: `false`. Sent as query parameter `clearOutputManagedFolders`.*/
        pub fn clear_output_managed_folders(
            mut self,
            clear_output_managed_folders: bool,
        ) -> Self {
            self.clear_output_managed_folders = clear_output_managed_folders;
            self
        }
        /**Also delete job and scenario logs.

Default: `true`. Sent as query parameter `clearJobAndScenarioLogs`.*/
        pub fn clear_job_and_scenario_logs(
            mut self,
            clear_job_and_scenario_logs: bool,
        ) -> Self {
            self.clear_job_and_scenario_logs = clear_job_and_scenario_logs;
            self
        }
        /**Also delete managed knowledge banks.

Default: `false`. Sent as query parameter `clearManagedKnowledgeBanks`.*/
        pub fn clear_managed_knowledge_banks(
            mut self,
            clear_managed_knowledge_banks: bool,
        ) -> Self {
            self.clear_managed_knowledge_banks = clear_managed_knowledge_banks;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                clear_managed_datasets,
                clear_output_managed_folders,
                clear_job_and_scenario_logs,
                clear_managed_knowledge_banks,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.query("clearManagedDatasets", &clear_managed_datasets);
            __call.query("clearOutputManagedFolders", &clear_output_managed_folders);
            __call.query("clearJobAndScenarioLogs", &clear_job_and_scenario_logs);
            __call.query("clearManagedKnowledgeBanks", &clear_managed_knowledge_banks);
            __call.query("wait", "true");
            Ok((__call, ()))
        }
        ///Sends the request (`DELETE /projects/{project_key}`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "delete")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(ProjectDelete, "DssProject::delete", "delete", send_as);
    ///Request value of [`DssClient::list_apps`](crate::rt::DssClient::list_apps): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListApps<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListApps<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_apps");
            __call.timeout(__timeout);
            __call.lit("/apps/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListApps, "DssClient::list_apps", "list_apps", json(Vec < AppSummary >,
        "Sends the request (`GET /apps/`) and returns the answer.")
    );
    ///Request value of [`DssApp::get_manifest`](super::handles::DssApp::get_manifest): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct AppGetManifest<'a> {
        pub(crate) __owner: &'a super::handles::DssApp,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> AppGetManifest<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_manifest",
            );
            __call.timeout(__timeout);
            __call.lit("/apps/");
            __call.segment("app_id", &__owner.app_id)?;
            __call.lit("/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        AppGetManifest, "DssApp::get_manifest", "get_manifest", json(Value,
        "Sends the request (`GET /apps/{app_id}/`) and returns the answer.")
    );
    ///Request value of [`DssApp::list_instances`](super::handles::DssApp::list_instances): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct AppListInstances<'a> {
        pub(crate) __owner: &'a super::handles::DssApp,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> AppListInstances<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_instances",
            );
            __call.timeout(__timeout);
            __call.lit("/apps/");
            __call.segment("app_id", &__owner.app_id)?;
            __call.lit("/instances/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        AppListInstances, "DssApp::list_instances", "list_instances", json(Value,
        "Sends the request (`GET /apps/{app_id}/instances/`) and returns the answer.")
    );
    ///Request value of [`DssApp::list_instance_keys`](super::handles::DssApp::list_instance_keys): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct AppListInstanceKeys<'a> {
        pub(crate) __owner: &'a super::handles::DssApp,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> AppListInstanceKeys<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_instance_keys",
            );
            __call.timeout(__timeout);
            __call.lit("/apps/");
            __call.segment("app_id", &__owner.app_id)?;
            __call.lit("/instances/");
            Ok((__call, ()))
        }
        ///Sends the request (`GET /apps/{app_id}/instances/`) and returns the answer.
        pub fn send(self) -> Result<Vec<String>, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::pick::<
                Vec<String>,
            >(__answer, "projectKey", true, "list_instance_keys")
        }
    }
    crate::rt::request_common!(
        AppListInstanceKeys, "DssApp::list_instance_keys", "list_instance_keys", send_as
    );
    ///Request value of [`DssApp::create_instance`](super::handles::DssApp::create_instance): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct AppCreateInstance<'a> {
        pub(crate) __owner: &'a super::handles::DssApp,
        pub(crate) instance_key: String,
        pub(crate) instance_name: String,
        pub(crate) is_temporary_instance: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> AppCreateInstance<'a> {
        /**Make it a temporary instance (no git history, not indexed in the
catalog).

Default: `false`. Sent as JSON member `isTemporaryAppInstance`.*/
        pub fn is_temporary_instance(mut self, is_temporary_instance: bool) -> Self {
            self.is_temporary_instance = is_temporary_instance;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                instance_key,
                instance_name,
                is_temporary_instance,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_instance",
            );
            __call.timeout(__timeout);
            __call.lit("/apps/");
            __call.segment("app_id", &__owner.app_id)?;
            __call.lit("/instances");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("targetProjectKey"),
                                ::serde_json::Value::from(instance_key),
                            );
                        __map
                            .insert(
                                String::from("targetProjectName"),
                                ::serde_json::Value::from(instance_name),
                            );
                        __map
                            .insert(
                                String::from("isTemporaryAppInstance"),
                                ::serde_json::Value::from(is_temporary_instance),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /apps/{app_id}/instances`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::rt::Error> {
            self.start()?.wait_for_result_as::<Value>()
        }
        ///Starts the task, waits for it with the default wait options, and decodes its result into the caller's own type (any `DeserializeOwned` type).
        pub fn send_as<__T: ::serde::de::DeserializeOwned>(
            self,
        ) -> Result<__T, crate::rt::Error> {
            self.start()?.wait_for_result_as::<__T>()
        }
        ///Starts the task and returns its handle without waiting (dataikuapi's `wait=False`).
        pub fn start(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, _) = self.__prepare(true)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "create_instance")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        AppCreateInstance, "DssApp::create_instance", "create_instance", plain
    );
    ///Request value of [`DssClient::list_plugins`](crate::rt::DssClient::list_plugins): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListPlugins<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListPlugins<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_plugins");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListPlugins, "DssClient::list_plugins", "list_plugins", json(Vec < PluginSummary
        >, "Sends the request (`GET /plugins/`) and returns the answer.")
    );
    ///Request value of [`DssClient::download_plugin_stream`](crate::rt::DssClient::download_plugin_stream): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct DownloadPluginStream<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) plugin_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> DownloadPluginStream<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, plugin_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "download_plugin_stream",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &plugin_id)?;
            __call.lit("/download");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        DownloadPluginStream, "DssClient::download_plugin_stream",
        "download_plugin_stream",
        stream("Sends the request (`GET /plugins/{plugin_id}/download`) and returns the answer.")
    );
    ///Request value of [`DssClient::download_plugin_to_file`](crate::rt::DssClient::download_plugin_to_file): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct DownloadPluginToFile<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) plugin_id: String,
        pub(crate) path: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> DownloadPluginToFile<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self { __owner, plugin_id, path, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "download_plugin_to_file",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &plugin_id)?;
            __call.lit("/download");
            Ok((__call, (path,)))
        }
        ///Sends the request (`GET /plugins/{plugin_id}/download`) and returns the answer.
        pub fn send(self) -> Result<u64, crate::rt::Error> {
            let (__call, (path,)) = self.__prepare(false)?;
            __call.send_stream()?.save_to(path)
        }
    }
    crate::rt::request_common!(
        DownloadPluginToFile, "DssClient::download_plugin_to_file",
        "download_plugin_to_file", plain
    );
    ///Request value of [`DssClient::download_plugin_to_writer`](crate::rt::DssClient::download_plugin_to_writer): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct DownloadPluginToWriter<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) plugin_id: String,
        pub(crate) out: &'a mut dyn ::std::io::Write,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> DownloadPluginToWriter<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<
            (crate::rt::Call<'a>, (&'a mut dyn ::std::io::Write,)),
            crate::rt::Error,
        > {
            let Self { __owner, plugin_id, out, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "download_plugin_to_writer",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &plugin_id)?;
            __call.lit("/download");
            Ok((__call, (out,)))
        }
        ///Sends the request (`GET /plugins/{plugin_id}/download`) and returns the answer.
        pub fn send(self) -> Result<u64, crate::rt::Error> {
            let (__call, (out,)) = self.__prepare(false)?;
            __call.send_stream()?.copy_to(out)
        }
    }
    crate::rt::request_common!(
        DownloadPluginToWriter, "DssClient::download_plugin_to_writer",
        "download_plugin_to_writer", plain
    );
    ///Request value of [`DssClient::install_plugin_from_archive`](crate::rt::DssClient::install_plugin_from_archive): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct InstallPluginFromArchive<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) fp: crate::rt::Upload,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> InstallPluginFromArchive<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, fp, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "install_plugin_from_archive",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/actions/installFromZip");
            __call.upload("file", fp);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        InstallPluginFromArchive, "DssClient::install_plugin_from_archive",
        "install_plugin_from_archive",
        unit("Sends the request (`POST /plugins/actions/installFromZip`) and returns the answer.")
    );
    ///Request value of [`DssClient::install_plugin_from_store`](crate::rt::DssClient::install_plugin_from_store): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct InstallPluginFromStore<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) plugin_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> InstallPluginFromStore<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, plugin_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "install_plugin_from_store",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/actions/installFromStore");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("pluginId"),
                                ::serde_json::Value::from(plugin_id),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /plugins/actions/installFromStore`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(
                    __answer,
                    "install_plugin_from_store",
                )?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        InstallPluginFromStore, "DssClient::install_plugin_from_store",
        "install_plugin_from_store", send_as
    );
    ///Request value of [`DssClient::install_plugin_from_git`](crate::rt::DssClient::install_plugin_from_git): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct InstallPluginFromGit<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) repository_url: String,
        pub(crate) checkout: String,
        pub(crate) subpath: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> InstallPluginFromGit<'a> {
        /**Branch, tag or commit to check out.

Default: `master`. Sent as JSON member `gitCheckout`.*/
        pub fn checkout(mut self, checkout: impl Into<String>) -> Self {
            self.checkout = checkout.into();
            self
        }
        /**Path of the plugin inside the repository.

Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.*/
        pub fn subpath(mut self, subpath: impl Into<String>) -> Self {
            self.subpath = Some(subpath.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, repository_url, checkout, subpath, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "install_plugin_from_git",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/actions/installFromGit");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("gitRepositoryUrl"),
                                ::serde_json::Value::from(repository_url),
                            );
                        __map
                            .insert(
                                String::from("gitCheckout"),
                                ::serde_json::Value::from(checkout),
                            );
                        __map
                            .insert(
                                String::from("gitSubpath"),
                                ::serde_json::Value::from(subpath),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /plugins/actions/installFromGit`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(
                    __answer,
                    "install_plugin_from_git",
                )?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        InstallPluginFromGit, "DssClient::install_plugin_from_git",
        "install_plugin_from_git", send_as
    );
    ///Request value of [`DssPlugin::get_settings`](super::handles::DssPlugin::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginGetSettings, "DssPlugin::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /plugins/{plugin_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::get_project_settings`](super::handles::DssPlugin::get_project_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginGetProjectSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) project_key: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginGetProjectSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, project_key, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_project_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/settings");
            __call.query("projectKey", &project_key);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginGetProjectSettings, "DssPlugin::get_project_settings",
        "get_project_settings", json(Value,
        "Sends the request (`GET /plugins/{plugin_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::save_settings`](super::handles::DssPlugin::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginSaveSettings, "DssPlugin::save_settings", "save_settings",
        unit("Sends the request (`POST /plugins/{plugin_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::list_usages`](super::handles::DssPlugin::list_usages): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginListUsages<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) project_key: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginListUsages<'a> {
        /**Only look in this project.

Unset by default (then left out). Sent as query parameter `projectKey`.*/
        pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
            self.project_key = Some(project_key.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, project_key, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_usages");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/actions/listUsages");
            __call.query("projectKey", &project_key);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginListUsages, "DssPlugin::list_usages", "list_usages", json(Value,
        "Sends the request (`GET /plugins/{plugin_id}/actions/listUsages`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::update_from_store`](super::handles::DssPlugin::update_from_store): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginUpdateFromStore<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginUpdateFromStore<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "update_from_store",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/actions/updateFromStore");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /plugins/{plugin_id}/actions/updateFromStore`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "update_from_store")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        PluginUpdateFromStore, "DssPlugin::update_from_store", "update_from_store",
        send_as
    );
    ///Request value of [`DssPlugin::update_from_git`](super::handles::DssPlugin::update_from_git): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginUpdateFromGit<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) repository_url: String,
        pub(crate) checkout: String,
        pub(crate) subpath: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginUpdateFromGit<'a> {
        /**Branch, tag or commit to check out.

Default: `master`. Sent as JSON member `gitCheckout`.*/
        pub fn checkout(mut self, checkout: impl Into<String>) -> Self {
            self.checkout = checkout.into();
            self
        }
        /**Path of the plugin inside the repository.

Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.*/
        pub fn subpath(mut self, subpath: impl Into<String>) -> Self {
            self.subpath = Some(subpath.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, repository_url, checkout, subpath, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "update_from_git",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/actions/updateFromGit");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("gitRepositoryUrl"),
                                ::serde_json::Value::from(repository_url),
                            );
                        __map
                            .insert(
                                String::from("gitCheckout"),
                                ::serde_json::Value::from(checkout),
                            );
                        __map
                            .insert(
                                String::from("gitSubpath"),
                                ::serde_json::Value::from(subpath),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /plugins/{plugin_id}/actions/updateFromGit`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "update_from_git")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        PluginUpdateFromGit, "DssPlugin::update_from_git", "update_from_git", send_as
    );
    ///Request value of [`DssPlugin::list_files`](super::handles::DssPlugin::list_files): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginListFiles<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginListFiles<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_files");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/contents");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginListFiles, "DssPlugin::list_files", "list_files", json(Value,
        "Sends the request (`GET /plugins/{plugin_id}/contents`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::put_file`](super::handles::DssPlugin::put_file): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginPutFile<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) path: String,
        pub(crate) f: crate::rt::Upload,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginPutFile<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, path, f, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "put_file");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/contents/");
            __call.segments("path", &path)?;
            __call.raw(f);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginPutFile, "DssPlugin::put_file", "put_file",
        unit("Sends the request (`POST /plugins/{plugin_id}/contents/{path*}`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::get_file`](super::handles::DssPlugin::get_file): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginGetFile<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) path: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginGetFile<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, path, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_file");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/contents/");
            __call.segments("path", &path)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginGetFile, "DssPlugin::get_file", "get_file",
        stream("Sends the request (`GET /plugins/{plugin_id}/contents/{path*}`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::rename_file`](super::handles::DssPlugin::rename_file): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginRenameFile<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) path: String,
        pub(crate) new_name: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginRenameFile<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, path, new_name, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "rename_file",
            );
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/contents-actions/rename");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("oldPath"),
                                ::serde_json::Value::from(path),
                            );
                        __map
                            .insert(
                                String::from("newName"),
                                ::serde_json::Value::from(new_name),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginRenameFile, "DssPlugin::rename_file", "rename_file",
        unit("Sends the request (`POST /plugins/{plugin_id}/contents-actions/rename`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::move_file`](super::handles::DssPlugin::move_file): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginMoveFile<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) path: String,
        pub(crate) new_path: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginMoveFile<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, path, new_path, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "move_file");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/contents-actions/move");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("oldPath"),
                                ::serde_json::Value::from(path),
                            );
                        __map
                            .insert(
                                String::from("newPath"),
                                ::serde_json::Value::from(new_path),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PluginMoveFile, "DssPlugin::move_file", "move_file",
        unit("Sends the request (`POST /plugins/{plugin_id}/contents-actions/move`) and returns the answer.")
    );
    ///Request value of [`DssPlugin::delete`](super::handles::DssPlugin::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PluginDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssPlugin,
        pub(crate) force: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PluginDelete<'a> {
        /**Delete even if the plugin is in use.

Default: `false`. Sent as JSON member `force`.*/
        pub fn force(mut self, force: bool) -> Self {
            self.force = force;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, force, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "delete");
            __call.timeout(__timeout);
            __call.lit("/plugins/");
            __call.segment("plugin_id", &__owner.plugin_id)?;
            __call.lit("/actions/delete");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("force"),
                                ::serde_json::Value::from(force),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /plugins/{plugin_id}/actions/delete`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "delete")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(PluginDelete, "DssPlugin::delete", "delete", send_as);
    ///Request value of [`DssClient::sql_query`](crate::rt::DssClient::sql_query): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct SqlQuery<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) query: String,
        pub(crate) connection: Option<String>,
        pub(crate) database: Option<String>,
        pub(crate) dataset_full_name: Option<String>,
        pub(crate) pre_queries: Option<Vec<String>>,
        pub(crate) post_queries: Option<Vec<String>>,
        pub(crate) query_type: String,
        pub(crate) extra_conf: ::serde_json::Value,
        pub(crate) script_steps: Option<::serde_json::Value>,
        pub(crate) script_input_schema: Option<::serde_json::Value>,
        pub(crate) script_output_schema: Option<::serde_json::Value>,
        pub(crate) script_report_location: Option<::serde_json::Value>,
        pub(crate) read_timestamp_without_timezone_as_string: bool,
        pub(crate) read_date_as_string: bool,
        pub(crate) project_key: Option<String>,
        pub(crate) datetimenotz_read_mode: String,
        pub(crate) dateonly_read_mode: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> SqlQuery<'a> {
        /**Connection to run it on (exclusive of `database` and `dataset_full_name`).

Unset by default (then sent as `null`). Sent as JSON member `connection`.*/
        pub fn connection(mut self, connection: impl Into<String>) -> Self {
            self.connection = Some(connection.into());
            self
        }
        /**Database to run it on (exclusive of the other two).

Unset by default (then sent as `null`). Sent as JSON member `database`.*/
        pub fn database(mut self, database: impl Into<String>) -> Self {
            self.database = Some(database.into());
            self
        }
        /**Dataset whose connection is used (exclusive of the other two).

Unset by default (then sent as `null`). Sent as JSON member `datasetFullName`.*/
        pub fn dataset_full_name(
            mut self,
            dataset_full_name: impl Into<String>,
        ) -> Self {
            self.dataset_full_name = Some(dataset_full_name.into());
            self
        }
        /**Queries run before the query.

Unset by default (then sent as `null`). Sent as JSON member `preQueries`.*/
        pub fn pre_queries(
            mut self,
            pre_queries: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.pre_queries = Some(pre_queries.into_iter().map(Into::into).collect());
            self
        }
        /**Queries run after the query.

Unset by default (then sent as `null`). Sent as JSON member `postQueries`.*/
        pub fn post_queries(
            mut self,
            post_queries: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.post_queries = Some(post_queries.into_iter().map(Into::into).collect());
            self
        }
        /**`sql`, `hive` or `impala`.

Default: `sql`. Sent as JSON member `type`.*/
        pub fn query_type(mut self, query_type: impl Into<String>) -> Self {
            self.query_type = query_type.into();
            self
        }
        /**Extra engine configuration.

Default: `{}`. Sent as JSON member `extraConf`.*/
        pub fn extra_conf(mut self, extra_conf: ::serde_json::Value) -> Self {
            self.extra_conf = extra_conf;
            self
        }
        /**Script steps (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptSteps`.*/
        pub fn script_steps(mut self, script_steps: ::serde_json::Value) -> Self {
            self.script_steps = Some(script_steps);
            self
        }
        /**Script input schema (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptInputSchema`.*/
        pub fn script_input_schema(
            mut self,
            script_input_schema: ::serde_json::Value,
        ) -> Self {
            self.script_input_schema = Some(script_input_schema);
            self
        }
        /**Script output schema (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptOutputSchema`.*/
        pub fn script_output_schema(
            mut self,
            script_output_schema: ::serde_json::Value,
        ) -> Self {
            self.script_output_schema = Some(script_output_schema);
            self
        }
        /**Script report location (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptReportLocation`.*/
        pub fn script_report_location(
            mut self,
            script_report_location: ::serde_json::Value,
        ) -> Self {
            self.script_report_location = Some(script_report_location);
            self
        }
        /**Read timestamps without time zone as strings.

Default: `true`. Sent as JSON member `readTimestampWithoutTimezoneAsString`.*/
        pub fn read_timestamp_without_timezone_as_string(
            mut self,
            read_timestamp_without_timezone_as_string: bool,
        ) -> Self {
            self.read_timestamp_without_timezone_as_string = read_timestamp_without_timezone_as_string;
            self
        }
        /**Read dates as strings.

Default: `false`. Sent as JSON member `readDateAsString`.*/
        pub fn read_date_as_string(mut self, read_date_as_string: bool) -> Self {
            self.read_date_as_string = read_date_as_string;
            self
        }
        /**Project to run the query as (user isolation / impersonation).

Unset by default (then sent as `null`). Sent as JSON member `projectKey`.*/
        pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
            self.project_key = Some(project_key.into());
            self
        }
        /**How `datetimenotz` columns are read.

Default: `AS_IS`. Sent as JSON member `datetimenotzReadMode`.*/
        pub fn datetimenotz_read_mode(
            mut self,
            datetimenotz_read_mode: impl Into<String>,
        ) -> Self {
            self.datetimenotz_read_mode = datetimenotz_read_mode.into();
            self
        }
        /**How `dateonly` columns are read.

Default: `AS_IS`. Sent as JSON member `dateonlyReadMode`.*/
        pub fn dateonly_read_mode(
            mut self,
            dateonly_read_mode: impl Into<String>,
        ) -> Self {
            self.dateonly_read_mode = dateonly_read_mode.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                query,
                connection,
                database,
                dataset_full_name,
                pre_queries,
                post_queries,
                query_type,
                extra_conf,
                script_steps,
                script_input_schema,
                script_output_schema,
                script_report_location,
                read_timestamp_without_timezone_as_string,
                read_date_as_string,
                project_key,
                datetimenotz_read_mode,
                dateonly_read_mode,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "sql_query");
            __call.timeout(__timeout);
            __call.lit("/sql/queries/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("query"),
                                ::serde_json::Value::from(query),
                            );
                        __map
                            .insert(
                                String::from("preQueries"),
                                ::serde_json::Value::from(pre_queries),
                            );
                        __map
                            .insert(
                                String::from("postQueries"),
                                ::serde_json::Value::from(post_queries),
                            );
                        __map
                            .insert(
                                String::from("connection"),
                                ::serde_json::Value::from(connection),
                            );
                        __map
                            .insert(
                                String::from("database"),
                                ::serde_json::Value::from(database),
                            );
                        __map
                            .insert(
                                String::from("datasetFullName"),
                                ::serde_json::Value::from(dataset_full_name),
                            );
                        __map
                            .insert(
                                String::from("projectKey"),
                                ::serde_json::Value::from(project_key),
                            );
                        __map
                            .insert(
                                String::from("type"),
                                ::serde_json::Value::from(query_type),
                            );
                        __map
                            .insert(
                                String::from("extraConf"),
                                ::serde_json::Value::from(extra_conf),
                            );
                        __map
                            .insert(
                                String::from("scriptSteps"),
                                ::serde_json::Value::from(script_steps),
                            );
                        __map
                            .insert(
                                String::from("scriptInputSchema"),
                                ::serde_json::Value::from(script_input_schema),
                            );
                        __map
                            .insert(
                                String::from("scriptOutputSchema"),
                                ::serde_json::Value::from(script_output_schema),
                            );
                        __map
                            .insert(
                                String::from("scriptReportLocation"),
                                ::serde_json::Value::from(script_report_location),
                            );
                        __map
                            .insert(
                                String::from("datetimenotzReadMode"),
                                ::serde_json::Value::from(datetimenotz_read_mode),
                            );
                        __map
                            .insert(
                                String::from("dateonlyReadMode"),
                                ::serde_json::Value::from(dateonly_read_mode),
                            );
                        __map
                            .insert(
                                String::from("readTimestampWithoutTimezoneAsString"),
                                ::serde_json::Value::from(
                                    read_timestamp_without_timezone_as_string,
                                ),
                            );
                        __map
                            .insert(
                                String::from("readDateAsString"),
                                ::serde_json::Value::from(read_date_as_string),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /sql/queries/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssSqlQuery, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let mut __answer: Value = __call.send_json()?;
            Ok({
                let __f_query_id = crate::rt::answer_string(
                    &__answer,
                    "queryId",
                    "sql_query",
                )?;
                let __f_schema = crate::rt::answer_member(
                    &mut __answer,
                    "schema",
                    "sql_query",
                )?;
                super::handles::DssSqlQuery {
                    client: ::core::clone::Clone::clone(__client),
                    query_id: __f_query_id,
                    schema: __f_schema,
                }
            })
        }
    }
    crate::rt::request_common!(SqlQuery, "DssClient::sql_query", "sql_query", send_as);
    ///Request value of [`DssSqlQuery::raw_rows`](super::handles::DssSqlQuery::raw_rows): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct SqlQueryRawRows<'a> {
        pub(crate) __owner: &'a super::handles::DssSqlQuery,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> SqlQueryRawRows<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "raw_rows");
            __call.timeout(__timeout);
            __call.lit("/sql/queries/");
            __call.segment("query_id", &__owner.query_id)?;
            __call.lit("/stream");
            __call.query("format", "tsv-excel-noheader");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        SqlQueryRawRows, "DssSqlQuery::raw_rows", "raw_rows",
        stream("Sends the request (`GET /sql/queries/{query_id}/stream`) and returns the answer.")
    );
    ///Request value of [`DssSqlQuery::verify`](super::handles::DssSqlQuery::verify): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct SqlQueryVerify<'a> {
        pub(crate) __owner: &'a super::handles::DssSqlQuery,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> SqlQueryVerify<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "verify");
            __call.timeout(__timeout);
            __call.lit("/sql/queries/");
            __call.segment("query_id", &__owner.query_id)?;
            __call.lit("/finish-streaming");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        SqlQueryVerify, "DssSqlQuery::verify", "verify",
        unit("Sends the request (`GET /sql/queries/{query_id}/finish-streaming`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_users`](crate::rt::DssClient::list_users): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListUsers<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) include_settings: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListUsers<'a> {
        /**Also return each user's settings.

Default: `false`. Sent as query parameter `includeSettings`.*/
        pub fn include_settings(mut self, include_settings: bool) -> Self {
            self.include_settings = include_settings;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, include_settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_users");
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.query("includeSettings", &include_settings);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListUsers, "DssClient::list_users", "list_users", json(Vec < UserSummary >,
        "Sends the request (`GET /admin/users/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_user`](crate::rt::DssClient::create_user): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateUser<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) login: String,
        pub(crate) password: String,
        pub(crate) display_name: String,
        pub(crate) source_type: String,
        pub(crate) groups: Vec<String>,
        pub(crate) profile: String,
        pub(crate) email: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateUser<'a> {
        /**Display name.

Default: ``. Sent as JSON member `displayName`.*/
        pub fn display_name(mut self, display_name: impl Into<String>) -> Self {
            self.display_name = display_name.into();
            self
        }
        /**`LOCAL` or `LDAP`.

Default: `LOCAL`. Sent as JSON member `sourceType`.*/
        pub fn source_type(mut self, source_type: impl Into<String>) -> Self {
            self.source_type = source_type.into();
            self
        }
        /**Groups the user belongs to.

Default: `[]`. Sent as JSON member `groups`.*/
        pub fn groups(
            mut self,
            groups: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.groups = groups.into_iter().map(Into::into).collect();
            self
        }
        /**`READER`, `DATA_ANALYST`, `DATA_SCIENTIST`, ...

Default: `DATA_SCIENTIST`. Sent as JSON member `userProfile`.*/
        pub fn profile(mut self, profile: impl Into<String>) -> Self {
            self.profile = profile.into();
            self
        }
        /**Email address.

Unset by default (then sent as `null`). Sent as JSON member `email`.*/
        pub fn email(mut self, email: impl Into<String>) -> Self {
            self.email = Some(email.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                login,
                password,
                display_name,
                source_type,
                groups,
                profile,
                email,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_user");
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("login"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&login),
                                ),
                            );
                        __map
                            .insert(
                                String::from("password"),
                                ::serde_json::Value::from(password),
                            );
                        __map
                            .insert(
                                String::from("displayName"),
                                ::serde_json::Value::from(display_name),
                            );
                        __map
                            .insert(
                                String::from("sourceType"),
                                ::serde_json::Value::from(source_type),
                            );
                        __map
                            .insert(
                                String::from("groups"),
                                ::serde_json::Value::from(groups),
                            );
                        __map
                            .insert(
                                String::from("userProfile"),
                                ::serde_json::Value::from(profile),
                            );
                        __map
                            .insert(
                                String::from("email"),
                                ::serde_json::Value::from(email),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (login,)))
        }
        ///Sends the request (`POST /admin/users/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssUser, crate::rt::Error> {
            let (__call, (login,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_login = login;
                super::handles::DssUser {
                    client: ::core::clone::Clone::clone(__client),
                    login: __f_login,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateUser, "DssClient::create_user", "create_user", plain
    );
    ///Request value of [`DssClient::list_users_activity`](crate::rt::DssClient::list_users_activity): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListUsersActivity<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) enabled_users_only: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListUsersActivity<'a> {
        /**Only enabled users.

Default: `false`. Sent as query parameter `enabledUsersOnly`.*/
        pub fn enabled_users_only(mut self, enabled_users_only: bool) -> Self {
            self.enabled_users_only = enabled_users_only;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, enabled_users_only, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_users_activity");
            __call.timeout(__timeout);
            __call.lit("/admin/users-activity");
            __call.query("enabledUsersOnly", &enabled_users_only);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListUsersActivity, "DssClient::list_users_activity", "list_users_activity",
        json(Vec < UserActivity >,
        "Sends the request (`GET /admin/users-activity`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_authorization_matrix`](crate::rt::DssClient::get_authorization_matrix): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetAuthorizationMatrix<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetAuthorizationMatrix<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_authorization_matrix",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/authorization-matrix");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetAuthorizationMatrix, "DssClient::get_authorization_matrix",
        "get_authorization_matrix", json(Value,
        "Sends the request (`GET /admin/authorization-matrix`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_groups`](crate::rt::DssClient::list_groups): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListGroups<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListGroups<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_groups");
            __call.timeout(__timeout);
            __call.lit("/admin/groups/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListGroups, "DssClient::list_groups", "list_groups", json(Vec < GroupSummary >,
        "Sends the request (`GET /admin/groups/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_group`](crate::rt::DssClient::create_group): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateGroup<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) name: String,
        pub(crate) description: Option<String>,
        pub(crate) source_type: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateGroup<'a> {
        /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /**`LOCAL` or `LDAP`.

Default: `LOCAL`. Sent as JSON member `sourceType`.*/
        pub fn source_type(mut self, source_type: impl Into<String>) -> Self {
            self.source_type = source_type.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self { __owner, name, description, source_type, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_group");
            __call.timeout(__timeout);
            __call.lit("/admin/groups/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("name"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&name),
                                ),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("sourceType"),
                                ::serde_json::Value::from(source_type),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (name,)))
        }
        ///Sends the request (`POST /admin/groups/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssGroup, crate::rt::Error> {
            let (__call, (name,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_name = name;
                super::handles::DssGroup {
                    client: ::core::clone::Clone::clone(__client),
                    name: __f_name,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateGroup, "DssClient::create_group", "create_group", plain
    );
    ///Request value of [`DssUser::get_settings`](super::handles::DssUser::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.segment("login", &__owner.login)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserGetSettings, "DssUser::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /admin/users/{login}`) and returns the answer.")
    );
    ///Request value of [`DssUser::save_settings`](super::handles::DssUser::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.segment("login", &__owner.login)?;
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserSaveSettings, "DssUser::save_settings", "save_settings", json(Value,
        "Sends the request (`PUT /admin/users/{login}`) and returns the answer.")
    );
    ///Request value of [`DssUser::delete`](super::handles::DssUser::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) allow_self_deletion: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserDelete<'a> {
        /**Allow deleting the user the client is authenticated as.

Default: `false`. Sent as query parameter `allowSelfDeletion`.*/
        pub fn allow_self_deletion(mut self, allow_self_deletion: bool) -> Self {
            self.allow_self_deletion = allow_self_deletion;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, allow_self_deletion, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.segment("login", &__owner.login)?;
            __call.query("allowSelfDeletion", &allow_self_deletion);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserDelete, "DssUser::delete", "delete",
        unit("Sends the request (`DELETE /admin/users/{login}`) and returns the answer.")
    );
    ///Request value of [`DssUser::get_activity`](super::handles::DssUser::get_activity): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserGetActivity<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserGetActivity<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_activity",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.segment("login", &__owner.login)?;
            __call.lit("/activity");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserGetActivity, "DssUser::get_activity", "get_activity", json(UserActivity,
        "Sends the request (`GET /admin/users/{login}/activity`) and returns the answer.")
    );
    ///Request value of [`DssUser::get_info`](super::handles::DssUser::get_info): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserGetInfo<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserGetInfo<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_info");
            __call.timeout(__timeout);
            __call.lit("/users/");
            __call.segment("login", &__owner.login)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserGetInfo, "DssUser::get_info", "get_info", json(Value,
        "Sends the request (`GET /users/{login}`) and returns the answer.")
    );
    ///Request value of [`DssUser::get_definition`](super::handles::DssUser::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.segment("login", &__owner.login)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserGetDefinition, "DssUser::get_definition", "get_definition", json(Value,
        "Sends the request (`GET /admin/users/{login}`) and returns the answer.")
    );
    ///Request value of [`DssUser::set_definition`](super::handles::DssUser::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct UserSetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssUser,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> UserSetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/users/");
            __call.segment("login", &__owner.login)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        UserSetDefinition, "DssUser::set_definition", "set_definition", json(Value,
        "Sends the request (`PUT /admin/users/{login}`) and returns the answer.")
    );
    ///Request value of [`DssOwnUser::get_settings`](super::handles::DssOwnUser::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct OwnUserGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssOwnUser,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> OwnUserGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/current-user");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        OwnUserGetSettings, "DssOwnUser::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /current-user`) and returns the answer.")
    );
    ///Request value of [`DssOwnUser::save_settings`](super::handles::DssOwnUser::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct OwnUserSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssOwnUser,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> OwnUserSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/current-user");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        OwnUserSaveSettings, "DssOwnUser::save_settings", "save_settings",
        unit("Sends the request (`PUT /current-user`) and returns the answer.")
    );
    ///Request value of [`DssGroup::get_definition`](super::handles::DssGroup::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GroupGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssGroup,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GroupGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/groups/");
            __call.segment("name", &__owner.name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GroupGetDefinition, "DssGroup::get_definition", "get_definition", json(Value,
        "Sends the request (`GET /admin/groups/{name}`) and returns the answer.")
    );
    ///Request value of [`DssGroup::set_definition`](super::handles::DssGroup::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GroupSetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssGroup,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GroupSetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/groups/");
            __call.segment("name", &__owner.name)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GroupSetDefinition, "DssGroup::set_definition", "set_definition", json(Value,
        "Sends the request (`PUT /admin/groups/{name}`) and returns the answer.")
    );
    ///Request value of [`DssGroup::delete`](super::handles::DssGroup::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GroupDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssGroup,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GroupDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/groups/");
            __call.segment("name", &__owner.name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GroupDelete, "DssGroup::delete", "delete",
        unit("Sends the request (`DELETE /admin/groups/{name}`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_connections`](crate::rt::DssClient::list_connections): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListConnections<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListConnections<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_connections");
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListConnections, "DssClient::list_connections", "list_connections",
        json(serde_json::Map < String, Value >,
        "Sends the request (`GET /admin/connections/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_connection`](crate::rt::DssClient::create_connection): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateConnection<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) name: String,
        pub(crate) connection_type: String,
        pub(crate) params: ::serde_json::Value,
        pub(crate) usable_by: String,
        pub(crate) allowed_groups: Vec<String>,
        pub(crate) description: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateConnection<'a> {
        /**Type-specific parameters.

Default: `{}`. Sent as JSON member `params`.*/
        pub fn params(mut self, params: ::serde_json::Value) -> Self {
            self.params = params;
            self
        }
        /**`ALL` (no restriction) or `ALLOWED` (only `allowed_groups`).

Default: `ALL`. Sent as JSON member `usableBy`.*/
        pub fn usable_by(mut self, usable_by: impl Into<String>) -> Self {
            self.usable_by = usable_by.into();
            self
        }
        /**Groups allowed to use it when `usable_by` is `ALLOWED`.

Default: `[]`. Sent as JSON member `allowedGroups`.*/
        pub fn allowed_groups(
            mut self,
            allowed_groups: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.allowed_groups = allowed_groups.into_iter().map(Into::into).collect();
            self
        }
        /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                name,
                connection_type,
                params,
                usable_by,
                allowed_groups,
                description,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_connection");
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("name"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&name),
                                ),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("type"),
                                ::serde_json::Value::from(connection_type),
                            );
                        __map
                            .insert(
                                String::from("params"),
                                ::serde_json::Value::from(params),
                            );
                        __map
                            .insert(
                                String::from("usableBy"),
                                ::serde_json::Value::from(usable_by),
                            );
                        __map
                            .insert(
                                String::from("allowedGroups"),
                                ::serde_json::Value::from(allowed_groups),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (name,)))
        }
        ///Sends the request (`POST /admin/connections/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssConnection, crate::rt::Error> {
            let (__call, (name,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_name = name;
                super::handles::DssConnection {
                    client: ::core::clone::Clone::clone(__client),
                    name: __f_name,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateConnection, "DssClient::create_connection", "create_connection", plain
    );
    ///Request value of [`DssConnection::get_definition`](super::handles::DssConnection::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            __call.segment("name", &__owner.name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionGetDefinition, "DssConnection::get_definition", "get_definition",
        json(Value,
        "Sends the request (`GET /admin/connections/{name}`) and returns the answer.")
    );
    ///Request value of [`DssConnection::set_definition`](super::handles::DssConnection::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionSetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionSetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            __call.segment("name", &__owner.name)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionSetDefinition, "DssConnection::set_definition", "set_definition",
        json(Value,
        "Sends the request (`PUT /admin/connections/{name}`) and returns the answer.")
    );
    ///Request value of [`DssConnection::delete`](super::handles::DssConnection::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            __call.segment("name", &__owner.name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionDelete, "DssConnection::delete", "delete",
        unit("Sends the request (`DELETE /admin/connections/{name}`) and returns the answer.")
    );
    ///Request value of [`DssConnection::get_settings`](super::handles::DssConnection::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            __call.segment("name", &__owner.name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionGetSettings, "DssConnection::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /admin/connections/{name}`) and returns the answer.")
    );
    ///Request value of [`DssConnection::save_settings`](super::handles::DssConnection::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/connections/");
            __call.segment("name", &__owner.name)?;
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionSaveSettings, "DssConnection::save_settings", "save_settings",
        json(Value,
        "Sends the request (`PUT /admin/connections/{name}`) and returns the answer.")
    );
    ///Request value of [`DssConnection::get_info`](super::handles::DssConnection::get_info): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionGetInfo<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) contextual_project_key: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionGetInfo<'a> {
        /**Project in whose context to resolve the connection.

Unset by default (then left out). Sent as query parameter `contextualProjectKey`.*/
        pub fn contextual_project_key(
            mut self,
            contextual_project_key: impl Into<String>,
        ) -> Self {
            self.contextual_project_key = Some(contextual_project_key.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, contextual_project_key, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_info");
            __call.timeout(__timeout);
            __call.lit("/connections/");
            __call.segment("name", &__owner.name)?;
            __call.lit("/info");
            __call.query("contextualProjectKey", &contextual_project_key);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionGetInfo, "DssConnection::get_info", "get_info", json(Value,
        "Sends the request (`GET /connections/{name}/info`) and returns the answer.")
    );
    ///Request value of [`DssConnection::test`](super::handles::DssConnection::test): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ConnectionTest<'a> {
        pub(crate) __owner: &'a super::handles::DssConnection,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ConnectionTest<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "test");
            __call.timeout(__timeout);
            __call.lit("/connections/");
            __call.segment("name", &__owner.name)?;
            __call.lit("/test");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ConnectionTest, "DssConnection::test", "test", json(Value,
        "Sends the request (`GET /connections/{name}/test`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_code_envs`](crate::rt::DssClient::list_code_envs): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListCodeEnvs<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListCodeEnvs<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_code_envs");
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListCodeEnvs, "DssClient::list_code_envs", "list_code_envs", json(Vec <
        CodeEnvSummary >,
        "Sends the request (`GET /admin/code-envs/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_code_env`](crate::rt::DssClient::create_code_env): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateCodeEnv<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) env_lang: String,
        pub(crate) env_name: String,
        pub(crate) deployment_mode: String,
        pub(crate) params: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateCodeEnv<'a> {
        /**Environment parameters; `deploymentMode` is added to them.

Default: `{}`. Sent as the members of the JSON body.*/
        pub fn params(mut self, params: ::serde_json::Value) -> Self {
            self.params = params;
            self
        }
        fn __prepare(
            self,
            __start: bool,
        ) -> Result<(crate::rt::Call<'a>, (String, String)), crate::rt::Error> {
            let Self {
                __owner,
                env_lang,
                env_name,
                deployment_mode,
                params,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_code_env");
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &env_name)?;
            __call.query("wait", if __start { "false" } else { "true" });
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        crate::rt::spread(&mut __map, "params", params)?;
                        __map
                            .insert(
                                String::from("deploymentMode"),
                                ::serde_json::Value::from(deployment_mode),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (env_lang, env_name)))
        }
        ///Sends the request (`POST /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssCodeEnv, crate::rt::Error> {
            let (__call, (env_lang, env_name)) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "create_code_env")?;
            Ok({
                let __f_env_lang = env_lang;
                let __f_env_name = env_name;
                super::handles::DssCodeEnv {
                    client: ::core::clone::Clone::clone(__client),
                    env_lang: __f_env_lang,
                    env_name: __f_env_name,
                }
            })
        }
        ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
        pub fn start(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, _) = self.__prepare(true)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "create_code_env")?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "create_code_env")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateCodeEnv, "DssClient::create_code_env", "create_code_env", send_as_checked
    );
    ///Request value of [`DssClient::list_code_env_usages`](crate::rt::DssClient::list_code_env_usages): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListCodeEnvUsages<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListCodeEnvUsages<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_code_env_usages",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/usages");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListCodeEnvUsages, "DssClient::list_code_env_usages", "list_code_env_usages",
        json(Value,
        "Sends the request (`GET /admin/code-envs/usages`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::get_definition`](super::handles::DssCodeEnv::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvGetDefinition, "DssCodeEnv::get_definition", "get_definition", json(Value,
        "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::set_definition`](super::handles::DssCodeEnv::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvSetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvSetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvSetDefinition, "DssCodeEnv::set_definition", "set_definition", json(Value,
        "Sends the request (`PUT /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::get_settings`](super::handles::DssCodeEnv::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvGetSettings, "DssCodeEnv::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::save_settings`](super::handles::DssCodeEnv::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvSaveSettings, "DssCodeEnv::save_settings", "save_settings", json(Value,
        "Sends the request (`PUT /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::delete`](super::handles::DssCodeEnv::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvDelete<'a> {
        fn __prepare(
            self,
            __start: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.query("wait", if __start { "false" } else { "true" });
            Ok((__call, ()))
        }
        ///Sends the request (`DELETE /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "delete")?;
            crate::rt::decode_value::<Value>(__answer, "delete")
        }
        ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
        pub fn start(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, _) = self.__prepare(true)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "delete")?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "delete")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        CodeEnvDelete, "DssCodeEnv::delete", "delete", send_as_checked
    );
    ///Request value of [`DssCodeEnv::list_usages`](super::handles::DssCodeEnv::list_usages): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvListUsages<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvListUsages<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_usages");
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.lit("/usages");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvListUsages, "DssCodeEnv::list_usages", "list_usages", json(Value,
        "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/usages`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::list_logs`](super::handles::DssCodeEnv::list_logs): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvListLogs<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvListLogs<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_logs");
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.lit("/logs");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvListLogs, "DssCodeEnv::list_logs", "list_logs", json(Value,
        "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/logs`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::get_log`](super::handles::DssCodeEnv::get_log): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvGetLog<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) log_name: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvGetLog<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, log_name, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_log");
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.lit("/logs/");
            __call.segment("log_name", &log_name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeEnvGetLog, "DssCodeEnv::get_log", "get_log",
        text("Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/logs/{log_name}`) and returns the answer.")
    );
    ///Request value of [`DssCodeEnv::update_packages`](super::handles::DssCodeEnv::update_packages): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeEnvUpdatePackages<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeEnv,
        pub(crate) force_rebuild_env: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeEnvUpdatePackages<'a> {
        /**Rebuild the environment from scratch.

Default: `false`. Sent as query parameter `forceRebuildEnv`.*/
        pub fn force_rebuild_env(mut self, force_rebuild_env: bool) -> Self {
            self.force_rebuild_env = force_rebuild_env;
            self
        }
        fn __prepare(
            self,
            __start: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, force_rebuild_env, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "update_packages",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-envs/");
            __call.segment("env_lang", &__owner.env_lang)?;
            __call.lit("/");
            __call.segment("env_name", &__owner.env_name)?;
            __call.lit("/packages");
            __call.query("forceRebuildEnv", &force_rebuild_env);
            __call.query("wait", if __start { "false" } else { "true" });
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/code-envs/{env_lang}/{env_name}/packages`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "update_packages")?;
            crate::rt::decode_value::<Value>(__answer, "update_packages")
        }
        ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
        pub fn start(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, _) = self.__prepare(true)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "update_packages")?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "update_packages")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        CodeEnvUpdatePackages, "DssCodeEnv::update_packages", "update_packages",
        send_as_checked
    );
    ///Request value of [`DssClient::list_clusters`](crate::rt::DssClient::list_clusters): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListClusters<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListClusters<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_clusters");
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListClusters, "DssClient::list_clusters", "list_clusters", json(Vec <
        ClusterSummary >,
        "Sends the request (`GET /admin/clusters/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_cluster`](crate::rt::DssClient::create_cluster): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateCluster<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) cluster_name: String,
        pub(crate) cluster_type: String,
        pub(crate) params: ::serde_json::Value,
        pub(crate) cluster_architecture: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateCluster<'a> {
        /**Cluster type.

Default: `manual`. Sent as JSON member `type`.*/
        pub fn cluster_type(mut self, cluster_type: impl Into<String>) -> Self {
            self.cluster_type = cluster_type.into();
            self
        }
        /**Type-specific parameters.

Default: `{}`. Sent as JSON member `params`.*/
        pub fn params(mut self, params: ::serde_json::Value) -> Self {
            self.params = params;
            self
        }
        /**`HADOOP` or `KUBERNETES`.

Default: `HADOOP`. Sent as JSON member `architecture`.*/
        pub fn cluster_architecture(
            mut self,
            cluster_architecture: impl Into<String>,
        ) -> Self {
            self.cluster_architecture = cluster_architecture.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                cluster_name,
                cluster_type,
                params,
                cluster_architecture,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_cluster");
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("name"),
                                ::serde_json::Value::from(cluster_name),
                            );
                        __map
                            .insert(
                                String::from("type"),
                                ::serde_json::Value::from(cluster_type),
                            );
                        __map
                            .insert(
                                String::from("architecture"),
                                ::serde_json::Value::from(cluster_architecture),
                            );
                        __map
                            .insert(
                                String::from("params"),
                                ::serde_json::Value::from(params),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/clusters/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssCluster, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "create_cluster")?;
            Ok({
                let __f_cluster_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "create_cluster",
                )?;
                super::handles::DssCluster {
                    client: ::core::clone::Clone::clone(__client),
                    cluster_id: __f_cluster_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateCluster, "DssClient::create_cluster", "create_cluster", send_as_checked
    );
    ///Request value of [`DssCluster::get_settings`](super::handles::DssCluster::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ClusterGetSettings, "DssCluster::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /admin/clusters/{cluster_id}`) and returns the answer.")
    );
    ///Request value of [`DssCluster::save_settings`](super::handles::DssCluster::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ClusterSaveSettings, "DssCluster::save_settings", "save_settings", json(Value,
        "Sends the request (`PUT /admin/clusters/{cluster_id}`) and returns the answer.")
    );
    ///Request value of [`DssCluster::get_definition`](super::handles::DssCluster::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ClusterGetDefinition, "DssCluster::get_definition", "get_definition", json(Value,
        "Sends the request (`GET /admin/clusters/{cluster_id}`) and returns the answer.")
    );
    ///Request value of [`DssCluster::set_definition`](super::handles::DssCluster::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterSetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterSetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ClusterSetDefinition, "DssCluster::set_definition", "set_definition", json(Value,
        "Sends the request (`PUT /admin/clusters/{cluster_id}`) and returns the answer.")
    );
    ///Request value of [`DssCluster::delete`](super::handles::DssCluster::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ClusterDelete, "DssCluster::delete", "delete",
        unit("Sends the request (`DELETE /admin/clusters/{cluster_id}`) and returns the answer.")
    );
    ///Request value of [`DssCluster::get_status`](super::handles::DssCluster::get_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterGetStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterGetStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_status");
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            __call.lit("/status");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ClusterGetStatus, "DssCluster::get_status", "get_status", json(Value,
        "Sends the request (`GET /admin/clusters/{cluster_id}/status`) and returns the answer.")
    );
    ///Request value of [`DssCluster::start`](super::handles::DssCluster::start): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterStart<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterStart<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "start");
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            __call.lit("/actions/start");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/clusters/{cluster_id}/actions/start`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "start")?;
            crate::rt::decode_value::<Value>(__answer, "start")
        }
    }
    crate::rt::request_common!(
        ClusterStart, "DssCluster::start", "start", send_as_checked
    );
    ///Request value of [`DssCluster::stop`](super::handles::DssCluster::stop): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ClusterStop<'a> {
        pub(crate) __owner: &'a super::handles::DssCluster,
        pub(crate) terminate: bool,
        pub(crate) force_stop: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ClusterStop<'a> {
        /**Terminate the cluster rather than detach from it.

Default: `true`. Sent as query parameter `terminate`.*/
        pub fn terminate(mut self, terminate: bool) -> Self {
            self.terminate = terminate;
            self
        }
        /**Stop even if the cluster is in use.

Default: `false`. Sent as query parameter `forceStop`.*/
        pub fn force_stop(mut self, force_stop: bool) -> Self {
            self.force_stop = force_stop;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, terminate, force_stop, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "stop");
            __call.timeout(__timeout);
            __call.lit("/admin/clusters/");
            __call.segment("cluster_id", &__owner.cluster_id)?;
            __call.lit("/actions/stop");
            __call.query("terminate", &terminate);
            __call.query("forceStop", &force_stop);
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/clusters/{cluster_id}/actions/stop`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "stop")?;
            crate::rt::decode_value::<Value>(__answer, "stop")
        }
    }
    crate::rt::request_common!(ClusterStop, "DssCluster::stop", "stop", send_as_checked);
    ///Request value of [`DssClient::list_code_studio_templates`](crate::rt::DssClient::list_code_studio_templates): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListCodeStudioTemplates<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListCodeStudioTemplates<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_code_studio_templates",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-studios/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListCodeStudioTemplates, "DssClient::list_code_studio_templates",
        "list_code_studio_templates", json(Vec < CodeStudioTemplateSummary >,
        "Sends the request (`GET /admin/code-studios/`) and returns the answer.")
    );
    ///Request value of [`DssCodeStudioTemplate::get_settings`](super::handles::DssCodeStudioTemplate::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeStudioTemplateGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeStudioTemplate,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeStudioTemplateGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-studios/");
            __call.segment("template_id", &__owner.template_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeStudioTemplateGetSettings, "DssCodeStudioTemplate::get_settings",
        "get_settings", json(Value,
        "Sends the request (`GET /admin/code-studios/{template_id}`) and returns the answer.")
    );
    ///Request value of [`DssCodeStudioTemplate::save_settings`](super::handles::DssCodeStudioTemplate::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeStudioTemplateSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeStudioTemplate,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeStudioTemplateSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/code-studios/");
            __call.segment("template_id", &__owner.template_id)?;
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeStudioTemplateSaveSettings, "DssCodeStudioTemplate::save_settings",
        "save_settings",
        unit("Sends the request (`PUT /admin/code-studios/{template_id}`) and returns the answer.")
    );
    ///Request value of [`DssCodeStudioTemplate::build`](super::handles::DssCodeStudioTemplate::build): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeStudioTemplateBuild<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeStudioTemplate,
        pub(crate) disable_docker_cache: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeStudioTemplateBuild<'a> {
        /**Build without the Docker cache.

Default: `false`. Sent as query parameter `withNoCache`.*/
        pub fn disable_docker_cache(mut self, disable_docker_cache: bool) -> Self {
            self.disable_docker_cache = disable_docker_cache;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, disable_docker_cache, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "build");
            __call.timeout(__timeout);
            __call.lit("/admin/code-studios/");
            __call.segment("template_id", &__owner.template_id)?;
            __call.lit("/build");
            __call.query("withNoCache", &disable_docker_cache);
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/code-studios/{template_id}/build`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "build")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        CodeStudioTemplateBuild, "DssCodeStudioTemplate::build", "build", send_as
    );
    ///Request value of [`DssCodeStudioTemplate::delete`](super::handles::DssCodeStudioTemplate::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CodeStudioTemplateDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssCodeStudioTemplate,
        pub(crate) delete_runtime: bool,
        pub(crate) delete_images: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CodeStudioTemplateDelete<'a> {
        /**Also delete its runtime.

Default: `false`. Sent as query parameter `deleteRuntime`.*/
        pub fn delete_runtime(mut self, delete_runtime: bool) -> Self {
            self.delete_runtime = delete_runtime;
            self
        }
        /**Also delete its images.

Default: `false`. Sent as query parameter `deleteImages`.*/
        pub fn delete_images(mut self, delete_images: bool) -> Self {
            self.delete_images = delete_images;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, delete_runtime, delete_images, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/code-studios/");
            __call.segment("template_id", &__owner.template_id)?;
            __call.query("deleteRuntime", &delete_runtime);
            __call.query("deleteImages", &delete_images);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CodeStudioTemplateDelete, "DssCodeStudioTemplate::delete", "delete", json(Value,
        "Sends the request (`DELETE /admin/code-studios/{template_id}`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_global_api_keys`](crate::rt::DssClient::list_global_api_keys): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListGlobalApiKeys<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListGlobalApiKeys<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_global_api_keys",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/global-api-keys/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListGlobalApiKeys, "DssClient::list_global_api_keys", "list_global_api_keys",
        json(Vec < GlobalApiKeySummary >,
        "Sends the request (`GET /admin/global-api-keys/`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_global_api_key`](crate::rt::DssClient::get_global_api_key): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetGlobalApiKey<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) key: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetGlobalApiKey<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self { __owner, key, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "get_global_api_key");
            __call.timeout(__timeout);
            __call.lit("/admin/globalAPIKeys/");
            __call.segment("key", &key)?;
            Ok((__call, (key,)))
        }
        ///Sends the request (`GET /admin/globalAPIKeys/{key}`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssGlobalApiKey, crate::rt::Error> {
            let (__call, (key,)) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_key = key;
                let __f_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "get_global_api_key",
                )?;
                super::handles::DssGlobalApiKey {
                    client: ::core::clone::Clone::clone(__client),
                    key: __f_key,
                    id: __f_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        GetGlobalApiKey, "DssClient::get_global_api_key", "get_global_api_key", send_as
    );
    ///Request value of [`DssClient::create_global_api_key`](crate::rt::DssClient::create_global_api_key): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateGlobalApiKey<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) label: Option<String>,
        pub(crate) description: Option<String>,
        pub(crate) admin: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateGlobalApiKey<'a> {
        /**Label.

Unset by default (then sent as `null`). Sent as JSON member `label`.*/
        pub fn label(mut self, label: impl Into<String>) -> Self {
            self.label = Some(label.into());
            self
        }
        /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /**Give the key admin rights.

Default: `false`. Sent as JSON member `globalPermissions.admin`.*/
        pub fn admin(mut self, admin: bool) -> Self {
            self.admin = admin;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, label, description, admin, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "create_global_api_key",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/global-api-keys/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("label"),
                                ::serde_json::Value::from(label),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("globalPermissions"),
                                {
                                    let mut __map = ::serde_json::Map::new();
                                    __map
                                        .insert(
                                            String::from("admin"),
                                            ::serde_json::Value::from(admin),
                                        );
                                    ::serde_json::Value::Object(__map)
                                },
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/global-api-keys/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssGlobalApiKey, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "create_global_api_key")?;
            Ok({
                let __f_key = crate::rt::answer_string_or_empty(&__answer, "key");
                let __f_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "create_global_api_key",
                )?;
                super::handles::DssGlobalApiKey {
                    client: ::core::clone::Clone::clone(__client),
                    key: __f_key,
                    id: __f_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateGlobalApiKey, "DssClient::create_global_api_key", "create_global_api_key",
        send_as_checked
    );
    ///Request value of [`DssClient::list_personal_api_keys`](crate::rt::DssClient::list_personal_api_keys): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListPersonalApiKeys<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListPersonalApiKeys<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_personal_api_keys",
            );
            __call.timeout(__timeout);
            __call.lit("/personal-api-keys/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListPersonalApiKeys, "DssClient::list_personal_api_keys",
        "list_personal_api_keys", json(Vec < PersonalApiKey >,
        "Sends the request (`GET /personal-api-keys/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_personal_api_key`](crate::rt::DssClient::create_personal_api_key): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreatePersonalApiKey<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) label: String,
        pub(crate) description: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreatePersonalApiKey<'a> {
        /**Label.

Default: ``. Sent as JSON member `label`.*/
        pub fn label(mut self, label: impl Into<String>) -> Self {
            self.label = label.into();
            self
        }
        /**Description.

Default: ``. Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = description.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, label, description, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "create_personal_api_key",
            );
            __call.timeout(__timeout);
            __call.lit("/personal-api-keys/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("label"),
                                ::serde_json::Value::from(label),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /personal-api-keys/`) and returns the answer.
        pub fn send(self) -> Result<PersonalApiKey, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "create_personal_api_key")?;
            crate::rt::decode_value::<
                PersonalApiKey,
            >(__answer, "create_personal_api_key")
        }
    }
    crate::rt::request_common!(
        CreatePersonalApiKey, "DssClient::create_personal_api_key",
        "create_personal_api_key", send_as_checked
    );
    ///Request value of [`DssClient::list_all_personal_api_keys`](crate::rt::DssClient::list_all_personal_api_keys): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListAllPersonalApiKeys<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListAllPersonalApiKeys<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "list_all_personal_api_keys",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/personal-api-keys/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListAllPersonalApiKeys, "DssClient::list_all_personal_api_keys",
        "list_all_personal_api_keys", json(Vec < PersonalApiKey >,
        "Sends the request (`GET /admin/personal-api-keys/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_personal_api_key_for_user`](crate::rt::DssClient::create_personal_api_key_for_user): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreatePersonalApiKeyForUser<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) user: String,
        pub(crate) label: String,
        pub(crate) description: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreatePersonalApiKeyForUser<'a> {
        /**Label.

Default: ``. Sent as JSON member `label`.*/
        pub fn label(mut self, label: impl Into<String>) -> Self {
            self.label = label.into();
            self
        }
        /**Description.

Default: ``. Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = description.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, user, label, description, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "create_personal_api_key_for_user",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/personal-api-keys/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("user"),
                                ::serde_json::Value::from(user),
                            );
                        __map
                            .insert(
                                String::from("label"),
                                ::serde_json::Value::from(label),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/personal-api-keys/`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssPersonalApiKey, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            crate::rt::check_messages(&__answer, "create_personal_api_key_for_user")?;
            Ok({
                let __f_id = crate::rt::answer_string(
                    &__answer,
                    "id",
                    "create_personal_api_key_for_user",
                )?;
                let __f_key = crate::rt::answer_string_or_empty(&__answer, "key");
                super::handles::DssPersonalApiKey {
                    client: ::core::clone::Clone::clone(__client),
                    id: __f_id,
                    key: __f_key,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreatePersonalApiKeyForUser, "DssClient::create_personal_api_key_for_user",
        "create_personal_api_key_for_user", send_as_checked
    );
    ///Request value of [`DssGlobalApiKey::get_definition`](super::handles::DssGlobalApiKey::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GlobalApiKeyGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssGlobalApiKey,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GlobalApiKeyGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/global-api-keys/");
            __call.segment("id", &__owner.id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GlobalApiKeyGetDefinition, "DssGlobalApiKey::get_definition", "get_definition",
        json(Value,
        "Sends the request (`GET /admin/global-api-keys/{id}`) and returns the answer.")
    );
    ///Request value of [`DssGlobalApiKey::set_definition`](super::handles::DssGlobalApiKey::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GlobalApiKeySetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssGlobalApiKey,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GlobalApiKeySetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/global-api-keys/");
            __call.segment("id", &__owner.id)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GlobalApiKeySetDefinition, "DssGlobalApiKey::set_definition", "set_definition",
        unit("Sends the request (`PUT /admin/global-api-keys/{id}`) and returns the answer.")
    );
    ///Request value of [`DssGlobalApiKey::delete`](super::handles::DssGlobalApiKey::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GlobalApiKeyDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssGlobalApiKey,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GlobalApiKeyDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/admin/global-api-keys/");
            __call.segment("id", &__owner.id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GlobalApiKeyDelete, "DssGlobalApiKey::delete", "delete",
        unit("Sends the request (`DELETE /admin/global-api-keys/{id}`) and returns the answer.")
    );
    ///Request value of [`DssPersonalApiKey::get_definition`](super::handles::DssPersonalApiKey::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PersonalApiKeyGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssPersonalApiKey,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PersonalApiKeyGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/personal-api-keys/");
            __call.segment("id", &__owner.id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PersonalApiKeyGetDefinition, "DssPersonalApiKey::get_definition",
        "get_definition", json(Value,
        "Sends the request (`GET /personal-api-keys/{id}`) and returns the answer.")
    );
    ///Request value of [`DssPersonalApiKey::set_definition`](super::handles::DssPersonalApiKey::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PersonalApiKeySetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssPersonalApiKey,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PersonalApiKeySetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/personal-api-keys/");
            __call.segment("id", &__owner.id)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PersonalApiKeySetDefinition, "DssPersonalApiKey::set_definition",
        "set_definition",
        unit("Sends the request (`PUT /personal-api-keys/{id}`) and returns the answer.")
    );
    ///Request value of [`DssPersonalApiKey::delete`](super::handles::DssPersonalApiKey::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PersonalApiKeyDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssPersonalApiKey,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PersonalApiKeyDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/personal-api-keys/");
            __call.segment("id", &__owner.id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        PersonalApiKeyDelete, "DssPersonalApiKey::delete", "delete",
        unit("Sends the request (`DELETE /personal-api-keys/{id}`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_meanings`](crate::rt::DssClient::list_meanings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListMeanings<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListMeanings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_meanings");
            __call.timeout(__timeout);
            __call.lit("/meanings/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListMeanings, "DssClient::list_meanings", "list_meanings", json(Vec <
        MeaningSummary >, "Sends the request (`GET /meanings/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_meaning`](crate::rt::DssClient::create_meaning): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateMeaning<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) id: String,
        pub(crate) label: String,
        pub(crate) meaning_type: String,
        pub(crate) description: Option<String>,
        pub(crate) values: Option<::serde_json::Value>,
        pub(crate) mappings: Option<::serde_json::Value>,
        pub(crate) pattern: Option<String>,
        pub(crate) normalization_mode: Option<String>,
        pub(crate) detectable: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateMeaning<'a> {
        /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /**For `VALUES_LIST`: values, as strings or `{"value", "color"}` objects.

Unset by default (then sent as `null`). Sent as JSON member `entries`, converted by `meaning_entries`.*/
        pub fn values(mut self, values: ::serde_json::Value) -> Self {
            self.values = Some(values);
            self
        }
        /**For `VALUES_MAPPING`: `{"from", "to"}` objects.

Unset by default (then sent as `null`). Sent as JSON member `mappings`, converted by `meaning_mappings`.*/
        pub fn mappings(mut self, mappings: ::serde_json::Value) -> Self {
            self.mappings = Some(mappings);
            self
        }
        /**For `PATTERN`: the pattern.

Unset by default (then sent as `null`). Sent as JSON member `pattern`.*/
        pub fn pattern(mut self, pattern: impl Into<String>) -> Self {
            self.pattern = Some(pattern.into());
            self
        }
        /**`EXACT`, `LOWERCASE` or `NORMALIZED` (DSS's default is `EXACT`).

Unset by default (then sent as `null`). Sent as JSON member `normalizationMode`.*/
        pub fn normalization_mode(
            mut self,
            normalization_mode: impl Into<String>,
        ) -> Self {
            self.normalization_mode = Some(normalization_mode.into());
            self
        }
        /**Let DSS auto-detect this meaning on columns.

Default: `false`. Sent as JSON member `detectable`.*/
        pub fn detectable(mut self, detectable: bool) -> Self {
            self.detectable = detectable;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                id,
                label,
                meaning_type,
                description,
                values,
                mappings,
                pattern,
                normalization_mode,
                detectable,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_meaning");
            __call.timeout(__timeout);
            __call.lit("/meanings/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("id"),
                                ::serde_json::Value::from(::core::clone::Clone::clone(&id)),
                            );
                        __map
                            .insert(
                                String::from("label"),
                                ::serde_json::Value::from(label),
                            );
                        __map
                            .insert(
                                String::from("type"),
                                ::serde_json::Value::from(meaning_type),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("entries"),
                                crate::rt::convert::meaning_entries(
                                    ::serde_json::Value::from(values),
                                    "values",
                                )?,
                            );
                        __map
                            .insert(
                                String::from("mappings"),
                                crate::rt::convert::meaning_mappings(
                                    ::serde_json::Value::from(mappings),
                                    "mappings",
                                )?,
                            );
                        __map
                            .insert(
                                String::from("pattern"),
                                ::serde_json::Value::from(pattern),
                            );
                        __map
                            .insert(
                                String::from("normalizationMode"),
                                ::serde_json::Value::from(normalization_mode),
                            );
                        __map
                            .insert(
                                String::from("detectable"),
                                ::serde_json::Value::from(detectable),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (id,)))
        }
        ///Sends the request (`POST /meanings/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssMeaning, crate::rt::Error> {
            let (__call, (id,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_id = id;
                super::handles::DssMeaning {
                    client: ::core::clone::Clone::clone(__client),
                    id: __f_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateMeaning, "DssClient::create_meaning", "create_meaning", plain
    );
    ///Request value of [`DssMeaning::get_definition`](super::handles::DssMeaning::get_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct MeaningGetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssMeaning,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> MeaningGetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/meanings/");
            __call.segment("id", &__owner.id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        MeaningGetDefinition, "DssMeaning::get_definition", "get_definition", json(Value,
        "Sends the request (`GET /meanings/{id}`) and returns the answer.")
    );
    ///Request value of [`DssMeaning::set_definition`](super::handles::DssMeaning::set_definition): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct MeaningSetDefinition<'a> {
        pub(crate) __owner: &'a super::handles::DssMeaning,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> MeaningSetDefinition<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "set_definition",
            );
            __call.timeout(__timeout);
            __call.lit("/meanings/");
            __call.segment("id", &__owner.id)?;
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        MeaningSetDefinition, "DssMeaning::set_definition", "set_definition", json(Value,
        "Sends the request (`PUT /meanings/{id}`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_logs`](crate::rt::DssClient::list_logs): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListLogs<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListLogs<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_logs");
            __call.timeout(__timeout);
            __call.lit("/admin/logs/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListLogs, "DssClient::list_logs", "list_logs", json(Value,
        "Sends the request (`GET /admin/logs/`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_log`](crate::rt::DssClient::get_log): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetLog<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) name: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetLog<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, name, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "get_log");
            __call.timeout(__timeout);
            __call.lit("/admin/logs/");
            __call.segment("name", &name)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetLog, "DssClient::get_log", "get_log", json(Value,
        "Sends the request (`GET /admin/logs/{name}`) and returns the answer.")
    );
    ///Request value of [`DssClient::log_custom_audit`](crate::rt::DssClient::log_custom_audit): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct LogCustomAudit<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) custom_type: String,
        pub(crate) custom_params: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> LogCustomAudit<'a> {
        /**Sent as the entry's `customMsgParams`.

Default: `{}`. Sent as the JSON body.*/
        pub fn custom_params(mut self, custom_params: ::serde_json::Value) -> Self {
            self.custom_params = custom_params;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, custom_type, custom_params, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "log_custom_audit");
            __call.timeout(__timeout);
            __call.lit("/admin/audit/custom/");
            __call.segment("custom_type", &custom_type)?;
            __call.json(&::serde_json::Value::from(custom_params))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        LogCustomAudit, "DssClient::log_custom_audit", "log_custom_audit",
        unit("Sends the request (`POST /admin/audit/custom/{custom_type}`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_global_usage_summary`](crate::rt::DssClient::get_global_usage_summary): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetGlobalUsageSummary<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) with_per_project: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetGlobalUsageSummary<'a> {
        /**Also give the counts per project.

Default: `false`. Sent as query parameter `withPerProject`.*/
        pub fn with_per_project(mut self, with_per_project: bool) -> Self {
            self.with_per_project = with_per_project;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, with_per_project, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_global_usage_summary",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/monitoring/global-usage-summary");
            __call.query("withPerProject", &with_per_project);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetGlobalUsageSummary, "DssClient::get_global_usage_summary",
        "get_global_usage_summary", json(UsageSummary,
        "Sends the request (`GET /admin/monitoring/global-usage-summary`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_variables`](crate::rt::DssClient::get_variables): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetVariables<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetVariables<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "get_variables");
            __call.timeout(__timeout);
            __call.lit("/admin/variables/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetVariables, "DssClient::get_variables", "get_variables", json(Value,
        "Sends the request (`GET /admin/variables/`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_global_variables`](crate::rt::DssClient::get_global_variables): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetGlobalVariables<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetGlobalVariables<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_global_variables",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/variables/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetGlobalVariables, "DssClient::get_global_variables", "get_global_variables",
        json(Value,
        "Sends the request (`GET /admin/variables/`) and returns the answer.")
    );
    ///Request value of [`DssClient::set_variables`](crate::rt::DssClient::set_variables): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct SetVariables<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) variables: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> SetVariables<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, variables, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "PUT", "set_variables");
            __call.timeout(__timeout);
            __call.lit("/admin/variables/");
            __call.json(&::serde_json::Value::from(variables))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        SetVariables, "DssClient::set_variables", "set_variables",
        unit("Sends the request (`PUT /admin/variables/`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_resolved_variables`](crate::rt::DssClient::get_resolved_variables): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetResolvedVariables<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) project_key: Option<String>,
        pub(crate) typed: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetResolvedVariables<'a> {
        /**The project (default: `DKU_CURRENT_PROJECT_KEY`, as inside DSS).

Default: the `DKU_CURRENT_PROJECT_KEY` environment variable (an error if it is unset too). Sent as a path segment.*/
        pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
            self.project_key = Some(project_key.into());
            self
        }
        /**Keep the values' JSON types instead of strings.

Default: `false`. Sent as query parameter `typed`.*/
        pub fn typed(mut self, typed: bool) -> Self {
            self.typed = typed;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, project_key, typed, __timeout } = self;
            let project_key = match project_key {
                Some(v) => v,
                None => crate::rt::env_value("DKU_CURRENT_PROJECT_KEY", "project_key")?,
            };
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_resolved_variables",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &project_key)?;
            __call.lit("/variables-resolved");
            __call.query("typed", &typed);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetResolvedVariables, "DssClient::get_resolved_variables",
        "get_resolved_variables", json(Value,
        "Sends the request (`GET /projects/{project_key}/variables-resolved`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_general_settings`](crate::rt::DssClient::get_general_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetGeneralSettings<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetGeneralSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_general_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/general-settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetGeneralSettings, "DssClient::get_general_settings", "get_general_settings",
        json(Value,
        "Sends the request (`GET /admin/general-settings`) and returns the answer.")
    );
    ///Request value of [`DssClient::save_general_settings`](crate::rt::DssClient::save_general_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct SaveGeneralSettings<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> SaveGeneralSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "PUT",
                "save_general_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/general-settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        SaveGeneralSettings, "DssClient::save_general_settings", "save_general_settings",
        unit("Sends the request (`PUT /admin/general-settings`) and returns the answer.")
    );
    ///Request value of [`DssClient::catalog_index_connections`](crate::rt::DssClient::catalog_index_connections): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CatalogIndexConnections<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) connection_names: Vec<String>,
        pub(crate) all_connections: bool,
        pub(crate) indexing_mode: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CatalogIndexConnections<'a> {
        /**Connections to index (ignored with `all_connections`).

Default: `[]`. Sent as JSON member `connectionNames`.*/
        pub fn connection_names(
            mut self,
            connection_names: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.connection_names = connection_names
                .into_iter()
                .map(Into::into)
                .collect();
            self
        }
        /**Index every connection.

Default: `false`. Sent as JSON member `indexAllConnections`.*/
        pub fn all_connections(mut self, all_connections: bool) -> Self {
            self.all_connections = all_connections;
            self
        }
        /**`FULL`, `SCAN`, ...

Default: `FULL`. Sent as JSON member `indexingMode`.*/
        pub fn indexing_mode(mut self, indexing_mode: impl Into<String>) -> Self {
            self.indexing_mode = indexing_mode.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self {
                __owner,
                connection_names,
                all_connections,
                indexing_mode,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "catalog_index_connections",
            );
            __call.timeout(__timeout);
            __call.lit("/catalog/index");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("connectionNames"),
                                ::serde_json::Value::from(connection_names),
                            );
                        __map
                            .insert(
                                String::from("indexAllConnections"),
                                ::serde_json::Value::from(all_connections),
                            );
                        __map
                            .insert(
                                String::from("indexingMode"),
                                ::serde_json::Value::from(indexing_mode),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        CatalogIndexConnections, "DssClient::catalog_index_connections",
        "catalog_index_connections", json(Value,
        "Sends the request (`POST /catalog/index`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_scoring_libs_stream`](crate::rt::DssClient::get_scoring_libs_stream): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetScoringLibsStream<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetScoringLibsStream<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_scoring_libs_stream",
            );
            __call.timeout(__timeout);
            __call.lit("/resources/scoring-lib-jar");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetScoringLibsStream, "DssClient::get_scoring_libs_stream",
        "get_scoring_libs_stream",
        stream("Sends the request (`GET /resources/scoring-lib-jar`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_auth_info`](crate::rt::DssClient::get_auth_info): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetAuthInfo<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) with_secrets: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetAuthInfo<'a> {
        /**Also return the user's secrets.

Default: `false`. Sent as query parameter `withSecrets`.*/
        pub fn with_secrets(mut self, with_secrets: bool) -> Self {
            self.with_secrets = with_secrets;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, with_secrets, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "get_auth_info");
            __call.timeout(__timeout);
            __call.lit("/auth/info");
            __call.query("withSecrets", &with_secrets);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetAuthInfo, "DssClient::get_auth_info", "get_auth_info", json(AuthInfo,
        "Sends the request (`GET /auth/info`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_auth_info_from_browser_headers`](crate::rt::DssClient::get_auth_info_from_browser_headers): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetAuthInfoFromBrowserHeaders<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) headers_dict: ::serde_json::Value,
        pub(crate) with_secrets: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetAuthInfoFromBrowserHeaders<'a> {
        /**Also return the user's secrets.

Default: `false`. Sent as query parameter `withSecrets`.*/
        pub fn with_secrets(mut self, with_secrets: bool) -> Self {
            self.with_secrets = with_secrets;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, headers_dict, with_secrets, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "get_auth_info_from_browser_headers",
            );
            __call.timeout(__timeout);
            __call.lit("/auth/info-from-browser-headers");
            __call.query("withSecrets", &with_secrets);
            __call.json(&::serde_json::Value::from(headers_dict))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetAuthInfoFromBrowserHeaders, "DssClient::get_auth_info_from_browser_headers",
        "get_auth_info_from_browser_headers", json(AuthInfo,
        "Sends the request (`POST /auth/info-from-browser-headers`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_ticket_from_browser_headers`](crate::rt::DssClient::get_ticket_from_browser_headers): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetTicketFromBrowserHeaders<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) headers_dict: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetTicketFromBrowserHeaders<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, headers_dict, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "get_ticket_from_browser_headers",
            );
            __call.timeout(__timeout);
            __call.lit("/auth/ticket-from-browser-headers");
            __call.json(&::serde_json::Value::from(headers_dict))?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /auth/ticket-from-browser-headers`) and returns the answer.
        pub fn send(self) -> Result<String, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::pick::<
                String,
            >(__answer, "msg", false, "get_ticket_from_browser_headers")
        }
    }
    crate::rt::request_common!(
        GetTicketFromBrowserHeaders, "DssClient::get_ticket_from_browser_headers",
        "get_ticket_from_browser_headers", send_as
    );
    ///Request value of [`DssClient::get_ticket`](crate::rt::DssClient::get_ticket): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetTicket<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetTicket<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "get_ticket");
            __call.timeout(__timeout);
            __call.lit("/auth/ticket");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /auth/ticket`) and returns the answer.
        pub fn send(self) -> Result<String, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __answer: Value = __call.send_json()?;
            crate::rt::pick::<String>(__answer, "ticket", false, "get_ticket")
        }
    }
    crate::rt::request_common!(
        GetTicket, "DssClient::get_ticket", "get_ticket", send_as
    );
    ///Request value of [`DssClient::push_base_images`](crate::rt::DssClient::push_base_images): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PushBaseImages<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PushBaseImages<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "push_base_images");
            __call.timeout(__timeout);
            __call.lit("/admin/container-exec/actions/push-base-images");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/container-exec/actions/push-base-images`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "push_base_images")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        PushBaseImages, "DssClient::push_base_images", "push_base_images", send_as
    );
    ///Request value of [`DssClient::apply_kubernetes_namespaces_policies`](crate::rt::DssClient::apply_kubernetes_namespaces_policies): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApplyKubernetesNamespacesPolicies<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApplyKubernetesNamespacesPolicies<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "apply_kubernetes_namespaces_policies",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/container-exec/actions/apply-kubernetes-policies");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/container-exec/actions/apply-kubernetes-policies`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(
                    __answer,
                    "apply_kubernetes_namespaces_policies",
                )?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        ApplyKubernetesNamespacesPolicies,
        "DssClient::apply_kubernetes_namespaces_policies",
        "apply_kubernetes_namespaces_policies", send_as
    );
    ///Request value of [`DssClient::get_instance_info`](crate::rt::DssClient::get_instance_info): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetInstanceInfo<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetInstanceInfo<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "get_instance_info");
            __call.timeout(__timeout);
            __call.lit("/instance-info");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetInstanceInfo, "DssClient::get_instance_info", "get_instance_info",
        json(InstanceInfo,
        "Sends the request (`GET /instance-info`) and returns the answer.")
    );
    ///Request value of [`DssClient::perform_instance_sanity_check`](crate::rt::DssClient::perform_instance_sanity_check): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct PerformInstanceSanityCheck<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) exclusion_list: Vec<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> PerformInstanceSanityCheck<'a> {
        /**Codes to leave out (see `get_sanity_check_codes`).

Default: `[]`. Sent as the JSON body.*/
        pub fn exclusion_list(
            mut self,
            exclusion_list: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.exclusion_list = exclusion_list.into_iter().map(Into::into).collect();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, exclusion_list, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "POST",
                "perform_instance_sanity_check",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/sanity-check/run");
            __call.json(&::serde_json::Value::from(exclusion_list))?;
            Ok((__call, ()))
        }
        ///Sends the request (`POST /admin/sanity-check/run`) and returns the answer.
        pub fn send(self) -> Result<Value, crate::rt::Error> {
            self.start()?.wait_for_result_as::<Value>()
        }
        ///Starts the task, waits for it with the default wait options, and decodes its result into the caller's own type (any `DeserializeOwned` type).
        pub fn send_as<__T: ::serde::de::DeserializeOwned>(
            self,
        ) -> Result<__T, crate::rt::Error> {
            self.start()?.wait_for_result_as::<__T>()
        }
        ///Starts the task and returns its handle without waiting (dataikuapi's `wait=False`).
        pub fn start(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, _) = self.__prepare(true)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(
                    __answer,
                    "perform_instance_sanity_check",
                )?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        PerformInstanceSanityCheck, "DssClient::perform_instance_sanity_check",
        "perform_instance_sanity_check", plain
    );
    ///Request value of [`DssClient::get_sanity_check_codes`](crate::rt::DssClient::get_sanity_check_codes): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetSanityCheckCodes<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetSanityCheckCodes<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_sanity_check_codes",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/sanity-check/codes");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetSanityCheckCodes, "DssClient::get_sanity_check_codes",
        "get_sanity_check_codes", json(Vec < String >,
        "Sends the request (`GET /admin/sanity-check/codes`) and returns the answer.")
    );
    ///Request value of [`DssClient::get_licensing_status`](crate::rt::DssClient::get_licensing_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct GetLicensingStatus<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> GetLicensingStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                __owner,
                "GET",
                "get_licensing_status",
            );
            __call.timeout(__timeout);
            __call.lit("/admin/licensing/status");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        GetLicensingStatus, "DssClient::get_licensing_status", "get_licensing_status",
        json(Value,
        "Sends the request (`GET /admin/licensing/status`) and returns the answer.")
    );
    ///Request value of [`DssClient::set_license`](crate::rt::DssClient::set_license): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct SetLicense<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) license: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> SetLicense<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, license, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "set_license");
            __call.timeout(__timeout);
            __call.lit("/admin/licensing/license");
            __call
                .json(
                    &crate::rt::convert::parse_json(
                        ::serde_json::Value::from(license),
                        "license",
                    )?,
                )?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        SetLicense, "DssClient::set_license", "set_license",
        unit("Sends the request (`POST /admin/licensing/license`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployer::list_deployments`](super::handles::DssApiDeployer::list_deployments): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerListDeployments<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerListDeployments<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_deployments",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerListDeployments, "DssApiDeployer::list_deployments",
        "list_deployments", json(Value,
        "Sends the request (`GET /api-deployer/deployments`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployer::list_stages`](super::handles::DssApiDeployer::list_stages): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerListStages<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerListStages<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_stages");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/stages");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerListStages, "DssApiDeployer::list_stages", "list_stages", json(Value,
        "Sends the request (`GET /api-deployer/stages`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployer::list_infras`](super::handles::DssApiDeployer::list_infras): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerListInfras<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerListInfras<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_infras");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/infras");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerListInfras, "DssApiDeployer::list_infras", "list_infras", json(Value,
        "Sends the request (`GET /api-deployer/infras`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployer::list_services`](super::handles::DssApiDeployer::list_services): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerListServices<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerListServices<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_services",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerListServices, "DssApiDeployer::list_services", "list_services",
        json(Value,
        "Sends the request (`GET /api-deployer/services`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployer::create_infra`](super::handles::DssApiDeployer::create_infra): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerCreateInfra<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) infra_id: String,
        pub(crate) stage: String,
        pub(crate) infra_type: String,
        pub(crate) govern_check_policy: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerCreateInfra<'a> {
        /**Whether deployments must be approved in Dataiku Govern:
`PREVENT`, `WARN` or `NO_CHECK`.

Default: `NO_CHECK`. Sent as JSON member `governCheckPolicy`.*/
        pub fn govern_check_policy(
            mut self,
            govern_check_policy: impl Into<String>,
        ) -> Self {
            self.govern_check_policy = govern_check_policy.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                infra_id,
                stage,
                infra_type,
                govern_check_policy,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_infra",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/infras");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("id"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&infra_id),
                                ),
                            );
                        __map
                            .insert(
                                String::from("stage"),
                                ::serde_json::Value::from(stage),
                            );
                        __map
                            .insert(
                                String::from("type"),
                                ::serde_json::Value::from(infra_type),
                            );
                        __map
                            .insert(
                                String::from("governCheckPolicy"),
                                ::serde_json::Value::from(govern_check_policy),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (infra_id,)))
        }
        ///Sends the request (`POST /api-deployer/infras`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssApiDeployerInfra, crate::rt::Error> {
            let (__call, (infra_id,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_infra_id = infra_id;
                super::handles::DssApiDeployerInfra {
                    client: ::core::clone::Clone::clone(__client),
                    infra_id: __f_infra_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ApiDeployerCreateInfra, "DssApiDeployer::create_infra", "create_infra", plain
    );
    ///Request value of [`DssApiDeployer::create_service`](super::handles::DssApiDeployer::create_service): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerCreateService<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) service_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerCreateService<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self { __owner, service_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_service",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("publishedServiceId"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&service_id),
                                ),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (service_id,)))
        }
        ///Sends the request (`POST /api-deployer/services`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssApiDeployerService, crate::rt::Error> {
            let (__call, (service_id,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_service_id = service_id;
                super::handles::DssApiDeployerService {
                    client: ::core::clone::Clone::clone(__client),
                    service_id: __f_service_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ApiDeployerCreateService, "DssApiDeployer::create_service", "create_service",
        plain
    );
    ///Request value of [`DssApiDeployer::create_deployment`](super::handles::DssApiDeployer::create_deployment): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerCreateDeployment<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployer,
        pub(crate) deployment_id: String,
        pub(crate) service_id: String,
        pub(crate) infra_id: String,
        pub(crate) version: String,
        pub(crate) endpoint_id: Option<String>,
        pub(crate) ignore_warnings: bool,
        pub(crate) authorizations_to_query_through_deployer: Option<::serde_json::Value>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerCreateDeployment<'a> {
        /**Endpoint to deploy, for Deploy Anywhere infrastructures (ignored
otherwise).

Unset by default (then sent as `null`). Sent as JSON member `endpointId`.*/
        pub fn endpoint_id(mut self, endpoint_id: impl Into<String>) -> Self {
            self.endpoint_id = Some(endpoint_id.into());
            self
        }
        /**Ignore Govern warnings about the deployed model versions.

Default: `false`. Sent as query parameter `ignoreWarnings`.*/
        pub fn ignore_warnings(mut self, ignore_warnings: bool) -> Self {
            self.ignore_warnings = ignore_warnings;
            self
        }
        /**Groups allowed to query through the deployer: a list of
`{"group", "queryThroughDeployer"}` objects.

Unset by default (then sent as `null`). Sent as JSON member `authorizationsToQueryThroughDeployer`.*/
        pub fn authorizations_to_query_through_deployer(
            mut self,
            authorizations_to_query_through_deployer: ::serde_json::Value,
        ) -> Self {
            self.authorizations_to_query_through_deployer = Some(
                authorizations_to_query_through_deployer,
            );
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                deployment_id,
                service_id,
                infra_id,
                version,
                endpoint_id,
                ignore_warnings,
                authorizations_to_query_through_deployer,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_deployment",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments");
            __call.query("ignoreWarnings", &ignore_warnings);
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("deploymentId"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&deployment_id),
                                ),
                            );
                        __map
                            .insert(
                                String::from("publishedServiceId"),
                                ::serde_json::Value::from(service_id),
                            );
                        __map
                            .insert(
                                String::from("infraId"),
                                ::serde_json::Value::from(infra_id),
                            );
                        __map
                            .insert(
                                String::from("version"),
                                ::serde_json::Value::from(version),
                            );
                        __map
                            .insert(
                                String::from("endpointId"),
                                ::serde_json::Value::from(endpoint_id),
                            );
                        __map
                            .insert(
                                String::from("authorizationsToQueryThroughDeployer"),
                                ::serde_json::Value::from(
                                    authorizations_to_query_through_deployer,
                                ),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (deployment_id,)))
        }
        ///Sends the request (`POST /api-deployer/deployments`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssApiDeployerDeployment, crate::rt::Error> {
            let (__call, (deployment_id,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_deployment_id = deployment_id;
                super::handles::DssApiDeployerDeployment {
                    client: ::core::clone::Clone::clone(__client),
                    deployment_id: __f_deployment_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ApiDeployerCreateDeployment, "DssApiDeployer::create_deployment",
        "create_deployment", plain
    );
    ///Request value of [`DssProjectDeployer::list_deployments`](super::handles::DssProjectDeployer::list_deployments): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerListDeployments<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerListDeployments<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_deployments",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerListDeployments, "DssProjectDeployer::list_deployments",
        "list_deployments", json(Value,
        "Sends the request (`GET /project-deployer/deployments`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployer::list_stages`](super::handles::DssProjectDeployer::list_stages): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerListStages<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerListStages<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_stages");
            __call.timeout(__timeout);
            __call.lit("/project-deployer/stages");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerListStages, "DssProjectDeployer::list_stages", "list_stages",
        json(Value,
        "Sends the request (`GET /project-deployer/stages`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployer::list_infras`](super::handles::DssProjectDeployer::list_infras): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerListInfras<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerListInfras<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_infras");
            __call.timeout(__timeout);
            __call.lit("/project-deployer/infras");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerListInfras, "DssProjectDeployer::list_infras", "list_infras",
        json(Value,
        "Sends the request (`GET /project-deployer/infras`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployer::list_projects`](super::handles::DssProjectDeployer::list_projects): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerListProjects<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerListProjects<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_projects",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/projects");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerListProjects, "DssProjectDeployer::list_projects",
        "list_projects", json(Value,
        "Sends the request (`GET /project-deployer/projects`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployer::create_project`](super::handles::DssProjectDeployer::create_project): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerCreateProject<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) project_key: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerCreateProject<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self { __owner, project_key, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_project",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/projects");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("publishedProjectKey"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&project_key),
                                ),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (project_key,)))
        }
        ///Sends the request (`POST /project-deployer/projects`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssProjectDeployerProject, crate::rt::Error> {
            let (__call, (project_key,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_project_key = project_key;
                super::handles::DssProjectDeployerProject {
                    client: ::core::clone::Clone::clone(__client),
                    project_key: __f_project_key,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectDeployerCreateProject, "DssProjectDeployer::create_project",
        "create_project", plain
    );
    ///Request value of [`DssProjectDeployer::create_infra`](super::handles::DssProjectDeployer::create_infra): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerCreateInfra<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) infra_id: String,
        pub(crate) stage: String,
        pub(crate) govern_check_policy: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerCreateInfra<'a> {
        /**Whether deployed bundles must be approved in Dataiku Govern:
`PREVENT`, `WARN` or `NO_CHECK`.

Default: `NO_CHECK`. Sent as JSON member `governCheckPolicy`.*/
        pub fn govern_check_policy(
            mut self,
            govern_check_policy: impl Into<String>,
        ) -> Self {
            self.govern_check_policy = govern_check_policy.into();
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self { __owner, infra_id, stage, govern_check_policy, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_infra",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/infras");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("id"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&infra_id),
                                ),
                            );
                        __map
                            .insert(
                                String::from("stage"),
                                ::serde_json::Value::from(stage),
                            );
                        __map
                            .insert(
                                String::from("governCheckPolicy"),
                                ::serde_json::Value::from(govern_check_policy),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (infra_id,)))
        }
        ///Sends the request (`POST /project-deployer/infras`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssProjectDeployerInfra, crate::rt::Error> {
            let (__call, (infra_id,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_infra_id = infra_id;
                super::handles::DssProjectDeployerInfra {
                    client: ::core::clone::Clone::clone(__client),
                    infra_id: __f_infra_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectDeployerCreateInfra, "DssProjectDeployer::create_infra", "create_infra",
        plain
    );
    ///Request value of [`DssProjectDeployer::create_deployment`](super::handles::DssProjectDeployer::create_deployment): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerCreateDeployment<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployer,
        pub(crate) deployment_id: String,
        pub(crate) project_key: String,
        pub(crate) infra_id: String,
        pub(crate) bundle_id: String,
        pub(crate) deployed_project_key: Option<String>,
        pub(crate) project_folder_id: Option<String>,
        pub(crate) ignore_warnings: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerCreateDeployment<'a> {
        /**Project key on the automation node (default: the published
project's key).

Unset by default (then left out). Sent as JSON member `deployedProjectKey`.*/
        pub fn deployed_project_key(
            mut self,
            deployed_project_key: impl Into<String>,
        ) -> Self {
            self.deployed_project_key = Some(deployed_project_key.into());
            self
        }
        /**Project folder on the automation node to deploy into (default:
the root folder).

Unset by default (then left out). Sent as JSON member `projectFolderId`.*/
        pub fn project_folder_id(
            mut self,
            project_folder_id: impl Into<String>,
        ) -> Self {
            self.project_folder_id = Some(project_folder_id.into());
            self
        }
        /**Ignore Govern warnings about the deployed bundle.

Default: `false`. Sent as query parameter `ignoreWarnings`.*/
        pub fn ignore_warnings(mut self, ignore_warnings: bool) -> Self {
            self.ignore_warnings = ignore_warnings;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                deployment_id,
                project_key,
                infra_id,
                bundle_id,
                deployed_project_key,
                project_folder_id,
                ignore_warnings,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_deployment",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments");
            __call.query("ignoreWarnings", &ignore_warnings);
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("deploymentId"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&deployment_id),
                                ),
                            );
                        __map
                            .insert(
                                String::from("publishedProjectKey"),
                                ::serde_json::Value::from(project_key),
                            );
                        __map
                            .insert(
                                String::from("infraId"),
                                ::serde_json::Value::from(infra_id),
                            );
                        __map
                            .insert(
                                String::from("bundleId"),
                                ::serde_json::Value::from(bundle_id),
                            );
                        if let Some(v) = deployed_project_key {
                            __map
                                .insert(
                                    String::from("deployedProjectKey"),
                                    ::serde_json::Value::from(v),
                                );
                        }
                        if let Some(v) = project_folder_id {
                            __map
                                .insert(
                                    String::from("projectFolderId"),
                                    ::serde_json::Value::from(v),
                                );
                        }
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (deployment_id,)))
        }
        ///Sends the request (`POST /project-deployer/deployments`) and returns the answer.
        pub fn send(
            self,
        ) -> Result<super::handles::DssProjectDeployerDeployment, crate::rt::Error> {
            let (__call, (deployment_id,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_deployment_id = deployment_id;
                super::handles::DssProjectDeployerDeployment {
                    client: ::core::clone::Clone::clone(__client),
                    deployment_id: __f_deployment_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectDeployerCreateDeployment, "DssProjectDeployer::create_deployment",
        "create_deployment", plain
    );
    ///Request value of [`DssApiDeployerInfra::get_status`](super::handles::DssApiDeployerInfra::get_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerInfraGetStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerInfra,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerInfraGetStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_status");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerInfraGetStatus, "DssApiDeployerInfra::get_status", "get_status",
        json(Value,
        "Sends the request (`GET /api-deployer/infras/{infra_id}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerInfra::get_settings`](super::handles::DssApiDeployerInfra::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerInfraGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerInfra,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerInfraGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerInfraGetSettings, "DssApiDeployerInfra::get_settings", "get_settings",
        json(Value,
        "Sends the request (`GET /api-deployer/infras/{infra_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerInfra::save_settings`](super::handles::DssApiDeployerInfra::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerInfraSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerInfra,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerInfraSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            __call.lit("/settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerInfraSaveSettings, "DssApiDeployerInfra::save_settings",
        "save_settings",
        unit("Sends the request (`PUT /api-deployer/infras/{infra_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerInfra::delete`](super::handles::DssApiDeployerInfra::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerInfraDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerInfra,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerInfraDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerInfraDelete, "DssApiDeployerInfra::delete", "delete",
        unit("Sends the request (`DELETE /api-deployer/infras/{infra_id}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerService::get_status`](super::handles::DssApiDeployerService::get_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerServiceGetStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerService,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerServiceGetStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_status");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services/");
            __call.segment("service_id", &__owner.service_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerServiceGetStatus, "DssApiDeployerService::get_status", "get_status",
        json(Value,
        "Sends the request (`GET /api-deployer/services/{service_id}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerService::get_settings`](super::handles::DssApiDeployerService::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerServiceGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerService,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerServiceGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services/");
            __call.segment("service_id", &__owner.service_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerServiceGetSettings, "DssApiDeployerService::get_settings",
        "get_settings", json(Value,
        "Sends the request (`GET /api-deployer/services/{service_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerService::save_settings`](super::handles::DssApiDeployerService::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerServiceSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerService,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerServiceSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services/");
            __call.segment("service_id", &__owner.service_id)?;
            __call.lit("/settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerServiceSaveSettings, "DssApiDeployerService::save_settings",
        "save_settings",
        unit("Sends the request (`PUT /api-deployer/services/{service_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerService::delete_version`](super::handles::DssApiDeployerService::delete_version): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerServiceDeleteVersion<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerService,
        pub(crate) version: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerServiceDeleteVersion<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, version, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "DELETE",
                "delete_version",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services/");
            __call.segment("service_id", &__owner.service_id)?;
            __call.lit("/versions/");
            __call.segment("version", &version)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerServiceDeleteVersion, "DssApiDeployerService::delete_version",
        "delete_version",
        unit("Sends the request (`DELETE /api-deployer/services/{service_id}/versions/{version}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerService::delete`](super::handles::DssApiDeployerService::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerServiceDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerService,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerServiceDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/services/");
            __call.segment("service_id", &__owner.service_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerServiceDelete, "DssApiDeployerService::delete", "delete",
        unit("Sends the request (`DELETE /api-deployer/services/{service_id}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerDeployment::get_light_status`](super::handles::DssApiDeployerDeployment::get_light_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentGetLightStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentGetLightStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_light_status",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentGetLightStatus,
        "DssApiDeployerDeployment::get_light_status", "get_light_status", json(Value,
        "Sends the request (`GET /api-deployer/deployments/{deployment_id}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerDeployment::get_heavy_status`](super::handles::DssApiDeployerDeployment::get_heavy_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentGetHeavyStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentGetHeavyStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_heavy_status",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/status");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentGetHeavyStatus,
        "DssApiDeployerDeployment::get_heavy_status", "get_heavy_status", json(Value,
        "Sends the request (`GET /api-deployer/deployments/{deployment_id}/status`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerDeployment::get_settings`](super::handles::DssApiDeployerDeployment::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentGetSettings, "DssApiDeployerDeployment::get_settings",
        "get_settings", json(Value,
        "Sends the request (`GET /api-deployer/deployments/{deployment_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerDeployment::save_settings`](super::handles::DssApiDeployerDeployment::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) ignore_warnings: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentSaveSettings<'a> {
        /**Ignore Govern warnings about the model versions to deploy.

Default: `false`. Sent as query parameter `ignoreWarnings`.*/
        pub fn ignore_warnings(mut self, ignore_warnings: bool) -> Self {
            self.ignore_warnings = ignore_warnings;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, ignore_warnings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/settings");
            __call.query("ignoreWarnings", &ignore_warnings);
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentSaveSettings, "DssApiDeployerDeployment::save_settings",
        "save_settings",
        unit("Sends the request (`PUT /api-deployer/deployments/{deployment_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerDeployment::start_update`](super::handles::DssApiDeployerDeployment::start_update): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentStartUpdate<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentStartUpdate<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "start_update",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/actions/update");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /api-deployer/deployments/{deployment_id}/actions/update`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "start_update")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentStartUpdate, "DssApiDeployerDeployment::start_update",
        "start_update", send_as
    );
    ///Request value of [`DssApiDeployerDeployment::delete`](super::handles::DssApiDeployerDeployment::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) ignore_pre_delete_errors: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentDelete<'a> {
        /**Delete even if the pre-deletion steps fail.

Default: `false`. Sent as query parameter `ignorePreDeleteErrors`.*/
        pub fn ignore_pre_delete_errors(
            mut self,
            ignore_pre_delete_errors: bool,
        ) -> Self {
            self.ignore_pre_delete_errors = ignore_pre_delete_errors;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, ignore_pre_delete_errors, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.query("ignorePreDeleteErrors", &ignore_pre_delete_errors);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentDelete, "DssApiDeployerDeployment::delete", "delete",
        unit("Sends the request (`DELETE /api-deployer/deployments/{deployment_id}`) and returns the answer.")
    );
    ///Request value of [`DssApiDeployerDeployment::get_open_api`](super::handles::DssApiDeployerDeployment::get_open_api): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ApiDeployerDeploymentGetOpenApi<'a> {
        pub(crate) __owner: &'a super::handles::DssApiDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ApiDeployerDeploymentGetOpenApi<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_open_api",
            );
            __call.timeout(__timeout);
            __call.lit("/api-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/get-open-api");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ApiDeployerDeploymentGetOpenApi, "DssApiDeployerDeployment::get_open_api",
        "get_open_api",
        text("Sends the request (`GET /api-deployer/deployments/{deployment_id}/get-open-api`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerInfra::get_status`](super::handles::DssProjectDeployerInfra::get_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerInfraGetStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerInfra,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerInfraGetStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_status");
            __call.timeout(__timeout);
            __call.lit("/project-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerInfraGetStatus, "DssProjectDeployerInfra::get_status",
        "get_status", json(Value,
        "Sends the request (`GET /project-deployer/infras/{infra_id}`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerInfra::get_settings`](super::handles::DssProjectDeployerInfra::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerInfraGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerInfra,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerInfraGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerInfraGetSettings, "DssProjectDeployerInfra::get_settings",
        "get_settings", json(Value,
        "Sends the request (`GET /project-deployer/infras/{infra_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerInfra::save_settings`](super::handles::DssProjectDeployerInfra::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerInfraSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerInfra,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerInfraSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            __call.lit("/settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerInfraSaveSettings, "DssProjectDeployerInfra::save_settings",
        "save_settings",
        unit("Sends the request (`PUT /project-deployer/infras/{infra_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerInfra::delete`](super::handles::DssProjectDeployerInfra::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerInfraDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerInfra,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerInfraDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/project-deployer/infras/");
            __call.segment("infra_id", &__owner.infra_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerInfraDelete, "DssProjectDeployerInfra::delete", "delete",
        unit("Sends the request (`DELETE /project-deployer/infras/{infra_id}`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerProject::get_status`](super::handles::DssProjectDeployerProject::get_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerProjectGetStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerProjectGetStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_status");
            __call.timeout(__timeout);
            __call.lit("/project-deployer/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerProjectGetStatus, "DssProjectDeployerProject::get_status",
        "get_status", json(Value,
        "Sends the request (`GET /project-deployer/projects/{project_key}`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerProject::get_settings`](super::handles::DssProjectDeployerProject::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerProjectGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerProjectGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerProjectGetSettings, "DssProjectDeployerProject::get_settings",
        "get_settings", json(Value,
        "Sends the request (`GET /project-deployer/projects/{project_key}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerProject::save_settings`](super::handles::DssProjectDeployerProject::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerProjectSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerProject,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerProjectSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/settings");
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerProjectSaveSettings, "DssProjectDeployerProject::save_settings",
        "save_settings",
        unit("Sends the request (`PUT /project-deployer/projects/{project_key}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerProject::delete_bundle`](super::handles::DssProjectDeployerProject::delete_bundle): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerProjectDeleteBundle<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerProject,
        pub(crate) bundle_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerProjectDeleteBundle<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, bundle_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "DELETE",
                "delete_bundle",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/bundles/");
            __call.segment("bundle_id", &bundle_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerProjectDeleteBundle, "DssProjectDeployerProject::delete_bundle",
        "delete_bundle",
        unit("Sends the request (`DELETE /project-deployer/projects/{project_key}/bundles/{bundle_id}`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerDeployment::get_light_status`](super::handles::DssProjectDeployerDeployment::get_light_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerDeploymentGetLightStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerDeploymentGetLightStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_light_status",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerDeploymentGetLightStatus,
        "DssProjectDeployerDeployment::get_light_status", "get_light_status", json(Value,
        "Sends the request (`GET /project-deployer/deployments/{deployment_id}`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerDeployment::get_heavy_status`](super::handles::DssProjectDeployerDeployment::get_heavy_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerDeploymentGetHeavyStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerDeploymentGetHeavyStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_heavy_status",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/status");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerDeploymentGetHeavyStatus,
        "DssProjectDeployerDeployment::get_heavy_status", "get_heavy_status", json(Value,
        "Sends the request (`GET /project-deployer/deployments/{deployment_id}/status`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerDeployment::get_settings`](super::handles::DssProjectDeployerDeployment::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerDeploymentGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerDeploymentGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/settings");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerDeploymentGetSettings,
        "DssProjectDeployerDeployment::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /project-deployer/deployments/{deployment_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerDeployment::save_settings`](super::handles::DssProjectDeployerDeployment::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerDeploymentSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerDeployment,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) ignore_warnings: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerDeploymentSaveSettings<'a> {
        /**Ignore Govern warnings about the bundle to deploy.

Default: `false`. Sent as query parameter `ignoreWarnings`.*/
        pub fn ignore_warnings(mut self, ignore_warnings: bool) -> Self {
            self.ignore_warnings = ignore_warnings;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, ignore_warnings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/settings");
            __call.query("ignoreWarnings", &ignore_warnings);
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerDeploymentSaveSettings,
        "DssProjectDeployerDeployment::save_settings", "save_settings",
        unit("Sends the request (`PUT /project-deployer/deployments/{deployment_id}/settings`) and returns the answer.")
    );
    ///Request value of [`DssProjectDeployerDeployment::start_update`](super::handles::DssProjectDeployerDeployment::start_update): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerDeploymentStartUpdate<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerDeploymentStartUpdate<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "start_update",
            );
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            __call.lit("/actions/update");
            Ok((__call, ()))
        }
        ///Sends the request (`POST /project-deployer/deployments/{deployment_id}/actions/update`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssFuture, crate::rt::Error> {
            let (__call, ()) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_job_id = crate::rt::answer_string_or_empty(&__answer, "jobId");
                let __f_state = crate::rt::decode_value(__answer, "start_update")?;
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(__client),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectDeployerDeploymentStartUpdate,
        "DssProjectDeployerDeployment::start_update", "start_update", send_as
    );
    ///Request value of [`DssProjectDeployerDeployment::delete`](super::handles::DssProjectDeployerDeployment::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectDeployerDeploymentDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssProjectDeployerDeployment,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectDeployerDeploymentDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/project-deployer/deployments/");
            __call.segment("deployment_id", &__owner.deployment_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectDeployerDeploymentDelete, "DssProjectDeployerDeployment::delete",
        "delete",
        unit("Sends the request (`DELETE /project-deployer/deployments/{deployment_id}`) and returns the answer.")
    );
    ///Request value of [`DssObjectDiscussions::list_discussions`](super::handles::DssObjectDiscussions::list_discussions): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ObjectDiscussionsListDiscussions<'a> {
        pub(crate) __owner: &'a super::handles::DssObjectDiscussions,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ObjectDiscussionsListDiscussions<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_discussions",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/discussions/");
            __call.segment("object_type", &__owner.object_type)?;
            __call.lit("/");
            __call.segment("object_id", &__owner.object_id)?;
            __call.lit("/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ObjectDiscussionsListDiscussions, "DssObjectDiscussions::list_discussions",
        "list_discussions", json(Value,
        "Sends the request (`GET /projects/{project_key}/discussions/{object_type}/{object_id}/`) and returns the answer.")
    );
    ///Request value of [`DssObjectDiscussions::get_discussion`](super::handles::DssObjectDiscussions::get_discussion): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ObjectDiscussionsGetDiscussion<'a> {
        pub(crate) __owner: &'a super::handles::DssObjectDiscussions,
        pub(crate) discussion_id: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ObjectDiscussionsGetDiscussion<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, discussion_id, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_discussion",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/discussions/");
            __call.segment("object_type", &__owner.object_type)?;
            __call.lit("/");
            __call.segment("object_id", &__owner.object_id)?;
            __call.lit("/");
            __call.segment("discussion_id", &discussion_id)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ObjectDiscussionsGetDiscussion, "DssObjectDiscussions::get_discussion",
        "get_discussion", json(Value,
        "Sends the request (`GET /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`) and returns the answer.")
    );
    ///Request value of [`DssObjectDiscussions::create_discussion`](super::handles::DssObjectDiscussions::create_discussion): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ObjectDiscussionsCreateDiscussion<'a> {
        pub(crate) __owner: &'a super::handles::DssObjectDiscussions,
        pub(crate) topic: String,
        pub(crate) message: String,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ObjectDiscussionsCreateDiscussion<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, topic, message, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "POST",
                "create_discussion",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/discussions/");
            __call.segment("object_type", &__owner.object_type)?;
            __call.lit("/");
            __call.segment("object_id", &__owner.object_id)?;
            __call.lit("/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("topic"),
                                ::serde_json::Value::from(topic),
                            );
                        __map
                            .insert(
                                String::from("reply"),
                                ::serde_json::Value::from(message),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ObjectDiscussionsCreateDiscussion, "DssObjectDiscussions::create_discussion",
        "create_discussion", json(Value,
        "Sends the request (`POST /projects/{project_key}/discussions/{object_type}/{object_id}/`) and returns the answer.")
    );
    ///Request value of [`DssFeatureStore::list_feature_groups`](super::handles::DssFeatureStore::list_feature_groups): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct FeatureStoreListFeatureGroups<'a> {
        pub(crate) __owner: &'a super::handles::DssFeatureStore,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> FeatureStoreListFeatureGroups<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_feature_groups",
            );
            __call.timeout(__timeout);
            __call.lit("/feature-store/feature-groups");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        FeatureStoreListFeatureGroups, "DssFeatureStore::list_feature_groups",
        "list_feature_groups", json(Value,
        "Sends the request (`GET /feature-store/feature-groups`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_workspaces`](crate::rt::DssClient::list_workspaces): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListWorkspaces<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListWorkspaces<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_workspaces");
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListWorkspaces, "DssClient::list_workspaces", "list_workspaces", json(Vec <
        WorkspaceSummary >,
        "Sends the request (`GET /workspaces/`) and returns the answer.")
    );
    ///Request value of [`DssClient::create_workspace`](crate::rt::DssClient::create_workspace): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct CreateWorkspace<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) workspace_key: String,
        pub(crate) name: String,
        pub(crate) permissions: Option<::serde_json::Value>,
        pub(crate) description: Option<String>,
        pub(crate) color: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> CreateWorkspace<'a> {
        /**Initial permissions.

Unset by default (then sent as `null`). Sent as JSON member `permissions`.*/
        pub fn permissions(mut self, permissions: ::serde_json::Value) -> Self {
            self.permissions = Some(permissions);
            self
        }
        /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /**Color, `#RRGGBB` (DSS picks one when unset).

Unset by default (then sent as `null`). Sent as JSON member `color`.*/
        pub fn color(mut self, color: impl Into<String>) -> Self {
            self.color = Some(color.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
            let Self {
                __owner,
                workspace_key,
                name,
                permissions,
                description,
                color,
                __timeout,
            } = self;
            let mut __call = crate::rt::Call::new(__owner, "POST", "create_workspace");
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            __call
                .json(
                    &{
                        let mut __map = ::serde_json::Map::new();
                        __map
                            .insert(
                                String::from("workspaceKey"),
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&workspace_key),
                                ),
                            );
                        __map
                            .insert(
                                String::from("displayName"),
                                ::serde_json::Value::from(name),
                            );
                        __map
                            .insert(
                                String::from("color"),
                                ::serde_json::Value::from(color),
                            );
                        __map
                            .insert(
                                String::from("description"),
                                ::serde_json::Value::from(description),
                            );
                        __map
                            .insert(
                                String::from("permissions"),
                                ::serde_json::Value::from(permissions),
                            );
                        ::serde_json::Value::Object(__map)
                    },
                )?;
            Ok((__call, (workspace_key,)))
        }
        ///Sends the request (`POST /workspaces/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssWorkspace, crate::rt::Error> {
            let (__call, (workspace_key,)) = self.__prepare(false)?;
            let __client = __call.client();
            __call.send_empty()?;
            Ok({
                let __f_workspace_key = workspace_key;
                super::handles::DssWorkspace {
                    client: ::core::clone::Clone::clone(__client),
                    workspace_key: __f_workspace_key,
                }
            })
        }
    }
    crate::rt::request_common!(
        CreateWorkspace, "DssClient::create_workspace", "create_workspace", plain
    );
    ///Request value of [`DssWorkspace::get_settings`](super::handles::DssWorkspace::get_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct WorkspaceGetSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssWorkspace,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> WorkspaceGetSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "get_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            __call.segment("workspace_key", &__owner.workspace_key)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        WorkspaceGetSettings, "DssWorkspace::get_settings", "get_settings", json(Value,
        "Sends the request (`GET /workspaces/{workspace_key}`) and returns the answer.")
    );
    ///Request value of [`DssWorkspace::save_settings`](super::handles::DssWorkspace::save_settings): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct WorkspaceSaveSettings<'a> {
        pub(crate) __owner: &'a super::handles::DssWorkspace,
        pub(crate) settings: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> WorkspaceSaveSettings<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, settings, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "PUT",
                "save_settings",
            );
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            __call.segment("workspace_key", &__owner.workspace_key)?;
            __call.json(&::serde_json::Value::from(settings))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        WorkspaceSaveSettings, "DssWorkspace::save_settings", "save_settings",
        unit("Sends the request (`PUT /workspaces/{workspace_key}`) and returns the answer.")
    );
    ///Request value of [`DssWorkspace::delete`](super::handles::DssWorkspace::delete): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct WorkspaceDelete<'a> {
        pub(crate) __owner: &'a super::handles::DssWorkspace,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> WorkspaceDelete<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "DELETE", "delete");
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            __call.segment("workspace_key", &__owner.workspace_key)?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        WorkspaceDelete, "DssWorkspace::delete", "delete",
        unit("Sends the request (`DELETE /workspaces/{workspace_key}`) and returns the answer.")
    );
    ///Request value of [`DssWorkspace::list_objects`](super::handles::DssWorkspace::list_objects): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct WorkspaceListObjects<'a> {
        pub(crate) __owner: &'a super::handles::DssWorkspace,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> WorkspaceListObjects<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_objects",
            );
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            __call.segment("workspace_key", &__owner.workspace_key)?;
            __call.lit("/objects");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        WorkspaceListObjects, "DssWorkspace::list_objects", "list_objects", json(Value,
        "Sends the request (`GET /workspaces/{workspace_key}/objects`) and returns the answer.")
    );
    ///Request value of [`DssWorkspace::add_object`](super::handles::DssWorkspace::add_object): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct WorkspaceAddObject<'a> {
        pub(crate) __owner: &'a super::handles::DssWorkspace,
        pub(crate) object: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> WorkspaceAddObject<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, object, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "add_object");
            __call.timeout(__timeout);
            __call.lit("/workspaces/");
            __call.segment("workspace_key", &__owner.workspace_key)?;
            __call.lit("/objects");
            __call.json(&::serde_json::Value::from(object))?;
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        WorkspaceAddObject, "DssWorkspace::add_object", "add_object",
        unit("Sends the request (`POST /workspaces/{workspace_key}/objects`) and returns the answer.")
    );
    ///Request value of [`DssClient::list_running_jobs`](crate::rt::DssClient::list_running_jobs): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ListRunningJobs<'a> {
        pub(crate) __owner: &'a crate::rt::DssClient,
        pub(crate) all_users: bool,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ListRunningJobs<'a> {
        /**Also list other users' jobs (needs admin rights for all of them).

Default: `true`. Sent as query parameter `allUsers`.*/
        pub fn all_users(mut self, all_users: bool) -> Self {
            self.all_users = all_users;
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, all_users, __timeout } = self;
            let mut __call = crate::rt::Call::new(__owner, "GET", "list_running_jobs");
            __call.timeout(__timeout);
            __call.lit("/jobs/running/");
            __call.query("allUsers", &all_users);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ListRunningJobs, "DssClient::list_running_jobs", "list_running_jobs", json(Vec <
        JobSummary >, "Sends the request (`GET /jobs/running/`) and returns the answer.")
    );
    ///Request value of [`DssProject::list_jobs`](super::handles::DssProject::list_jobs): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectListJobs<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectListJobs<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "list_jobs");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/jobs/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectListJobs, "DssProject::list_jobs", "list_jobs", json(Vec < JobSummary >,
        "Sends the request (`GET /projects/{project_key}/jobs/`) and returns the answer.")
    );
    ///Request value of [`DssProject::list_running_jobs`](super::handles::DssProject::list_running_jobs): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectListRunningJobs<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectListRunningJobs<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(
                &__owner.client,
                "GET",
                "list_running_jobs",
            );
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/jobs/running/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        ProjectListRunningJobs, "DssProject::list_running_jobs", "list_running_jobs",
        json(Vec < JobSummary >,
        "Sends the request (`GET /projects/{project_key}/jobs/running/`) and returns the answer.")
    );
    ///Request value of [`DssProject::start_job`](super::handles::DssProject::start_job): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct ProjectStartJob<'a> {
        pub(crate) __owner: &'a super::handles::DssProject,
        pub(crate) definition: ::serde_json::Value,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> ProjectStartJob<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<
            (crate::rt::Call<'a>, (&'a super::handles::DssProject,)),
            crate::rt::Error,
        > {
            let Self { __owner, definition, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "start_job");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/jobs/");
            __call.json(&::serde_json::Value::from(definition))?;
            Ok((__call, (__owner,)))
        }
        ///Sends the request (`POST /projects/{project_key}/jobs/`) and returns the answer.
        pub fn send(self) -> Result<super::handles::DssJob, crate::rt::Error> {
            let (__call, (__owner,)) = self.__prepare(false)?;
            let __client = __call.client();
            let __answer: Value = __call.send_json()?;
            Ok({
                let __f_project_key = ::core::clone::Clone::clone(&__owner.project_key);
                let __f_id = crate::rt::answer_string(&__answer, "id", "start_job")?;
                super::handles::DssJob {
                    client: ::core::clone::Clone::clone(__client),
                    project_key: __f_project_key,
                    id: __f_id,
                }
            })
        }
    }
    crate::rt::request_common!(
        ProjectStartJob, "DssProject::start_job", "start_job", send_as
    );
    ///Request value of [`DssJob::get_status`](super::handles::DssJob::get_status): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct JobGetStatus<'a> {
        pub(crate) __owner: &'a super::handles::DssJob,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> JobGetStatus<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_status");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/jobs/");
            __call.segment("id", &__owner.id)?;
            __call.lit("/");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        JobGetStatus, "DssJob::get_status", "get_status", json(JobStatus,
        "Sends the request (`GET /projects/{project_key}/jobs/{id}/`) and returns the answer.")
    );
    ///Request value of [`DssJob::get_log`](super::handles::DssJob::get_log): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct JobGetLog<'a> {
        pub(crate) __owner: &'a super::handles::DssJob,
        pub(crate) activity: Option<String>,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> JobGetLog<'a> {
        /**Only the log of this activity (e.g. `compute_mydataset_NP`).

Unset by default (then left out). Sent as query parameter `activity`.*/
        pub fn activity(mut self, activity: impl Into<String>) -> Self {
            self.activity = Some(activity.into());
            self
        }
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, activity, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "GET", "get_log");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/jobs/");
            __call.segment("id", &__owner.id)?;
            __call.lit("/log");
            __call.query("activity", &activity);
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        JobGetLog, "DssJob::get_log", "get_log",
        stream("Sends the request (`GET /projects/{project_key}/jobs/{id}/log`) and returns the answer.")
    );
    ///Request value of [`DssJob::abort`](super::handles::DssJob::abort): set optional arguments by name, then call [`send`](Self::send).
    #[must_use = "a request does nothing until `.send()` is called"]
    pub struct JobAbort<'a> {
        pub(crate) __owner: &'a super::handles::DssJob,
        pub(crate) __timeout: Option<::core::time::Duration>,
    }
    impl<'a> JobAbort<'a> {
        fn __prepare(
            self,
            _: bool,
        ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
            let Self { __owner, __timeout } = self;
            let mut __call = crate::rt::Call::new(&__owner.client, "POST", "abort");
            __call.timeout(__timeout);
            __call.lit("/projects/");
            __call.segment("project_key", &__owner.project_key)?;
            __call.lit("/jobs/");
            __call.segment("id", &__owner.id)?;
            __call.lit("/abort");
            Ok((__call, ()))
        }
    }
    crate::rt::request_common!(
        JobAbort, "DssJob::abort", "abort", json(Value,
        "Sends the request (`POST /projects/{project_key}/jobs/{id}/abort`) and returns the answer.")
    );
}
/// Every generated method, handle and model, described as data.
pub mod catalog {
    use crate::rt::catalog::{
        Arg, Endpoint, Handle, HandleField, Model, ModelMember, Place, Presence, Request,
        ResultKind,
    };
    /// Every generated method, in spec order.
    pub static ENDPOINTS: &[Endpoint] = &[
        Endpoint::new(
            "DssClient",
            "list_futures",
            "Lists the long tasks currently running.",
            &[
                Arg::new(
                    "all_users",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("allUsers"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/futures/",
                    &[("withScenarios", "false"), ("withNotScenarios", "true")],
                    "ListFutures",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < FutureSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "list_running_scenarios",
            "Lists the scenarios currently running; each item's `payload` names the scenario.",
            &[
                Arg::new(
                    "all_users",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("allUsers"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/futures/",
                    &[("withScenarios", "true"), ("withNotScenarios", "false")],
                    "ListRunningScenarios",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < FutureSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_future",
            "A handle on one long task, e.g.",
            &[Arg::new("job_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssFuture"),
        ),
        Endpoint::new(
            "DssFuture",
            "abort",
            "Asks the server to abort the task.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/futures/{job_id}",
                    &[],
                    "FutureAbort",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssFuture",
            "get_state",
            "Fetches the task's current state, result included when there is one.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/futures/{job_id}",
                    &[("peek", "false")],
                    "FutureGetState",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("FutureState"),
        ),
        Endpoint::new(
            "DssFuture",
            "peek_state",
            "Fetches the task's state without its result (lighter, for polling).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/futures/{job_id}",
                    &[("peek", "true")],
                    "FuturePeekState",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("FutureState"),
        ),
        Endpoint::new(
            "DssClient",
            "list_running_notebooks",
            "Lists the Jupyter notebooks currently running; each item has at least `projectKey` and `name`, and converts to a [`DssNotebook`] with `to_handle`.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/notebooks/",
                    &[],
                    "ListRunningNotebooks",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < NotebookSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_notebook",
            "A handle on one notebook of a project.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "notebook_name",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssNotebook"),
        ),
        Endpoint::new(
            "DssNotebook",
            "get_state",
            "Reads the notebook's state (its active sessions among others).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/notebooks/",
                    &[],
                    "NotebookGetState",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssNotebook",
            "unload",
            "Stops one kernel session of the notebook (a listed notebook's `active_sessions` give the ids; dataikuapi picks the only one).",
            &[
                Arg::new(
                    "session_id",
                    "str",
                    Presence::Required,
                    Place::Query("sessionId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "DELETE",
                    "/projects/{project_key}/notebooks/",
                    &[],
                    "NotebookUnload",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "get_root_project_folder",
            "Fetches the root project folder and returns a handle on it.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-folders/ROOT",
                    &[],
                    "GetRootProjectFolder",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
        ),
        Endpoint::new(
            "DssClient",
            "get_project_folder",
            "Fetches a project folder and returns a handle on it; the handle uses the id the server answers with.",
            &[
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Required,
                    Place::Path,
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/project-folders/{project_folder_id}",
                    &[],
                    "GetProjectFolder",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
        ),
        Endpoint::new(
            "DssProjectFolder",
            "get_settings",
            "Reads the folder's settings (name, owner, permissions).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-folders/{project_folder_id}/settings",
                    &[],
                    "ProjectFolderGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectFolder",
            "save_settings",
            "Saves the folder's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/project-folders/{project_folder_id}/settings",
                    &[],
                    "ProjectFolderSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectFolder",
            "delete",
            "Deletes the folder (it must be empty).",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/project-folders/{project_folder_id}",
                    &[],
                    "ProjectFolderDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectFolder",
            "create_sub_folder",
            "Creates a sub-folder and returns a handle on it.",
            &[Arg::new("name", "str", Presence::Required, Place::Query("name"), false)],
            Some(
                Request::new(
                    "POST",
                    "/project-folders/{project_folder_id}/children",
                    &[],
                    "ProjectFolderCreateSubFolder",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
        ),
        Endpoint::new(
            "DssProjectFolder",
            "get_default_folder_for_project_creation",
            "Asks DSS which folder new projects created from this folder go to for the calling user, and returns a handle on that folder (with the id the server answers with).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-folders/{project_folder_id}/default-for-project-creation",
                    &[],
                    "ProjectFolderGetDefaultFolderForProjectCreation",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
        ),
        Endpoint::new(
            "DssProjectFolder",
            "move_to",
            "Moves this folder, with everything in it, under another folder.",
            &[
                Arg::new(
                    "destination",
                    "str",
                    Presence::Required,
                    Place::Query("destination"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/project-folders/{project_folder_id}/move",
                    &[],
                    "ProjectFolderMoveTo",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectFolder",
            "move_project_to",
            "Moves one project of this folder into another folder, given by its id (dataikuapi takes the folder object).",
            &[
                Arg::new("project_key", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "destination",
                    "str",
                    Presence::Required,
                    Place::Query("destination"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/project-folders/{project_folder_id}/projects/{project_key}/move",
                    &[],
                    "ProjectFolderMoveProjectTo",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectFolder",
            "create_project",
            "Creates a project inside this folder (same request as the client's `create_project` with this folder's id, no permissions and no tags) and returns a handle on the new project.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "owner",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "owner",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "settings",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "settings",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projects/",
                    &[],
                    "ProjectFolderCreateProject",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProject"),
        ),
        Endpoint::new(
            "DssClient",
            "list_project_keys",
            "Lists the keys of the projects the caller can see.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/",
                    &[],
                    "ListProjectKeys",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < String >",
                member: "projectKey",
                each_item: true,
            },
        ),
        Endpoint::new(
            "DssClient",
            "list_projects",
            "Lists the projects the caller can see; each has at least `projectKey`.",
            &[
                Arg::new(
                    "include_location",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("includeLocation"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/projects/",
                    &[],
                    "ListProjects",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ProjectSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_project",
            "A handle on one project.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssProject"),
        ),
        Endpoint::new(
            "DssClient",
            "get_default_project",
            "A handle on the current project of code running inside DSS (the `DKU_CURRENT_PROJECT_KEY` environment variable); an error when it is not set.",
            &[],
            None,
            ResultKind::Handle("DssProject"),
        ),
        Endpoint::new(
            "DssClient",
            "create_project",
            "Creates a project (needs admin rights or the right to create projects) and returns a handle on it.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "owner",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "owner",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "settings",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "settings",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Query("projectFolderId"),
                    false,
                ),
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "permissions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "tags",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projects/",
                    &[],
                    "CreateProject",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProject"),
        ),
        Endpoint::new(
            "DssClient",
            "create_project_from_bundle_local_archive",
            "Creates a project from a bundle archive already on the DSS server's disk (automation nodes only).",
            &[
                Arg::new(
                    "archive_path",
                    "str",
                    Presence::Required,
                    Place::Query("archivePath"),
                    false,
                ),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Query("projectFolderId"),
                    false,
                ),
                Arg::new(
                    "permissions_propagation_policy",
                    "str",
                    Presence::Default("NONE"),
                    Place::Query("permissionsPropagationPolicy"),
                    false,
                ),
                Arg::new(
                    "fail_on_missing_users_or_groups",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("failOnMissingUsersOrGroups"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projectsFromBundle/fromArchive",
                    &[],
                    "CreateProjectFromBundleLocalArchive",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "create_project_from_bundle_archive",
            "Creates a project from a bundle archive streamed from here (automation nodes only).",
            &[
                Arg::new("fp", "file", Presence::Required, Place::Upload, false),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Query("projectFolderId"),
                    false,
                ),
                Arg::new(
                    "permissions_propagation_policy",
                    "str",
                    Presence::Default("NONE"),
                    Place::Query("permissionsPropagationPolicy"),
                    false,
                ),
                Arg::new(
                    "fail_on_missing_users_or_groups",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("failOnMissingUsersOrGroups"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projectsFromBundle/",
                    &[],
                    "CreateProjectFromBundleArchive",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "prepare_project_import",
            "Uploads a project export archive (design nodes only) and returns a handle to run its import.",
            &[Arg::new("f", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    "POST",
                    "/projects/import/upload",
                    &[],
                    "PrepareProjectImport",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("TemporaryImportHandle"),
        ),
        Endpoint::new(
            "TemporaryImportHandle",
            "execute",
            "Runs the import.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Optional,
                    Place::Body {
                        via: Some("import_settings"),
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projects/import/{import_id}/process",
                    &[],
                    "TemporaryImportHandleExecute",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "get_timeline",
            "Reads the project's timeline: who created and last changed it and when, its contributors, and its latest modifications.",
            &[
                Arg::new(
                    "item_count",
                    "int",
                    Presence::Default("100"),
                    Place::Query("itemCount"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/timeline",
                    &[],
                    "ProjectGetTimeline",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "get_metadata",
            "Reads the project's metadata (label, description, tags, custom fields).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/metadata",
                    &[],
                    "ProjectGetMetadata",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "set_metadata",
            "Saves the project's metadata, as read by `get_metadata` and changed.",
            &[
                Arg::new(
                    "metadata",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/projects/{project_key}/metadata",
                    &[],
                    "ProjectSetMetadata",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProject",
            "get_summary",
            "Reads a summary of the project.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}",
                    &[],
                    "ProjectGetSummary",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "get_settings",
            "Reads the project's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/settings",
                    &[],
                    "ProjectGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "get_permissions",
            "Reads the project's permissions.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/permissions",
                    &[],
                    "ProjectGetPermissions",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "set_permissions",
            "Saves the project's permissions.",
            &[
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/projects/{project_key}/permissions",
                    &[],
                    "ProjectSetPermissions",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProject",
            "get_variables",
            "Reads the project's variables (`standard` and `local`).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/variables/",
                    &[],
                    "ProjectGetVariables",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "set_variables",
            "Saves the project's variables (an object with `standard` and `local`).",
            &[
                Arg::new(
                    "variables",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/projects/{project_key}/variables/",
                    &[],
                    "ProjectSetVariables",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProject",
            "get_tags",
            "Reads the project's tags: an object mapping each tag to its color.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/tags",
                    &[],
                    "ProjectGetTags",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProject",
            "set_tags",
            "Saves the project's tags, as read by `get_tags` and changed (`{}` when unset, as dataikuapi sends).",
            &[
                Arg::new(
                    "tags",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/projects/{project_key}/tags",
                    &[],
                    "ProjectSetTags",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProject",
            "get_project_folder",
            "Finds the folder the project is in and returns a handle on it (with the id the server answers with).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-folders/locate-project/{project_key}",
                    &[],
                    "ProjectGetProjectFolder",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
        ),
        Endpoint::new(
            "DssProject",
            "save_app_manifest",
            "Saves the app manifest of this project (the template project of the app `PROJECT_{key}`), as read by that app's `get_manifest` and changed: dataikuapi's `DSSAppManifest.save`.",
            &[
                Arg::new(
                    "manifest",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/projects/{project_key}/app-manifest",
                    &[],
                    "ProjectSaveAppManifest",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProject",
            "delete",
            "Deletes the project; DSS answers with a task.",
            &[
                Arg::new(
                    "clear_managed_datasets",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("clearManagedDatasets"),
                    false,
                ),
                Arg::new(
                    "clear_output_managed_folders",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("clearOutputManagedFolders"),
                    false,
                ),
                Arg::new(
                    "clear_job_and_scenario_logs",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("clearJobAndScenarioLogs"),
                    false,
                ),
                Arg::new(
                    "clear_managed_knowledge_banks",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("clearManagedKnowledgeBanks"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "DELETE",
                    "/projects/{project_key}",
                    &[("wait", "true")],
                    "ProjectDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssClient",
            "list_apps",
            "Lists the apps; each has at least `appId`.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/apps/",
                    &[],
                    "ListApps",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < AppSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_app",
            "A handle on one app.",
            &[Arg::new("app_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssApp"),
        ),
        Endpoint::new(
            "DssApp",
            "get_manifest",
            "Reads the app's manifest.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/apps/{app_id}/",
                    &[],
                    "AppGetManifest",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApp",
            "list_instances",
            "Lists the app's instances.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/apps/{app_id}/instances/",
                    &[],
                    "AppListInstances",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApp",
            "list_instance_keys",
            "Lists the project keys of the app's instances.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/apps/{app_id}/instances/",
                    &[],
                    "AppListInstanceKeys",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < String >",
                member: "projectKey",
                each_item: true,
            },
        ),
        Endpoint::new(
            "DssApp",
            "create_instance",
            "Creates an instance of the app (a new project) and waits for the creation task to end, returning its result; `.start()` returns the task instead (dataikuapi's `wait=False`).",
            &[
                Arg::new(
                    "instance_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "instance_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "is_temporary_instance",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "isTemporaryAppInstance",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/apps/{app_id}/instances",
                    &[],
                    "AppCreateInstance",
                    [false, false, true, false],
                ),
            ),
            ResultKind::Wait("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_plugins",
            "Lists the installed plugins; each has at least `id`.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/plugins/",
                    &[],
                    "ListPlugins",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PluginSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_plugin",
            "A handle on one plugin.",
            &[
                Arg::new(
                    "plugin_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssPlugin"),
        ),
        Endpoint::new(
            "DssClient",
            "download_plugin_stream",
            "Downloads a development plugin as a byte stream (read it as it arrives; nothing is buffered whole).",
            &[Arg::new("plugin_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/download",
                    &[],
                    "DownloadPluginStream",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Stream,
        ),
        Endpoint::new(
            "DssClient",
            "download_plugin_to_file",
            "Downloads a development plugin into a file (created or truncated only once the server has answered), streamed in constant memory.",
            &[
                Arg::new("plugin_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/download",
                    &[],
                    "DownloadPluginToFile",
                    [false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
        ),
        Endpoint::new(
            "DssClient",
            "download_plugin_to_writer",
            "Downloads a development plugin into any writer, streamed in constant memory.",
            &[
                Arg::new("plugin_id", "str", Presence::Required, Place::Path, false),
                Arg::new("out", "writer", Presence::Required, Place::WriteTo, false),
            ],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/download",
                    &[],
                    "DownloadPluginToWriter",
                    [false, false, false, false],
                ),
            ),
            ResultKind::CopiedToWriter,
        ),
        Endpoint::new(
            "DssClient",
            "install_plugin_from_archive",
            "Installs a plugin from a zip archive streamed from here (never read whole into memory).",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    "POST",
                    "/plugins/actions/installFromZip",
                    &[],
                    "InstallPluginFromArchive",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "install_plugin_from_store",
            "Installs a plugin from the Dataiku plugin store; returns the install task.",
            &[
                Arg::new(
                    "plugin_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "pluginId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/actions/installFromStore",
                    &[],
                    "InstallPluginFromStore",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssClient",
            "install_plugin_from_git",
            "Installs a plugin from a Git repository that DSS can reach; returns the install task.",
            &[
                Arg::new(
                    "repository_url",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "gitRepositoryUrl",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "checkout",
                    "str",
                    Presence::Default("master"),
                    Place::Member {
                        path: "gitCheckout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "subpath",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "gitSubpath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/actions/installFromGit",
                    &[],
                    "InstallPluginFromGit",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssPlugin",
            "get_settings",
            "Reads the plugin's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssPlugin",
            "get_project_settings",
            "Reads the plugin's settings as seen from one project (the project-level parameter sets and presets).",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Query("projectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginGetProjectSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssPlugin",
            "save_settings",
            "Saves the plugin's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssPlugin",
            "list_usages",
            "Lists where the plugin is used.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Optional,
                    Place::Query("projectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/actions/listUsages",
                    &[],
                    "PluginListUsages",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssPlugin",
            "update_from_store",
            "Updates the plugin from the store; returns the update task.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/actions/updateFromStore",
                    &[],
                    "PluginUpdateFromStore",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssPlugin",
            "update_from_git",
            "Updates the plugin from a Git repository that DSS can reach (the body is the same as for `install_plugin_from_git`); returns the update task.",
            &[
                Arg::new(
                    "repository_url",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "gitRepositoryUrl",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "checkout",
                    "str",
                    Presence::Default("master"),
                    Place::Member {
                        path: "gitCheckout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "subpath",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "gitSubpath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/actions/updateFromGit",
                    &[],
                    "PluginUpdateFromGit",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssPlugin",
            "list_files",
            "Lists the files and folders of a development plugin, as a tree.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/contents",
                    &[],
                    "PluginListFiles",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssPlugin",
            "put_file",
            "Writes a file of a development plugin, streaming its content as the request body (the file is created or replaced).",
            &[
                Arg::new("path", "str", Presence::Required, Place::PathSegments, false),
                Arg::new("f", "file", Presence::Required, Place::Raw, false),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/contents/{path*}",
                    &[],
                    "PluginPutFile",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssPlugin",
            "get_file",
            "Reads a file of a development plugin as a byte stream.",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    "GET",
                    "/plugins/{plugin_id}/contents/{path*}",
                    &[],
                    "PluginGetFile",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Stream,
        ),
        Endpoint::new(
            "DssPlugin",
            "rename_file",
            "Renames a file or folder of a development plugin, in place.",
            &[
                Arg::new(
                    "path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "oldPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "new_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/contents-actions/rename",
                    &[],
                    "PluginRenameFile",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssPlugin",
            "move_file",
            "Moves a file or folder of a development plugin elsewhere in it.",
            &[
                Arg::new(
                    "path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "oldPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "new_path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/contents-actions/move",
                    &[],
                    "PluginMoveFile",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssPlugin",
            "delete",
            "Deletes the plugin; returns the deletion task.",
            &[
                Arg::new(
                    "force",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "force",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/plugins/{plugin_id}/actions/delete",
                    &[],
                    "PluginDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssClient",
            "sql_query",
            "Starts a SQL, Hive or Impala query run by DSS, on a connection, a database, or the connection of a dataset, and returns a handle to stream its rows.",
            &[
                Arg::new(
                    "query",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "query",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "database",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "database",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "dataset_full_name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "datasetFullName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "pre_queries",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "preQueries",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "post_queries",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "postQueries",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "query_type",
                    "str",
                    Presence::Default("sql"),
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "extra_conf",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "extraConf",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_steps",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptSteps",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_input_schema",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptInputSchema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_output_schema",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptOutputSchema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_report_location",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptReportLocation",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "read_timestamp_without_timezone_as_string",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "readTimestampWithoutTimezoneAsString",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "read_date_as_string",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "readDateAsString",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "datetimenotz_read_mode",
                    "str",
                    Presence::Default("AS_IS"),
                    Place::Member {
                        path: "datetimenotzReadMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "dateonly_read_mode",
                    "str",
                    Presence::Default("AS_IS"),
                    Place::Member {
                        path: "dateonlyReadMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/sql/queries/",
                    &[],
                    "SqlQuery",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSqlQuery"),
        ),
        Endpoint::new(
            "DssSqlQuery",
            "raw_rows",
            "The raw result stream (TSV, Excel dialect, no header) behind [`iter_rows`](DssSqlQuery::iter_rows), which parses and types it.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/sql/queries/{query_id}/stream",
                    &[("format", "tsv-excel-noheader")],
                    "SqlQueryRawRows",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Stream,
        ),
        Endpoint::new(
            "DssSqlQuery",
            "verify",
            "Asks the server whether the query ran to its end without error (`iter_rows` does this by itself when it reaches the end).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/sql/queries/{query_id}/finish-streaming",
                    &[],
                    "SqlQueryVerify",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "list_users",
            "Lists the users of the instance (needs admin rights).",
            &[
                Arg::new(
                    "include_settings",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("includeSettings"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/admin/users/",
                    &[],
                    "ListUsers",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < UserSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_user",
            "A handle on one user.",
            &[Arg::new("login", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssUser"),
        ),
        Endpoint::new(
            "DssClient",
            "create_user",
            "Creates a user (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "login",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "login",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "password",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "password",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "display_name",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "displayName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "source_type",
                    "str",
                    Presence::Default("LOCAL"),
                    Place::Member {
                        path: "sourceType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "groups",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "groups",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "profile",
                    "str",
                    Presence::Default("DATA_SCIENTIST"),
                    Place::Member {
                        path: "userProfile",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "email",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "email",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/users/",
                    &[],
                    "CreateUser",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssUser"),
        ),
        Endpoint::new(
            "DssClient",
            "get_own_user",
            "A handle on the user the client is authenticated as.",
            &[],
            None,
            ResultKind::Handle("DssOwnUser"),
        ),
        Endpoint::new(
            "DssClient",
            "list_users_activity",
            "Lists every user's activity (needs admin rights).",
            &[
                Arg::new(
                    "enabled_users_only",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("enabledUsersOnly"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/admin/users-activity",
                    &[],
                    "ListUsersActivity",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < UserActivity >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_authorization_matrix",
            "Reads the authorization matrix of enabled users and groups (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/authorization-matrix",
                    &[],
                    "GetAuthorizationMatrix",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_groups",
            "Lists the groups of the instance (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/groups/",
                    &[],
                    "ListGroups",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < GroupSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_group",
            "A handle on one group.",
            &[Arg::new("name", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssGroup"),
        ),
        Endpoint::new(
            "DssClient",
            "create_group",
            "Creates a group (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "source_type",
                    "str",
                    Presence::Default("LOCAL"),
                    Place::Member {
                        path: "sourceType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/groups/",
                    &[],
                    "CreateGroup",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssGroup"),
        ),
        Endpoint::new(
            "DssUser",
            "get_settings",
            "Reads the user's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/users/{login}",
                    &[],
                    "UserGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssUser",
            "save_settings",
            "Saves the user's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/users/{login}",
                    &[],
                    "UserSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssUser",
            "delete",
            "Deletes the user.",
            &[
                Arg::new(
                    "allow_self_deletion",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("allowSelfDeletion"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/users/{login}",
                    &[],
                    "UserDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssUser",
            "get_activity",
            "Reads the user's activity.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/users/{login}/activity",
                    &[],
                    "UserGetActivity",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("UserActivity"),
        ),
        Endpoint::new(
            "DssUser",
            "get_info",
            "Reads public information about the user.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/users/{login}",
                    &[],
                    "UserGetInfo",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssUser",
            "get_definition",
            "Reads the user's definition: the same request and answer as `get_settings` (dataikuapi keeps it as a deprecated name).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/users/{login}",
                    &[],
                    "UserGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssUser",
            "set_definition",
            "Saves the user's definition, as read by `get_definition` and changed: the same request as `save_settings` (deprecated in dataikuapi).",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/users/{login}",
                    &[],
                    "UserSetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssOwnUser",
            "get_settings",
            "Reads the settings of the authenticated user.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/current-user",
                    &[],
                    "OwnUserGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssOwnUser",
            "save_settings",
            "Saves the settings of the authenticated user.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/current-user",
                    &[],
                    "OwnUserSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssGroup",
            "get_definition",
            "Reads the group's definition.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/groups/{name}",
                    &[],
                    "GroupGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssGroup",
            "set_definition",
            "Saves the group's definition, as read by `get_definition` and changed.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/groups/{name}",
                    &[],
                    "GroupSetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssGroup",
            "delete",
            "Deletes the group.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/groups/{name}",
                    &[],
                    "GroupDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "list_connections",
            "Lists the connections (needs admin rights), as a map from connection name to its summary.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/connections/",
                    &[],
                    "ListConnections",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("serde_json :: Map < String , Value >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_connection",
            "A handle on one connection.",
            &[Arg::new("name", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssConnection"),
        ),
        Endpoint::new(
            "DssClient",
            "create_connection",
            "Creates a connection (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "params",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "params",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "usable_by",
                    "str",
                    Presence::Default("ALL"),
                    Place::Member {
                        path: "usableBy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "allowed_groups",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "allowedGroups",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/connections/",
                    &[],
                    "CreateConnection",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssConnection"),
        ),
        Endpoint::new(
            "DssConnection",
            "get_definition",
            "Reads the connection's definition.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssConnection",
            "set_definition",
            "Saves the connection's definition, as read by `get_definition` and changed.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionSetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssConnection",
            "delete",
            "Deletes the connection.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssConnection",
            "get_settings",
            "Reads the connection's settings (the same answer as `get_definition`, which dataikuapi deprecates in favour of this one).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssConnection",
            "save_settings",
            "Saves the connection's settings, as read by `get_settings` and changed (dataikuapi's `DSSConnectionSettings.save`).",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssConnection",
            "get_info",
            "Reads usage information about the connection (no admin rights needed).",
            &[
                Arg::new(
                    "contextual_project_key",
                    "str",
                    Presence::Optional,
                    Place::Query("contextualProjectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/connections/{name}/info",
                    &[],
                    "ConnectionGetInfo",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssConnection",
            "test",
            "Tests the connection.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/connections/{name}/test",
                    &[],
                    "ConnectionTest",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_code_envs",
            "Lists the code environments (needs admin rights); each has at least `envLang` and `envName`.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/",
                    &[],
                    "ListCodeEnvs",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < CodeEnvSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_code_env",
            "A handle on one code environment.",
            &[
                Arg::new(
                    "env_lang",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new("env_name", "str", Presence::Required, Place::HandleOnly, false),
            ],
            None,
            ResultKind::Handle("DssCodeEnv"),
        ),
        Endpoint::new(
            "DssClient",
            "create_code_env",
            "Creates a code environment (needs admin rights); the server waits for the creation to finish (`.start()` returns the creation task instead).",
            &[
                Arg::new("env_lang", "str", Presence::Required, Place::Path, false),
                Arg::new("env_name", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "deployment_mode",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "deploymentMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new("params", "json", Presence::Default("{}"), Place::Spread, false),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[("wait", "true")],
                    "CreateCodeEnv",
                    [false, false, true, true],
                ),
            ),
            ResultKind::Handle("DssCodeEnv"),
        ),
        Endpoint::new(
            "DssClient",
            "list_code_env_usages",
            "Lists where code environments are used.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/usages",
                    &[],
                    "ListCodeEnvUsages",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "get_definition",
            "Reads the environment's definition.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "set_definition",
            "Saves the environment's definition, as read by `get_definition` and changed.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvSetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "get_settings",
            "Reads the environment's settings (the same answer as `get_definition`; an automation node's carry a `versions` member).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "save_settings",
            "Saves the environment's settings, as read by `get_settings` and changed (dataikuapi's `DSSCodeEnvSettings.save`).",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "delete",
            "Deletes the environment (the server waits for the deletion; `.start()` returns the task instead).",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[("wait", "true")],
                    "CodeEnvDelete",
                    [false, false, true, true],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "list_usages",
            "Lists where the environment is used.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/{env_lang}/{env_name}/usages",
                    &[],
                    "CodeEnvListUsages",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "list_logs",
            "Lists the environment's log files.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/{env_lang}/{env_name}/logs",
                    &[],
                    "CodeEnvListLogs",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeEnv",
            "get_log",
            "Reads one log file of the environment.",
            &[Arg::new("log_name", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-envs/{env_lang}/{env_name}/logs/{log_name}",
                    &[],
                    "CodeEnvGetLog",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Text,
        ),
        Endpoint::new(
            "DssCodeEnv",
            "update_packages",
            "Installs or updates the environment's packages (the server waits; `.start()` returns the task instead).",
            &[
                Arg::new(
                    "force_rebuild_env",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("forceRebuildEnv"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/code-envs/{env_lang}/{env_name}/packages",
                    &[("wait", "true")],
                    "CodeEnvUpdatePackages",
                    [false, false, true, true],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_clusters",
            "Lists the clusters (id, name, type, state).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/clusters/",
                    &[],
                    "ListClusters",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ClusterSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_cluster",
            "A handle on one cluster.",
            &[
                Arg::new(
                    "cluster_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssCluster"),
        ),
        Endpoint::new(
            "DssClient",
            "create_cluster",
            "Creates a cluster and returns a handle on it (with the id the server gives it).",
            &[
                Arg::new(
                    "cluster_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "cluster_type",
                    "str",
                    Presence::Default("manual"),
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "params",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "params",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "cluster_architecture",
                    "str",
                    Presence::Default("HADOOP"),
                    Place::Member {
                        path: "architecture",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/clusters/",
                    &[],
                    "CreateCluster",
                    [false, false, false, true],
                ),
            ),
            ResultKind::Handle("DssCluster"),
        ),
        Endpoint::new(
            "DssCluster",
            "get_settings",
            "Reads the cluster's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCluster",
            "save_settings",
            "Saves the cluster's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCluster",
            "get_definition",
            "Reads the cluster's definition: the same request and answer as `get_settings` (dataikuapi keeps it as a deprecated name).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCluster",
            "set_definition",
            "Saves the cluster's definition, as read by `get_definition` and changed; returns the definition as saved.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterSetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCluster",
            "delete",
            "Deletes the cluster.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssCluster",
            "get_status",
            "Reads the cluster's status.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/clusters/{cluster_id}/status",
                    &[],
                    "ClusterGetStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCluster",
            "start",
            "Starts (or attaches) the cluster.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/admin/clusters/{cluster_id}/actions/start",
                    &[],
                    "ClusterStart",
                    [false, false, false, true],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCluster",
            "stop",
            "Stops (or detaches) the cluster.",
            &[
                Arg::new(
                    "terminate",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("terminate"),
                    false,
                ),
                Arg::new(
                    "force_stop",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("forceStop"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/clusters/{cluster_id}/actions/stop",
                    &[],
                    "ClusterStop",
                    [false, false, false, true],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_code_studio_templates",
            "Lists the code studio templates.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-studios/",
                    &[],
                    "ListCodeStudioTemplates",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < CodeStudioTemplateSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_code_studio_template",
            "A handle on one code studio template.",
            &[
                Arg::new(
                    "template_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssCodeStudioTemplate"),
        ),
        Endpoint::new(
            "DssCodeStudioTemplate",
            "get_settings",
            "Reads the template's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/code-studios/{template_id}",
                    &[],
                    "CodeStudioTemplateGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssCodeStudioTemplate",
            "save_settings",
            "Saves the template's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/code-studios/{template_id}",
                    &[],
                    "CodeStudioTemplateSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssCodeStudioTemplate",
            "build",
            "Builds the template's images; returns the build task.",
            &[
                Arg::new(
                    "disable_docker_cache",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withNoCache"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/code-studios/{template_id}/build",
                    &[],
                    "CodeStudioTemplateBuild",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssCodeStudioTemplate",
            "delete",
            "Deletes the template.",
            &[
                Arg::new(
                    "delete_runtime",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("deleteRuntime"),
                    false,
                ),
                Arg::new(
                    "delete_images",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("deleteImages"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/code-studios/{template_id}",
                    &[],
                    "CodeStudioTemplateDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_global_api_keys",
            "Lists the global API keys (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/global-api-keys/",
                    &[],
                    "ListGlobalApiKeys",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < GlobalApiKeySummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_global_api_key",
            "Looks up a global API key by its secret and returns a handle on it (holding the key's id from the answer).",
            &[Arg::new("key", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "GET",
                    "/admin/globalAPIKeys/{key}",
                    &[],
                    "GetGlobalApiKey",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssGlobalApiKey"),
        ),
        Endpoint::new(
            "DssClient",
            "create_global_api_key",
            "Creates a global API key (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "label",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "admin",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "globalPermissions.admin",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/global-api-keys/",
                    &[],
                    "CreateGlobalApiKey",
                    [false, false, false, true],
                ),
            ),
            ResultKind::Handle("DssGlobalApiKey"),
        ),
        Endpoint::new(
            "DssClient",
            "list_personal_api_keys",
            "Lists the personal API keys of the authenticated user.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/personal-api-keys/",
                    &[],
                    "ListPersonalApiKeys",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PersonalApiKey >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_personal_api_key",
            "A handle on one personal API key.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssPersonalApiKey"),
        ),
        Endpoint::new(
            "DssClient",
            "create_personal_api_key",
            "Creates a personal API key for the authenticated user and returns it (the answer holds the secret `key`).",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "label",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/personal-api-keys/",
                    &[],
                    "CreatePersonalApiKey",
                    [false, false, false, true],
                ),
            ),
            ResultKind::Json("PersonalApiKey"),
        ),
        Endpoint::new(
            "DssClient",
            "list_all_personal_api_keys",
            "Lists every user's personal API keys (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/personal-api-keys/",
                    &[],
                    "ListAllPersonalApiKeys",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PersonalApiKey >"),
        ),
        Endpoint::new(
            "DssClient",
            "create_personal_api_key_for_user",
            "Creates a personal API key on behalf of a user (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "user",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "user",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "label",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "label",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/personal-api-keys/",
                    &[],
                    "CreatePersonalApiKeyForUser",
                    [false, false, false, true],
                ),
            ),
            ResultKind::Handle("DssPersonalApiKey"),
        ),
        Endpoint::new(
            "DssGlobalApiKey",
            "get_definition",
            "Reads the key's definition.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/global-api-keys/{id}",
                    &[],
                    "GlobalApiKeyGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssGlobalApiKey",
            "set_definition",
            "Saves the key's definition, as read by `get_definition` and changed.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/global-api-keys/{id}",
                    &[],
                    "GlobalApiKeySetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssGlobalApiKey",
            "delete",
            "Deletes the key.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/admin/global-api-keys/{id}",
                    &[],
                    "GlobalApiKeyDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssPersonalApiKey",
            "get_definition",
            "Reads the key's definition (as sent, like dataikuapi).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/personal-api-keys/{id}",
                    &[],
                    "PersonalApiKeyGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssPersonalApiKey",
            "set_definition",
            "Saves the key's definition.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/personal-api-keys/{id}",
                    &[],
                    "PersonalApiKeySetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssPersonalApiKey",
            "delete",
            "Deletes the key.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/personal-api-keys/{id}",
                    &[],
                    "PersonalApiKeyDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "list_meanings",
            "Lists the user-defined meanings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/meanings/",
                    &[],
                    "ListMeanings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < MeaningSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_meaning",
            "A handle on one meaning.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssMeaning"),
        ),
        Endpoint::new(
            "DssClient",
            "create_meaning",
            "Creates a meaning (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "label",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "label",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "meaning_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "values",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "entries",
                        via: Some("meaning_entries"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "mappings",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "mappings",
                        via: Some("meaning_mappings"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "pattern",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "pattern",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "normalization_mode",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "normalizationMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "detectable",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "detectable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/meanings/",
                    &[],
                    "CreateMeaning",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMeaning"),
        ),
        Endpoint::new(
            "DssMeaning",
            "get_definition",
            "Reads the meaning's definition.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/meanings/{id}",
                    &[],
                    "MeaningGetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssMeaning",
            "set_definition",
            "Saves the meaning's definition, as read by `get_definition` and changed.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/meanings/{id}",
                    &[],
                    "MeaningSetDefinition",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_logs",
            "Lists the log files of the instance (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/logs/",
                    &[],
                    "ListLogs",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "get_log",
            "Reads one log file (needs admin rights).",
            &[Arg::new("name", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "GET",
                    "/admin/logs/{name}",
                    &[],
                    "GetLog",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "log_custom_audit",
            "Writes a custom entry to the audit trail.",
            &[
                Arg::new("custom_type", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "custom_params",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/audit/custom/{custom_type}",
                    &[],
                    "LogCustomAudit",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "get_global_usage_summary",
            "Counts projects, datasets, recipes, ...",
            &[
                Arg::new(
                    "with_per_project",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withPerProject"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/admin/monitoring/global-usage-summary",
                    &[],
                    "GetGlobalUsageSummary",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("UsageSummary"),
        ),
        Endpoint::new(
            "DssClient",
            "get_variables",
            "Reads the instance variables.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/variables/",
                    &[],
                    "GetVariables",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "get_global_variables",
            "Reads the instance variables (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/variables/",
                    &[],
                    "GetGlobalVariables",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "set_variables",
            "Replaces all instance variables at once (needs admin rights); start from what `get_global_variables` returned.",
            &[
                Arg::new(
                    "variables",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/variables/",
                    &[],
                    "SetVariables",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "get_resolved_variables",
            "Reads a project's variables merged with the instance's.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Env("DKU_CURRENT_PROJECT_KEY"),
                    Place::Path,
                    false,
                ),
                Arg::new(
                    "typed",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("typed"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/variables-resolved",
                    &[],
                    "GetResolvedVariables",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "get_general_settings",
            "Reads the general settings of the instance (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/general-settings",
                    &[],
                    "GetGeneralSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "save_general_settings",
            "Saves the general settings, as read by `get_general_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/admin/general-settings",
                    &[],
                    "SaveGeneralSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "catalog_index_connections",
            "Starts indexing connections in the data catalog.",
            &[
                Arg::new(
                    "connection_names",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "connectionNames",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "all_connections",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "indexAllConnections",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "indexing_mode",
                    "str",
                    Presence::Default("FULL"),
                    Place::Member {
                        path: "indexingMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/catalog/index",
                    &[],
                    "CatalogIndexConnections",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "get_scoring_libs_stream",
            "Streams the scoring libraries jar (needed to score with model jars that do not include them).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/resources/scoring-lib-jar",
                    &[],
                    "GetScoringLibsStream",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Stream,
        ),
        Endpoint::new(
            "DssClient",
            "get_auth_info",
            "Tells who the client is authenticated as.",
            &[
                Arg::new(
                    "with_secrets",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withSecrets"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/auth/info",
                    &[],
                    "GetAuthInfo",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("AuthInfo"),
        ),
        Endpoint::new(
            "DssClient",
            "get_auth_info_from_browser_headers",
            "Tells which DSS user the given browser headers authenticate (for webapp backends).",
            &[
                Arg::new(
                    "headers_dict",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "with_secrets",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withSecrets"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/auth/info-from-browser-headers",
                    &[],
                    "GetAuthInfoFromBrowserHeaders",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("AuthInfo"),
        ),
        Endpoint::new(
            "DssClient",
            "get_ticket_from_browser_headers",
            "Gets an API ticket (for the `X-DKU-APITicket` header) for the user that the given browser headers authenticate.",
            &[
                Arg::new(
                    "headers_dict",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/auth/ticket-from-browser-headers",
                    &[],
                    "GetTicketFromBrowserHeaders",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "msg",
                each_item: false,
            },
        ),
        Endpoint::new(
            "DssClient",
            "get_ticket",
            "Gets a temporary API ticket (for the `X-DKU-APITicket` header) for the user the client is authenticated as.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/auth/ticket",
                    &[],
                    "GetTicket",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "ticket",
                each_item: false,
            },
        ),
        Endpoint::new(
            "DssClient",
            "push_base_images",
            "Pushes the base images for Kubernetes container execution and Spark on Kubernetes; returns the task.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/admin/container-exec/actions/push-base-images",
                    &[],
                    "PushBaseImages",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssClient",
            "apply_kubernetes_namespaces_policies",
            "Applies the Kubernetes namespace policies of the general settings; returns the task.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/admin/container-exec/actions/apply-kubernetes-policies",
                    &[],
                    "ApplyKubernetesNamespacesPolicies",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssClient",
            "get_instance_info",
            "Reads global information about the instance.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/instance-info",
                    &[],
                    "GetInstanceInfo",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("InstanceInfo"),
        ),
        Endpoint::new(
            "DssClient",
            "perform_instance_sanity_check",
            "Runs the instance sanity check (needs admin rights) and waits for its messages; `.start()` returns the task instead.",
            &[
                Arg::new(
                    "exclusion_list",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/sanity-check/run",
                    &[],
                    "PerformInstanceSanityCheck",
                    [false, false, true, false],
                ),
            ),
            ResultKind::Wait("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "get_sanity_check_codes",
            "Lists the codes the sanity check can report (needs admin rights).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/sanity-check/codes",
                    &[],
                    "GetSanityCheckCodes",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < String >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_licensing_status",
            "Reads the licensing status.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/admin/licensing/status",
                    &[],
                    "GetLicensingStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "set_license",
            "Installs a license (the content of a license file, which must be JSON: it is refused before sending otherwise).",
            &[
                Arg::new(
                    "license",
                    "str",
                    Presence::Required,
                    Place::Body {
                        via: Some("parse_json"),
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/admin/licensing/license",
                    &[],
                    "SetLicense",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "get_apideployer",
            "A handle on the API Deployer.",
            &[],
            None,
            ResultKind::Handle("DssApiDeployer"),
        ),
        Endpoint::new(
            "DssClient",
            "get_projectdeployer",
            "A handle on the Project Deployer.",
            &[],
            None,
            ResultKind::Handle("DssProjectDeployer"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "get_infra",
            "A handle on one infrastructure.",
            &[Arg::new("infra_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssApiDeployerInfra"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "get_service",
            "A handle on one published API service.",
            &[
                Arg::new(
                    "service_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssApiDeployerService"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "get_deployment",
            "A handle on one deployment.",
            &[
                Arg::new(
                    "deployment_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssApiDeployerDeployment"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "list_deployments",
            "Lists the API deployments (each item's `deploymentBasicInfo.id` names it for `get_deployment`).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/deployments",
                    &[],
                    "ApiDeployerListDeployments",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "list_stages",
            "Lists the stages.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/stages",
                    &[],
                    "ApiDeployerListStages",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "list_infras",
            "Lists the infrastructures.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/infras",
                    &[],
                    "ApiDeployerListInfras",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "list_services",
            "Lists the published API services.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/services",
                    &[],
                    "ApiDeployerListServices",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "create_infra",
            "Creates an infrastructure on the API Deployer and returns a handle on it.",
            &[
                Arg::new(
                    "infra_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "stage",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "stage",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "infra_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "govern_check_policy",
                    "str",
                    Presence::Default("NO_CHECK"),
                    Place::Member {
                        path: "governCheckPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/api-deployer/infras",
                    &[],
                    "ApiDeployerCreateInfra",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerInfra"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "create_service",
            "Creates an empty published API service on the API Deployer and returns a handle on it.",
            &[
                Arg::new(
                    "service_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "publishedServiceId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/api-deployer/services",
                    &[],
                    "ApiDeployerCreateService",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerService"),
        ),
        Endpoint::new(
            "DssApiDeployer",
            "create_deployment",
            "Creates an API deployment (not started yet) and returns a handle on it.",
            &[
                Arg::new(
                    "deployment_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "deploymentId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "service_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "publishedServiceId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "infra_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "infraId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "version",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "version",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "endpoint_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "endpointId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "ignore_warnings",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("ignoreWarnings"),
                    false,
                ),
                Arg::new(
                    "authorizations_to_query_through_deployer",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "authorizationsToQueryThroughDeployer",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/api-deployer/deployments",
                    &[],
                    "ApiDeployerCreateDeployment",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerDeployment"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "get_infra",
            "A handle on one infrastructure.",
            &[Arg::new("infra_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssProjectDeployerInfra"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "get_project",
            "A handle on one published project.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssProjectDeployerProject"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "get_deployment",
            "A handle on one deployment.",
            &[
                Arg::new(
                    "deployment_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssProjectDeployerDeployment"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "list_deployments",
            "Lists the project deployments (each item's `deploymentBasicInfo.id` names it for `get_deployment`).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/deployments",
                    &[],
                    "ProjectDeployerListDeployments",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "list_stages",
            "Lists the stages.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/stages",
                    &[],
                    "ProjectDeployerListStages",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "list_infras",
            "Lists the infrastructures.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/infras",
                    &[],
                    "ProjectDeployerListInfras",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "list_projects",
            "Lists the published projects.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/projects",
                    &[],
                    "ProjectDeployerListProjects",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "create_project",
            "Creates an empty published project on the Project Deployer and returns a handle on it.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "publishedProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/project-deployer/projects",
                    &[],
                    "ProjectDeployerCreateProject",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerProject"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "create_infra",
            "Creates an infrastructure on the Project Deployer and returns a handle on it.",
            &[
                Arg::new(
                    "infra_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "stage",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "stage",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "govern_check_policy",
                    "str",
                    Presence::Default("NO_CHECK"),
                    Place::Member {
                        path: "governCheckPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/project-deployer/infras",
                    &[],
                    "ProjectDeployerCreateInfra",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerInfra"),
        ),
        Endpoint::new(
            "DssProjectDeployer",
            "create_deployment",
            "Creates a project deployment (not started yet) and returns a handle on it.",
            &[
                Arg::new(
                    "deployment_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "deploymentId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "publishedProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "infra_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "infraId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "bundle_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "bundleId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "deployed_project_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "deployedProjectKey",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "projectFolderId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "ignore_warnings",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("ignoreWarnings"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/project-deployer/deployments",
                    &[],
                    "ProjectDeployerCreateDeployment",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerDeployment"),
        ),
        Endpoint::new(
            "DssApiDeployerInfra",
            "get_status",
            "Reads the infrastructure's status (its deployments among others).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/infras/{infra_id}",
                    &[],
                    "ApiDeployerInfraGetStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerInfra",
            "get_settings",
            "Reads the infrastructure's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/infras/{infra_id}/settings",
                    &[],
                    "ApiDeployerInfraGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerInfra",
            "save_settings",
            "Saves the infrastructure's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/api-deployer/infras/{infra_id}/settings",
                    &[],
                    "ApiDeployerInfraSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerInfra",
            "delete",
            "Deletes the infrastructure (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/api-deployer/infras/{infra_id}",
                    &[],
                    "ApiDeployerInfraDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerService",
            "get_status",
            "Reads the service's status (its versions and the deployments using them).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/services/{service_id}",
                    &[],
                    "ApiDeployerServiceGetStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerService",
            "get_settings",
            "Reads the service's settings (mostly permissions).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/services/{service_id}/settings",
                    &[],
                    "ApiDeployerServiceGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerService",
            "save_settings",
            "Saves the service's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/api-deployer/services/{service_id}/settings",
                    &[],
                    "ApiDeployerServiceSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerService",
            "delete_version",
            "Deletes one version of the service.",
            &[Arg::new("version", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "DELETE",
                    "/api-deployer/services/{service_id}/versions/{version}",
                    &[],
                    "ApiDeployerServiceDeleteVersion",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerService",
            "delete",
            "Deletes the service (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/api-deployer/services/{service_id}",
                    &[],
                    "ApiDeployerServiceDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "get_light_status",
            "Reads the deployment's basic status (dataikuapi's \"light\" status).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/deployments/{deployment_id}",
                    &[],
                    "ApiDeployerDeploymentGetLightStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "get_heavy_status",
            "Reads the deployment's full status, with health (dataikuapi's \"heavy\" status).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/deployments/{deployment_id}/status",
                    &[],
                    "ApiDeployerDeploymentGetHeavyStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "get_settings",
            "Reads the deployment's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ApiDeployerDeploymentGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "save_settings",
            "Saves the deployment's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "ignore_warnings",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("ignoreWarnings"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/api-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ApiDeployerDeploymentSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "start_update",
            "Starts updating the deployment to its settings; returns the task.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/api-deployer/deployments/{deployment_id}/actions/update",
                    &[],
                    "ApiDeployerDeploymentStartUpdate",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "delete",
            "Deletes the deployment.",
            &[
                Arg::new(
                    "ignore_pre_delete_errors",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("ignorePreDeleteErrors"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "DELETE",
                    "/api-deployer/deployments/{deployment_id}",
                    &[],
                    "ApiDeployerDeploymentDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssApiDeployerDeployment",
            "get_open_api",
            "Reads the OpenAPI document of the deployed service.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/api-deployer/deployments/{deployment_id}/get-open-api",
                    &[],
                    "ApiDeployerDeploymentGetOpenApi",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Text,
        ),
        Endpoint::new(
            "DssProjectDeployerInfra",
            "get_status",
            "Reads the infrastructure's status (its deployments among others).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/infras/{infra_id}",
                    &[],
                    "ProjectDeployerInfraGetStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerInfra",
            "get_settings",
            "Reads the infrastructure's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/infras/{infra_id}/settings",
                    &[],
                    "ProjectDeployerInfraGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerInfra",
            "save_settings",
            "Saves the infrastructure's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/project-deployer/infras/{infra_id}/settings",
                    &[],
                    "ProjectDeployerInfraSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectDeployerInfra",
            "delete",
            "Deletes the infrastructure (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/project-deployer/infras/{infra_id}",
                    &[],
                    "ProjectDeployerInfraDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectDeployerProject",
            "get_status",
            "Reads the published project's status (its bundles and deployments).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/projects/{project_key}",
                    &[],
                    "ProjectDeployerProjectGetStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerProject",
            "get_settings",
            "Reads the published project's settings (mostly permissions).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/projects/{project_key}/settings",
                    &[],
                    "ProjectDeployerProjectGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerProject",
            "save_settings",
            "Saves the published project's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/project-deployer/projects/{project_key}/settings",
                    &[],
                    "ProjectDeployerProjectSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectDeployerProject",
            "delete_bundle",
            "Deletes one bundle of the published project.",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "DELETE",
                    "/project-deployer/projects/{project_key}/bundles/{bundle_id}",
                    &[],
                    "ProjectDeployerProjectDeleteBundle",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_light_status",
            "Reads the deployment's basic status (dataikuapi's \"light\" status).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/deployments/{deployment_id}",
                    &[],
                    "ProjectDeployerDeploymentGetLightStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_heavy_status",
            "Reads the deployment's full status, with health (dataikuapi's \"heavy\" status).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/deployments/{deployment_id}/status",
                    &[],
                    "ProjectDeployerDeploymentGetHeavyStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_settings",
            "Reads the deployment's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/project-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ProjectDeployerDeploymentGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssProjectDeployerDeployment",
            "save_settings",
            "Saves the deployment's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "ignore_warnings",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("ignoreWarnings"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/project-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ProjectDeployerDeploymentSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssProjectDeployerDeployment",
            "start_update",
            "Starts updating the deployment to its settings; returns the task.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/project-deployer/deployments/{deployment_id}/actions/update",
                    &[],
                    "ProjectDeployerDeploymentStartUpdate",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Task,
        ),
        Endpoint::new(
            "DssProjectDeployerDeployment",
            "delete",
            "Deletes the deployment.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/project-deployer/deployments/{deployment_id}",
                    &[],
                    "ProjectDeployerDeploymentDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "get_object_discussions",
            "A handle on the discussions of any object.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "object_type",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "object_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
        ),
        Endpoint::new(
            "DssObjectDiscussions",
            "list_discussions",
            "Lists the discussions on the object.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/",
                    &[],
                    "ObjectDiscussionsListDiscussions",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssObjectDiscussions",
            "get_discussion",
            "Reads one discussion on the object, replies included.",
            &[Arg::new("discussion_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}",
                    &[],
                    "ObjectDiscussionsGetDiscussion",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssObjectDiscussions",
            "create_discussion",
            "Starts a discussion on the object.",
            &[
                Arg::new(
                    "topic",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "topic",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "message",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "reply",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/",
                    &[],
                    "ObjectDiscussionsCreateDiscussion",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "get_feature_store",
            "A handle on the Feature Store.",
            &[],
            None,
            ResultKind::Handle("DssFeatureStore"),
        ),
        Endpoint::new(
            "DssFeatureStore",
            "list_feature_groups",
            "Lists the feature groups (each has `projectKey` and `name`).",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/feature-store/feature-groups",
                    &[],
                    "FeatureStoreListFeatureGroups",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssClient",
            "list_workspaces",
            "Lists the workspaces.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/workspaces/",
                    &[],
                    "ListWorkspaces",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < WorkspaceSummary >"),
        ),
        Endpoint::new(
            "DssClient",
            "get_workspace",
            "A handle on one workspace.",
            &[
                Arg::new(
                    "workspace_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssWorkspace"),
        ),
        Endpoint::new(
            "DssClient",
            "create_workspace",
            "Creates a workspace and returns a handle on it.",
            &[
                Arg::new(
                    "workspace_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "workspaceKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "displayName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "permissions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "color",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "color",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/workspaces/",
                    &[],
                    "CreateWorkspace",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWorkspace"),
        ),
        Endpoint::new(
            "DssWorkspace",
            "get_settings",
            "Reads the workspace's settings.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/workspaces/{workspace_key}",
                    &[],
                    "WorkspaceGetSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssWorkspace",
            "save_settings",
            "Saves the workspace's settings, as read by `get_settings` and changed.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "PUT",
                    "/workspaces/{workspace_key}",
                    &[],
                    "WorkspaceSaveSettings",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssWorkspace",
            "delete",
            "Deletes the workspace.",
            &[],
            Some(
                Request::new(
                    "DELETE",
                    "/workspaces/{workspace_key}",
                    &[],
                    "WorkspaceDelete",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssWorkspace",
            "list_objects",
            "Lists the objects of the workspace.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/workspaces/{workspace_key}/objects",
                    &[],
                    "WorkspaceListObjects",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
        Endpoint::new(
            "DssWorkspace",
            "add_object",
            "Adds an object to the workspace, described as DSS expects it: e.g.",
            &[
                Arg::new(
                    "object",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/workspaces/{workspace_key}/objects",
                    &[],
                    "WorkspaceAddObject",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
        ),
        Endpoint::new(
            "DssClient",
            "list_running_jobs",
            "Lists the jobs running on the instance, in every project.",
            &[
                Arg::new(
                    "all_users",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("allUsers"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/jobs/running/",
                    &[],
                    "ListRunningJobs",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JobSummary >"),
        ),
        Endpoint::new(
            "DssProject",
            "list_jobs",
            "Lists the project's jobs, the finished ones included.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/jobs/",
                    &[],
                    "ProjectListJobs",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JobSummary >"),
        ),
        Endpoint::new(
            "DssProject",
            "list_running_jobs",
            "Lists the project's running jobs.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/jobs/running/",
                    &[],
                    "ProjectListRunningJobs",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JobSummary >"),
        ),
        Endpoint::new(
            "DssProject",
            "get_job",
            "A handle on one job of the project, by id.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssJob"),
        ),
        Endpoint::new(
            "DssProject",
            "start_job",
            "Starts a job from a definition written by hand (`type`, `outputs`, and optionally `refreshHiveMetastore` and `autoUpdateSchemaBeforeEachRecipeRun`) and returns a handle on it, with the id DSS gave it.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    "POST",
                    "/projects/{project_key}/jobs/",
                    &[],
                    "ProjectStartJob",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssJob"),
        ),
        Endpoint::new(
            "DssJob",
            "get_status",
            "Reads the job's status; `state()` of the answer is the job's state.",
            &[],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/jobs/{id}/",
                    &[],
                    "JobGetStatus",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("JobStatus"),
        ),
        Endpoint::new(
            "DssJob",
            "get_log",
            "The job's log, or the log of one of its activities, read as it arrives (a job's log can be large).",
            &[
                Arg::new(
                    "activity",
                    "str",
                    Presence::Optional,
                    Place::Query("activity"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    "GET",
                    "/projects/{project_key}/jobs/{id}/log",
                    &[],
                    "JobGetLog",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Stream,
        ),
        Endpoint::new(
            "DssJob",
            "abort",
            "Asks DSS to abort the job; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    "POST",
                    "/projects/{project_key}/jobs/{id}/abort",
                    &[],
                    "JobAbort",
                    [false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
        ),
    ];
    /// Every handle type, in spec order.
    pub static HANDLES: &[Handle] = &[
        Handle {
            name: "DssFuture",
            doc: "A long-running task (\"future\") on the DSS server.",
            fields: &[
                HandleField {
                    name: "job_id",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "state",
                    ty: Some("Option < FutureState >"),
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssNotebook",
            doc: "A Jupyter notebook of a project, named by project key and notebook name.",
            fields: &[
                HandleField {
                    name: "project_key",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "notebook_name",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssProjectFolder",
            doc: "A project folder, named by its id (as the server reports it).",
            fields: &[
                HandleField {
                    name: "project_folder_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssProject",
            doc: "A project, named by its key.",
            fields: &[
                HandleField {
                    name: "project_key",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "TemporaryImportHandle",
            doc: "An uploaded project archive waiting to be imported (`prepare_project_import`); [`execute`](TemporaryImportHandle::execute) runs the import.",
            fields: &[
                HandleField {
                    name: "import_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssApp",
            doc: "A Dataiku app, named by its id.",
            fields: &[
                HandleField {
                    name: "app_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssPlugin",
            doc: "An installed plugin, named by its id.",
            fields: &[
                HandleField {
                    name: "plugin_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssSqlQuery",
            doc: "A SQL, Hive or Impala query started by `sql_query`: its schema came with the answer that started it; its rows are streamed by `iter_rows`.",
            fields: &[
                HandleField {
                    name: "query_id",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "schema",
                    ty: Some("Vec < SqlColumn >"),
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssUser",
            doc: "A user, named by login.",
            fields: &[
                HandleField {
                    name: "login",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssOwnUser",
            doc: "The user the client is authenticated as.",
            fields: &[],
        },
        Handle {
            name: "DssGroup",
            doc: "A group, named by its name.",
            fields: &[
                HandleField {
                    name: "name",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssConnection",
            doc: "A connection, named by its name.",
            fields: &[
                HandleField {
                    name: "name",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssCodeEnv",
            doc: "A code environment, named by language and name.",
            fields: &[
                HandleField {
                    name: "env_lang",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "env_name",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssCluster",
            doc: "A cluster, named by its id.",
            fields: &[
                HandleField {
                    name: "cluster_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssCodeStudioTemplate",
            doc: "A code studio template, named by its id.",
            fields: &[
                HandleField {
                    name: "template_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssGlobalApiKey",
            doc: "A global API key: `key` is the secret (may be empty when unknown), `id` names it in requests.",
            fields: &[
                HandleField {
                    name: "key",
                    ty: None,
                    secret: true,
                },
                HandleField {
                    name: "id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssPersonalApiKey",
            doc: "A personal API key, named by its id (`key`, the secret, may be empty).",
            fields: &[
                HandleField {
                    name: "id",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "key",
                    ty: None,
                    secret: true,
                },
            ],
        },
        Handle {
            name: "DssMeaning",
            doc: "A user-defined meaning, named by its id.",
            fields: &[
                HandleField {
                    name: "id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssApiDeployer",
            doc: "The API Deployer.",
            fields: &[],
        },
        Handle {
            name: "DssProjectDeployer",
            doc: "The Project Deployer.",
            fields: &[],
        },
        Handle {
            name: "DssApiDeployerInfra",
            doc: "An infrastructure of the API Deployer.",
            fields: &[
                HandleField {
                    name: "infra_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssApiDeployerService",
            doc: "A published API service of the API Deployer.",
            fields: &[
                HandleField {
                    name: "service_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssApiDeployerDeployment",
            doc: "A deployment of the API Deployer.",
            fields: &[
                HandleField {
                    name: "deployment_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssProjectDeployerInfra",
            doc: "An infrastructure of the Project Deployer.",
            fields: &[
                HandleField {
                    name: "infra_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssProjectDeployerProject",
            doc: "A published project of the Project Deployer.",
            fields: &[
                HandleField {
                    name: "project_key",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssProjectDeployerDeployment",
            doc: "A deployment of the Project Deployer.",
            fields: &[
                HandleField {
                    name: "deployment_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssObjectDiscussions",
            doc: "The discussions on one object of a project.",
            fields: &[
                HandleField {
                    name: "project_key",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "object_type",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "object_id",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssFeatureStore",
            doc: "The Feature Store.",
            fields: &[],
        },
        Handle {
            name: "DssWorkspace",
            doc: "A workspace, named by its key.",
            fields: &[
                HandleField {
                    name: "workspace_key",
                    ty: None,
                    secret: false,
                },
            ],
        },
        Handle {
            name: "DssJob",
            doc: "A job of a project (a build of datasets, managed folders, models, ...), named by its project and its id.",
            fields: &[
                HandleField {
                    name: "project_key",
                    ty: None,
                    secret: false,
                },
                HandleField {
                    name: "id",
                    ty: None,
                    secret: false,
                },
            ],
        },
    ];
    /// Every model type, in spec order.
    pub static MODELS: &[Model] = &[
        Model {
            name: "FutureSummary",
            doc: "A long-running task as listed by `list_futures` / `list_running_scenarios`.",
            members: &[
                ModelMember {
                    name: "job_id",
                    wire: "jobId",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "alive",
                    wire: "alive",
                    ty: "Option < bool >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "payload",
                    wire: "payload",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "FutureState",
            doc: "The state of a long-running task (`GET /futures/{jobId}`).",
            members: &[
                ModelMember {
                    name: "job_id",
                    wire: "jobId",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "alive",
                    wire: "alive",
                    ty: "bool",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "has_result",
                    wire: "hasResult",
                    ty: "bool",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "result",
                    wire: "result",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "progress",
                    wire: "progress",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "NotebookSummary",
            doc: "A running Jupyter notebook as listed by `list_running_notebooks`.",
            members: &[
                ModelMember {
                    name: "project_key",
                    wire: "projectKey",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "name",
                    wire: "name",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "active_sessions",
                    wire: "activeSessions",
                    ty: "Option < Vec < Value > >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssNotebook"),
        },
        Model {
            name: "ProjectSummary",
            doc: "A project as listed by `list_projects`.",
            members: &[
                ModelMember {
                    name: "project_key",
                    wire: "projectKey",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "name",
                    wire: "name",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "owner_login",
                    wire: "ownerLogin",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssProject"),
        },
        Model {
            name: "ImportRemap",
            doc: "One remapping of a project import: objects named `source` in the archive use `target` on this instance.",
            members: &[
                ModelMember {
                    name: "source",
                    wire: "source",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "target",
                    wire: "target",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "ImportRemapping",
            doc: "Remappings of a project import.",
            members: &[
                ModelMember {
                    name: "connections",
                    wire: "connections",
                    ty: "Option < Vec < ImportRemap > >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "code_envs",
                    wire: "codeEnvs",
                    ty: "Option < Vec < ImportRemap > >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "ImportSettings",
            doc: "Settings of [`TemporaryImportHandle::execute`](crate::TemporaryImportHandle::execute), as a typed alternative to writing the JSON by hand (see its builder methods).",
            members: &[
                ModelMember {
                    name: "target_project_key",
                    wire: "targetProjectKey",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "remapping",
                    wire: "remapping",
                    ty: "Option < ImportRemapping >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "AppSummary",
            doc: "A Dataiku app as listed by `list_apps`.",
            members: &[
                ModelMember {
                    name: "app_id",
                    wire: "appId",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "label",
                    wire: "label",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssApp"),
        },
        Model {
            name: "PluginSummary",
            doc: "A plugin as listed by `list_plugins`.",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "version",
                    wire: "version",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "is_dev",
                    wire: "isDev",
                    ty: "Option < bool >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssPlugin"),
        },
        Model {
            name: "SqlColumn",
            doc: "One column of a SQL query's result schema.",
            members: &[
                ModelMember {
                    name: "name",
                    wire: "name",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "type",
                    wire: "type",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "UserSummary",
            doc: "A user as listed by `list_users`.",
            members: &[
                ModelMember {
                    name: "login",
                    wire: "login",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "display_name",
                    wire: "displayName",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "email",
                    wire: "email",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "groups",
                    wire: "groups",
                    ty: "Option < Vec < String > >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "user_profile",
                    wire: "userProfile",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "enabled",
                    wire: "enabled",
                    ty: "Option < bool >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "source_type",
                    wire: "sourceType",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssUser"),
        },
        Model {
            name: "UserActivity",
            doc: "A user's activity, as listed by `list_users_activity`.",
            members: &[
                ModelMember {
                    name: "login",
                    wire: "login",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "last_session_activity",
                    wire: "lastSessionActivity",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "last_successful_login",
                    wire: "lastSuccessfulLogin",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "last_failed_login",
                    wire: "lastFailedLogin",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssUser"),
        },
        Model {
            name: "GroupSummary",
            doc: "A group as listed by `list_groups`.",
            members: &[
                ModelMember {
                    name: "name",
                    wire: "name",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "description",
                    wire: "description",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "source_type",
                    wire: "sourceType",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "admin",
                    wire: "admin",
                    ty: "Option < bool >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssGroup"),
        },
        Model {
            name: "CodeEnvSummary",
            doc: "A code environment as listed by `list_code_envs`.",
            members: &[
                ModelMember {
                    name: "env_lang",
                    wire: "envLang",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "env_name",
                    wire: "envName",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "deployment_mode",
                    wire: "deploymentMode",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "owner",
                    wire: "owner",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssCodeEnv"),
        },
        Model {
            name: "ClusterSummary",
            doc: "A cluster as listed by `list_clusters`.",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "name",
                    wire: "name",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "type",
                    wire: "type",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "architecture",
                    wire: "architecture",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "state",
                    wire: "state",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssCluster"),
        },
        Model {
            name: "CodeStudioTemplateSummary",
            doc: "A code studio template as listed by `list_code_studio_templates`.",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "label",
                    wire: "label",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "type",
                    wire: "type",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssCodeStudioTemplate"),
        },
        Model {
            name: "GlobalApiKeySummary",
            doc: "A global API key as listed by `list_global_api_keys`.",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "key",
                    wire: "key",
                    ty: "Option < String >",
                    optional: true,
                    secret: true,
                },
                ModelMember {
                    name: "label",
                    wire: "label",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "description",
                    wire: "description",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssGlobalApiKey"),
        },
        Model {
            name: "PersonalApiKey",
            doc: "A personal API key as listed by `list_personal_api_keys` (or created by `create_personal_api_key`).",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "key",
                    wire: "key",
                    ty: "Option < String >",
                    optional: true,
                    secret: true,
                },
                ModelMember {
                    name: "user",
                    wire: "user",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "label",
                    wire: "label",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "description",
                    wire: "description",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssPersonalApiKey"),
        },
        Model {
            name: "MeaningSummary",
            doc: "A user-defined meaning as listed by `list_meanings`.",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "label",
                    wire: "label",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "type",
                    wire: "type",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "description",
                    wire: "description",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssMeaning"),
        },
        Model {
            name: "InstanceInfo",
            doc: "What `get_instance_info` says about the DSS node.",
            members: &[
                ModelMember {
                    name: "node_id",
                    wire: "nodeId",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "node_name",
                    wire: "nodeName",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "node_type",
                    wire: "nodeType",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "dss_version",
                    wire: "dssVersion",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "UsageSummary",
            doc: "Instance-wide counts from `get_global_usage_summary`.",
            members: &[
                ModelMember {
                    name: "projects",
                    wire: "projects",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "datasets",
                    wire: "datasets",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "recipes",
                    wire: "recipes",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "notebooks",
                    wire: "notebooks",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "projects_usages",
                    wire: "projectsUsages",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "AuthInfo",
            doc: "Who the client is authenticated as (`get_auth_info`).",
            members: &[
                ModelMember {
                    name: "auth_identifier",
                    wire: "authIdentifier",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "groups",
                    wire: "groups",
                    ty: "Option < Vec < String > >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "secrets",
                    wire: "secrets",
                    ty: "Option < Vec < Value > >",
                    optional: true,
                    secret: true,
                },
                ModelMember {
                    name: "user_profile",
                    wire: "userProfile",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "WorkspaceSummary",
            doc: "A workspace as listed by `list_workspaces`.",
            members: &[
                ModelMember {
                    name: "workspace_key",
                    wire: "workspaceKey",
                    ty: "String",
                    optional: false,
                    secret: false,
                },
                ModelMember {
                    name: "display_name",
                    wire: "displayName",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: Some("DssWorkspace"),
        },
        Model {
            name: "JobDefinitionSummary",
            doc: "The definition of a job, as DSS repeats it in job lists and statuses.",
            members: &[
                ModelMember {
                    name: "id",
                    wire: "id",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "project_key",
                    wire: "projectKey",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "type",
                    wire: "type",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "initiator",
                    wire: "initiator",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "JobSummary",
            doc: "A job as listed by `list_jobs` and `list_running_jobs`.",
            members: &[
                ModelMember {
                    name: "job_id",
                    wire: "jobId",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "project_key",
                    wire: "projectKey",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "def",
                    wire: "def",
                    ty: "Option < JobDefinitionSummary >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "state",
                    wire: "state",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "start_time",
                    wire: "startTime",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "end_time",
                    wire: "endTime",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "JobBaseStatus",
            doc: "The base status of a job: its definition, state and times.",
            members: &[
                ModelMember {
                    name: "def",
                    wire: "def",
                    ty: "Option < JobDefinitionSummary >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "state",
                    wire: "state",
                    ty: "Option < String >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "job_start_time",
                    wire: "jobStartTime",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "job_end_time",
                    wire: "jobEndTime",
                    ty: "Option < i64 >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
        Model {
            name: "JobStatus",
            doc: "The status of a job (`DssJob::get_status`): its base status and the counts of its activities.",
            members: &[
                ModelMember {
                    name: "base_status",
                    wire: "baseStatus",
                    ty: "Option < JobBaseStatus >",
                    optional: true,
                    secret: false,
                },
                ModelMember {
                    name: "global_state",
                    wire: "globalState",
                    ty: "Option < Value >",
                    optional: true,
                    secret: false,
                },
            ],
            handle: None,
        },
    ];
}
impl crate::rt::DssClient {
    /**Lists the long tasks currently running.

`GET /futures/` (always with `withScenarios=false`, `withNotScenarios=true`)

Optional arguments, set by name on the returned request:
- `all_users`: Default: `false`. Sent as query parameter `allUsers`.

Returns a [`ListFutures`](requests::ListFutures) request; nothing is sent until `.send()`.*/
    pub fn list_futures(&self) -> requests::ListFutures<'_> {
        requests::ListFutures {
            __owner: self,
            all_users: false,
            __timeout: None,
        }
    }
    /**Lists the scenarios currently running; each item's `payload` names
the scenario.

`GET /futures/` (always with `withScenarios=true`, `withNotScenarios=false`)

Optional arguments, set by name on the returned request:
- `all_users`: Default: `false`. Sent as query parameter `allUsers`.

Returns a [`ListRunningScenarios`](requests::ListRunningScenarios) request; nothing is sent until `.send()`.*/
    pub fn list_running_scenarios(&self) -> requests::ListRunningScenarios<'_> {
        requests::ListRunningScenarios {
            __owner: self,
            all_users: false,
            __timeout: None,
        }
    }
    /**A handle on one long task, e.g. to abort it.

Builds a handle; sends no request.*/
    pub fn get_future(&self, job_id: impl Into<String>) -> handles::DssFuture {
        let job_id = job_id.into();
        {
            let __f_job_id = job_id;
            let __f_state = ::core::default::Default::default();
            handles::DssFuture {
                client: ::core::clone::Clone::clone(self),
                job_id: __f_job_id,
                state: __f_state,
            }
        }
    }
    /**Lists the Jupyter notebooks currently running; each item has at least
`projectKey` and `name`, and converts to a [`DssNotebook`] with
`to_handle`.

`GET /admin/notebooks/`

Returns a [`ListRunningNotebooks`](requests::ListRunningNotebooks) request; nothing is sent until `.send()`.*/
    pub fn list_running_notebooks(&self) -> requests::ListRunningNotebooks<'_> {
        requests::ListRunningNotebooks {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one notebook of a project.

Builds a handle; sends no request.*/
    pub fn get_notebook(
        &self,
        project_key: impl Into<String>,
        notebook_name: impl Into<String>,
    ) -> handles::DssNotebook {
        let project_key = project_key.into();
        let notebook_name = notebook_name.into();
        {
            let __f_project_key = project_key;
            let __f_notebook_name = notebook_name;
            handles::DssNotebook {
                client: ::core::clone::Clone::clone(self),
                project_key: __f_project_key,
                notebook_name: __f_notebook_name,
            }
        }
    }
    /**Fetches the root project folder and returns a handle on it.

`GET /project-folders/ROOT`

Returns a [`GetRootProjectFolder`](requests::GetRootProjectFolder) request; nothing is sent until `.send()`.*/
    pub fn get_root_project_folder(&self) -> requests::GetRootProjectFolder<'_> {
        requests::GetRootProjectFolder {
            __owner: self,
            __timeout: None,
        }
    }
    /**Fetches a project folder and returns a handle on it; the handle uses
the id the server answers with.

`GET /project-folders/{project_folder_id}`

Arguments:
- `project_folder_id`: Sent as a path segment.

Returns a [`GetProjectFolder`](requests::GetProjectFolder) request; nothing is sent until `.send()`.*/
    pub fn get_project_folder(
        &self,
        project_folder_id: impl Into<String>,
    ) -> requests::GetProjectFolder<'_> {
        requests::GetProjectFolder {
            __owner: self,
            project_folder_id: project_folder_id.into(),
            __timeout: None,
        }
    }
    /**Lists the keys of the projects the caller can see.

`GET /projects/`

Returns a [`ListProjectKeys`](requests::ListProjectKeys) request; nothing is sent until `.send()`.*/
    pub fn list_project_keys(&self) -> requests::ListProjectKeys<'_> {
        requests::ListProjectKeys {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the projects the caller can see; each has at least `projectKey`.

`GET /projects/`

Optional arguments, set by name on the returned request:
- `include_location`: Default: `false`. Sent as query parameter `includeLocation`.

Returns a [`ListProjects`](requests::ListProjects) request; nothing is sent until `.send()`.*/
    pub fn list_projects(&self) -> requests::ListProjects<'_> {
        requests::ListProjects {
            __owner: self,
            include_location: false,
            __timeout: None,
        }
    }
    /**A handle on one project.

Builds a handle; sends no request.*/
    pub fn get_project(&self, project_key: impl Into<String>) -> handles::DssProject {
        let project_key = project_key.into();
        {
            let __f_project_key = project_key;
            handles::DssProject {
                client: ::core::clone::Clone::clone(self),
                project_key: __f_project_key,
            }
        }
    }
    /**A handle on the current project of code running inside DSS (the
`DKU_CURRENT_PROJECT_KEY` environment variable); an error when it is
not set.

Builds a handle; sends no request.*/
    pub fn get_default_project(&self) -> Result<handles::DssProject, crate::rt::Error> {
        Ok({
            let __f_project_key = crate::rt::env_value(
                "DKU_CURRENT_PROJECT_KEY",
                "project_key",
            )?;
            handles::DssProject {
                client: ::core::clone::Clone::clone(self),
                project_key: __f_project_key,
            }
        })
    }
    /**Creates a project (needs admin rights or the right to create
projects) and returns a handle on it.

`POST /projects/`

Arguments:
- `project_key`: Key of the new project, unique on the instance. Sent as JSON member `projectKey`.
- `name`: Display name. Sent as JSON member `name`.
- `owner`: Login of the owner. Sent as JSON member `owner`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `settings`: Unset by default (then sent as `null`). Sent as JSON member `settings`.
- `project_folder_id`: Unset by default (then left out). Sent as query parameter `projectFolderId`.
- `permissions`: Default: `[]`. Sent as JSON member `permissions`.
- `tags`: Default: `[]`. Sent as JSON member `tags`.

Returns a [`CreateProject`](requests::CreateProject) request; nothing is sent until `.send()`.*/
    pub fn create_project(
        &self,
        project_key: impl Into<String>,
        name: impl Into<String>,
        owner: impl Into<String>,
    ) -> requests::CreateProject<'_> {
        requests::CreateProject {
            __owner: self,
            project_key: project_key.into(),
            name: name.into(),
            owner: owner.into(),
            description: None,
            settings: None,
            project_folder_id: None,
            permissions: ::serde_json::Value::Array(Vec::new()),
            tags: Vec::new(),
            __timeout: None,
        }
    }
    /**Creates a project from a bundle archive already on the DSS server's
disk (automation nodes only). The path is sent as given.

`POST /projectsFromBundle/fromArchive`

Arguments:
- `archive_path`: Path of the archive on the DSS server. Sent as query parameter `archivePath`.

Optional arguments, set by name on the returned request:
- `project_folder_id`: Unset by default (then left out). Sent as query parameter `projectFolderId`.
- `permissions_propagation_policy`: Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.
- `fail_on_missing_users_or_groups`: Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.

Returns a [`CreateProjectFromBundleLocalArchive`](requests::CreateProjectFromBundleLocalArchive) request; nothing is sent until `.send()`.*/
    pub fn create_project_from_bundle_local_archive(
        &self,
        archive_path: impl Into<String>,
    ) -> requests::CreateProjectFromBundleLocalArchive<'_> {
        requests::CreateProjectFromBundleLocalArchive {
            __owner: self,
            archive_path: archive_path.into(),
            project_folder_id: None,
            permissions_propagation_policy: String::from("NONE"),
            fail_on_missing_users_or_groups: true,
            __timeout: None,
        }
    }
    /**Creates a project from a bundle archive streamed from here
(automation nodes only).

`POST /projectsFromBundle/`

Arguments:
- `fp`: The bundle archive (a reader, a file or a path). Sent as a streamed multipart upload (part `file`, filename `file`).

Optional arguments, set by name on the returned request:
- `project_folder_id`: Unset by default (then left out). Sent as query parameter `projectFolderId`.
- `permissions_propagation_policy`: Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.
- `fail_on_missing_users_or_groups`: Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.

Returns a [`CreateProjectFromBundleArchive`](requests::CreateProjectFromBundleArchive) request; nothing is sent until `.send()`.*/
    pub fn create_project_from_bundle_archive(
        &self,
        fp: impl Into<crate::rt::Upload>,
    ) -> requests::CreateProjectFromBundleArchive<'_> {
        requests::CreateProjectFromBundleArchive {
            __owner: self,
            fp: fp.into(),
            project_folder_id: None,
            permissions_propagation_policy: String::from("NONE"),
            fail_on_missing_users_or_groups: true,
            __timeout: None,
        }
    }
    /**Uploads a project export archive (design nodes only) and returns a
handle to run its import.

`POST /projects/import/upload`

Arguments:
- `f`: The export archive (a reader, a file or a path). Sent as a streamed multipart upload (part `file`, filename `tmp-import.zip`).

Returns a [`PrepareProjectImport`](requests::PrepareProjectImport) request; nothing is sent until `.send()`.*/
    pub fn prepare_project_import(
        &self,
        f: impl Into<crate::rt::Upload>,
    ) -> requests::PrepareProjectImport<'_> {
        requests::PrepareProjectImport {
            __owner: self,
            f: f.into(),
            __timeout: None,
        }
    }
    /**Lists the apps; each has at least `appId`.

`GET /apps/`

Returns a [`ListApps`](requests::ListApps) request; nothing is sent until `.send()`.*/
    pub fn list_apps(&self) -> requests::ListApps<'_> {
        requests::ListApps {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one app.

Builds a handle; sends no request.*/
    pub fn get_app(&self, app_id: impl Into<String>) -> handles::DssApp {
        let app_id = app_id.into();
        {
            let __f_app_id = app_id;
            handles::DssApp {
                client: ::core::clone::Clone::clone(self),
                app_id: __f_app_id,
            }
        }
    }
    /**Lists the installed plugins; each has at least `id`.

`GET /plugins/`

Returns a [`ListPlugins`](requests::ListPlugins) request; nothing is sent until `.send()`.*/
    pub fn list_plugins(&self) -> requests::ListPlugins<'_> {
        requests::ListPlugins {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one plugin.

Builds a handle; sends no request.*/
    pub fn get_plugin(&self, plugin_id: impl Into<String>) -> handles::DssPlugin {
        let plugin_id = plugin_id.into();
        {
            let __f_plugin_id = plugin_id;
            handles::DssPlugin {
                client: ::core::clone::Clone::clone(self),
                plugin_id: __f_plugin_id,
            }
        }
    }
    /**Downloads a development plugin as a byte stream (read it as it
arrives; nothing is buffered whole).

`GET /plugins/{plugin_id}/download`

Arguments:
- `plugin_id`: Sent as a path segment.

Returns a [`DownloadPluginStream`](requests::DownloadPluginStream) request; nothing is sent until `.send()`.*/
    pub fn download_plugin_stream(
        &self,
        plugin_id: impl Into<String>,
    ) -> requests::DownloadPluginStream<'_> {
        requests::DownloadPluginStream {
            __owner: self,
            plugin_id: plugin_id.into(),
            __timeout: None,
        }
    }
    /**Downloads a development plugin into a file (created or truncated only
once the server has answered), streamed in constant memory. Returns
the number of bytes written.

`GET /plugins/{plugin_id}/download`

Arguments:
- `plugin_id`: Sent as a path segment.
- `path`: Sent as the local file the answer is written to.

Returns a [`DownloadPluginToFile`](requests::DownloadPluginToFile) request; nothing is sent until `.send()`.*/
    pub fn download_plugin_to_file(
        &self,
        plugin_id: impl Into<String>,
        path: impl Into<String>,
    ) -> requests::DownloadPluginToFile<'_> {
        requests::DownloadPluginToFile {
            __owner: self,
            plugin_id: plugin_id.into(),
            path: path.into(),
            __timeout: None,
        }
    }
    /**Downloads a development plugin into any writer, streamed in constant
memory. Returns the number of bytes written.

`GET /plugins/{plugin_id}/download`

Arguments:
- `plugin_id`: Sent as a path segment.
- `out`: Sent as the writer the answer is copied into.

Returns a [`DownloadPluginToWriter`](requests::DownloadPluginToWriter) request; nothing is sent until `.send()`.*/
    pub fn download_plugin_to_writer<'a>(
        &'a self,
        plugin_id: impl Into<String>,
        out: &'a mut dyn ::std::io::Write,
    ) -> requests::DownloadPluginToWriter<'a> {
        requests::DownloadPluginToWriter {
            __owner: self,
            plugin_id: plugin_id.into(),
            out: out,
            __timeout: None,
        }
    }
    /**Installs a plugin from a zip archive streamed from here (never read
whole into memory).

`POST /plugins/actions/installFromZip`

Arguments:
- `fp`: The plugin zip (a reader, a file or a path). Sent as a streamed multipart upload (part `file`, filename `file`).

Returns a [`InstallPluginFromArchive`](requests::InstallPluginFromArchive) request; nothing is sent until `.send()`.*/
    pub fn install_plugin_from_archive(
        &self,
        fp: impl Into<crate::rt::Upload>,
    ) -> requests::InstallPluginFromArchive<'_> {
        requests::InstallPluginFromArchive {
            __owner: self,
            fp: fp.into(),
            __timeout: None,
        }
    }
    /**Installs a plugin from the Dataiku plugin store; returns the install task.

`POST /plugins/actions/installFromStore`

Arguments:
- `plugin_id`: Sent as JSON member `pluginId`.

Returns a [`InstallPluginFromStore`](requests::InstallPluginFromStore) request; nothing is sent until `.send()`.*/
    pub fn install_plugin_from_store(
        &self,
        plugin_id: impl Into<String>,
    ) -> requests::InstallPluginFromStore<'_> {
        requests::InstallPluginFromStore {
            __owner: self,
            plugin_id: plugin_id.into(),
            __timeout: None,
        }
    }
    /**Installs a plugin from a Git repository that DSS can reach; returns
the install task.

`POST /plugins/actions/installFromGit`

Arguments:
- `repository_url`: URL of the Git remote. Sent as JSON member `gitRepositoryUrl`.

Optional arguments, set by name on the returned request:
- `checkout`: Default: `master`. Sent as JSON member `gitCheckout`.
- `subpath`: Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.

Returns a [`InstallPluginFromGit`](requests::InstallPluginFromGit) request; nothing is sent until `.send()`.*/
    pub fn install_plugin_from_git(
        &self,
        repository_url: impl Into<String>,
    ) -> requests::InstallPluginFromGit<'_> {
        requests::InstallPluginFromGit {
            __owner: self,
            repository_url: repository_url.into(),
            checkout: String::from("master"),
            subpath: None,
            __timeout: None,
        }
    }
    /**Starts a SQL, Hive or Impala query run by DSS, on a connection, a
database, or the connection of a dataset, and returns a handle to
stream its rows.

`POST /sql/queries/`

Arguments:
- `query`: The query text. Sent as JSON member `query`.

Optional arguments, set by name on the returned request:
- `connection`: Unset by default (then sent as `null`). Sent as JSON member `connection`.
- `database`: Unset by default (then sent as `null`). Sent as JSON member `database`.
- `dataset_full_name`: Unset by default (then sent as `null`). Sent as JSON member `datasetFullName`.
- `pre_queries`: Unset by default (then sent as `null`). Sent as JSON member `preQueries`.
- `post_queries`: Unset by default (then sent as `null`). Sent as JSON member `postQueries`.
- `query_type`: Default: `sql`. Sent as JSON member `type`.
- `extra_conf`: Default: `{}`. Sent as JSON member `extraConf`.
- `script_steps`: Unset by default (then sent as `null`). Sent as JSON member `scriptSteps`.
- `script_input_schema`: Unset by default (then sent as `null`). Sent as JSON member `scriptInputSchema`.
- `script_output_schema`: Unset by default (then sent as `null`). Sent as JSON member `scriptOutputSchema`.
- `script_report_location`: Unset by default (then sent as `null`). Sent as JSON member `scriptReportLocation`.
- `read_timestamp_without_timezone_as_string`: Default: `true`. Sent as JSON member `readTimestampWithoutTimezoneAsString`.
- `read_date_as_string`: Default: `false`. Sent as JSON member `readDateAsString`.
- `project_key`: Unset by default (then sent as `null`). Sent as JSON member `projectKey`.
- `datetimenotz_read_mode`: Default: `AS_IS`. Sent as JSON member `datetimenotzReadMode`.
- `dateonly_read_mode`: Default: `AS_IS`. Sent as JSON member `dateonlyReadMode`.

Returns a [`SqlQuery`](requests::SqlQuery) request; nothing is sent until `.send()`.*/
    pub fn sql_query(&self, query: impl Into<String>) -> requests::SqlQuery<'_> {
        requests::SqlQuery {
            __owner: self,
            query: query.into(),
            connection: None,
            database: None,
            dataset_full_name: None,
            pre_queries: None,
            post_queries: None,
            query_type: String::from("sql"),
            extra_conf: ::serde_json::Value::Object(::serde_json::Map::new()),
            script_steps: None,
            script_input_schema: None,
            script_output_schema: None,
            script_report_location: None,
            read_timestamp_without_timezone_as_string: true,
            read_date_as_string: false,
            project_key: None,
            datetimenotz_read_mode: String::from("AS_IS"),
            dateonly_read_mode: String::from("AS_IS"),
            __timeout: None,
        }
    }
    /**Lists the users of the instance (needs admin rights).

`GET /admin/users/`

Optional arguments, set by name on the returned request:
- `include_settings`: Default: `false`. Sent as query parameter `includeSettings`.

Returns a [`ListUsers`](requests::ListUsers) request; nothing is sent until `.send()`.*/
    pub fn list_users(&self) -> requests::ListUsers<'_> {
        requests::ListUsers {
            __owner: self,
            include_settings: false,
            __timeout: None,
        }
    }
    /**A handle on one user.

Builds a handle; sends no request.*/
    pub fn get_user(&self, login: impl Into<String>) -> handles::DssUser {
        let login = login.into();
        {
            let __f_login = login;
            handles::DssUser {
                client: ::core::clone::Clone::clone(self),
                login: __f_login,
            }
        }
    }
    /**Creates a user (needs admin rights) and returns a handle on it.

`POST /admin/users/`

Arguments:
- `login`: Login of the new user. Sent as JSON member `login`.
- `password`: Password (for `LOCAL` users). Sent as JSON member `password`.

Optional arguments, set by name on the returned request:
- `display_name`: Default: ``. Sent as JSON member `displayName`.
- `source_type`: Default: `LOCAL`. Sent as JSON member `sourceType`.
- `groups`: Default: `[]`. Sent as JSON member `groups`.
- `profile`: Default: `DATA_SCIENTIST`. Sent as JSON member `userProfile`.
- `email`: Unset by default (then sent as `null`). Sent as JSON member `email`.

Returns a [`CreateUser`](requests::CreateUser) request; nothing is sent until `.send()`.*/
    pub fn create_user(
        &self,
        login: impl Into<String>,
        password: impl Into<String>,
    ) -> requests::CreateUser<'_> {
        requests::CreateUser {
            __owner: self,
            login: login.into(),
            password: password.into(),
            display_name: String::from(""),
            source_type: String::from("LOCAL"),
            groups: Vec::new(),
            profile: String::from("DATA_SCIENTIST"),
            email: None,
            __timeout: None,
        }
    }
    /**A handle on the user the client is authenticated as.

Builds a handle; sends no request.*/
    pub fn get_own_user(&self) -> handles::DssOwnUser {
        {
            handles::DssOwnUser {
                client: ::core::clone::Clone::clone(self),
            }
        }
    }
    /**Lists every user's activity (needs admin rights).

`GET /admin/users-activity`

Optional arguments, set by name on the returned request:
- `enabled_users_only`: Default: `false`. Sent as query parameter `enabledUsersOnly`.

Returns a [`ListUsersActivity`](requests::ListUsersActivity) request; nothing is sent until `.send()`.*/
    pub fn list_users_activity(&self) -> requests::ListUsersActivity<'_> {
        requests::ListUsersActivity {
            __owner: self,
            enabled_users_only: false,
            __timeout: None,
        }
    }
    /**Reads the authorization matrix of enabled users and groups (needs
admin rights).

`GET /admin/authorization-matrix`

Returns a [`GetAuthorizationMatrix`](requests::GetAuthorizationMatrix) request; nothing is sent until `.send()`.*/
    pub fn get_authorization_matrix(&self) -> requests::GetAuthorizationMatrix<'_> {
        requests::GetAuthorizationMatrix {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the groups of the instance (needs admin rights).

`GET /admin/groups/`

Returns a [`ListGroups`](requests::ListGroups) request; nothing is sent until `.send()`.*/
    pub fn list_groups(&self) -> requests::ListGroups<'_> {
        requests::ListGroups {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one group.

Builds a handle; sends no request.*/
    pub fn get_group(&self, name: impl Into<String>) -> handles::DssGroup {
        let name = name.into();
        {
            let __f_name = name;
            handles::DssGroup {
                client: ::core::clone::Clone::clone(self),
                name: __f_name,
            }
        }
    }
    /**Creates a group (needs admin rights) and returns a handle on it.

`POST /admin/groups/`

Arguments:
- `name`: Name of the new group. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `source_type`: Default: `LOCAL`. Sent as JSON member `sourceType`.

Returns a [`CreateGroup`](requests::CreateGroup) request; nothing is sent until `.send()`.*/
    pub fn create_group(&self, name: impl Into<String>) -> requests::CreateGroup<'_> {
        requests::CreateGroup {
            __owner: self,
            name: name.into(),
            description: None,
            source_type: String::from("LOCAL"),
            __timeout: None,
        }
    }
    /**Lists the connections (needs admin rights), as a map from connection
name to its summary.

`GET /admin/connections/`

Returns a [`ListConnections`](requests::ListConnections) request; nothing is sent until `.send()`.*/
    pub fn list_connections(&self) -> requests::ListConnections<'_> {
        requests::ListConnections {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one connection.

Builds a handle; sends no request.*/
    pub fn get_connection(&self, name: impl Into<String>) -> handles::DssConnection {
        let name = name.into();
        {
            let __f_name = name;
            handles::DssConnection {
                client: ::core::clone::Clone::clone(self),
                name: __f_name,
            }
        }
    }
    /**Creates a connection (needs admin rights) and returns a handle on it.

`POST /admin/connections/`

Arguments:
- `name`: Name of the new connection. Sent as JSON member `name`.
- `connection_type`: Connection type (e.g. `PostgreSQL`). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as JSON member `params`.
- `usable_by`: Default: `ALL`. Sent as JSON member `usableBy`.
- `allowed_groups`: Default: `[]`. Sent as JSON member `allowedGroups`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.

Returns a [`CreateConnection`](requests::CreateConnection) request; nothing is sent until `.send()`.*/
    pub fn create_connection(
        &self,
        name: impl Into<String>,
        connection_type: impl Into<String>,
    ) -> requests::CreateConnection<'_> {
        requests::CreateConnection {
            __owner: self,
            name: name.into(),
            connection_type: connection_type.into(),
            params: ::serde_json::Value::Object(::serde_json::Map::new()),
            usable_by: String::from("ALL"),
            allowed_groups: Vec::new(),
            description: None,
            __timeout: None,
        }
    }
    /**Lists the code environments (needs admin rights); each has at least
`envLang` and `envName`.

`GET /admin/code-envs/`

Returns a [`ListCodeEnvs`](requests::ListCodeEnvs) request; nothing is sent until `.send()`.*/
    pub fn list_code_envs(&self) -> requests::ListCodeEnvs<'_> {
        requests::ListCodeEnvs {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one code environment.

Builds a handle; sends no request.*/
    pub fn get_code_env(
        &self,
        env_lang: impl Into<String>,
        env_name: impl Into<String>,
    ) -> handles::DssCodeEnv {
        let env_lang = env_lang.into();
        let env_name = env_name.into();
        {
            let __f_env_lang = env_lang;
            let __f_env_name = env_name;
            handles::DssCodeEnv {
                client: ::core::clone::Clone::clone(self),
                env_lang: __f_env_lang,
                env_name: __f_env_name,
            }
        }
    }
    /**Creates a code environment (needs admin rights); the server waits
for the creation to finish (`.start()` returns the creation task
instead). A failure DSS reports in its answer is an error.

`POST /admin/code-envs/{env_lang}/{env_name}` (always with `wait=true`)

Arguments:
- `env_lang`: `PYTHON` or `R`. Sent as a path segment.
- `env_name`: Name of the new environment. Sent as a path segment.
- `deployment_mode`: Deployment mode (e.g. `DESIGN_MANAGED`). Sent as JSON member `deploymentMode`.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as the members of the JSON body.

Returns a [`CreateCodeEnv`](requests::CreateCodeEnv) request; nothing is sent until `.send()`.*/
    pub fn create_code_env(
        &self,
        env_lang: impl Into<String>,
        env_name: impl Into<String>,
        deployment_mode: impl Into<String>,
    ) -> requests::CreateCodeEnv<'_> {
        requests::CreateCodeEnv {
            __owner: self,
            env_lang: env_lang.into(),
            env_name: env_name.into(),
            deployment_mode: deployment_mode.into(),
            params: ::serde_json::Value::Object(::serde_json::Map::new()),
            __timeout: None,
        }
    }
    /**Lists where code environments are used.

`GET /admin/code-envs/usages`

Returns a [`ListCodeEnvUsages`](requests::ListCodeEnvUsages) request; nothing is sent until `.send()`.*/
    pub fn list_code_env_usages(&self) -> requests::ListCodeEnvUsages<'_> {
        requests::ListCodeEnvUsages {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the clusters (id, name, type, state).

`GET /admin/clusters/`

Returns a [`ListClusters`](requests::ListClusters) request; nothing is sent until `.send()`.*/
    pub fn list_clusters(&self) -> requests::ListClusters<'_> {
        requests::ListClusters {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one cluster.

Builds a handle; sends no request.*/
    pub fn get_cluster(&self, cluster_id: impl Into<String>) -> handles::DssCluster {
        let cluster_id = cluster_id.into();
        {
            let __f_cluster_id = cluster_id;
            handles::DssCluster {
                client: ::core::clone::Clone::clone(self),
                cluster_id: __f_cluster_id,
            }
        }
    }
    /**Creates a cluster and returns a handle on it (with the id the server
gives it). A failure DSS reports in its answer is an error.

`POST /admin/clusters/`

Arguments:
- `cluster_name`: Name of the new cluster. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `cluster_type`: Default: `manual`. Sent as JSON member `type`.
- `params`: Default: `{}`. Sent as JSON member `params`.
- `cluster_architecture`: Default: `HADOOP`. Sent as JSON member `architecture`.

Returns a [`CreateCluster`](requests::CreateCluster) request; nothing is sent until `.send()`.*/
    pub fn create_cluster(
        &self,
        cluster_name: impl Into<String>,
    ) -> requests::CreateCluster<'_> {
        requests::CreateCluster {
            __owner: self,
            cluster_name: cluster_name.into(),
            cluster_type: String::from("manual"),
            params: ::serde_json::Value::Object(::serde_json::Map::new()),
            cluster_architecture: String::from("HADOOP"),
            __timeout: None,
        }
    }
    /**Lists the code studio templates.

`GET /admin/code-studios/`

Returns a [`ListCodeStudioTemplates`](requests::ListCodeStudioTemplates) request; nothing is sent until `.send()`.*/
    pub fn list_code_studio_templates(&self) -> requests::ListCodeStudioTemplates<'_> {
        requests::ListCodeStudioTemplates {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one code studio template.

Builds a handle; sends no request.*/
    pub fn get_code_studio_template(
        &self,
        template_id: impl Into<String>,
    ) -> handles::DssCodeStudioTemplate {
        let template_id = template_id.into();
        {
            let __f_template_id = template_id;
            handles::DssCodeStudioTemplate {
                client: ::core::clone::Clone::clone(self),
                template_id: __f_template_id,
            }
        }
    }
    /**Lists the global API keys (needs admin rights).

`GET /admin/global-api-keys/`

Returns a [`ListGlobalApiKeys`](requests::ListGlobalApiKeys) request; nothing is sent until `.send()`.*/
    pub fn list_global_api_keys(&self) -> requests::ListGlobalApiKeys<'_> {
        requests::ListGlobalApiKeys {
            __owner: self,
            __timeout: None,
        }
    }
    /**Looks up a global API key by its secret and returns a handle on it
(holding the key's id from the answer).

`GET /admin/globalAPIKeys/{key}`

Arguments:
- `key`: Sent as a path segment.

Returns a [`GetGlobalApiKey`](requests::GetGlobalApiKey) request; nothing is sent until `.send()`.*/
    pub fn get_global_api_key(
        &self,
        key: impl Into<String>,
    ) -> requests::GetGlobalApiKey<'_> {
        requests::GetGlobalApiKey {
            __owner: self,
            key: key.into(),
            __timeout: None,
        }
    }
    /**Creates a global API key (needs admin rights) and returns a handle on
it. A failure DSS reports in its answer is an error.

`POST /admin/global-api-keys/`

Optional arguments, set by name on the returned request:
- `label`: Unset by default (then sent as `null`). Sent as JSON member `label`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `admin`: Default: `false`. Sent as JSON member `globalPermissions.admin`.

Returns a [`CreateGlobalApiKey`](requests::CreateGlobalApiKey) request; nothing is sent until `.send()`.*/
    pub fn create_global_api_key(&self) -> requests::CreateGlobalApiKey<'_> {
        requests::CreateGlobalApiKey {
            __owner: self,
            label: None,
            description: None,
            admin: false,
            __timeout: None,
        }
    }
    /**Lists the personal API keys of the authenticated user.

`GET /personal-api-keys/`

Returns a [`ListPersonalApiKeys`](requests::ListPersonalApiKeys) request; nothing is sent until `.send()`.*/
    pub fn list_personal_api_keys(&self) -> requests::ListPersonalApiKeys<'_> {
        requests::ListPersonalApiKeys {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one personal API key.

Builds a handle; sends no request.*/
    pub fn get_personal_api_key(
        &self,
        id: impl Into<String>,
    ) -> handles::DssPersonalApiKey {
        let id = id.into();
        {
            let __f_id = id;
            let __f_key = String::from("");
            handles::DssPersonalApiKey {
                client: ::core::clone::Clone::clone(self),
                id: __f_id,
                key: __f_key,
            }
        }
    }
    /**Creates a personal API key for the authenticated user and returns it
(the answer holds the secret `key`).

`POST /personal-api-keys/`

Optional arguments, set by name on the returned request:
- `label`: Default: ``. Sent as JSON member `label`.
- `description`: Default: ``. Sent as JSON member `description`.

Returns a [`CreatePersonalApiKey`](requests::CreatePersonalApiKey) request; nothing is sent until `.send()`.*/
    pub fn create_personal_api_key(&self) -> requests::CreatePersonalApiKey<'_> {
        requests::CreatePersonalApiKey {
            __owner: self,
            label: String::from(""),
            description: String::from(""),
            __timeout: None,
        }
    }
    /**Lists every user's personal API keys (needs admin rights).

`GET /admin/personal-api-keys/`

Returns a [`ListAllPersonalApiKeys`](requests::ListAllPersonalApiKeys) request; nothing is sent until `.send()`.*/
    pub fn list_all_personal_api_keys(&self) -> requests::ListAllPersonalApiKeys<'_> {
        requests::ListAllPersonalApiKeys {
            __owner: self,
            __timeout: None,
        }
    }
    /**Creates a personal API key on behalf of a user (needs admin rights)
and returns a handle on it.

`POST /admin/personal-api-keys/`

Arguments:
- `user`: Login of the user the key acts as. Sent as JSON member `user`.

Optional arguments, set by name on the returned request:
- `label`: Default: ``. Sent as JSON member `label`.
- `description`: Default: ``. Sent as JSON member `description`.

Returns a [`CreatePersonalApiKeyForUser`](requests::CreatePersonalApiKeyForUser) request; nothing is sent until `.send()`.*/
    pub fn create_personal_api_key_for_user(
        &self,
        user: impl Into<String>,
    ) -> requests::CreatePersonalApiKeyForUser<'_> {
        requests::CreatePersonalApiKeyForUser {
            __owner: self,
            user: user.into(),
            label: String::from(""),
            description: String::from(""),
            __timeout: None,
        }
    }
    /**Lists the user-defined meanings.

`GET /meanings/`

Returns a [`ListMeanings`](requests::ListMeanings) request; nothing is sent until `.send()`.*/
    pub fn list_meanings(&self) -> requests::ListMeanings<'_> {
        requests::ListMeanings {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one meaning.

Builds a handle; sends no request.*/
    pub fn get_meaning(&self, id: impl Into<String>) -> handles::DssMeaning {
        let id = id.into();
        {
            let __f_id = id;
            handles::DssMeaning {
                client: ::core::clone::Clone::clone(self),
                id: __f_id,
            }
        }
    }
    /**Creates a meaning (needs admin rights) and returns a handle on it.

`POST /meanings/`

Arguments:
- `id`: Id of the new meaning. Sent as JSON member `id`.
- `label`: Display label. Sent as JSON member `label`.
- `meaning_type`: `DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`. Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `values`: Unset by default (then sent as `null`). Sent as JSON member `entries`, converted by `meaning_entries`.
- `mappings`: Unset by default (then sent as `null`). Sent as JSON member `mappings`, converted by `meaning_mappings`.
- `pattern`: Unset by default (then sent as `null`). Sent as JSON member `pattern`.
- `normalization_mode`: Unset by default (then sent as `null`). Sent as JSON member `normalizationMode`.
- `detectable`: Default: `false`. Sent as JSON member `detectable`.

Returns a [`CreateMeaning`](requests::CreateMeaning) request; nothing is sent until `.send()`.*/
    pub fn create_meaning(
        &self,
        id: impl Into<String>,
        label: impl Into<String>,
        meaning_type: impl Into<String>,
    ) -> requests::CreateMeaning<'_> {
        requests::CreateMeaning {
            __owner: self,
            id: id.into(),
            label: label.into(),
            meaning_type: meaning_type.into(),
            description: None,
            values: None,
            mappings: None,
            pattern: None,
            normalization_mode: None,
            detectable: false,
            __timeout: None,
        }
    }
    /**Lists the log files of the instance (needs admin rights).

`GET /admin/logs/`

Returns a [`ListLogs`](requests::ListLogs) request; nothing is sent until `.send()`.*/
    pub fn list_logs(&self) -> requests::ListLogs<'_> {
        requests::ListLogs {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads one log file (needs admin rights).

`GET /admin/logs/{name}`

Arguments:
- `name`: Sent as a path segment.

Returns a [`GetLog`](requests::GetLog) request; nothing is sent until `.send()`.*/
    pub fn get_log(&self, name: impl Into<String>) -> requests::GetLog<'_> {
        requests::GetLog {
            __owner: self,
            name: name.into(),
            __timeout: None,
        }
    }
    /**Writes a custom entry to the audit trail.

`POST /admin/audit/custom/{custom_type}`

Arguments:
- `custom_type`: Sent as the entry's `customMsgType`. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `custom_params`: Default: `{}`. Sent as the JSON body.

Returns a [`LogCustomAudit`](requests::LogCustomAudit) request; nothing is sent until `.send()`.*/
    pub fn log_custom_audit(
        &self,
        custom_type: impl Into<String>,
    ) -> requests::LogCustomAudit<'_> {
        requests::LogCustomAudit {
            __owner: self,
            custom_type: custom_type.into(),
            custom_params: ::serde_json::Value::Object(::serde_json::Map::new()),
            __timeout: None,
        }
    }
    /**Counts projects, datasets, recipes, ... of the instance.

`GET /admin/monitoring/global-usage-summary`

Optional arguments, set by name on the returned request:
- `with_per_project`: Default: `false`. Sent as query parameter `withPerProject`.

Returns a [`GetGlobalUsageSummary`](requests::GetGlobalUsageSummary) request; nothing is sent until `.send()`.*/
    pub fn get_global_usage_summary(&self) -> requests::GetGlobalUsageSummary<'_> {
        requests::GetGlobalUsageSummary {
            __owner: self,
            with_per_project: false,
            __timeout: None,
        }
    }
    /**Reads the instance variables. Deprecated: use `get_global_variables`.

`GET /admin/variables/`

Returns a [`GetVariables`](requests::GetVariables) request; nothing is sent until `.send()`.*/
    pub fn get_variables(&self) -> requests::GetVariables<'_> {
        requests::GetVariables {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the instance variables (needs admin rights).

`GET /admin/variables/`

Returns a [`GetGlobalVariables`](requests::GetGlobalVariables) request; nothing is sent until `.send()`.*/
    pub fn get_global_variables(&self) -> requests::GetGlobalVariables<'_> {
        requests::GetGlobalVariables {
            __owner: self,
            __timeout: None,
        }
    }
    /**Replaces all instance variables at once (needs admin rights); start
from what `get_global_variables` returned.

`PUT /admin/variables/`

Arguments:
- `variables`: Sent as the JSON body.

Returns a [`SetVariables`](requests::SetVariables) request; nothing is sent until `.send()`.*/
    pub fn set_variables(
        &self,
        variables: ::serde_json::Value,
    ) -> requests::SetVariables<'_> {
        requests::SetVariables {
            __owner: self,
            variables: variables,
            __timeout: None,
        }
    }
    /**Reads a project's variables merged with the instance's.

`GET /projects/{project_key}/variables-resolved`

Optional arguments, set by name on the returned request:
- `project_key`: Default: the `DKU_CURRENT_PROJECT_KEY` environment variable (an error if it is unset too). Sent as a path segment.
- `typed`: Default: `false`. Sent as query parameter `typed`.

Returns a [`GetResolvedVariables`](requests::GetResolvedVariables) request; nothing is sent until `.send()`.*/
    pub fn get_resolved_variables(&self) -> requests::GetResolvedVariables<'_> {
        requests::GetResolvedVariables {
            __owner: self,
            project_key: None,
            typed: false,
            __timeout: None,
        }
    }
    /**Reads the general settings of the instance (needs admin rights).

`GET /admin/general-settings`

Returns a [`GetGeneralSettings`](requests::GetGeneralSettings) request; nothing is sent until `.send()`.*/
    pub fn get_general_settings(&self) -> requests::GetGeneralSettings<'_> {
        requests::GetGeneralSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the general settings, as read by `get_general_settings` and changed.

`PUT /admin/general-settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`SaveGeneralSettings`](requests::SaveGeneralSettings) request; nothing is sent until `.send()`.*/
    pub fn save_general_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::SaveGeneralSettings<'_> {
        requests::SaveGeneralSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Starts indexing connections in the data catalog.

`POST /catalog/index`

Optional arguments, set by name on the returned request:
- `connection_names`: Default: `[]`. Sent as JSON member `connectionNames`.
- `all_connections`: Default: `false`. Sent as JSON member `indexAllConnections`.
- `indexing_mode`: Default: `FULL`. Sent as JSON member `indexingMode`.

Returns a [`CatalogIndexConnections`](requests::CatalogIndexConnections) request; nothing is sent until `.send()`.*/
    pub fn catalog_index_connections(&self) -> requests::CatalogIndexConnections<'_> {
        requests::CatalogIndexConnections {
            __owner: self,
            connection_names: Vec::new(),
            all_connections: false,
            indexing_mode: String::from("FULL"),
            __timeout: None,
        }
    }
    /**Streams the scoring libraries jar (needed to score with model jars
that do not include them).

`GET /resources/scoring-lib-jar`

Returns a [`GetScoringLibsStream`](requests::GetScoringLibsStream) request; nothing is sent until `.send()`.*/
    pub fn get_scoring_libs_stream(&self) -> requests::GetScoringLibsStream<'_> {
        requests::GetScoringLibsStream {
            __owner: self,
            __timeout: None,
        }
    }
    /**Tells who the client is authenticated as.

`GET /auth/info`

Optional arguments, set by name on the returned request:
- `with_secrets`: Default: `false`. Sent as query parameter `withSecrets`.

Returns a [`GetAuthInfo`](requests::GetAuthInfo) request; nothing is sent until `.send()`.*/
    pub fn get_auth_info(&self) -> requests::GetAuthInfo<'_> {
        requests::GetAuthInfo {
            __owner: self,
            with_secrets: false,
            __timeout: None,
        }
    }
    /**Tells which DSS user the given browser headers authenticate (for
webapp backends).

`POST /auth/info-from-browser-headers`

Arguments:
- `headers_dict`: The browser request's headers, as a JSON object. Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `with_secrets`: Default: `false`. Sent as query parameter `withSecrets`.

Returns a [`GetAuthInfoFromBrowserHeaders`](requests::GetAuthInfoFromBrowserHeaders) request; nothing is sent until `.send()`.*/
    pub fn get_auth_info_from_browser_headers(
        &self,
        headers_dict: ::serde_json::Value,
    ) -> requests::GetAuthInfoFromBrowserHeaders<'_> {
        requests::GetAuthInfoFromBrowserHeaders {
            __owner: self,
            headers_dict: headers_dict,
            with_secrets: false,
            __timeout: None,
        }
    }
    /**Gets an API ticket (for the `X-DKU-APITicket` header) for the user
that the given browser headers authenticate.

`POST /auth/ticket-from-browser-headers`

Arguments:
- `headers_dict`: The browser request's headers, as a JSON object. Sent as the JSON body.

Returns a [`GetTicketFromBrowserHeaders`](requests::GetTicketFromBrowserHeaders) request; nothing is sent until `.send()`.*/
    pub fn get_ticket_from_browser_headers(
        &self,
        headers_dict: ::serde_json::Value,
    ) -> requests::GetTicketFromBrowserHeaders<'_> {
        requests::GetTicketFromBrowserHeaders {
            __owner: self,
            headers_dict: headers_dict,
            __timeout: None,
        }
    }
    /**Gets a temporary API ticket (for the `X-DKU-APITicket` header) for
the user the client is authenticated as.

`POST /auth/ticket`

Returns a [`GetTicket`](requests::GetTicket) request; nothing is sent until `.send()`.*/
    pub fn get_ticket(&self) -> requests::GetTicket<'_> {
        requests::GetTicket {
            __owner: self,
            __timeout: None,
        }
    }
    /**Pushes the base images for Kubernetes container execution and
Spark on Kubernetes; returns the task.

`POST /admin/container-exec/actions/push-base-images`

Returns a [`PushBaseImages`](requests::PushBaseImages) request; nothing is sent until `.send()`.*/
    pub fn push_base_images(&self) -> requests::PushBaseImages<'_> {
        requests::PushBaseImages {
            __owner: self,
            __timeout: None,
        }
    }
    /**Applies the Kubernetes namespace policies of the general settings;
returns the task.

`POST /admin/container-exec/actions/apply-kubernetes-policies`

Returns a [`ApplyKubernetesNamespacesPolicies`](requests::ApplyKubernetesNamespacesPolicies) request; nothing is sent until `.send()`.*/
    pub fn apply_kubernetes_namespaces_policies(
        &self,
    ) -> requests::ApplyKubernetesNamespacesPolicies<'_> {
        requests::ApplyKubernetesNamespacesPolicies {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads global information about the instance.

`GET /instance-info`

Returns a [`GetInstanceInfo`](requests::GetInstanceInfo) request; nothing is sent until `.send()`.*/
    pub fn get_instance_info(&self) -> requests::GetInstanceInfo<'_> {
        requests::GetInstanceInfo {
            __owner: self,
            __timeout: None,
        }
    }
    /**Runs the instance sanity check (needs admin rights) and waits for its
messages; `.start()` returns the task instead.

`POST /admin/sanity-check/run`

Optional arguments, set by name on the returned request:
- `exclusion_list`: Default: `[]`. Sent as the JSON body.

Returns a [`PerformInstanceSanityCheck`](requests::PerformInstanceSanityCheck) request; nothing is sent until `.send()`.*/
    pub fn perform_instance_sanity_check(
        &self,
    ) -> requests::PerformInstanceSanityCheck<'_> {
        requests::PerformInstanceSanityCheck {
            __owner: self,
            exclusion_list: Vec::new(),
            __timeout: None,
        }
    }
    /**Lists the codes the sanity check can report (needs admin rights).

`GET /admin/sanity-check/codes`

Returns a [`GetSanityCheckCodes`](requests::GetSanityCheckCodes) request; nothing is sent until `.send()`.*/
    pub fn get_sanity_check_codes(&self) -> requests::GetSanityCheckCodes<'_> {
        requests::GetSanityCheckCodes {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the licensing status.

`GET /admin/licensing/status`

Returns a [`GetLicensingStatus`](requests::GetLicensingStatus) request; nothing is sent until `.send()`.*/
    pub fn get_licensing_status(&self) -> requests::GetLicensingStatus<'_> {
        requests::GetLicensingStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Installs a license (the content of a license file, which must be
JSON: it is refused before sending otherwise).

`POST /admin/licensing/license`

Arguments:
- `license`: Sent as the JSON body, converted by `parse_json`.

Returns a [`SetLicense`](requests::SetLicense) request; nothing is sent until `.send()`.*/
    pub fn set_license(&self, license: impl Into<String>) -> requests::SetLicense<'_> {
        requests::SetLicense {
            __owner: self,
            license: license.into(),
            __timeout: None,
        }
    }
    /**A handle on the API Deployer.

Builds a handle; sends no request.*/
    pub fn get_apideployer(&self) -> handles::DssApiDeployer {
        {
            handles::DssApiDeployer {
                client: ::core::clone::Clone::clone(self),
            }
        }
    }
    /**A handle on the Project Deployer.

Builds a handle; sends no request.*/
    pub fn get_projectdeployer(&self) -> handles::DssProjectDeployer {
        {
            handles::DssProjectDeployer {
                client: ::core::clone::Clone::clone(self),
            }
        }
    }
    /**A handle on the discussions of any object.

Builds a handle; sends no request.*/
    pub fn get_object_discussions(
        &self,
        project_key: impl Into<String>,
        object_type: impl Into<String>,
        object_id: impl Into<String>,
    ) -> handles::DssObjectDiscussions {
        let project_key = project_key.into();
        let object_type = object_type.into();
        let object_id = object_id.into();
        {
            let __f_project_key = project_key;
            let __f_object_type = object_type;
            let __f_object_id = object_id;
            handles::DssObjectDiscussions {
                client: ::core::clone::Clone::clone(self),
                project_key: __f_project_key,
                object_type: __f_object_type,
                object_id: __f_object_id,
            }
        }
    }
    /**A handle on the Feature Store.

Builds a handle; sends no request.*/
    pub fn get_feature_store(&self) -> handles::DssFeatureStore {
        {
            handles::DssFeatureStore {
                client: ::core::clone::Clone::clone(self),
            }
        }
    }
    /**Lists the workspaces.

`GET /workspaces/`

Returns a [`ListWorkspaces`](requests::ListWorkspaces) request; nothing is sent until `.send()`.*/
    pub fn list_workspaces(&self) -> requests::ListWorkspaces<'_> {
        requests::ListWorkspaces {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one workspace.

Builds a handle; sends no request.*/
    pub fn get_workspace(
        &self,
        workspace_key: impl Into<String>,
    ) -> handles::DssWorkspace {
        let workspace_key = workspace_key.into();
        {
            let __f_workspace_key = workspace_key;
            handles::DssWorkspace {
                client: ::core::clone::Clone::clone(self),
                workspace_key: __f_workspace_key,
            }
        }
    }
    /**Creates a workspace and returns a handle on it.

`POST /workspaces/`

Arguments:
- `workspace_key`: Key of the new workspace, unique on the instance. Sent as JSON member `workspaceKey`.
- `name`: Display name. Sent as JSON member `displayName`.

Optional arguments, set by name on the returned request:
- `permissions`: Unset by default (then sent as `null`). Sent as JSON member `permissions`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `color`: Unset by default (then sent as `null`). Sent as JSON member `color`.

Returns a [`CreateWorkspace`](requests::CreateWorkspace) request; nothing is sent until `.send()`.*/
    pub fn create_workspace(
        &self,
        workspace_key: impl Into<String>,
        name: impl Into<String>,
    ) -> requests::CreateWorkspace<'_> {
        requests::CreateWorkspace {
            __owner: self,
            workspace_key: workspace_key.into(),
            name: name.into(),
            permissions: None,
            description: None,
            color: None,
            __timeout: None,
        }
    }
    /**Lists the jobs running on the instance, in every project.

`GET /jobs/running/`

Optional arguments, set by name on the returned request:
- `all_users`: Default: `true`. Sent as query parameter `allUsers`.

Returns a [`ListRunningJobs`](requests::ListRunningJobs) request; nothing is sent until `.send()`.*/
    pub fn list_running_jobs(&self) -> requests::ListRunningJobs<'_> {
        requests::ListRunningJobs {
            __owner: self,
            all_users: true,
            __timeout: None,
        }
    }
}
impl handles::DssFuture {
    /**Asks the server to abort the task.

`DELETE /futures/{job_id}`

Returns a [`FutureAbort`](requests::FutureAbort) request; nothing is sent until `.send()`.*/
    pub fn abort(&self) -> requests::FutureAbort<'_> {
        requests::FutureAbort {
            __owner: self,
            __timeout: None,
        }
    }
    /**Fetches the task's current state, result included when there is one.

`GET /futures/{job_id}` (always with `peek=false`)

Returns a [`FutureGetState`](requests::FutureGetState) request; nothing is sent until `.send()`.*/
    pub fn get_state(&self) -> requests::FutureGetState<'_> {
        requests::FutureGetState {
            __owner: self,
            __timeout: None,
        }
    }
    /**Fetches the task's state without its result (lighter, for polling).

`GET /futures/{job_id}` (always with `peek=true`)

Returns a [`FuturePeekState`](requests::FuturePeekState) request; nothing is sent until `.send()`.*/
    pub fn peek_state(&self) -> requests::FuturePeekState<'_> {
        requests::FuturePeekState {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssNotebook {
    /**Reads the notebook's state (its active sessions among others).

`GET /projects/{project_key}/notebooks/`

Returns a [`NotebookGetState`](requests::NotebookGetState) request; nothing is sent until `.send()`.*/
    pub fn get_state(&self) -> requests::NotebookGetState<'_> {
        requests::NotebookGetState {
            __owner: self,
            __timeout: None,
        }
    }
    /**Stops one kernel session of the notebook (a listed notebook's
`active_sessions` give the ids; dataikuapi picks the only one).

`DELETE /projects/{project_key}/notebooks/`

Arguments:
- `session_id`: The session to stop. Sent as query parameter `sessionId`.

Returns a [`NotebookUnload`](requests::NotebookUnload) request; nothing is sent until `.send()`.*/
    pub fn unload(&self, session_id: impl Into<String>) -> requests::NotebookUnload<'_> {
        requests::NotebookUnload {
            __owner: self,
            session_id: session_id.into(),
            __timeout: None,
        }
    }
}
impl handles::DssProjectFolder {
    /**Reads the folder's settings (name, owner, permissions).

`GET /project-folders/{project_folder_id}/settings`

Returns a [`ProjectFolderGetSettings`](requests::ProjectFolderGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ProjectFolderGetSettings<'_> {
        requests::ProjectFolderGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the folder's settings, as read by `get_settings` and changed.

`PUT /project-folders/{project_folder_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ProjectFolderSaveSettings`](requests::ProjectFolderSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ProjectFolderSaveSettings<'_> {
        requests::ProjectFolderSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes the folder (it must be empty).

`DELETE /project-folders/{project_folder_id}`

Returns a [`ProjectFolderDelete`](requests::ProjectFolderDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ProjectFolderDelete<'_> {
        requests::ProjectFolderDelete {
            __owner: self,
            __timeout: None,
        }
    }
    /**Creates a sub-folder and returns a handle on it.

`POST /project-folders/{project_folder_id}/children`

Arguments:
- `name`: Sent as query parameter `name`.

Returns a [`ProjectFolderCreateSubFolder`](requests::ProjectFolderCreateSubFolder) request; nothing is sent until `.send()`.*/
    pub fn create_sub_folder(
        &self,
        name: impl Into<String>,
    ) -> requests::ProjectFolderCreateSubFolder<'_> {
        requests::ProjectFolderCreateSubFolder {
            __owner: self,
            name: name.into(),
            __timeout: None,
        }
    }
    /**Asks DSS which folder new projects created from this folder go to
for the calling user, and returns a handle on that folder (with the
id the server answers with).

`GET /project-folders/{project_folder_id}/default-for-project-creation`

Returns a [`ProjectFolderGetDefaultFolderForProjectCreation`](requests::ProjectFolderGetDefaultFolderForProjectCreation) request; nothing is sent until `.send()`.*/
    pub fn get_default_folder_for_project_creation(
        &self,
    ) -> requests::ProjectFolderGetDefaultFolderForProjectCreation<'_> {
        requests::ProjectFolderGetDefaultFolderForProjectCreation {
            __owner: self,
            __timeout: None,
        }
    }
    /**Moves this folder, with everything in it, under another folder. The
destination is given by its id (e.g. `other.project_folder_id()`),
where dataikuapi takes the folder object.

`POST /project-folders/{project_folder_id}/move`

Arguments:
- `destination`: Id of the new parent folder. Sent as query parameter `destination`.

Returns a [`ProjectFolderMoveTo`](requests::ProjectFolderMoveTo) request; nothing is sent until `.send()`.*/
    pub fn move_to(
        &self,
        destination: impl Into<String>,
    ) -> requests::ProjectFolderMoveTo<'_> {
        requests::ProjectFolderMoveTo {
            __owner: self,
            destination: destination.into(),
            __timeout: None,
        }
    }
    /**Moves one project of this folder into another folder, given by its
id (dataikuapi takes the folder object).

`POST /project-folders/{project_folder_id}/projects/{project_key}/move`

Arguments:
- `project_key`: Key of the project to move. Sent as a path segment.
- `destination`: Id of the folder to move it to. Sent as query parameter `destination`.

Returns a [`ProjectFolderMoveProjectTo`](requests::ProjectFolderMoveProjectTo) request; nothing is sent until `.send()`.*/
    pub fn move_project_to(
        &self,
        project_key: impl Into<String>,
        destination: impl Into<String>,
    ) -> requests::ProjectFolderMoveProjectTo<'_> {
        requests::ProjectFolderMoveProjectTo {
            __owner: self,
            project_key: project_key.into(),
            destination: destination.into(),
            __timeout: None,
        }
    }
    /**Creates a project inside this folder (same request as the client's
`create_project` with this folder's id, no permissions and no tags)
and returns a handle on the new project.

`POST /projects/`

Arguments:
- `project_key`: Key of the new project, unique on the instance. Sent as JSON member `projectKey`.
- `name`: Display name. Sent as JSON member `name`.
- `owner`: Login of the owner. Sent as JSON member `owner`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `settings`: Unset by default (then sent as `null`). Sent as JSON member `settings`.

Returns a [`ProjectFolderCreateProject`](requests::ProjectFolderCreateProject) request; nothing is sent until `.send()`.*/
    pub fn create_project(
        &self,
        project_key: impl Into<String>,
        name: impl Into<String>,
        owner: impl Into<String>,
    ) -> requests::ProjectFolderCreateProject<'_> {
        requests::ProjectFolderCreateProject {
            __owner: self,
            project_key: project_key.into(),
            name: name.into(),
            owner: owner.into(),
            description: None,
            settings: None,
            __timeout: None,
        }
    }
}
impl handles::TemporaryImportHandle {
    /**Runs the import. Settings may hold `targetProjectKey` and `remapping`
(`{"connections": [{"source", "target"}], "codeEnvs": [...]}`); check
the answer's `success` member.

`POST /projects/import/{import_id}/process`

Optional arguments, set by name on the returned request:
- `settings`: Unset by default (then sent as `null`). Sent as the JSON body, converted by `import_settings`.

Returns a [`TemporaryImportHandleExecute`](requests::TemporaryImportHandleExecute) request; nothing is sent until `.send()`.*/
    pub fn execute(&self) -> requests::TemporaryImportHandleExecute<'_> {
        requests::TemporaryImportHandleExecute {
            __owner: self,
            settings: None,
            __timeout: None,
        }
    }
}
impl handles::DssProject {
    /**Reads the project's timeline: who created and last changed it and
when, its contributors, and its latest modifications.

`GET /projects/{project_key}/timeline`

Optional arguments, set by name on the returned request:
- `item_count`: Default: `100`. Sent as query parameter `itemCount`.

Returns a [`ProjectGetTimeline`](requests::ProjectGetTimeline) request; nothing is sent until `.send()`.*/
    pub fn get_timeline(&self) -> requests::ProjectGetTimeline<'_> {
        requests::ProjectGetTimeline {
            __owner: self,
            item_count: 100i64,
            __timeout: None,
        }
    }
    /**Reads the project's metadata (label, description, tags, custom fields).

`GET /projects/{project_key}/metadata`

Returns a [`ProjectGetMetadata`](requests::ProjectGetMetadata) request; nothing is sent until `.send()`.*/
    pub fn get_metadata(&self) -> requests::ProjectGetMetadata<'_> {
        requests::ProjectGetMetadata {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the project's metadata, as read by `get_metadata` and changed.

`PUT /projects/{project_key}/metadata`

Arguments:
- `metadata`: Sent as the JSON body.

Returns a [`ProjectSetMetadata`](requests::ProjectSetMetadata) request; nothing is sent until `.send()`.*/
    pub fn set_metadata(
        &self,
        metadata: ::serde_json::Value,
    ) -> requests::ProjectSetMetadata<'_> {
        requests::ProjectSetMetadata {
            __owner: self,
            metadata: metadata,
            __timeout: None,
        }
    }
    /**Reads a summary of the project.

`GET /projects/{project_key}`

Returns a [`ProjectGetSummary`](requests::ProjectGetSummary) request; nothing is sent until `.send()`.*/
    pub fn get_summary(&self) -> requests::ProjectGetSummary<'_> {
        requests::ProjectGetSummary {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the project's settings.

`GET /projects/{project_key}/settings`

Returns a [`ProjectGetSettings`](requests::ProjectGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ProjectGetSettings<'_> {
        requests::ProjectGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the project's permissions.

`GET /projects/{project_key}/permissions`

Returns a [`ProjectGetPermissions`](requests::ProjectGetPermissions) request; nothing is sent until `.send()`.*/
    pub fn get_permissions(&self) -> requests::ProjectGetPermissions<'_> {
        requests::ProjectGetPermissions {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the project's permissions.

`PUT /projects/{project_key}/permissions`

Arguments:
- `permissions`: Sent as the JSON body.

Returns a [`ProjectSetPermissions`](requests::ProjectSetPermissions) request; nothing is sent until `.send()`.*/
    pub fn set_permissions(
        &self,
        permissions: ::serde_json::Value,
    ) -> requests::ProjectSetPermissions<'_> {
        requests::ProjectSetPermissions {
            __owner: self,
            permissions: permissions,
            __timeout: None,
        }
    }
    /**Reads the project's variables (`standard` and `local`).

`GET /projects/{project_key}/variables/`

Returns a [`ProjectGetVariables`](requests::ProjectGetVariables) request; nothing is sent until `.send()`.*/
    pub fn get_variables(&self) -> requests::ProjectGetVariables<'_> {
        requests::ProjectGetVariables {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the project's variables (an object with `standard` and `local`).

`PUT /projects/{project_key}/variables/`

Arguments:
- `variables`: Sent as the JSON body.

Returns a [`ProjectSetVariables`](requests::ProjectSetVariables) request; nothing is sent until `.send()`.*/
    pub fn set_variables(
        &self,
        variables: ::serde_json::Value,
    ) -> requests::ProjectSetVariables<'_> {
        requests::ProjectSetVariables {
            __owner: self,
            variables: variables,
            __timeout: None,
        }
    }
    /**Reads the project's tags: an object mapping each tag to its color.

`GET /projects/{project_key}/tags`

Returns a [`ProjectGetTags`](requests::ProjectGetTags) request; nothing is sent until `.send()`.*/
    pub fn get_tags(&self) -> requests::ProjectGetTags<'_> {
        requests::ProjectGetTags {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the project's tags, as read by `get_tags` and changed (`{}`
when unset, as dataikuapi sends).

`PUT /projects/{project_key}/tags`

Optional arguments, set by name on the returned request:
- `tags`: Default: `{}`. Sent as the JSON body.

Returns a [`ProjectSetTags`](requests::ProjectSetTags) request; nothing is sent until `.send()`.*/
    pub fn set_tags(&self) -> requests::ProjectSetTags<'_> {
        requests::ProjectSetTags {
            __owner: self,
            tags: ::serde_json::Value::Object(::serde_json::Map::new()),
            __timeout: None,
        }
    }
    /**Finds the folder the project is in and returns a handle on it (with
the id the server answers with).

`GET /project-folders/locate-project/{project_key}`

Returns a [`ProjectGetProjectFolder`](requests::ProjectGetProjectFolder) request; nothing is sent until `.send()`.*/
    pub fn get_project_folder(&self) -> requests::ProjectGetProjectFolder<'_> {
        requests::ProjectGetProjectFolder {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the app manifest of this project (the template project of the
app `PROJECT_{key}`), as read by that app's `get_manifest` and
changed: dataikuapi's `DSSAppManifest.save`.

`PUT /projects/{project_key}/app-manifest`

Arguments:
- `manifest`: Sent as the JSON body.

Returns a [`ProjectSaveAppManifest`](requests::ProjectSaveAppManifest) request; nothing is sent until `.send()`.*/
    pub fn save_app_manifest(
        &self,
        manifest: ::serde_json::Value,
    ) -> requests::ProjectSaveAppManifest<'_> {
        requests::ProjectSaveAppManifest {
            __owner: self,
            manifest: manifest,
            __timeout: None,
        }
    }
    /**Deletes the project; DSS answers with a task.

`DELETE /projects/{project_key}` (always with `wait=true`)

Optional arguments, set by name on the returned request:
- `clear_managed_datasets`: Default: `false`. Sent as query parameter `clearManagedDatasets`.
- `clear_output_managed_folders`: Default: `false`. Sent as query parameter `clearOutputManagedFolders`.
- `clear_job_and_scenario_logs`: Default: `true`. Sent as query parameter `clearJobAndScenarioLogs`.
- `clear_managed_knowledge_banks`: Default: `false`. Sent as query parameter `clearManagedKnowledgeBanks`.

Returns a [`ProjectDelete`](requests::ProjectDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ProjectDelete<'_> {
        requests::ProjectDelete {
            __owner: self,
            clear_managed_datasets: false,
            clear_output_managed_folders: false,
            clear_job_and_scenario_logs: true,
            clear_managed_knowledge_banks: false,
            __timeout: None,
        }
    }
    /**Lists the project's jobs, the finished ones included.

`GET /projects/{project_key}/jobs/`

Returns a [`ProjectListJobs`](requests::ProjectListJobs) request; nothing is sent until `.send()`.*/
    pub fn list_jobs(&self) -> requests::ProjectListJobs<'_> {
        requests::ProjectListJobs {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the project's running jobs.

`GET /projects/{project_key}/jobs/running/`

Returns a [`ProjectListRunningJobs`](requests::ProjectListRunningJobs) request; nothing is sent until `.send()`.*/
    pub fn list_running_jobs(&self) -> requests::ProjectListRunningJobs<'_> {
        requests::ProjectListRunningJobs {
            __owner: self,
            __timeout: None,
        }
    }
    /**A handle on one job of the project, by id.

Builds a handle; sends no request.*/
    pub fn get_job(&self, id: impl Into<String>) -> handles::DssJob {
        let id = id.into();
        {
            let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
            let __f_id = id;
            handles::DssJob {
                client: ::core::clone::Clone::clone(&self.client),
                project_key: __f_project_key,
                id: __f_id,
            }
        }
    }
    /**Starts a job from a definition written by hand (`type`, `outputs`,
and optionally `refreshHiveMetastore` and
`autoUpdateSchemaBeforeEachRecipeRun`) and returns a handle on it, with
the id DSS gave it. `new_job` builds such a definition.

`POST /projects/{project_key}/jobs/`

Arguments:
- `definition`: The job definition, sent as the JSON body. Sent as the JSON body.

Returns a [`ProjectStartJob`](requests::ProjectStartJob) request; nothing is sent until `.send()`.*/
    pub fn start_job(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::ProjectStartJob<'_> {
        requests::ProjectStartJob {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
}
impl handles::DssApp {
    /**Reads the app's manifest.

`GET /apps/{app_id}/`

Returns a [`AppGetManifest`](requests::AppGetManifest) request; nothing is sent until `.send()`.*/
    pub fn get_manifest(&self) -> requests::AppGetManifest<'_> {
        requests::AppGetManifest {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the app's instances.

`GET /apps/{app_id}/instances/`

Returns a [`AppListInstances`](requests::AppListInstances) request; nothing is sent until `.send()`.*/
    pub fn list_instances(&self) -> requests::AppListInstances<'_> {
        requests::AppListInstances {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the project keys of the app's instances.

`GET /apps/{app_id}/instances/`

Returns a [`AppListInstanceKeys`](requests::AppListInstanceKeys) request; nothing is sent until `.send()`.*/
    pub fn list_instance_keys(&self) -> requests::AppListInstanceKeys<'_> {
        requests::AppListInstanceKeys {
            __owner: self,
            __timeout: None,
        }
    }
    /**Creates an instance of the app (a new project) and waits for the
creation task to end, returning its result; `.start()` returns the
task instead (dataikuapi's `wait=False`). dataikuapi returns a handle
on the instance, whose key is `instance_key`.

`POST /apps/{app_id}/instances`

Arguments:
- `instance_key`: Project key of the new instance, unique on the instance. Sent as JSON member `targetProjectKey`.
- `instance_name`: Display name of the new instance. Sent as JSON member `targetProjectName`.

Optional arguments, set by name on the returned request:
- `is_temporary_instance`: Default: `false`. Sent as JSON member `isTemporaryAppInstance`.

Returns a [`AppCreateInstance`](requests::AppCreateInstance) request; nothing is sent until `.send()`.*/
    pub fn create_instance(
        &self,
        instance_key: impl Into<String>,
        instance_name: impl Into<String>,
    ) -> requests::AppCreateInstance<'_> {
        requests::AppCreateInstance {
            __owner: self,
            instance_key: instance_key.into(),
            instance_name: instance_name.into(),
            is_temporary_instance: false,
            __timeout: None,
        }
    }
}
impl handles::DssPlugin {
    /**Reads the plugin's settings.

`GET /plugins/{plugin_id}/settings`

Returns a [`PluginGetSettings`](requests::PluginGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::PluginGetSettings<'_> {
        requests::PluginGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the plugin's settings as seen from one project (the
project-level parameter sets and presets).

`GET /plugins/{plugin_id}/settings`

Arguments:
- `project_key`: The project whose view of the settings to read. Sent as query parameter `projectKey`.

Returns a [`PluginGetProjectSettings`](requests::PluginGetProjectSettings) request; nothing is sent until `.send()`.*/
    pub fn get_project_settings(
        &self,
        project_key: impl Into<String>,
    ) -> requests::PluginGetProjectSettings<'_> {
        requests::PluginGetProjectSettings {
            __owner: self,
            project_key: project_key.into(),
            __timeout: None,
        }
    }
    /**Saves the plugin's settings, as read by `get_settings` and changed.

`POST /plugins/{plugin_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`PluginSaveSettings`](requests::PluginSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::PluginSaveSettings<'_> {
        requests::PluginSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Lists where the plugin is used.

`GET /plugins/{plugin_id}/actions/listUsages`

Optional arguments, set by name on the returned request:
- `project_key`: Unset by default (then left out). Sent as query parameter `projectKey`.

Returns a [`PluginListUsages`](requests::PluginListUsages) request; nothing is sent until `.send()`.*/
    pub fn list_usages(&self) -> requests::PluginListUsages<'_> {
        requests::PluginListUsages {
            __owner: self,
            project_key: None,
            __timeout: None,
        }
    }
    /**Updates the plugin from the store; returns the update task.

`POST /plugins/{plugin_id}/actions/updateFromStore`

Returns a [`PluginUpdateFromStore`](requests::PluginUpdateFromStore) request; nothing is sent until `.send()`.*/
    pub fn update_from_store(&self) -> requests::PluginUpdateFromStore<'_> {
        requests::PluginUpdateFromStore {
            __owner: self,
            __timeout: None,
        }
    }
    /**Updates the plugin from a Git repository that DSS can reach (the
body is the same as for `install_plugin_from_git`); returns the
update task.

`POST /plugins/{plugin_id}/actions/updateFromGit`

Arguments:
- `repository_url`: URL of the Git remote. Sent as JSON member `gitRepositoryUrl`.

Optional arguments, set by name on the returned request:
- `checkout`: Default: `master`. Sent as JSON member `gitCheckout`.
- `subpath`: Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.

Returns a [`PluginUpdateFromGit`](requests::PluginUpdateFromGit) request; nothing is sent until `.send()`.*/
    pub fn update_from_git(
        &self,
        repository_url: impl Into<String>,
    ) -> requests::PluginUpdateFromGit<'_> {
        requests::PluginUpdateFromGit {
            __owner: self,
            repository_url: repository_url.into(),
            checkout: String::from("master"),
            subpath: None,
            __timeout: None,
        }
    }
    /**Lists the files and folders of a development plugin, as a tree.

`GET /plugins/{plugin_id}/contents`

Returns a [`PluginListFiles`](requests::PluginListFiles) request; nothing is sent until `.send()`.*/
    pub fn list_files(&self) -> requests::PluginListFiles<'_> {
        requests::PluginListFiles {
            __owner: self,
            __timeout: None,
        }
    }
    /**Writes a file of a development plugin, streaming its content as the
request body (the file is created or replaced).

`POST /plugins/{plugin_id}/contents/{path*}`

Arguments:
- `path`: Path of the file inside the plugin (`python-lib/a.py`): each segment is encoded, the slashes are kept. Sent as path segments (each encoded, the slashes kept).
- `f`: The content (a reader, a file, a path or bytes). Sent as the raw request body, streamed.

Returns a [`PluginPutFile`](requests::PluginPutFile) request; nothing is sent until `.send()`.*/
    pub fn put_file(
        &self,
        path: impl Into<String>,
        f: impl Into<crate::rt::Upload>,
    ) -> requests::PluginPutFile<'_> {
        requests::PluginPutFile {
            __owner: self,
            path: path.into(),
            f: f.into(),
            __timeout: None,
        }
    }
    /**Reads a file of a development plugin as a byte stream.

`GET /plugins/{plugin_id}/contents/{path*}`

Arguments:
- `path`: Path of the file inside the plugin (`python-lib/a.py`). Sent as path segments (each encoded, the slashes kept).

Returns a [`PluginGetFile`](requests::PluginGetFile) request; nothing is sent until `.send()`.*/
    pub fn get_file(&self, path: impl Into<String>) -> requests::PluginGetFile<'_> {
        requests::PluginGetFile {
            __owner: self,
            path: path.into(),
            __timeout: None,
        }
    }
    /**Renames a file or folder of a development plugin, in place.

`POST /plugins/{plugin_id}/contents-actions/rename`

Arguments:
- `path`: Path of the file or folder inside the plugin. Sent as JSON member `oldPath`.
- `new_name`: Its new name (a name, not a path). Sent as JSON member `newName`.

Returns a [`PluginRenameFile`](requests::PluginRenameFile) request; nothing is sent until `.send()`.*/
    pub fn rename_file(
        &self,
        path: impl Into<String>,
        new_name: impl Into<String>,
    ) -> requests::PluginRenameFile<'_> {
        requests::PluginRenameFile {
            __owner: self,
            path: path.into(),
            new_name: new_name.into(),
            __timeout: None,
        }
    }
    /**Moves a file or folder of a development plugin elsewhere in it.

`POST /plugins/{plugin_id}/contents-actions/move`

Arguments:
- `path`: Path of the file or folder inside the plugin. Sent as JSON member `oldPath`.
- `new_path`: Its new path inside the plugin. Sent as JSON member `newPath`.

Returns a [`PluginMoveFile`](requests::PluginMoveFile) request; nothing is sent until `.send()`.*/
    pub fn move_file(
        &self,
        path: impl Into<String>,
        new_path: impl Into<String>,
    ) -> requests::PluginMoveFile<'_> {
        requests::PluginMoveFile {
            __owner: self,
            path: path.into(),
            new_path: new_path.into(),
            __timeout: None,
        }
    }
    /**Deletes the plugin; returns the deletion task.

`POST /plugins/{plugin_id}/actions/delete`

Optional arguments, set by name on the returned request:
- `force`: Default: `false`. Sent as JSON member `force`.

Returns a [`PluginDelete`](requests::PluginDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::PluginDelete<'_> {
        requests::PluginDelete {
            __owner: self,
            force: false,
            __timeout: None,
        }
    }
}
impl handles::DssSqlQuery {
    /**The raw result stream (TSV, Excel dialect, no header) behind
[`iter_rows`](DssSqlQuery::iter_rows), which parses and types it.

`GET /sql/queries/{query_id}/stream` (always with `format=tsv-excel-noheader`)

Returns a [`SqlQueryRawRows`](requests::SqlQueryRawRows) request; nothing is sent until `.send()`.*/
    pub fn raw_rows(&self) -> requests::SqlQueryRawRows<'_> {
        requests::SqlQueryRawRows {
            __owner: self,
            __timeout: None,
        }
    }
    /**Asks the server whether the query ran to its end without error
(`iter_rows` does this by itself when it reaches the end).

`GET /sql/queries/{query_id}/finish-streaming`

Returns a [`SqlQueryVerify`](requests::SqlQueryVerify) request; nothing is sent until `.send()`.*/
    pub fn verify(&self) -> requests::SqlQueryVerify<'_> {
        requests::SqlQueryVerify {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssUser {
    /**Reads the user's settings.

`GET /admin/users/{login}`

Returns a [`UserGetSettings`](requests::UserGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::UserGetSettings<'_> {
        requests::UserGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the user's settings, as read by `get_settings` and changed.

`PUT /admin/users/{login}`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`UserSaveSettings`](requests::UserSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::UserSaveSettings<'_> {
        requests::UserSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes the user.

`DELETE /admin/users/{login}`

Optional arguments, set by name on the returned request:
- `allow_self_deletion`: Default: `false`. Sent as query parameter `allowSelfDeletion`.

Returns a [`UserDelete`](requests::UserDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::UserDelete<'_> {
        requests::UserDelete {
            __owner: self,
            allow_self_deletion: false,
            __timeout: None,
        }
    }
    /**Reads the user's activity.

`GET /admin/users/{login}/activity`

Returns a [`UserGetActivity`](requests::UserGetActivity) request; nothing is sent until `.send()`.*/
    pub fn get_activity(&self) -> requests::UserGetActivity<'_> {
        requests::UserGetActivity {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads public information about the user.

`GET /users/{login}`

Returns a [`UserGetInfo`](requests::UserGetInfo) request; nothing is sent until `.send()`.*/
    pub fn get_info(&self) -> requests::UserGetInfo<'_> {
        requests::UserGetInfo {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the user's definition: the same request and answer as
`get_settings` (dataikuapi keeps it as a deprecated name).

`GET /admin/users/{login}`

Returns a [`UserGetDefinition`](requests::UserGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::UserGetDefinition<'_> {
        requests::UserGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the user's definition, as read by `get_definition` and changed:
the same request as `save_settings` (deprecated in dataikuapi).

`PUT /admin/users/{login}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`UserSetDefinition`](requests::UserSetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::UserSetDefinition<'_> {
        requests::UserSetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
}
impl handles::DssOwnUser {
    /**Reads the settings of the authenticated user.

`GET /current-user`

Returns a [`OwnUserGetSettings`](requests::OwnUserGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::OwnUserGetSettings<'_> {
        requests::OwnUserGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the settings of the authenticated user.

`PUT /current-user`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`OwnUserSaveSettings`](requests::OwnUserSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::OwnUserSaveSettings<'_> {
        requests::OwnUserSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
}
impl handles::DssGroup {
    /**Reads the group's definition.

`GET /admin/groups/{name}`

Returns a [`GroupGetDefinition`](requests::GroupGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::GroupGetDefinition<'_> {
        requests::GroupGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the group's definition, as read by `get_definition` and changed.

`PUT /admin/groups/{name}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`GroupSetDefinition`](requests::GroupSetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::GroupSetDefinition<'_> {
        requests::GroupSetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
    /**Deletes the group.

`DELETE /admin/groups/{name}`

Returns a [`GroupDelete`](requests::GroupDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::GroupDelete<'_> {
        requests::GroupDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssConnection {
    /**Reads the connection's definition.

`GET /admin/connections/{name}`

Returns a [`ConnectionGetDefinition`](requests::ConnectionGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::ConnectionGetDefinition<'_> {
        requests::ConnectionGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the connection's definition, as read by `get_definition` and changed.

`PUT /admin/connections/{name}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`ConnectionSetDefinition`](requests::ConnectionSetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::ConnectionSetDefinition<'_> {
        requests::ConnectionSetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
    /**Deletes the connection.

`DELETE /admin/connections/{name}`

Returns a [`ConnectionDelete`](requests::ConnectionDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ConnectionDelete<'_> {
        requests::ConnectionDelete {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the connection's settings (the same answer as `get_definition`,
which dataikuapi deprecates in favour of this one).

`GET /admin/connections/{name}`

Returns a [`ConnectionGetSettings`](requests::ConnectionGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ConnectionGetSettings<'_> {
        requests::ConnectionGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the connection's settings, as read by `get_settings` and
changed (dataikuapi's `DSSConnectionSettings.save`).

`PUT /admin/connections/{name}`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ConnectionSaveSettings`](requests::ConnectionSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ConnectionSaveSettings<'_> {
        requests::ConnectionSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Reads usage information about the connection (no admin rights needed).

`GET /connections/{name}/info`

Optional arguments, set by name on the returned request:
- `contextual_project_key`: Unset by default (then left out). Sent as query parameter `contextualProjectKey`.

Returns a [`ConnectionGetInfo`](requests::ConnectionGetInfo) request; nothing is sent until `.send()`.*/
    pub fn get_info(&self) -> requests::ConnectionGetInfo<'_> {
        requests::ConnectionGetInfo {
            __owner: self,
            contextual_project_key: None,
            __timeout: None,
        }
    }
    /**Tests the connection.

`GET /connections/{name}/test`

Returns a [`ConnectionTest`](requests::ConnectionTest) request; nothing is sent until `.send()`.*/
    pub fn test(&self) -> requests::ConnectionTest<'_> {
        requests::ConnectionTest {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssCodeEnv {
    /**Reads the environment's definition.

`GET /admin/code-envs/{env_lang}/{env_name}`

Returns a [`CodeEnvGetDefinition`](requests::CodeEnvGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::CodeEnvGetDefinition<'_> {
        requests::CodeEnvGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the environment's definition, as read by `get_definition` and changed.

`PUT /admin/code-envs/{env_lang}/{env_name}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`CodeEnvSetDefinition`](requests::CodeEnvSetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::CodeEnvSetDefinition<'_> {
        requests::CodeEnvSetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
    /**Reads the environment's settings (the same answer as
`get_definition`; an automation node's carry a `versions` member).

`GET /admin/code-envs/{env_lang}/{env_name}`

Returns a [`CodeEnvGetSettings`](requests::CodeEnvGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::CodeEnvGetSettings<'_> {
        requests::CodeEnvGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the environment's settings, as read by `get_settings` and
changed (dataikuapi's `DSSCodeEnvSettings.save`).

`PUT /admin/code-envs/{env_lang}/{env_name}`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`CodeEnvSaveSettings`](requests::CodeEnvSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::CodeEnvSaveSettings<'_> {
        requests::CodeEnvSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes the environment (the server waits for the deletion;
`.start()` returns the task instead).

`DELETE /admin/code-envs/{env_lang}/{env_name}` (always with `wait=true`)

Returns a [`CodeEnvDelete`](requests::CodeEnvDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::CodeEnvDelete<'_> {
        requests::CodeEnvDelete {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists where the environment is used.

`GET /admin/code-envs/{env_lang}/{env_name}/usages`

Returns a [`CodeEnvListUsages`](requests::CodeEnvListUsages) request; nothing is sent until `.send()`.*/
    pub fn list_usages(&self) -> requests::CodeEnvListUsages<'_> {
        requests::CodeEnvListUsages {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the environment's log files.

`GET /admin/code-envs/{env_lang}/{env_name}/logs`

Returns a [`CodeEnvListLogs`](requests::CodeEnvListLogs) request; nothing is sent until `.send()`.*/
    pub fn list_logs(&self) -> requests::CodeEnvListLogs<'_> {
        requests::CodeEnvListLogs {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads one log file of the environment.

`GET /admin/code-envs/{env_lang}/{env_name}/logs/{log_name}`

Arguments:
- `log_name`: Sent as a path segment.

Returns a [`CodeEnvGetLog`](requests::CodeEnvGetLog) request; nothing is sent until `.send()`.*/
    pub fn get_log(&self, log_name: impl Into<String>) -> requests::CodeEnvGetLog<'_> {
        requests::CodeEnvGetLog {
            __owner: self,
            log_name: log_name.into(),
            __timeout: None,
        }
    }
    /**Installs or updates the environment's packages (the server waits;
`.start()` returns the task instead).

`POST /admin/code-envs/{env_lang}/{env_name}/packages` (always with `wait=true`)

Optional arguments, set by name on the returned request:
- `force_rebuild_env`: Default: `false`. Sent as query parameter `forceRebuildEnv`.

Returns a [`CodeEnvUpdatePackages`](requests::CodeEnvUpdatePackages) request; nothing is sent until `.send()`.*/
    pub fn update_packages(&self) -> requests::CodeEnvUpdatePackages<'_> {
        requests::CodeEnvUpdatePackages {
            __owner: self,
            force_rebuild_env: false,
            __timeout: None,
        }
    }
}
impl handles::DssCluster {
    /**Reads the cluster's settings.

`GET /admin/clusters/{cluster_id}`

Returns a [`ClusterGetSettings`](requests::ClusterGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ClusterGetSettings<'_> {
        requests::ClusterGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the cluster's settings, as read by `get_settings` and changed.

`PUT /admin/clusters/{cluster_id}`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ClusterSaveSettings`](requests::ClusterSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ClusterSaveSettings<'_> {
        requests::ClusterSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Reads the cluster's definition: the same request and answer as
`get_settings` (dataikuapi keeps it as a deprecated name).

`GET /admin/clusters/{cluster_id}`

Returns a [`ClusterGetDefinition`](requests::ClusterGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::ClusterGetDefinition<'_> {
        requests::ClusterGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the cluster's definition, as read by `get_definition` and
changed; returns the definition as saved. The same request as
`save_settings` (deprecated in dataikuapi).

`PUT /admin/clusters/{cluster_id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`ClusterSetDefinition`](requests::ClusterSetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::ClusterSetDefinition<'_> {
        requests::ClusterSetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
    /**Deletes the cluster.

`DELETE /admin/clusters/{cluster_id}`

Returns a [`ClusterDelete`](requests::ClusterDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ClusterDelete<'_> {
        requests::ClusterDelete {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the cluster's status.

`GET /admin/clusters/{cluster_id}/status`

Returns a [`ClusterGetStatus`](requests::ClusterGetStatus) request; nothing is sent until `.send()`.*/
    pub fn get_status(&self) -> requests::ClusterGetStatus<'_> {
        requests::ClusterGetStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Starts (or attaches) the cluster.

`POST /admin/clusters/{cluster_id}/actions/start`

Returns a [`ClusterStart`](requests::ClusterStart) request; nothing is sent until `.send()`.*/
    pub fn start(&self) -> requests::ClusterStart<'_> {
        requests::ClusterStart {
            __owner: self,
            __timeout: None,
        }
    }
    /**Stops (or detaches) the cluster.

`POST /admin/clusters/{cluster_id}/actions/stop`

Optional arguments, set by name on the returned request:
- `terminate`: Default: `true`. Sent as query parameter `terminate`.
- `force_stop`: Default: `false`. Sent as query parameter `forceStop`.

Returns a [`ClusterStop`](requests::ClusterStop) request; nothing is sent until `.send()`.*/
    pub fn stop(&self) -> requests::ClusterStop<'_> {
        requests::ClusterStop {
            __owner: self,
            terminate: true,
            force_stop: false,
            __timeout: None,
        }
    }
}
impl handles::DssCodeStudioTemplate {
    /**Reads the template's settings.

`GET /admin/code-studios/{template_id}`

Returns a [`CodeStudioTemplateGetSettings`](requests::CodeStudioTemplateGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::CodeStudioTemplateGetSettings<'_> {
        requests::CodeStudioTemplateGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the template's settings, as read by `get_settings` and changed.

`PUT /admin/code-studios/{template_id}`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`CodeStudioTemplateSaveSettings`](requests::CodeStudioTemplateSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::CodeStudioTemplateSaveSettings<'_> {
        requests::CodeStudioTemplateSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Builds the template's images; returns the build task.

`POST /admin/code-studios/{template_id}/build`

Optional arguments, set by name on the returned request:
- `disable_docker_cache`: Default: `false`. Sent as query parameter `withNoCache`.

Returns a [`CodeStudioTemplateBuild`](requests::CodeStudioTemplateBuild) request; nothing is sent until `.send()`.*/
    pub fn build(&self) -> requests::CodeStudioTemplateBuild<'_> {
        requests::CodeStudioTemplateBuild {
            __owner: self,
            disable_docker_cache: false,
            __timeout: None,
        }
    }
    /**Deletes the template.

`DELETE /admin/code-studios/{template_id}`

Optional arguments, set by name on the returned request:
- `delete_runtime`: Default: `false`. Sent as query parameter `deleteRuntime`.
- `delete_images`: Default: `false`. Sent as query parameter `deleteImages`.

Returns a [`CodeStudioTemplateDelete`](requests::CodeStudioTemplateDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::CodeStudioTemplateDelete<'_> {
        requests::CodeStudioTemplateDelete {
            __owner: self,
            delete_runtime: false,
            delete_images: false,
            __timeout: None,
        }
    }
}
impl handles::DssGlobalApiKey {
    /**Reads the key's definition.

`GET /admin/global-api-keys/{id}`

Returns a [`GlobalApiKeyGetDefinition`](requests::GlobalApiKeyGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::GlobalApiKeyGetDefinition<'_> {
        requests::GlobalApiKeyGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the key's definition, as read by `get_definition` and changed.

`PUT /admin/global-api-keys/{id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`GlobalApiKeySetDefinition`](requests::GlobalApiKeySetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::GlobalApiKeySetDefinition<'_> {
        requests::GlobalApiKeySetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
    /**Deletes the key.

`DELETE /admin/global-api-keys/{id}`

Returns a [`GlobalApiKeyDelete`](requests::GlobalApiKeyDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::GlobalApiKeyDelete<'_> {
        requests::GlobalApiKeyDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssPersonalApiKey {
    /**Reads the key's definition (as sent, like dataikuapi).

`GET /personal-api-keys/{id}`

Returns a [`PersonalApiKeyGetDefinition`](requests::PersonalApiKeyGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::PersonalApiKeyGetDefinition<'_> {
        requests::PersonalApiKeyGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the key's definition.

`PUT /personal-api-keys/{id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`PersonalApiKeySetDefinition`](requests::PersonalApiKeySetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::PersonalApiKeySetDefinition<'_> {
        requests::PersonalApiKeySetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
    /**Deletes the key.

`DELETE /personal-api-keys/{id}`

Returns a [`PersonalApiKeyDelete`](requests::PersonalApiKeyDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::PersonalApiKeyDelete<'_> {
        requests::PersonalApiKeyDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssMeaning {
    /**Reads the meaning's definition.

`GET /meanings/{id}`

Returns a [`MeaningGetDefinition`](requests::MeaningGetDefinition) request; nothing is sent until `.send()`.*/
    pub fn get_definition(&self) -> requests::MeaningGetDefinition<'_> {
        requests::MeaningGetDefinition {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the meaning's definition, as read by `get_definition` and changed.

`PUT /meanings/{id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`MeaningSetDefinition`](requests::MeaningSetDefinition) request; nothing is sent until `.send()`.*/
    pub fn set_definition(
        &self,
        definition: ::serde_json::Value,
    ) -> requests::MeaningSetDefinition<'_> {
        requests::MeaningSetDefinition {
            __owner: self,
            definition: definition,
            __timeout: None,
        }
    }
}
impl handles::DssApiDeployer {
    /**A handle on one infrastructure.

Builds a handle; sends no request.*/
    pub fn get_infra(
        &self,
        infra_id: impl Into<String>,
    ) -> handles::DssApiDeployerInfra {
        let infra_id = infra_id.into();
        {
            let __f_infra_id = infra_id;
            handles::DssApiDeployerInfra {
                client: ::core::clone::Clone::clone(&self.client),
                infra_id: __f_infra_id,
            }
        }
    }
    /**A handle on one published API service.

Builds a handle; sends no request.*/
    pub fn get_service(
        &self,
        service_id: impl Into<String>,
    ) -> handles::DssApiDeployerService {
        let service_id = service_id.into();
        {
            let __f_service_id = service_id;
            handles::DssApiDeployerService {
                client: ::core::clone::Clone::clone(&self.client),
                service_id: __f_service_id,
            }
        }
    }
    /**A handle on one deployment.

Builds a handle; sends no request.*/
    pub fn get_deployment(
        &self,
        deployment_id: impl Into<String>,
    ) -> handles::DssApiDeployerDeployment {
        let deployment_id = deployment_id.into();
        {
            let __f_deployment_id = deployment_id;
            handles::DssApiDeployerDeployment {
                client: ::core::clone::Clone::clone(&self.client),
                deployment_id: __f_deployment_id,
            }
        }
    }
    /**Lists the API deployments (each item's `deploymentBasicInfo.id`
names it for `get_deployment`).

`GET /api-deployer/deployments`

Returns a [`ApiDeployerListDeployments`](requests::ApiDeployerListDeployments) request; nothing is sent until `.send()`.*/
    pub fn list_deployments(&self) -> requests::ApiDeployerListDeployments<'_> {
        requests::ApiDeployerListDeployments {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the stages.

`GET /api-deployer/stages`

Returns a [`ApiDeployerListStages`](requests::ApiDeployerListStages) request; nothing is sent until `.send()`.*/
    pub fn list_stages(&self) -> requests::ApiDeployerListStages<'_> {
        requests::ApiDeployerListStages {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the infrastructures.

`GET /api-deployer/infras`

Returns a [`ApiDeployerListInfras`](requests::ApiDeployerListInfras) request; nothing is sent until `.send()`.*/
    pub fn list_infras(&self) -> requests::ApiDeployerListInfras<'_> {
        requests::ApiDeployerListInfras {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the published API services.

`GET /api-deployer/services`

Returns a [`ApiDeployerListServices`](requests::ApiDeployerListServices) request; nothing is sent until `.send()`.*/
    pub fn list_services(&self) -> requests::ApiDeployerListServices<'_> {
        requests::ApiDeployerListServices {
            __owner: self,
            __timeout: None,
        }
    }
    /**Creates an infrastructure on the API Deployer and returns a
handle on it.

`POST /api-deployer/infras`

Arguments:
- `infra_id`: Id of the new infrastructure, unique on the deployer. Sent as JSON member `id`.
- `stage`: Stage it belongs to (stages are configured on the deployer). Sent as JSON member `stage`.
- `infra_type`: `STATIC`, `K8S`, `AZURE_ML`, `SAGEMAKER`, `SNOWPARK` or `VERTEX_AI` (dataikuapi's `type`). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `govern_check_policy`: Default: `NO_CHECK`. Sent as JSON member `governCheckPolicy`.

Returns a [`ApiDeployerCreateInfra`](requests::ApiDeployerCreateInfra) request; nothing is sent until `.send()`.*/
    pub fn create_infra(
        &self,
        infra_id: impl Into<String>,
        stage: impl Into<String>,
        infra_type: impl Into<String>,
    ) -> requests::ApiDeployerCreateInfra<'_> {
        requests::ApiDeployerCreateInfra {
            __owner: self,
            infra_id: infra_id.into(),
            stage: stage.into(),
            infra_type: infra_type.into(),
            govern_check_policy: String::from("NO_CHECK"),
            __timeout: None,
        }
    }
    /**Creates an empty published API service on the API Deployer and
returns a handle on it.

`POST /api-deployer/services`

Arguments:
- `service_id`: Id of the new published service. Sent as JSON member `publishedServiceId`.

Returns a [`ApiDeployerCreateService`](requests::ApiDeployerCreateService) request; nothing is sent until `.send()`.*/
    pub fn create_service(
        &self,
        service_id: impl Into<String>,
    ) -> requests::ApiDeployerCreateService<'_> {
        requests::ApiDeployerCreateService {
            __owner: self,
            service_id: service_id.into(),
            __timeout: None,
        }
    }
    /**Creates an API deployment (not started yet) and returns a handle on it.

`POST /api-deployer/deployments`

Arguments:
- `deployment_id`: Id of the new deployment. Sent as JSON member `deploymentId`.
- `service_id`: Published API service to deploy. Sent as JSON member `publishedServiceId`.
- `infra_id`: Infrastructure to deploy on. Sent as JSON member `infraId`.
- `version`: Version of the service to deploy. Sent as JSON member `version`.

Optional arguments, set by name on the returned request:
- `endpoint_id`: Unset by default (then sent as `null`). Sent as JSON member `endpointId`.
- `ignore_warnings`: Default: `false`. Sent as query parameter `ignoreWarnings`.
- `authorizations_to_query_through_deployer`: Unset by default (then sent as `null`). Sent as JSON member `authorizationsToQueryThroughDeployer`.

Returns a [`ApiDeployerCreateDeployment`](requests::ApiDeployerCreateDeployment) request; nothing is sent until `.send()`.*/
    pub fn create_deployment(
        &self,
        deployment_id: impl Into<String>,
        service_id: impl Into<String>,
        infra_id: impl Into<String>,
        version: impl Into<String>,
    ) -> requests::ApiDeployerCreateDeployment<'_> {
        requests::ApiDeployerCreateDeployment {
            __owner: self,
            deployment_id: deployment_id.into(),
            service_id: service_id.into(),
            infra_id: infra_id.into(),
            version: version.into(),
            endpoint_id: None,
            ignore_warnings: false,
            authorizations_to_query_through_deployer: None,
            __timeout: None,
        }
    }
}
impl handles::DssProjectDeployer {
    /**A handle on one infrastructure.

Builds a handle; sends no request.*/
    pub fn get_infra(
        &self,
        infra_id: impl Into<String>,
    ) -> handles::DssProjectDeployerInfra {
        let infra_id = infra_id.into();
        {
            let __f_infra_id = infra_id;
            handles::DssProjectDeployerInfra {
                client: ::core::clone::Clone::clone(&self.client),
                infra_id: __f_infra_id,
            }
        }
    }
    /**A handle on one published project.

Builds a handle; sends no request.*/
    pub fn get_project(
        &self,
        project_key: impl Into<String>,
    ) -> handles::DssProjectDeployerProject {
        let project_key = project_key.into();
        {
            let __f_project_key = project_key;
            handles::DssProjectDeployerProject {
                client: ::core::clone::Clone::clone(&self.client),
                project_key: __f_project_key,
            }
        }
    }
    /**A handle on one deployment.

Builds a handle; sends no request.*/
    pub fn get_deployment(
        &self,
        deployment_id: impl Into<String>,
    ) -> handles::DssProjectDeployerDeployment {
        let deployment_id = deployment_id.into();
        {
            let __f_deployment_id = deployment_id;
            handles::DssProjectDeployerDeployment {
                client: ::core::clone::Clone::clone(&self.client),
                deployment_id: __f_deployment_id,
            }
        }
    }
    /**Lists the project deployments (each item's `deploymentBasicInfo.id`
names it for `get_deployment`).

`GET /project-deployer/deployments`

Returns a [`ProjectDeployerListDeployments`](requests::ProjectDeployerListDeployments) request; nothing is sent until `.send()`.*/
    pub fn list_deployments(&self) -> requests::ProjectDeployerListDeployments<'_> {
        requests::ProjectDeployerListDeployments {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the stages.

`GET /project-deployer/stages`

Returns a [`ProjectDeployerListStages`](requests::ProjectDeployerListStages) request; nothing is sent until `.send()`.*/
    pub fn list_stages(&self) -> requests::ProjectDeployerListStages<'_> {
        requests::ProjectDeployerListStages {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the infrastructures.

`GET /project-deployer/infras`

Returns a [`ProjectDeployerListInfras`](requests::ProjectDeployerListInfras) request; nothing is sent until `.send()`.*/
    pub fn list_infras(&self) -> requests::ProjectDeployerListInfras<'_> {
        requests::ProjectDeployerListInfras {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the published projects.

`GET /project-deployer/projects`

Returns a [`ProjectDeployerListProjects`](requests::ProjectDeployerListProjects) request; nothing is sent until `.send()`.*/
    pub fn list_projects(&self) -> requests::ProjectDeployerListProjects<'_> {
        requests::ProjectDeployerListProjects {
            __owner: self,
            __timeout: None,
        }
    }
    /**Creates an empty published project on the Project Deployer and
returns a handle on it.

`POST /project-deployer/projects`

Arguments:
- `project_key`: Key of the new published project. Sent as JSON member `publishedProjectKey`.

Returns a [`ProjectDeployerCreateProject`](requests::ProjectDeployerCreateProject) request; nothing is sent until `.send()`.*/
    pub fn create_project(
        &self,
        project_key: impl Into<String>,
    ) -> requests::ProjectDeployerCreateProject<'_> {
        requests::ProjectDeployerCreateProject {
            __owner: self,
            project_key: project_key.into(),
            __timeout: None,
        }
    }
    /**Creates an infrastructure on the Project Deployer and returns a
handle on it.

`POST /project-deployer/infras`

Arguments:
- `infra_id`: Id of the new infrastructure, unique on the deployer. Sent as JSON member `id`.
- `stage`: Stage it belongs to (stages are configured on the deployer). Sent as JSON member `stage`.

Optional arguments, set by name on the returned request:
- `govern_check_policy`: Default: `NO_CHECK`. Sent as JSON member `governCheckPolicy`.

Returns a [`ProjectDeployerCreateInfra`](requests::ProjectDeployerCreateInfra) request; nothing is sent until `.send()`.*/
    pub fn create_infra(
        &self,
        infra_id: impl Into<String>,
        stage: impl Into<String>,
    ) -> requests::ProjectDeployerCreateInfra<'_> {
        requests::ProjectDeployerCreateInfra {
            __owner: self,
            infra_id: infra_id.into(),
            stage: stage.into(),
            govern_check_policy: String::from("NO_CHECK"),
            __timeout: None,
        }
    }
    /**Creates a project deployment (not started yet) and returns a handle
on it. The two optional members are left out of the body when unset.

`POST /project-deployer/deployments`

Arguments:
- `deployment_id`: Id of the new deployment. Sent as JSON member `deploymentId`.
- `project_key`: Published project to deploy. Sent as JSON member `publishedProjectKey`.
- `infra_id`: Infrastructure to deploy on. Sent as JSON member `infraId`.
- `bundle_id`: Bundle to deploy. Sent as JSON member `bundleId`.

Optional arguments, set by name on the returned request:
- `deployed_project_key`: Unset by default (then left out). Sent as JSON member `deployedProjectKey`.
- `project_folder_id`: Unset by default (then left out). Sent as JSON member `projectFolderId`.
- `ignore_warnings`: Default: `false`. Sent as query parameter `ignoreWarnings`.

Returns a [`ProjectDeployerCreateDeployment`](requests::ProjectDeployerCreateDeployment) request; nothing is sent until `.send()`.*/
    pub fn create_deployment(
        &self,
        deployment_id: impl Into<String>,
        project_key: impl Into<String>,
        infra_id: impl Into<String>,
        bundle_id: impl Into<String>,
    ) -> requests::ProjectDeployerCreateDeployment<'_> {
        requests::ProjectDeployerCreateDeployment {
            __owner: self,
            deployment_id: deployment_id.into(),
            project_key: project_key.into(),
            infra_id: infra_id.into(),
            bundle_id: bundle_id.into(),
            deployed_project_key: None,
            project_folder_id: None,
            ignore_warnings: false,
            __timeout: None,
        }
    }
}
impl handles::DssApiDeployerInfra {
    /**Reads the infrastructure's status (its deployments among others).

`GET /api-deployer/infras/{infra_id}`

Returns a [`ApiDeployerInfraGetStatus`](requests::ApiDeployerInfraGetStatus) request; nothing is sent until `.send()`.*/
    pub fn get_status(&self) -> requests::ApiDeployerInfraGetStatus<'_> {
        requests::ApiDeployerInfraGetStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the infrastructure's settings.

`GET /api-deployer/infras/{infra_id}/settings`

Returns a [`ApiDeployerInfraGetSettings`](requests::ApiDeployerInfraGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ApiDeployerInfraGetSettings<'_> {
        requests::ApiDeployerInfraGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the infrastructure's settings, as read by `get_settings` and changed.

`PUT /api-deployer/infras/{infra_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ApiDeployerInfraSaveSettings`](requests::ApiDeployerInfraSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ApiDeployerInfraSaveSettings<'_> {
        requests::ApiDeployerInfraSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes the infrastructure (it must have no deployment left).

`DELETE /api-deployer/infras/{infra_id}`

Returns a [`ApiDeployerInfraDelete`](requests::ApiDeployerInfraDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ApiDeployerInfraDelete<'_> {
        requests::ApiDeployerInfraDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssApiDeployerService {
    /**Reads the service's status (its versions and the deployments using them).

`GET /api-deployer/services/{service_id}`

Returns a [`ApiDeployerServiceGetStatus`](requests::ApiDeployerServiceGetStatus) request; nothing is sent until `.send()`.*/
    pub fn get_status(&self) -> requests::ApiDeployerServiceGetStatus<'_> {
        requests::ApiDeployerServiceGetStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the service's settings (mostly permissions).

`GET /api-deployer/services/{service_id}/settings`

Returns a [`ApiDeployerServiceGetSettings`](requests::ApiDeployerServiceGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ApiDeployerServiceGetSettings<'_> {
        requests::ApiDeployerServiceGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the service's settings, as read by `get_settings` and changed.

`PUT /api-deployer/services/{service_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ApiDeployerServiceSaveSettings`](requests::ApiDeployerServiceSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ApiDeployerServiceSaveSettings<'_> {
        requests::ApiDeployerServiceSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes one version of the service.

`DELETE /api-deployer/services/{service_id}/versions/{version}`

Arguments:
- `version`: Sent as a path segment.

Returns a [`ApiDeployerServiceDeleteVersion`](requests::ApiDeployerServiceDeleteVersion) request; nothing is sent until `.send()`.*/
    pub fn delete_version(
        &self,
        version: impl Into<String>,
    ) -> requests::ApiDeployerServiceDeleteVersion<'_> {
        requests::ApiDeployerServiceDeleteVersion {
            __owner: self,
            version: version.into(),
            __timeout: None,
        }
    }
    /**Deletes the service (it must have no deployment left).

`DELETE /api-deployer/services/{service_id}`

Returns a [`ApiDeployerServiceDelete`](requests::ApiDeployerServiceDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ApiDeployerServiceDelete<'_> {
        requests::ApiDeployerServiceDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssApiDeployerDeployment {
    /**Reads the deployment's basic status (dataikuapi's "light" status).

`GET /api-deployer/deployments/{deployment_id}`

Returns a [`ApiDeployerDeploymentGetLightStatus`](requests::ApiDeployerDeploymentGetLightStatus) request; nothing is sent until `.send()`.*/
    pub fn get_light_status(&self) -> requests::ApiDeployerDeploymentGetLightStatus<'_> {
        requests::ApiDeployerDeploymentGetLightStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the deployment's full status, with health (dataikuapi's
"heavy" status).

`GET /api-deployer/deployments/{deployment_id}/status`

Returns a [`ApiDeployerDeploymentGetHeavyStatus`](requests::ApiDeployerDeploymentGetHeavyStatus) request; nothing is sent until `.send()`.*/
    pub fn get_heavy_status(&self) -> requests::ApiDeployerDeploymentGetHeavyStatus<'_> {
        requests::ApiDeployerDeploymentGetHeavyStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the deployment's settings.

`GET /api-deployer/deployments/{deployment_id}/settings`

Returns a [`ApiDeployerDeploymentGetSettings`](requests::ApiDeployerDeploymentGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ApiDeployerDeploymentGetSettings<'_> {
        requests::ApiDeployerDeploymentGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the deployment's settings, as read by `get_settings` and changed.

`PUT /api-deployer/deployments/{deployment_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `ignore_warnings`: Default: `false`. Sent as query parameter `ignoreWarnings`.

Returns a [`ApiDeployerDeploymentSaveSettings`](requests::ApiDeployerDeploymentSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ApiDeployerDeploymentSaveSettings<'_> {
        requests::ApiDeployerDeploymentSaveSettings {
            __owner: self,
            settings: settings,
            ignore_warnings: false,
            __timeout: None,
        }
    }
    /**Starts updating the deployment to its settings; returns the task.

`POST /api-deployer/deployments/{deployment_id}/actions/update`

Returns a [`ApiDeployerDeploymentStartUpdate`](requests::ApiDeployerDeploymentStartUpdate) request; nothing is sent until `.send()`.*/
    pub fn start_update(&self) -> requests::ApiDeployerDeploymentStartUpdate<'_> {
        requests::ApiDeployerDeploymentStartUpdate {
            __owner: self,
            __timeout: None,
        }
    }
    /**Deletes the deployment. Unlike dataikuapi, this does not check first
that it is disabled: DSS refuses to delete an enabled one.

`DELETE /api-deployer/deployments/{deployment_id}`

Optional arguments, set by name on the returned request:
- `ignore_pre_delete_errors`: Default: `false`. Sent as query parameter `ignorePreDeleteErrors`.

Returns a [`ApiDeployerDeploymentDelete`](requests::ApiDeployerDeploymentDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ApiDeployerDeploymentDelete<'_> {
        requests::ApiDeployerDeploymentDelete {
            __owner: self,
            ignore_pre_delete_errors: false,
            __timeout: None,
        }
    }
    /**Reads the OpenAPI document of the deployed service.

`GET /api-deployer/deployments/{deployment_id}/get-open-api`

Returns a [`ApiDeployerDeploymentGetOpenApi`](requests::ApiDeployerDeploymentGetOpenApi) request; nothing is sent until `.send()`.*/
    pub fn get_open_api(&self) -> requests::ApiDeployerDeploymentGetOpenApi<'_> {
        requests::ApiDeployerDeploymentGetOpenApi {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssProjectDeployerInfra {
    /**Reads the infrastructure's status (its deployments among others).

`GET /project-deployer/infras/{infra_id}`

Returns a [`ProjectDeployerInfraGetStatus`](requests::ProjectDeployerInfraGetStatus) request; nothing is sent until `.send()`.*/
    pub fn get_status(&self) -> requests::ProjectDeployerInfraGetStatus<'_> {
        requests::ProjectDeployerInfraGetStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the infrastructure's settings.

`GET /project-deployer/infras/{infra_id}/settings`

Returns a [`ProjectDeployerInfraGetSettings`](requests::ProjectDeployerInfraGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ProjectDeployerInfraGetSettings<'_> {
        requests::ProjectDeployerInfraGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the infrastructure's settings, as read by `get_settings` and changed.

`PUT /project-deployer/infras/{infra_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ProjectDeployerInfraSaveSettings`](requests::ProjectDeployerInfraSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ProjectDeployerInfraSaveSettings<'_> {
        requests::ProjectDeployerInfraSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes the infrastructure (it must have no deployment left).

`DELETE /project-deployer/infras/{infra_id}`

Returns a [`ProjectDeployerInfraDelete`](requests::ProjectDeployerInfraDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ProjectDeployerInfraDelete<'_> {
        requests::ProjectDeployerInfraDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssProjectDeployerProject {
    /**Reads the published project's status (its bundles and deployments).

`GET /project-deployer/projects/{project_key}`

Returns a [`ProjectDeployerProjectGetStatus`](requests::ProjectDeployerProjectGetStatus) request; nothing is sent until `.send()`.*/
    pub fn get_status(&self) -> requests::ProjectDeployerProjectGetStatus<'_> {
        requests::ProjectDeployerProjectGetStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the published project's settings (mostly permissions).

`GET /project-deployer/projects/{project_key}/settings`

Returns a [`ProjectDeployerProjectGetSettings`](requests::ProjectDeployerProjectGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ProjectDeployerProjectGetSettings<'_> {
        requests::ProjectDeployerProjectGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the published project's settings, as read by `get_settings` and changed.

`PUT /project-deployer/projects/{project_key}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`ProjectDeployerProjectSaveSettings`](requests::ProjectDeployerProjectSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ProjectDeployerProjectSaveSettings<'_> {
        requests::ProjectDeployerProjectSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes one bundle of the published project.

`DELETE /project-deployer/projects/{project_key}/bundles/{bundle_id}`

Arguments:
- `bundle_id`: Sent as a path segment.

Returns a [`ProjectDeployerProjectDeleteBundle`](requests::ProjectDeployerProjectDeleteBundle) request; nothing is sent until `.send()`.*/
    pub fn delete_bundle(
        &self,
        bundle_id: impl Into<String>,
    ) -> requests::ProjectDeployerProjectDeleteBundle<'_> {
        requests::ProjectDeployerProjectDeleteBundle {
            __owner: self,
            bundle_id: bundle_id.into(),
            __timeout: None,
        }
    }
}
impl handles::DssProjectDeployerDeployment {
    /**Reads the deployment's basic status (dataikuapi's "light" status).

`GET /project-deployer/deployments/{deployment_id}`

Returns a [`ProjectDeployerDeploymentGetLightStatus`](requests::ProjectDeployerDeploymentGetLightStatus) request; nothing is sent until `.send()`.*/
    pub fn get_light_status(
        &self,
    ) -> requests::ProjectDeployerDeploymentGetLightStatus<'_> {
        requests::ProjectDeployerDeploymentGetLightStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the deployment's full status, with health (dataikuapi's
"heavy" status).

`GET /project-deployer/deployments/{deployment_id}/status`

Returns a [`ProjectDeployerDeploymentGetHeavyStatus`](requests::ProjectDeployerDeploymentGetHeavyStatus) request; nothing is sent until `.send()`.*/
    pub fn get_heavy_status(
        &self,
    ) -> requests::ProjectDeployerDeploymentGetHeavyStatus<'_> {
        requests::ProjectDeployerDeploymentGetHeavyStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads the deployment's settings.

`GET /project-deployer/deployments/{deployment_id}/settings`

Returns a [`ProjectDeployerDeploymentGetSettings`](requests::ProjectDeployerDeploymentGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::ProjectDeployerDeploymentGetSettings<'_> {
        requests::ProjectDeployerDeploymentGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the deployment's settings, as read by `get_settings` and changed.

`PUT /project-deployer/deployments/{deployment_id}/settings`

Arguments:
- `settings`: Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `ignore_warnings`: Default: `false`. Sent as query parameter `ignoreWarnings`.

Returns a [`ProjectDeployerDeploymentSaveSettings`](requests::ProjectDeployerDeploymentSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::ProjectDeployerDeploymentSaveSettings<'_> {
        requests::ProjectDeployerDeploymentSaveSettings {
            __owner: self,
            settings: settings,
            ignore_warnings: false,
            __timeout: None,
        }
    }
    /**Starts updating the deployment to its settings; returns the task.

`POST /project-deployer/deployments/{deployment_id}/actions/update`

Returns a [`ProjectDeployerDeploymentStartUpdate`](requests::ProjectDeployerDeploymentStartUpdate) request; nothing is sent until `.send()`.*/
    pub fn start_update(&self) -> requests::ProjectDeployerDeploymentStartUpdate<'_> {
        requests::ProjectDeployerDeploymentStartUpdate {
            __owner: self,
            __timeout: None,
        }
    }
    /**Deletes the deployment.

`DELETE /project-deployer/deployments/{deployment_id}`

Returns a [`ProjectDeployerDeploymentDelete`](requests::ProjectDeployerDeploymentDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::ProjectDeployerDeploymentDelete<'_> {
        requests::ProjectDeployerDeploymentDelete {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssObjectDiscussions {
    /**Lists the discussions on the object.

`GET /projects/{project_key}/discussions/{object_type}/{object_id}/`

Returns a [`ObjectDiscussionsListDiscussions`](requests::ObjectDiscussionsListDiscussions) request; nothing is sent until `.send()`.*/
    pub fn list_discussions(&self) -> requests::ObjectDiscussionsListDiscussions<'_> {
        requests::ObjectDiscussionsListDiscussions {
            __owner: self,
            __timeout: None,
        }
    }
    /**Reads one discussion on the object, replies included.

`GET /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`

Arguments:
- `discussion_id`: Sent as a path segment.

Returns a [`ObjectDiscussionsGetDiscussion`](requests::ObjectDiscussionsGetDiscussion) request; nothing is sent until `.send()`.*/
    pub fn get_discussion(
        &self,
        discussion_id: impl Into<String>,
    ) -> requests::ObjectDiscussionsGetDiscussion<'_> {
        requests::ObjectDiscussionsGetDiscussion {
            __owner: self,
            discussion_id: discussion_id.into(),
            __timeout: None,
        }
    }
    /**Starts a discussion on the object.

`POST /projects/{project_key}/discussions/{object_type}/{object_id}/`

Arguments:
- `topic`: Sent as JSON member `topic`.
- `message`: Sent as JSON member `reply`.

Returns a [`ObjectDiscussionsCreateDiscussion`](requests::ObjectDiscussionsCreateDiscussion) request; nothing is sent until `.send()`.*/
    pub fn create_discussion(
        &self,
        topic: impl Into<String>,
        message: impl Into<String>,
    ) -> requests::ObjectDiscussionsCreateDiscussion<'_> {
        requests::ObjectDiscussionsCreateDiscussion {
            __owner: self,
            topic: topic.into(),
            message: message.into(),
            __timeout: None,
        }
    }
}
impl handles::DssFeatureStore {
    /**Lists the feature groups (each has `projectKey` and `name`).

`GET /feature-store/feature-groups`

Returns a [`FeatureStoreListFeatureGroups`](requests::FeatureStoreListFeatureGroups) request; nothing is sent until `.send()`.*/
    pub fn list_feature_groups(&self) -> requests::FeatureStoreListFeatureGroups<'_> {
        requests::FeatureStoreListFeatureGroups {
            __owner: self,
            __timeout: None,
        }
    }
}
impl handles::DssWorkspace {
    /**Reads the workspace's settings.

`GET /workspaces/{workspace_key}`

Returns a [`WorkspaceGetSettings`](requests::WorkspaceGetSettings) request; nothing is sent until `.send()`.*/
    pub fn get_settings(&self) -> requests::WorkspaceGetSettings<'_> {
        requests::WorkspaceGetSettings {
            __owner: self,
            __timeout: None,
        }
    }
    /**Saves the workspace's settings, as read by `get_settings` and changed.

`PUT /workspaces/{workspace_key}`

Arguments:
- `settings`: Sent as the JSON body.

Returns a [`WorkspaceSaveSettings`](requests::WorkspaceSaveSettings) request; nothing is sent until `.send()`.*/
    pub fn save_settings(
        &self,
        settings: ::serde_json::Value,
    ) -> requests::WorkspaceSaveSettings<'_> {
        requests::WorkspaceSaveSettings {
            __owner: self,
            settings: settings,
            __timeout: None,
        }
    }
    /**Deletes the workspace.

`DELETE /workspaces/{workspace_key}`

Returns a [`WorkspaceDelete`](requests::WorkspaceDelete) request; nothing is sent until `.send()`.*/
    pub fn delete(&self) -> requests::WorkspaceDelete<'_> {
        requests::WorkspaceDelete {
            __owner: self,
            __timeout: None,
        }
    }
    /**Lists the objects of the workspace.

`GET /workspaces/{workspace_key}/objects`

Returns a [`WorkspaceListObjects`](requests::WorkspaceListObjects) request; nothing is sent until `.send()`.*/
    pub fn list_objects(&self) -> requests::WorkspaceListObjects<'_> {
        requests::WorkspaceListObjects {
            __owner: self,
            __timeout: None,
        }
    }
    /**Adds an object to the workspace, described as DSS expects it: e.g.
`{"htmlLink": {"name", "url", "description"}}` for a link, or
`{"reference": {"projectKey", "type", "id"}}` for a DSS object
(dataikuapi also builds these from its object handles).

`POST /workspaces/{workspace_key}/objects`

Arguments:
- `object`: Sent as the JSON body.

Returns a [`WorkspaceAddObject`](requests::WorkspaceAddObject) request; nothing is sent until `.send()`.*/
    pub fn add_object(
        &self,
        object: ::serde_json::Value,
    ) -> requests::WorkspaceAddObject<'_> {
        requests::WorkspaceAddObject {
            __owner: self,
            object: object,
            __timeout: None,
        }
    }
}
impl handles::DssJob {
    /**Reads the job's status; `state()` of the answer is the job's state.

`GET /projects/{project_key}/jobs/{id}/`

Returns a [`JobGetStatus`](requests::JobGetStatus) request; nothing is sent until `.send()`.*/
    pub fn get_status(&self) -> requests::JobGetStatus<'_> {
        requests::JobGetStatus {
            __owner: self,
            __timeout: None,
        }
    }
    /**The job's log, or the log of one of its activities, read as it
arrives (a job's log can be large).

`GET /projects/{project_key}/jobs/{id}/log`

Optional arguments, set by name on the returned request:
- `activity`: Unset by default (then left out). Sent as query parameter `activity`.

Returns a [`JobGetLog`](requests::JobGetLog) request; nothing is sent until `.send()`.*/
    pub fn get_log(&self) -> requests::JobGetLog<'_> {
        requests::JobGetLog {
            __owner: self,
            activity: None,
            __timeout: None,
        }
    }
    /**Asks DSS to abort the job; returns DSS's answer.

`POST /projects/{project_key}/jobs/{id}/abort`

Returns a [`JobAbort`](requests::JobAbort) request; nothing is sent until `.send()`.*/
    pub fn abort(&self) -> requests::JobAbort<'_> {
        requests::JobAbort {
            __owner: self,
            __timeout: None,
        }
    }
}
