// The expansion of `deployers.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/deployers.dss`.
pub mod spec_deployers {
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
        /**The settings of an API Deployer infrastructure, as `get_settings` reads
them (dataikuapi's `DSSAPIDeployerInfraSettings`): its type, its API
nodes (a static one's), permissions; changed, then sent back whole by
`save`.*/
        #[derive(Clone)]
        pub struct DssApiDeployerInfraSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) infra_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssApiDeployerInfraSettings {
            ///The `infra_id` this handle points at.
            pub fn infra_id(&self) -> &str {
                &self.infra_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssApiDeployerInfraSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssApiDeployerInfraSettings")
                    .field("infra_id", &self.infra_id)
                    .field("document", &self.document)
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
        /**The settings of a published API service, as `get_settings` reads them
(dataikuapi's `DSSAPIDeployerServiceSettings`), mostly its permissions;
changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssApiDeployerServiceSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) service_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssApiDeployerServiceSettings {
            ///The `service_id` this handle points at.
            pub fn service_id(&self) -> &str {
                &self.service_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssApiDeployerServiceSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssApiDeployerServiceSettings")
                    .field("service_id", &self.service_id)
                    .field("document", &self.document)
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
        /**The settings of an API Deployer deployment, as `get_settings` reads them
(dataikuapi's `DSSAPIDeployerDeploymentSettings`): whether it is
enabled, which versions of the service it serves, ...; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssApiDeployerDeploymentSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) deployment_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssApiDeployerDeploymentSettings {
            ///The `deployment_id` this handle points at.
            pub fn deployment_id(&self) -> &str {
                &self.deployment_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssApiDeployerDeploymentSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssApiDeployerDeploymentSettings")
                    .field("deployment_id", &self.deployment_id)
                    .field("document", &self.document)
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
        /**The settings of a Project Deployer infrastructure, as `get_settings`
reads them (dataikuapi's `DSSProjectDeployerInfraSettings`); changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectDeployerInfraSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) infra_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectDeployerInfraSettings {
            ///The `infra_id` this handle points at.
            pub fn infra_id(&self) -> &str {
                &self.infra_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssProjectDeployerInfraSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectDeployerInfraSettings")
                    .field("infra_id", &self.infra_id)
                    .field("document", &self.document)
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
        /**The settings of a published project, as `get_settings` reads them
(dataikuapi's `DSSProjectDeployerProjectSettings`), mostly its
permissions; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectDeployerProjectSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectDeployerProjectSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssProjectDeployerProjectSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectDeployerProjectSettings")
                    .field("project_key", &self.project_key)
                    .field("document", &self.document)
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
        /**The settings of a Project Deployer deployment, as `get_settings` reads
them (dataikuapi's `DSSProjectDeployerDeploymentSettings`): its
infrastructure, the bundle it deploys, ...; changed, then sent back
whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectDeployerDeploymentSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) deployment_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectDeployerDeploymentSettings {
            ///The `deployment_id` this handle points at.
            pub fn deployment_id(&self) -> &str {
                &self.deployment_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssProjectDeployerDeploymentSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectDeployerDeploymentSettings")
                    .field("deployment_id", &self.deployment_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
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
        ///Request value of [`DssApiDeployer::list_deployments`](super::super::handles::DssApiDeployer::list_deployments): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerListDeployments<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerListDeployments<'a> {
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
                __call.lit("/api-deployer/deployments");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerListDeployments, super::endpoints::API_DEPLOYER_LIST_DEPLOYMENTS,
            json(Value,
            "Sends the request (`GET /api-deployer/deployments`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerListDeployments<'_> {}
        ///Request value of [`DssApiDeployer::list_stages`](super::super::handles::DssApiDeployer::list_stages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerListStages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerListStages<'a> {
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
                __call.lit("/api-deployer/stages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerListStages, super::endpoints::API_DEPLOYER_LIST_STAGES,
            json(Value,
            "Sends the request (`GET /api-deployer/stages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerListStages<'_> {}
        ///Request value of [`DssApiDeployer::list_infras`](super::super::handles::DssApiDeployer::list_infras): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerListInfras<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerListInfras<'a> {
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
                __call.lit("/api-deployer/infras");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerListInfras, super::endpoints::API_DEPLOYER_LIST_INFRAS,
            json(Value,
            "Sends the request (`GET /api-deployer/infras`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerListInfras<'_> {}
        ///Request value of [`DssApiDeployer::list_services`](super::super::handles::DssApiDeployer::list_services): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerListServices<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerListServices<'a> {
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
                __call.lit("/api-deployer/services");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerListServices, super::endpoints::API_DEPLOYER_LIST_SERVICES,
            json(Value,
            "Sends the request (`GET /api-deployer/services`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerListServices<'_> {}
        ///Request value of [`DssApiDeployer::create_infra`](super::super::handles::DssApiDeployer::create_infra): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerCreateInfra<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) infra_id: String,
            pub(crate) stage: String,
            pub(crate) infra_type: String,
            pub(crate) govern_check_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
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
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
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
            ) -> Result<super::super::handles::DssApiDeployerInfra, crate::rt::Error> {
                let (__call, (infra_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_infra_id = infra_id;
                            super::super::handles::DssApiDeployerInfra {
                                client: ::core::clone::Clone::clone(__client),
                                infra_id: __f_infra_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerCreateInfra, super::endpoints::API_DEPLOYER_CREATE_INFRA, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerCreateInfra<'_> {}
        ///Request value of [`DssApiDeployer::create_service`](super::super::handles::DssApiDeployer::create_service): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerCreateService<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) service_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerCreateService<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, service_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
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
            ) -> Result<super::super::handles::DssApiDeployerService, crate::rt::Error> {
                let (__call, (service_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_service_id = service_id;
                            super::super::handles::DssApiDeployerService {
                                client: ::core::clone::Clone::clone(__client),
                                service_id: __f_service_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerCreateService, super::endpoints::API_DEPLOYER_CREATE_SERVICE,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerCreateService<'_> {}
        ///Request value of [`DssApiDeployer::create_deployment`](super::super::handles::DssApiDeployer::create_deployment): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerCreateDeployment<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployer,
            pub(crate) deployment_id: String,
            pub(crate) service_id: String,
            pub(crate) infra_id: String,
            pub(crate) version: String,
            pub(crate) endpoint_id: Option<String>,
            pub(crate) ignore_warnings: bool,
            pub(crate) authorizations_to_query_through_deployer: Option<
                ::serde_json::Value,
            >,
            pub(crate) __opts: crate::rt::RequestOptions,
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
                authorizations_to_query_through_deployer: impl Into<::serde_json::Value>,
            ) -> Self {
                self.authorizations_to_query_through_deployer = Some(
                    authorizations_to_query_through_deployer.into(),
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
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
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
            ) -> Result<
                super::super::handles::DssApiDeployerDeployment,
                crate::rt::Error,
            > {
                let (__call, (deployment_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_deployment_id = deployment_id;
                            super::super::handles::DssApiDeployerDeployment {
                                client: ::core::clone::Clone::clone(__client),
                                deployment_id: __f_deployment_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerCreateDeployment,
            super::endpoints::API_DEPLOYER_CREATE_DEPLOYMENT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerCreateDeployment<'_> {}
        ///Request value of [`DssProjectDeployer::list_deployments`](super::super::handles::DssProjectDeployer::list_deployments): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerListDeployments<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerListDeployments<'a> {
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
                __call.lit("/project-deployer/deployments");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerListDeployments,
            super::endpoints::PROJECT_DEPLOYER_LIST_DEPLOYMENTS, json(Value,
            "Sends the request (`GET /project-deployer/deployments`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerListDeployments<'_> {}
        ///Request value of [`DssProjectDeployer::list_stages`](super::super::handles::DssProjectDeployer::list_stages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerListStages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerListStages<'a> {
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
                __call.lit("/project-deployer/stages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerListStages, super::endpoints::PROJECT_DEPLOYER_LIST_STAGES,
            json(Value,
            "Sends the request (`GET /project-deployer/stages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerListStages<'_> {}
        ///Request value of [`DssProjectDeployer::list_infras`](super::super::handles::DssProjectDeployer::list_infras): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerListInfras<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerListInfras<'a> {
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
                __call.lit("/project-deployer/infras");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerListInfras, super::endpoints::PROJECT_DEPLOYER_LIST_INFRAS,
            json(Value,
            "Sends the request (`GET /project-deployer/infras`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerListInfras<'_> {}
        ///Request value of [`DssProjectDeployer::list_projects`](super::super::handles::DssProjectDeployer::list_projects): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerListProjects<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerListProjects<'a> {
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
                __call.lit("/project-deployer/projects");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerListProjects,
            super::endpoints::PROJECT_DEPLOYER_LIST_PROJECTS, json(Value,
            "Sends the request (`GET /project-deployer/projects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerListProjects<'_> {}
        ///Request value of [`DssProjectDeployer::upload_bundle`](super::super::handles::DssProjectDeployer::upload_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerUploadBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerUploadBundle<'a> {
            /**Published project to upload into (created if missing); unset: the
one named after the bundle's source project.

Unset by default (then left out). Sent as query parameter `projectKey`.*/
            pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
                self.project_key = Some(project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/projects/bundles");
                __call.query("projectKey", &project_key);
                __call.upload_named(fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerUploadBundle,
            super::endpoints::PROJECT_DEPLOYER_UPLOAD_BUNDLE,
            unit("Sends the request (`POST /project-deployer/projects/bundles`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerUploadBundle<'_> {}
        ///Request value of [`DssProjectDeployer::create_project`](super::super::handles::DssProjectDeployer::create_project): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerCreateProject<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) project_key: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerCreateProject<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
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
            ) -> Result<
                super::super::handles::DssProjectDeployerProject,
                crate::rt::Error,
            > {
                let (__call, (project_key,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = project_key;
                            super::super::handles::DssProjectDeployerProject {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerCreateProject,
            super::endpoints::PROJECT_DEPLOYER_CREATE_PROJECT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerCreateProject<'_> {}
        ///Request value of [`DssProjectDeployer::create_infra`](super::super::handles::DssProjectDeployer::create_infra): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerCreateInfra<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) infra_id: String,
            pub(crate) stage: String,
            pub(crate) govern_check_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
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
                let Self { __owner, infra_id, stage, govern_check_policy, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
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
            ) -> Result<
                super::super::handles::DssProjectDeployerInfra,
                crate::rt::Error,
            > {
                let (__call, (infra_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_infra_id = infra_id;
                            super::super::handles::DssProjectDeployerInfra {
                                client: ::core::clone::Clone::clone(__client),
                                infra_id: __f_infra_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerCreateInfra, super::endpoints::PROJECT_DEPLOYER_CREATE_INFRA,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerCreateInfra<'_> {}
        ///Request value of [`DssProjectDeployer::create_deployment`](super::super::handles::DssProjectDeployer::create_deployment): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerCreateDeployment<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployer,
            pub(crate) deployment_id: String,
            pub(crate) project_key: String,
            pub(crate) infra_id: String,
            pub(crate) bundle_id: String,
            pub(crate) deployed_project_key: Option<String>,
            pub(crate) project_folder_id: Option<String>,
            pub(crate) ignore_warnings: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
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
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
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
                            let __v = ::serde_json::Value::from(deployed_project_key);
                            if !__v.is_null() {
                                __map.insert(String::from("deployedProjectKey"), __v);
                            }
                            let __v = ::serde_json::Value::from(project_folder_id);
                            if !__v.is_null() {
                                __map.insert(String::from("projectFolderId"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (deployment_id,)))
            }
            ///Sends the request (`POST /project-deployer/deployments`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectDeployerDeployment,
                crate::rt::Error,
            > {
                let (__call, (deployment_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_deployment_id = deployment_id;
                            super::super::handles::DssProjectDeployerDeployment {
                                client: ::core::clone::Clone::clone(__client),
                                deployment_id: __f_deployment_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerCreateDeployment,
            super::endpoints::PROJECT_DEPLOYER_CREATE_DEPLOYMENT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerCreateDeployment<'_> {}
        ///Request value of [`DssApiDeployerInfra::get_status`](super::super::handles::DssApiDeployerInfra::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerInfraGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerInfra,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerInfraGetStatus<'a> {
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
                __call.lit("/api-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerInfraGetStatus, super::endpoints::API_DEPLOYER_INFRA_GET_STATUS,
            json(Value,
            "Sends the request (`GET /api-deployer/infras/{infra_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerInfraGetStatus<'_> {}
        ///Request value of [`DssApiDeployerInfra::get_settings`](super::super::handles::DssApiDeployerInfra::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerInfraGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerInfra,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerInfraGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssApiDeployerInfra,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /api-deployer/infras/{infra_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssApiDeployerInfraSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_infra_id = ::core::clone::Clone::clone(
                                &__owner.infra_id,
                            );
                            super::super::handles::DssApiDeployerInfraSettings {
                                client: ::core::clone::Clone::clone(__client),
                                infra_id: __f_infra_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerInfraGetSettings,
            super::endpoints::API_DEPLOYER_INFRA_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerInfraGetSettings<'_> {}
        ///Request value of [`DssApiDeployerInfra::delete`](super::super::handles::DssApiDeployerInfra::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerInfraDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerInfra,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerInfraDelete<'a> {
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
                __call.lit("/api-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerInfraDelete, super::endpoints::API_DEPLOYER_INFRA_DELETE,
            unit("Sends the request (`DELETE /api-deployer/infras/{infra_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerInfraDelete<'_> {}
        ///Request value of [`DssApiDeployerService::get_status`](super::super::handles::DssApiDeployerService::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceGetStatus<'a> {
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
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceGetStatus,
            super::endpoints::API_DEPLOYER_SERVICE_GET_STATUS, json(Value,
            "Sends the request (`GET /api-deployer/services/{service_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceGetStatus<'_> {}
        ///Request value of [`DssApiDeployerService::get_settings`](super::super::handles::DssApiDeployerService::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssApiDeployerService,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /api-deployer/services/{service_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssApiDeployerServiceSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_service_id = ::core::clone::Clone::clone(
                                &__owner.service_id,
                            );
                            super::super::handles::DssApiDeployerServiceSettings {
                                client: ::core::clone::Clone::clone(__client),
                                service_id: __f_service_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceGetSettings,
            super::endpoints::API_DEPLOYER_SERVICE_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceGetSettings<'_> {}
        ///Request value of [`DssApiDeployerService::delete_version`](super::super::handles::DssApiDeployerService::delete_version): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceDeleteVersion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) version: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceDeleteVersion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/versions/");
                __call.segment("version", &version, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceDeleteVersion,
            super::endpoints::API_DEPLOYER_SERVICE_DELETE_VERSION,
            unit("Sends the request (`DELETE /api-deployer/services/{service_id}/versions/{version}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceDeleteVersion<'_> {}
        ///Request value of [`DssApiDeployerService::delete`](super::super::handles::DssApiDeployerService::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceDelete<'a> {
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
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceDelete, super::endpoints::API_DEPLOYER_SERVICE_DELETE,
            unit("Sends the request (`DELETE /api-deployer/services/{service_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceDelete<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_light_status`](super::super::handles::DssApiDeployerDeployment::get_light_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetLightStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetLightStatus<'a> {
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
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetLightStatus,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_LIGHT_STATUS,
            json(ApiDeploymentLightStatus,
            "Sends the request (`GET /api-deployer/deployments/{deployment_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetLightStatus<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_heavy_status`](super::super::handles::DssApiDeployerDeployment::get_heavy_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetHeavyStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetHeavyStatus<'a> {
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
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetHeavyStatus,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_HEAVY_STATUS,
            json(DeploymentHeavyStatus,
            "Sends the request (`GET /api-deployer/deployments/{deployment_id}/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetHeavyStatus<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_settings`](super::super::handles::DssApiDeployerDeployment::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssApiDeployerDeployment,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /api-deployer/deployments/{deployment_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssApiDeployerDeploymentSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_deployment_id = ::core::clone::Clone::clone(
                                &__owner.deployment_id,
                            );
                            super::super::handles::DssApiDeployerDeploymentSettings {
                                client: ::core::clone::Clone::clone(__client),
                                deployment_id: __f_deployment_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetSettings,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetSettings<'_> {}
        ///Request value of [`DssApiDeployerDeployment::start_update`](super::super::handles::DssApiDeployerDeployment::start_update): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentStartUpdate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentStartUpdate<'a> {
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
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/actions/update");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /api-deployer/deployments/{deployment_id}/actions/update`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_job_id = crate::rt::answer_string_or_empty(
                                &__answer,
                                "jobId",
                            );
                            let __f_state = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssFuture {
                                client: ::core::clone::Clone::clone(__client),
                                job_id: __f_job_id,
                                state: __f_state,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentStartUpdate,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_START_UPDATE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentStartUpdate<'_> {}
        ///Request value of [`DssApiDeployerDeployment::delete`](super::super::handles::DssApiDeployerDeployment::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) ignore_pre_delete_errors: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
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
                let Self { __owner, ignore_pre_delete_errors, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.query("ignorePreDeleteErrors", &ignore_pre_delete_errors);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentDelete,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_DELETE,
            unit("Sends the request (`DELETE /api-deployer/deployments/{deployment_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentDelete<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_open_api`](super::super::handles::DssApiDeployerDeployment::get_open_api): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetOpenApi<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetOpenApi<'a> {
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
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/get-open-api");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetOpenApi,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_OPEN_API,
            text("Sends the request (`GET /api-deployer/deployments/{deployment_id}/get-open-api`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetOpenApi<'_> {}
        ///Request value of [`DssProjectDeployerInfra::get_status`](super::super::handles::DssProjectDeployerInfra::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerInfraGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerInfra,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerInfraGetStatus<'a> {
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
                __call.lit("/project-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerInfraGetStatus,
            super::endpoints::PROJECT_DEPLOYER_INFRA_GET_STATUS, json(Value,
            "Sends the request (`GET /project-deployer/infras/{infra_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerInfraGetStatus<'_> {}
        ///Request value of [`DssProjectDeployerInfra::get_settings`](super::super::handles::DssProjectDeployerInfra::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerInfraGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerInfra,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerInfraGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssProjectDeployerInfra,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /project-deployer/infras/{infra_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectDeployerInfraSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_infra_id = ::core::clone::Clone::clone(
                                &__owner.infra_id,
                            );
                            super::super::handles::DssProjectDeployerInfraSettings {
                                client: ::core::clone::Clone::clone(__client),
                                infra_id: __f_infra_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerInfraGetSettings,
            super::endpoints::PROJECT_DEPLOYER_INFRA_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerInfraGetSettings<'_> {}
        ///Request value of [`DssProjectDeployerInfra::delete`](super::super::handles::DssProjectDeployerInfra::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerInfraDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerInfra,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerInfraDelete<'a> {
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
                __call.lit("/project-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerInfraDelete, super::endpoints::PROJECT_DEPLOYER_INFRA_DELETE,
            unit("Sends the request (`DELETE /project-deployer/infras/{infra_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerInfraDelete<'_> {}
        ///Request value of [`DssProjectDeployerProject::get_status`](super::super::handles::DssProjectDeployerProject::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectGetStatus<'a> {
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
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectGetStatus,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_GET_STATUS, json(Value,
            "Sends the request (`GET /project-deployer/projects/{project_key}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectGetStatus<'_> {}
        ///Request value of [`DssProjectDeployerProject::get_settings`](super::super::handles::DssProjectDeployerProject::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssProjectDeployerProject,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /project-deployer/projects/{project_key}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectDeployerProjectSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            super::super::handles::DssProjectDeployerProjectSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectGetSettings,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectGetSettings<'_> {}
        ///Request value of [`DssProjectDeployerProject::delete_bundle`](super::super::handles::DssProjectDeployerProject::delete_bundle): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectDeleteBundle<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectDeleteBundle<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/");
                __call.segment("bundle_id", &bundle_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectDeleteBundle,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_DELETE_BUNDLE,
            unit("Sends the request (`DELETE /project-deployer/projects/{project_key}/bundles/{bundle_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectDeleteBundle<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_light_status`](super::super::handles::DssProjectDeployerDeployment::get_light_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetLightStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetLightStatus<'a> {
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
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetLightStatus,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_LIGHT_STATUS,
            json(ProjectDeploymentLightStatus,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetLightStatus<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_heavy_status`](super::super::handles::DssProjectDeployerDeployment::get_heavy_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetHeavyStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetHeavyStatus<'a> {
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
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetHeavyStatus,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_HEAVY_STATUS,
            json(DeploymentHeavyStatus,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetHeavyStatus<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_settings`](super::super::handles::DssProjectDeployerDeployment::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssProjectDeployerDeployment,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /project-deployer/deployments/{deployment_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectDeployerDeploymentSettings,
                crate::rt::Error,
            > {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_deployment_id = ::core::clone::Clone::clone(
                                &__owner.deployment_id,
                            );
                            super::super::handles::DssProjectDeployerDeploymentSettings {
                                client: ::core::clone::Clone::clone(__client),
                                deployment_id: __f_deployment_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetSettings,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetSettings<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::start_update`](super::super::handles::DssProjectDeployerDeployment::start_update): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentStartUpdate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentStartUpdate<'a> {
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
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/actions/update");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /project-deployer/deployments/{deployment_id}/actions/update`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_job_id = crate::rt::answer_string_or_empty(
                                &__answer,
                                "jobId",
                            );
                            let __f_state = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssFuture {
                                client: ::core::clone::Clone::clone(__client),
                                job_id: __f_job_id,
                                state: __f_state,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentStartUpdate,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_START_UPDATE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentStartUpdate<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::delete`](super::super::handles::DssProjectDeployerDeployment::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentDelete<'a> {
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
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentDelete,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_DELETE,
            unit("Sends the request (`DELETE /project-deployer/deployments/{deployment_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentDelete<'_> {}
        ///Request value of [`DssApiDeployerInfraSettings::save`](super::super::handles::DssApiDeployerInfraSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerInfraSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerInfraSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerInfraSettingsSave<'a> {
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
                __call.lit("/api-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerInfraSettingsSave,
            super::endpoints::API_DEPLOYER_INFRA_SETTINGS_SAVE,
            unit("Sends the request (`PUT /api-deployer/infras/{infra_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerInfraSettingsSave<'_> {}
        ///Request value of [`DssApiDeployerServiceSettings::save`](super::super::handles::DssApiDeployerServiceSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerServiceSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceSettingsSave<'a> {
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
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceSettingsSave,
            super::endpoints::API_DEPLOYER_SERVICE_SETTINGS_SAVE,
            unit("Sends the request (`PUT /api-deployer/services/{service_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceSettingsSave<'_> {}
        ///Request value of [`DssApiDeployerDeploymentSettings::save`](super::super::handles::DssApiDeployerDeploymentSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeploymentSettings,
            pub(crate) ignore_warnings: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentSettingsSave<'a> {
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
                let Self { __owner, ignore_warnings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/settings");
                __call.query("ignoreWarnings", &ignore_warnings);
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentSettingsSave,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_SETTINGS_SAVE,
            unit("Sends the request (`PUT /api-deployer/deployments/{deployment_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentSettingsSave<'_> {}
        ///Request value of [`DssProjectDeployerInfraSettings::save`](super::super::handles::DssProjectDeployerInfraSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerInfraSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerInfraSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerInfraSettingsSave<'a> {
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
                __call.lit("/project-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerInfraSettingsSave,
            super::endpoints::PROJECT_DEPLOYER_INFRA_SETTINGS_SAVE,
            unit("Sends the request (`PUT /project-deployer/infras/{infra_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerInfraSettingsSave<'_> {}
        ///Request value of [`DssProjectDeployerProjectSettings::save`](super::super::handles::DssProjectDeployerProjectSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProjectSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectSettingsSave<'a> {
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
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectSettingsSave,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_SETTINGS_SAVE,
            unit("Sends the request (`PUT /project-deployer/projects/{project_key}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectSettingsSave<'_> {}
        ///Request value of [`DssProjectDeployerDeploymentSettings::save`](super::super::handles::DssProjectDeployerDeploymentSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeploymentSettings,
            pub(crate) ignore_warnings: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentSettingsSave<'a> {
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
                let Self { __owner, ignore_warnings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/settings");
                __call.query("ignoreWarnings", &ignore_warnings);
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentSettingsSave,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_SAVE,
            unit("Sends the request (`PUT /project-deployer/deployments/{deployment_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentSettingsSave<'_> {}
        crate::rt::request_list!(
            ApiDeployerListDeployments, ApiDeployerListStages, ApiDeployerListInfras,
            ApiDeployerListServices, ApiDeployerCreateInfra, ApiDeployerCreateService,
            ApiDeployerCreateDeployment, ProjectDeployerListDeployments,
            ProjectDeployerListStages, ProjectDeployerListInfras,
            ProjectDeployerListProjects, ProjectDeployerUploadBundle,
            ProjectDeployerCreateProject, ProjectDeployerCreateInfra,
            ProjectDeployerCreateDeployment, ApiDeployerInfraGetStatus,
            ApiDeployerInfraGetSettings, ApiDeployerInfraDelete,
            ApiDeployerServiceGetStatus, ApiDeployerServiceGetSettings,
            ApiDeployerServiceDeleteVersion, ApiDeployerServiceDelete,
            ApiDeployerDeploymentGetLightStatus, ApiDeployerDeploymentGetHeavyStatus,
            ApiDeployerDeploymentGetSettings, ApiDeployerDeploymentStartUpdate,
            ApiDeployerDeploymentDelete, ApiDeployerDeploymentGetOpenApi,
            ProjectDeployerInfraGetStatus, ProjectDeployerInfraGetSettings,
            ProjectDeployerInfraDelete, ProjectDeployerProjectGetStatus,
            ProjectDeployerProjectGetSettings, ProjectDeployerProjectDeleteBundle,
            ProjectDeployerDeploymentGetLightStatus,
            ProjectDeployerDeploymentGetHeavyStatus,
            ProjectDeployerDeploymentGetSettings, ProjectDeployerDeploymentStartUpdate,
            ProjectDeployerDeploymentDelete, ApiDeployerInfraSettingsSave,
            ApiDeployerServiceSettingsSave, ApiDeployerDeploymentSettingsSave,
            ProjectDeployerInfraSettingsSave, ProjectDeployerProjectSettingsSave,
            ProjectDeployerDeploymentSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::get_apideployer`.
        pub static GET_APIDEPLOYER: Endpoint = Endpoint::new(
            "DssClient",
            "get_apideployer",
            crate::rt::Server::DSS,
            "A handle on the API Deployer.",
            &[],
            None,
            ResultKind::Handle("DssApiDeployer"),
            [false, true, false],
        );
        ///`DssClient::get_projectdeployer`.
        pub static GET_PROJECTDEPLOYER: Endpoint = Endpoint::new(
            "DssClient",
            "get_projectdeployer",
            crate::rt::Server::DSS,
            "A handle on the Project Deployer.",
            &[],
            None,
            ResultKind::Handle("DssProjectDeployer"),
            [false, true, false],
        );
        ///`DssApiDeployer::get_infra`.
        pub static API_DEPLOYER_GET_INFRA: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "get_infra",
            crate::rt::Server::DSS,
            "A handle on one infrastructure.",
            &[Arg::new("infra_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssApiDeployerInfra"),
            [false, true, false],
        );
        ///`DssApiDeployer::get_service`.
        pub static API_DEPLOYER_GET_SERVICE: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "get_service",
            crate::rt::Server::DSS,
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
            [false, true, false],
        );
        ///`DssApiDeployer::get_deployment`.
        pub static API_DEPLOYER_GET_DEPLOYMENT: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "get_deployment",
            crate::rt::Server::DSS,
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
            [false, true, false],
        );
        ///`DssApiDeployer::list_deployments`.
        pub static API_DEPLOYER_LIST_DEPLOYMENTS: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "list_deployments",
            crate::rt::Server::DSS,
            "Lists the API deployments (each item's `deploymentBasicInfo.id` names it for `get_deployment`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments",
                    &[],
                    "ApiDeployerListDeployments",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployer::list_stages`.
        pub static API_DEPLOYER_LIST_STAGES: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "list_stages",
            crate::rt::Server::DSS,
            "Lists the stages.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/stages",
                    &[],
                    "ApiDeployerListStages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployer::list_infras`.
        pub static API_DEPLOYER_LIST_INFRAS: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "list_infras",
            crate::rt::Server::DSS,
            "Lists the infrastructures.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/infras",
                    &[],
                    "ApiDeployerListInfras",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployer::list_services`.
        pub static API_DEPLOYER_LIST_SERVICES: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "list_services",
            crate::rt::Server::DSS,
            "Lists the published API services.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/services",
                    &[],
                    "ApiDeployerListServices",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployer::create_infra`.
        pub static API_DEPLOYER_CREATE_INFRA: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "create_infra",
            crate::rt::Server::DSS,
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
                    Verb::Post,
                    "/api-deployer/infras",
                    &[],
                    "ApiDeployerCreateInfra",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerInfra"),
            [false, true, false],
        );
        ///`DssApiDeployer::create_service`.
        pub static API_DEPLOYER_CREATE_SERVICE: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "create_service",
            crate::rt::Server::DSS,
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
                    Verb::Post,
                    "/api-deployer/services",
                    &[],
                    "ApiDeployerCreateService",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerService"),
            [false, true, false],
        );
        ///`DssApiDeployer::create_deployment`.
        pub static API_DEPLOYER_CREATE_DEPLOYMENT: Endpoint = Endpoint::new(
            "DssApiDeployer",
            "create_deployment",
            crate::rt::Server::DSS,
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
                    Verb::Post,
                    "/api-deployer/deployments",
                    &[],
                    "ApiDeployerCreateDeployment",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerDeployment"),
            [false, true, false],
        );
        ///`DssProjectDeployer::get_infra`.
        pub static PROJECT_DEPLOYER_GET_INFRA: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "get_infra",
            crate::rt::Server::DSS,
            "A handle on one infrastructure.",
            &[Arg::new("infra_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssProjectDeployerInfra"),
            [false, true, false],
        );
        ///`DssProjectDeployer::get_project`.
        pub static PROJECT_DEPLOYER_GET_PROJECT: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "get_project",
            crate::rt::Server::DSS,
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
            [false, true, false],
        );
        ///`DssProjectDeployer::get_deployment`.
        pub static PROJECT_DEPLOYER_GET_DEPLOYMENT: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "get_deployment",
            crate::rt::Server::DSS,
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
            [false, true, false],
        );
        ///`DssProjectDeployer::list_deployments`.
        pub static PROJECT_DEPLOYER_LIST_DEPLOYMENTS: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "list_deployments",
            crate::rt::Server::DSS,
            "Lists the project deployments (each item's `deploymentBasicInfo.id` names it for `get_deployment`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments",
                    &[],
                    "ProjectDeployerListDeployments",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployer::list_stages`.
        pub static PROJECT_DEPLOYER_LIST_STAGES: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "list_stages",
            crate::rt::Server::DSS,
            "Lists the stages.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/stages",
                    &[],
                    "ProjectDeployerListStages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployer::list_infras`.
        pub static PROJECT_DEPLOYER_LIST_INFRAS: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "list_infras",
            crate::rt::Server::DSS,
            "Lists the infrastructures.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/infras",
                    &[],
                    "ProjectDeployerListInfras",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployer::list_projects`.
        pub static PROJECT_DEPLOYER_LIST_PROJECTS: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "list_projects",
            crate::rt::Server::DSS,
            "Lists the published projects.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/projects",
                    &[],
                    "ProjectDeployerListProjects",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployer::upload_bundle`.
        pub static PROJECT_DEPLOYER_UPLOAD_BUNDLE: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "upload_bundle",
            crate::rt::Server::DSS,
            "Uploads a bundle archive to the Project Deployer, streamed from here (never read whole into memory).",
            &[
                Arg::new("fp", "file", Presence::Required, Place::Upload, false),
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
                    Verb::Post,
                    "/project-deployer/projects/bundles",
                    &[],
                    "ProjectDeployerUploadBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployer::create_project`.
        pub static PROJECT_DEPLOYER_CREATE_PROJECT: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "create_project",
            crate::rt::Server::DSS,
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
                    Verb::Post,
                    "/project-deployer/projects",
                    &[],
                    "ProjectDeployerCreateProject",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerProject"),
            [false, true, false],
        );
        ///`DssProjectDeployer::create_infra`.
        pub static PROJECT_DEPLOYER_CREATE_INFRA: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "create_infra",
            crate::rt::Server::DSS,
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
                    Verb::Post,
                    "/project-deployer/infras",
                    &[],
                    "ProjectDeployerCreateInfra",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerInfra"),
            [false, true, false],
        );
        ///`DssProjectDeployer::create_deployment`.
        pub static PROJECT_DEPLOYER_CREATE_DEPLOYMENT: Endpoint = Endpoint::new(
            "DssProjectDeployer",
            "create_deployment",
            crate::rt::Server::DSS,
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
                    Verb::Post,
                    "/project-deployer/deployments",
                    &[],
                    "ProjectDeployerCreateDeployment",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerDeployment"),
            [false, true, false],
        );
        ///`DssApiDeployerInfra::get_status`.
        pub static API_DEPLOYER_INFRA_GET_STATUS: Endpoint = Endpoint::new(
            "DssApiDeployerInfra",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the infrastructure's status (its deployments among others).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/infras/{infra_id}",
                    &[],
                    "ApiDeployerInfraGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployerInfra::get_settings`.
        pub static API_DEPLOYER_INFRA_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssApiDeployerInfra",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the infrastructure's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/infras/{infra_id}/settings",
                    &[],
                    "ApiDeployerInfraGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerInfraSettings"),
            [false, true, false],
        );
        ///`DssApiDeployerInfra::delete`.
        pub static API_DEPLOYER_INFRA_DELETE: Endpoint = Endpoint::new(
            "DssApiDeployerInfra",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the infrastructure (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/api-deployer/infras/{infra_id}",
                    &[],
                    "ApiDeployerInfraDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerService::get_status`.
        pub static API_DEPLOYER_SERVICE_GET_STATUS: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the service's status (its versions and the deployments using them).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/services/{service_id}",
                    &[],
                    "ApiDeployerServiceGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployerService::get_settings`.
        pub static API_DEPLOYER_SERVICE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the service's settings (mostly permissions), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/services/{service_id}/settings",
                    &[],
                    "ApiDeployerServiceGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerServiceSettings"),
            [false, true, false],
        );
        ///`DssApiDeployerService::delete_version`.
        pub static API_DEPLOYER_SERVICE_DELETE_VERSION: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "delete_version",
            crate::rt::Server::DSS,
            "Deletes one version of the service.",
            &[Arg::new("version", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/api-deployer/services/{service_id}/versions/{version}",
                    &[],
                    "ApiDeployerServiceDeleteVersion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerService::delete`.
        pub static API_DEPLOYER_SERVICE_DELETE: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the service (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/api-deployer/services/{service_id}",
                    &[],
                    "ApiDeployerServiceDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::get_light_status`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_LIGHT_STATUS: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_light_status",
            crate::rt::Server::DSS,
            "Reads the deployment's basic status (dataikuapi's \"light\" status): what is deployed where, whether enabled.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}",
                    &[],
                    "ApiDeployerDeploymentGetLightStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("ApiDeploymentLightStatus"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::get_heavy_status`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_HEAVY_STATUS: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_heavy_status",
            crate::rt::Server::DSS,
            "Reads the deployment's full status, with health (dataikuapi's \"heavy\" status).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/status",
                    &[],
                    "ApiDeployerDeploymentGetHeavyStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentHeavyStatus"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::get_settings`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the deployment's settings, to change and `save` (then `start_update` applies them).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ApiDeployerDeploymentGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiDeployerDeploymentSettings"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::start_update`.
        pub static API_DEPLOYER_DEPLOYMENT_START_UPDATE: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "start_update",
            crate::rt::Server::DSS,
            "Starts updating the deployment to its settings; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/api-deployer/deployments/{deployment_id}/actions/update",
                    &[],
                    "ApiDeployerDeploymentStartUpdate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::delete`.
        pub static API_DEPLOYER_DEPLOYMENT_DELETE: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "delete",
            crate::rt::Server::DSS,
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
                    Verb::Delete,
                    "/api-deployer/deployments/{deployment_id}",
                    &[],
                    "ApiDeployerDeploymentDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::get_open_api`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_OPEN_API: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_open_api",
            crate::rt::Server::DSS,
            "Reads the OpenAPI document of the deployed service.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/get-open-api",
                    &[],
                    "ApiDeployerDeploymentGetOpenApi",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Text,
            [false, true, false],
        );
        ///`DssProjectDeployerInfra::get_status`.
        pub static PROJECT_DEPLOYER_INFRA_GET_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerInfra",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the infrastructure's status (its deployments among others).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/infras/{infra_id}",
                    &[],
                    "ProjectDeployerInfraGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerInfra::get_settings`.
        pub static PROJECT_DEPLOYER_INFRA_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssProjectDeployerInfra",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the infrastructure's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/infras/{infra_id}/settings",
                    &[],
                    "ProjectDeployerInfraGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerInfraSettings"),
            [false, true, false],
        );
        ///`DssProjectDeployerInfra::delete`.
        pub static PROJECT_DEPLOYER_INFRA_DELETE: Endpoint = Endpoint::new(
            "DssProjectDeployerInfra",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the infrastructure (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-deployer/infras/{infra_id}",
                    &[],
                    "ProjectDeployerInfraDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployerProject::get_status`.
        pub static PROJECT_DEPLOYER_PROJECT_GET_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the published project's status (its bundles and deployments).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/projects/{project_key}",
                    &[],
                    "ProjectDeployerProjectGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerProject::get_settings`.
        pub static PROJECT_DEPLOYER_PROJECT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the published project's settings (mostly permissions), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/projects/{project_key}/settings",
                    &[],
                    "ProjectDeployerProjectGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerProjectSettings"),
            [false, true, false],
        );
        ///`DssProjectDeployerProject::delete_bundle`.
        pub static PROJECT_DEPLOYER_PROJECT_DELETE_BUNDLE: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "delete_bundle",
            crate::rt::Server::DSS,
            "Deletes one bundle of the published project.",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-deployer/projects/{project_key}/bundles/{bundle_id}",
                    &[],
                    "ProjectDeployerProjectDeleteBundle",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::get_light_status`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_LIGHT_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_light_status",
            crate::rt::Server::DSS,
            "Reads the deployment's basic status (dataikuapi's \"light\" status): what is deployed where.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}",
                    &[],
                    "ProjectDeployerDeploymentGetLightStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("ProjectDeploymentLightStatus"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::get_heavy_status`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_HEAVY_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_heavy_status",
            crate::rt::Server::DSS,
            "Reads the deployment's full status, with health (dataikuapi's \"heavy\" status).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/status",
                    &[],
                    "ProjectDeployerDeploymentGetHeavyStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentHeavyStatus"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::get_settings`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the deployment's settings, to change and `save` (then `start_update` applies them).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ProjectDeployerDeploymentGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectDeployerDeploymentSettings"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::start_update`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_START_UPDATE: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "start_update",
            crate::rt::Server::DSS,
            "Starts updating the deployment to its settings; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-deployer/deployments/{deployment_id}/actions/update",
                    &[],
                    "ProjectDeployerDeploymentStartUpdate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::delete`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_DELETE: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the deployment.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-deployer/deployments/{deployment_id}",
                    &[],
                    "ProjectDeployerDeploymentDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerInfraSettings::save`.
        pub static API_DEPLOYER_INFRA_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssApiDeployerInfraSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/api-deployer/infras/{infra_id}/settings",
                    &[],
                    "ApiDeployerInfraSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerInfraSettings::get_type`.
        pub static API_DEPLOYER_INFRA_SETTINGS_GET_TYPE: Endpoint = Endpoint::new(
            "DssApiDeployerInfraSettings",
            "get_type",
            crate::rt::Server::DSS,
            "The infrastructure's type (`STATIC`, `K8S`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssApiDeployerInfraSettings::add_apinode`.
        pub static API_DEPLOYER_INFRA_SETTINGS_ADD_APINODE: Endpoint = Endpoint::new(
            "DssApiDeployerInfraSettings",
            "add_apinode",
            crate::rt::Server::DSS,
            "Adds an API node to a static infrastructure: its URL, the admin API key DSS reaches it with, and its Graphite prefix for metrics (`None`: sent as `null`, as dataikuapi does).",
            &[
                Arg::new("url", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "api_key",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "graphite_prefix",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiDeployerInfraSettings"),
            [true, true, false],
        );
        ///`DssApiDeployerInfraSettings::remove_apinode`.
        pub static API_DEPLOYER_INFRA_SETTINGS_REMOVE_APINODE: Endpoint = Endpoint::new(
            "DssApiDeployerInfraSettings",
            "remove_apinode",
            crate::rt::Server::DSS,
            "Removes the API nodes of a static infrastructure that have this URL (nothing when none has it).",
            &[
                Arg::new(
                    "node_url",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiDeployerInfraSettings"),
            [true, true, false],
        );
        ///`DssApiDeployerServiceSettings::save`.
        pub static API_DEPLOYER_SERVICE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssApiDeployerServiceSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/api-deployer/services/{service_id}/settings",
                    &[],
                    "ApiDeployerServiceSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerDeploymentSettings::save`.
        pub static API_DEPLOYER_DEPLOYMENT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssApiDeployerDeploymentSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[
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
                    Verb::Put,
                    "/api-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ApiDeployerDeploymentSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerDeploymentSettings::set_enabled`.
        pub static API_DEPLOYER_DEPLOYMENT_SETTINGS_SET_ENABLED: Endpoint = Endpoint::new(
            "DssApiDeployerDeploymentSettings",
            "set_enabled",
            crate::rt::Server::DSS,
            "Enables or disables the deployment.",
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
        ///`DssApiDeployerDeploymentSettings::set_single_version`.
        pub static API_DEPLOYER_DEPLOYMENT_SETTINGS_SET_SINGLE_VERSION: Endpoint = Endpoint::new(
            "DssApiDeployerDeploymentSettings",
            "set_single_version",
            crate::rt::Server::DSS,
            "Makes the deployment serve one version of the service, all of its traffic (`generationsMapping` in `SINGLE_GENERATION` mode).",
            &[
                Arg::new(
                    "version",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiDeployerDeploymentSettings"),
            [true, true, false],
        );
        ///`DssProjectDeployerInfraSettings::save`.
        pub static PROJECT_DEPLOYER_INFRA_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssProjectDeployerInfraSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/project-deployer/infras/{infra_id}/settings",
                    &[],
                    "ProjectDeployerInfraSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployerProjectSettings::save`.
        pub static PROJECT_DEPLOYER_PROJECT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssProjectDeployerProjectSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/project-deployer/projects/{project_key}/settings",
                    &[],
                    "ProjectDeployerProjectSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployerDeploymentSettings::save`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssProjectDeployerDeploymentSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[
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
                    Verb::Put,
                    "/project-deployer/deployments/{deployment_id}/settings",
                    &[],
                    "ProjectDeployerDeploymentSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployerDeploymentSettings::bundle_id`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_BUNDLE_ID: Endpoint = Endpoint::new(
            "DssProjectDeployerDeploymentSettings",
            "bundle_id",
            crate::rt::Server::DSS,
            "The bundle of the published project the deployment deploys.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeploymentSettings::set_bundle_id`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_SET_BUNDLE_ID: Endpoint = Endpoint::new(
            "DssProjectDeployerDeploymentSettings",
            "set_bundle_id",
            crate::rt::Server::DSS,
            "Makes the deployment deploy another bundle of its published project (saved, then applied by `start_update`).",
            &[
                Arg::new(
                    "new_bundle_id",
                    "str",
                    Presence::Required,
                    Place::Document("bundleId"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeploymentSettings::published_project_key`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_PUBLISHED_PROJECT_KEY: Endpoint = Endpoint::new(
            "DssProjectDeployerDeploymentSettings",
            "published_project_key",
            crate::rt::Server::DSS,
            "The published project the deployed bundle comes from (it cannot be changed).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssApiDeployerInfraSettings::get_raw`.
        pub static API_DEPLOYER_INFRA_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssApiDeployerInfraSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssApiDeployerServiceSettings::get_raw`.
        pub static API_DEPLOYER_SERVICE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssApiDeployerServiceSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssApiDeployerDeploymentSettings::get_raw`.
        pub static API_DEPLOYER_DEPLOYMENT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssApiDeployerDeploymentSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerInfraSettings::get_raw`.
        pub static PROJECT_DEPLOYER_INFRA_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectDeployerInfraSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerProjectSettings::get_raw`.
        pub static PROJECT_DEPLOYER_PROJECT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectDeployerProjectSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeploymentSettings::get_raw`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectDeployerDeploymentSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::GET_APIDEPLOYER,
        &endpoints::GET_PROJECTDEPLOYER,
        &endpoints::API_DEPLOYER_GET_INFRA,
        &endpoints::API_DEPLOYER_GET_SERVICE,
        &endpoints::API_DEPLOYER_GET_DEPLOYMENT,
        &endpoints::API_DEPLOYER_LIST_DEPLOYMENTS,
        &endpoints::API_DEPLOYER_LIST_STAGES,
        &endpoints::API_DEPLOYER_LIST_INFRAS,
        &endpoints::API_DEPLOYER_LIST_SERVICES,
        &endpoints::API_DEPLOYER_CREATE_INFRA,
        &endpoints::API_DEPLOYER_CREATE_SERVICE,
        &endpoints::API_DEPLOYER_CREATE_DEPLOYMENT,
        &endpoints::PROJECT_DEPLOYER_GET_INFRA,
        &endpoints::PROJECT_DEPLOYER_GET_PROJECT,
        &endpoints::PROJECT_DEPLOYER_GET_DEPLOYMENT,
        &endpoints::PROJECT_DEPLOYER_LIST_DEPLOYMENTS,
        &endpoints::PROJECT_DEPLOYER_LIST_STAGES,
        &endpoints::PROJECT_DEPLOYER_LIST_INFRAS,
        &endpoints::PROJECT_DEPLOYER_LIST_PROJECTS,
        &endpoints::PROJECT_DEPLOYER_UPLOAD_BUNDLE,
        &endpoints::PROJECT_DEPLOYER_CREATE_PROJECT,
        &endpoints::PROJECT_DEPLOYER_CREATE_INFRA,
        &endpoints::PROJECT_DEPLOYER_CREATE_DEPLOYMENT,
        &endpoints::API_DEPLOYER_INFRA_GET_STATUS,
        &endpoints::API_DEPLOYER_INFRA_GET_SETTINGS,
        &endpoints::API_DEPLOYER_INFRA_DELETE,
        &endpoints::API_DEPLOYER_SERVICE_GET_STATUS,
        &endpoints::API_DEPLOYER_SERVICE_GET_SETTINGS,
        &endpoints::API_DEPLOYER_SERVICE_DELETE_VERSION,
        &endpoints::API_DEPLOYER_SERVICE_DELETE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_LIGHT_STATUS,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_HEAVY_STATUS,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_SETTINGS,
        &endpoints::API_DEPLOYER_DEPLOYMENT_START_UPDATE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_DELETE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_OPEN_API,
        &endpoints::PROJECT_DEPLOYER_INFRA_GET_STATUS,
        &endpoints::PROJECT_DEPLOYER_INFRA_GET_SETTINGS,
        &endpoints::PROJECT_DEPLOYER_INFRA_DELETE,
        &endpoints::PROJECT_DEPLOYER_PROJECT_GET_STATUS,
        &endpoints::PROJECT_DEPLOYER_PROJECT_GET_SETTINGS,
        &endpoints::PROJECT_DEPLOYER_PROJECT_DELETE_BUNDLE,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_LIGHT_STATUS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_HEAVY_STATUS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_SETTINGS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_START_UPDATE,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_DELETE,
        &endpoints::API_DEPLOYER_INFRA_SETTINGS_SAVE,
        &endpoints::API_DEPLOYER_INFRA_SETTINGS_GET_TYPE,
        &endpoints::API_DEPLOYER_INFRA_SETTINGS_ADD_APINODE,
        &endpoints::API_DEPLOYER_INFRA_SETTINGS_REMOVE_APINODE,
        &endpoints::API_DEPLOYER_SERVICE_SETTINGS_SAVE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_SETTINGS_SAVE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_SETTINGS_SET_ENABLED,
        &endpoints::API_DEPLOYER_DEPLOYMENT_SETTINGS_SET_SINGLE_VERSION,
        &endpoints::PROJECT_DEPLOYER_INFRA_SETTINGS_SAVE,
        &endpoints::PROJECT_DEPLOYER_PROJECT_SETTINGS_SAVE,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_SAVE,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_BUNDLE_ID,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_SET_BUNDLE_ID,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_PUBLISHED_PROJECT_KEY,
        &endpoints::API_DEPLOYER_INFRA_SETTINGS_GET_RAW,
        &endpoints::API_DEPLOYER_SERVICE_SETTINGS_GET_RAW,
        &endpoints::API_DEPLOYER_DEPLOYMENT_SETTINGS_GET_RAW,
        &endpoints::PROJECT_DEPLOYER_INFRA_SETTINGS_GET_RAW,
        &endpoints::PROJECT_DEPLOYER_PROJECT_SETTINGS_GET_RAW,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssApiDeployer",
                doc: "The API Deployer.",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssProjectDeployer",
                doc: "The Project Deployer.",
                fields: &[],
                document: false,
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
                document: false,
            },
            Handle {
                name: "DssApiDeployerInfraSettings",
                doc: "The settings of an API Deployer infrastructure, as `get_settings` reads them (dataikuapi's `DSSAPIDeployerInfraSettings`): its type, its API nodes (a static one's), permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "infra_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
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
                document: false,
            },
            Handle {
                name: "DssApiDeployerServiceSettings",
                doc: "The settings of a published API service, as `get_settings` reads them (dataikuapi's `DSSAPIDeployerServiceSettings`), mostly its permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "service_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
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
                document: false,
            },
            Handle {
                name: "DssApiDeployerDeploymentSettings",
                doc: "The settings of an API Deployer deployment, as `get_settings` reads them (dataikuapi's `DSSAPIDeployerDeploymentSettings`): whether it is enabled, which versions of the service it serves, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "deployment_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
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
                document: false,
            },
            Handle {
                name: "DssProjectDeployerInfraSettings",
                doc: "The settings of a Project Deployer infrastructure, as `get_settings` reads them (dataikuapi's `DSSProjectDeployerInfraSettings`); changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "infra_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
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
                document: false,
            },
            Handle {
                name: "DssProjectDeployerProjectSettings",
                doc: "The settings of a published project, as `get_settings` reads them (dataikuapi's `DSSProjectDeployerProjectSettings`), mostly its permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
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
                document: false,
            },
            Handle {
                name: "DssProjectDeployerDeploymentSettings",
                doc: "The settings of a Project Deployer deployment, as `get_settings` reads them (dataikuapi's `DSSProjectDeployerDeploymentSettings`): its infrastructure, the bundle it deploys, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "deployment_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[]
    };
    impl crate::rt::DssClient {
        /**A handle on the API Deployer.

Builds a handle; sends no request.*/
        pub fn get_apideployer(&self) -> super::handles::DssApiDeployer {
            {
                super::handles::DssApiDeployer {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**A handle on the Project Deployer.

Builds a handle; sends no request.*/
        pub fn get_projectdeployer(&self) -> super::handles::DssProjectDeployer {
            {
                super::handles::DssProjectDeployer {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
    }
    impl super::handles::DssApiDeployer {
        /**A handle on one infrastructure.

Builds a handle; sends no request.*/
        pub fn get_infra(
            &self,
            infra_id: impl Into<String>,
        ) -> super::handles::DssApiDeployerInfra {
            let infra_id = infra_id.into();
            {
                let __f_infra_id = infra_id;
                super::handles::DssApiDeployerInfra {
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
        ) -> super::handles::DssApiDeployerService {
            let service_id = service_id.into();
            {
                let __f_service_id = service_id;
                super::handles::DssApiDeployerService {
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
        ) -> super::handles::DssApiDeployerDeployment {
            let deployment_id = deployment_id.into();
            {
                let __f_deployment_id = deployment_id;
                super::handles::DssApiDeployerDeployment {
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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the stages.

`GET /api-deployer/stages`

Returns a [`ApiDeployerListStages`](requests::ApiDeployerListStages) request; nothing is sent until `.send()`.*/
        pub fn list_stages(&self) -> requests::ApiDeployerListStages<'_> {
            requests::ApiDeployerListStages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the infrastructures.

`GET /api-deployer/infras`

Returns a [`ApiDeployerListInfras`](requests::ApiDeployerListInfras) request; nothing is sent until `.send()`.*/
        pub fn list_infras(&self) -> requests::ApiDeployerListInfras<'_> {
            requests::ApiDeployerListInfras {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the published API services.

`GET /api-deployer/services`

Returns a [`ApiDeployerListServices`](requests::ApiDeployerListServices) request; nothing is sent until `.send()`.*/
        pub fn list_services(&self) -> requests::ApiDeployerListServices<'_> {
            requests::ApiDeployerListServices {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an infrastructure on the API Deployer and returns a
handle on it.

`POST /api-deployer/infras`

Never retried: sending it twice could do the work twice.

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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an empty published API service on the API Deployer and
returns a handle on it.

`POST /api-deployer/services`

Never retried: sending it twice could do the work twice.

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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an API deployment (not started yet) and returns a handle on it.

`POST /api-deployer/deployments`

Never retried: sending it twice could do the work twice.

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
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectDeployer {
        /**A handle on one infrastructure.

Builds a handle; sends no request.*/
        pub fn get_infra(
            &self,
            infra_id: impl Into<String>,
        ) -> super::handles::DssProjectDeployerInfra {
            let infra_id = infra_id.into();
            {
                let __f_infra_id = infra_id;
                super::handles::DssProjectDeployerInfra {
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
        ) -> super::handles::DssProjectDeployerProject {
            let project_key = project_key.into();
            {
                let __f_project_key = project_key;
                super::handles::DssProjectDeployerProject {
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
        ) -> super::handles::DssProjectDeployerDeployment {
            let deployment_id = deployment_id.into();
            {
                let __f_deployment_id = deployment_id;
                super::handles::DssProjectDeployerDeployment {
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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the stages.

`GET /project-deployer/stages`

Returns a [`ProjectDeployerListStages`](requests::ProjectDeployerListStages) request; nothing is sent until `.send()`.*/
        pub fn list_stages(&self) -> requests::ProjectDeployerListStages<'_> {
            requests::ProjectDeployerListStages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the infrastructures.

`GET /project-deployer/infras`

Returns a [`ProjectDeployerListInfras`](requests::ProjectDeployerListInfras) request; nothing is sent until `.send()`.*/
        pub fn list_infras(&self) -> requests::ProjectDeployerListInfras<'_> {
            requests::ProjectDeployerListInfras {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the published projects.

`GET /project-deployer/projects`

Returns a [`ProjectDeployerListProjects`](requests::ProjectDeployerListProjects) request; nothing is sent until `.send()`.*/
        pub fn list_projects(&self) -> requests::ProjectDeployerListProjects<'_> {
            requests::ProjectDeployerListProjects {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Uploads a bundle archive to the Project Deployer, streamed from here
(never read whole into memory).

`POST /project-deployer/projects/bundles`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The bundle archive (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Optional arguments, set by name on the returned request:
- `project_key`: Unset by default (then left out). Sent as query parameter `projectKey`.

Returns a [`ProjectDeployerUploadBundle`](requests::ProjectDeployerUploadBundle) request; nothing is sent until `.send()`.*/
        pub fn upload_bundle(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::ProjectDeployerUploadBundle<'_> {
            requests::ProjectDeployerUploadBundle {
                __owner: self,
                fp: fp.into(),
                project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an empty published project on the Project Deployer and
returns a handle on it.

`POST /project-deployer/projects`

Never retried: sending it twice could do the work twice.

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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an infrastructure on the Project Deployer and returns a
handle on it.

`POST /project-deployer/infras`

Never retried: sending it twice could do the work twice.

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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a project deployment (not started yet) and returns a handle
on it. The two optional members are left out of the body when unset.

`POST /project-deployer/deployments`

Never retried: sending it twice could do the work twice.

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
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiDeployerInfra {
        /**Reads the infrastructure's status (its deployments among others).

`GET /api-deployer/infras/{infra_id}`

Returns a [`ApiDeployerInfraGetStatus`](requests::ApiDeployerInfraGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ApiDeployerInfraGetStatus<'_> {
            requests::ApiDeployerInfraGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the infrastructure's settings, to change and `save`.

`GET /api-deployer/infras/{infra_id}/settings`

Returns a [`ApiDeployerInfraGetSettings`](requests::ApiDeployerInfraGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ApiDeployerInfraGetSettings<'_> {
            requests::ApiDeployerInfraGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the infrastructure (it must have no deployment left).

`DELETE /api-deployer/infras/{infra_id}`

Returns a [`ApiDeployerInfraDelete`](requests::ApiDeployerInfraDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ApiDeployerInfraDelete<'_> {
            requests::ApiDeployerInfraDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiDeployerService {
        /**Reads the service's status (its versions and the deployments using them).

`GET /api-deployer/services/{service_id}`

Returns a [`ApiDeployerServiceGetStatus`](requests::ApiDeployerServiceGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ApiDeployerServiceGetStatus<'_> {
            requests::ApiDeployerServiceGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the service's settings (mostly permissions), to change and
`save`.

`GET /api-deployer/services/{service_id}/settings`

Returns a [`ApiDeployerServiceGetSettings`](requests::ApiDeployerServiceGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ApiDeployerServiceGetSettings<'_> {
            requests::ApiDeployerServiceGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the service (it must have no deployment left).

`DELETE /api-deployer/services/{service_id}`

Returns a [`ApiDeployerServiceDelete`](requests::ApiDeployerServiceDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ApiDeployerServiceDelete<'_> {
            requests::ApiDeployerServiceDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiDeployerDeployment {
        /**Reads the deployment's basic status (dataikuapi's "light" status):
what is deployed where, whether enabled.

`GET /api-deployer/deployments/{deployment_id}`

Returns a [`ApiDeployerDeploymentGetLightStatus`](requests::ApiDeployerDeploymentGetLightStatus) request; nothing is sent until `.send()`.*/
        pub fn get_light_status(
            &self,
        ) -> requests::ApiDeployerDeploymentGetLightStatus<'_> {
            requests::ApiDeployerDeploymentGetLightStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the deployment's full status, with health (dataikuapi's
"heavy" status).

`GET /api-deployer/deployments/{deployment_id}/status`

Returns a [`ApiDeployerDeploymentGetHeavyStatus`](requests::ApiDeployerDeploymentGetHeavyStatus) request; nothing is sent until `.send()`.*/
        pub fn get_heavy_status(
            &self,
        ) -> requests::ApiDeployerDeploymentGetHeavyStatus<'_> {
            requests::ApiDeployerDeploymentGetHeavyStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the deployment's settings, to change and `save` (then
`start_update` applies them).

`GET /api-deployer/deployments/{deployment_id}/settings`

Returns a [`ApiDeployerDeploymentGetSettings`](requests::ApiDeployerDeploymentGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ApiDeployerDeploymentGetSettings<'_> {
            requests::ApiDeployerDeploymentGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts updating the deployment to its settings; returns the task.

`POST /api-deployer/deployments/{deployment_id}/actions/update`

Never retried: sending it twice could do the work twice.

Returns a [`ApiDeployerDeploymentStartUpdate`](requests::ApiDeployerDeploymentStartUpdate) request; nothing is sent until `.send()`.*/
        pub fn start_update(&self) -> requests::ApiDeployerDeploymentStartUpdate<'_> {
            requests::ApiDeployerDeploymentStartUpdate {
                __owner: self,
                __opts: ::core::default::Default::default(),
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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the OpenAPI document of the deployed service.

`GET /api-deployer/deployments/{deployment_id}/get-open-api`

Returns a [`ApiDeployerDeploymentGetOpenApi`](requests::ApiDeployerDeploymentGetOpenApi) request; nothing is sent until `.send()`.*/
        pub fn get_open_api(&self) -> requests::ApiDeployerDeploymentGetOpenApi<'_> {
            requests::ApiDeployerDeploymentGetOpenApi {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectDeployerInfra {
        /**Reads the infrastructure's status (its deployments among others).

`GET /project-deployer/infras/{infra_id}`

Returns a [`ProjectDeployerInfraGetStatus`](requests::ProjectDeployerInfraGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ProjectDeployerInfraGetStatus<'_> {
            requests::ProjectDeployerInfraGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the infrastructure's settings, to change and `save`.

`GET /project-deployer/infras/{infra_id}/settings`

Returns a [`ProjectDeployerInfraGetSettings`](requests::ProjectDeployerInfraGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ProjectDeployerInfraGetSettings<'_> {
            requests::ProjectDeployerInfraGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the infrastructure (it must have no deployment left).

`DELETE /project-deployer/infras/{infra_id}`

Returns a [`ProjectDeployerInfraDelete`](requests::ProjectDeployerInfraDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectDeployerInfraDelete<'_> {
            requests::ProjectDeployerInfraDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectDeployerProject {
        /**Reads the published project's status (its bundles and deployments).

`GET /project-deployer/projects/{project_key}`

Returns a [`ProjectDeployerProjectGetStatus`](requests::ProjectDeployerProjectGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ProjectDeployerProjectGetStatus<'_> {
            requests::ProjectDeployerProjectGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the published project's settings (mostly permissions), to
change and `save`.

`GET /project-deployer/projects/{project_key}/settings`

Returns a [`ProjectDeployerProjectGetSettings`](requests::ProjectDeployerProjectGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ProjectDeployerProjectGetSettings<'_> {
            requests::ProjectDeployerProjectGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
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
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectDeployerDeployment {
        /**Reads the deployment's basic status (dataikuapi's "light" status):
what is deployed where.

`GET /project-deployer/deployments/{deployment_id}`

Returns a [`ProjectDeployerDeploymentGetLightStatus`](requests::ProjectDeployerDeploymentGetLightStatus) request; nothing is sent until `.send()`.*/
        pub fn get_light_status(
            &self,
        ) -> requests::ProjectDeployerDeploymentGetLightStatus<'_> {
            requests::ProjectDeployerDeploymentGetLightStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
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
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the deployment's settings, to change and `save` (then
`start_update` applies them).

`GET /project-deployer/deployments/{deployment_id}/settings`

Returns a [`ProjectDeployerDeploymentGetSettings`](requests::ProjectDeployerDeploymentGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(
            &self,
        ) -> requests::ProjectDeployerDeploymentGetSettings<'_> {
            requests::ProjectDeployerDeploymentGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts updating the deployment to its settings; returns the task.

`POST /project-deployer/deployments/{deployment_id}/actions/update`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectDeployerDeploymentStartUpdate`](requests::ProjectDeployerDeploymentStartUpdate) request; nothing is sent until `.send()`.*/
        pub fn start_update(
            &self,
        ) -> requests::ProjectDeployerDeploymentStartUpdate<'_> {
            requests::ProjectDeployerDeploymentStartUpdate {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the deployment.

`DELETE /project-deployer/deployments/{deployment_id}`

Returns a [`ProjectDeployerDeploymentDelete`](requests::ProjectDeployerDeploymentDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectDeployerDeploymentDelete<'_> {
            requests::ProjectDeployerDeploymentDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiDeployerInfraSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /api-deployer/infras/{infra_id}/settings`

Returns a [`ApiDeployerInfraSettingsSave`](requests::ApiDeployerInfraSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ApiDeployerInfraSettingsSave<'_> {
            requests::ApiDeployerInfraSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The infrastructure's type (`STATIC`, `K8S`, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssApiDeployerServiceSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /api-deployer/services/{service_id}/settings`

Returns a [`ApiDeployerServiceSettingsSave`](requests::ApiDeployerServiceSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ApiDeployerServiceSettingsSave<'_> {
            requests::ApiDeployerServiceSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssApiDeployerDeploymentSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed. `start_update` on the deployment applies them.

`PUT /api-deployer/deployments/{deployment_id}/settings`

Optional arguments, set by name on the returned request:
- `ignore_warnings`: Default: `false`. Sent as query parameter `ignoreWarnings`.

Returns a [`ApiDeployerDeploymentSettingsSave`](requests::ApiDeployerDeploymentSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ApiDeployerDeploymentSettingsSave<'_> {
            requests::ApiDeployerDeploymentSettingsSave {
                __owner: self,
                ignore_warnings: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Enables or disables the deployment.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_enabled(&mut self, enabled: bool) -> &mut Self {
            self.document.set("enabled", ::serde_json::Value::Bool(enabled));
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssProjectDeployerInfraSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /project-deployer/infras/{infra_id}/settings`

Returns a [`ProjectDeployerInfraSettingsSave`](requests::ProjectDeployerInfraSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectDeployerInfraSettingsSave<'_> {
            requests::ProjectDeployerInfraSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssProjectDeployerProjectSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /project-deployer/projects/{project_key}/settings`

Returns a [`ProjectDeployerProjectSettingsSave`](requests::ProjectDeployerProjectSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectDeployerProjectSettingsSave<'_> {
            requests::ProjectDeployerProjectSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssProjectDeployerDeploymentSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed. `start_update` on the deployment applies them.

`PUT /project-deployer/deployments/{deployment_id}/settings`

Optional arguments, set by name on the returned request:
- `ignore_warnings`: Default: `false`. Sent as query parameter `ignoreWarnings`.

Returns a [`ProjectDeployerDeploymentSettingsSave`](requests::ProjectDeployerDeploymentSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectDeployerDeploymentSettingsSave<'_> {
            requests::ProjectDeployerDeploymentSettingsSave {
                __owner: self,
                ignore_warnings: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The bundle of the published project the deployment deploys.

Reads the document this value holds; sends no request.*/
        pub fn bundle_id(&self) -> ::core::option::Option<&str> {
            self.document.get("bundleId").and_then(::serde_json::Value::as_str)
        }
        /**Makes the deployment deploy another bundle of its published project
(saved, then applied by `start_update`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_bundle_id(
            &mut self,
            new_bundle_id: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("bundleId", ::serde_json::Value::from(new_bundle_id.into()));
            self
        }
        /**The published project the deployed bundle comes from (it cannot be
changed).

Reads the document this value holds; sends no request.*/
        pub fn published_project_key(&self) -> ::core::option::Option<&str> {
            self.document
                .get("publishedProjectKey")
                .and_then(::serde_json::Value::as_str)
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    /// The hand-written methods this file declares have the
    /// signatures it gives them, in the crate's public names.
    const _: () = {
        #[allow(unused_imports)]
        use super::handles::*;
        #[allow(unused_imports)]
        use super::models::*;
        #[allow(unused_imports)]
        use crate::models::*;
        #[allow(unused_imports)]
        use crate::requests::*;
        #[allow(unused_imports)]
        use crate::*;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        {
            impl super::handles::DssApiDeployerInfraSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_apinode(
                    &mut self,
                    url: &str,
                    api_key: &str,
                    graphite_prefix: Option<&str>,
                ) -> &mut DssApiDeployerInfraSettings {
                    self.add_apinode(url, api_key, graphite_prefix)
                }
            }
            impl super::handles::DssApiDeployerInfraSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_apinode(
                    &mut self,
                    node_url: &str,
                ) -> &mut DssApiDeployerInfraSettings {
                    self.remove_apinode(node_url)
                }
            }
            impl super::handles::DssApiDeployerDeploymentSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_single_version(
                    &mut self,
                    version: &str,
                ) -> &mut DssApiDeployerDeploymentSettings {
                    self.set_single_version(version)
                }
            }
        }
    };
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
                ("DssApiDeployer", "list_deployments") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_deployments();
                        let __endpoint = requests::ApiDeployerListDeployments::ENDPOINT;
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
                ("DssApiDeployer", "list_stages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_stages();
                        let __endpoint = requests::ApiDeployerListStages::ENDPOINT;
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
                ("DssApiDeployer", "list_infras") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_infras();
                        let __endpoint = requests::ApiDeployerListInfras::ENDPOINT;
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
                ("DssApiDeployer", "list_services") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_services();
                        let __endpoint = requests::ApiDeployerListServices::ENDPOINT;
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
                ("DssApiDeployer", "create_infra") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_infra(
                                args.str("infra_id")?,
                                args.str("stage")?,
                                args.str("infra_type")?,
                            );
                        let __endpoint = requests::ApiDeployerCreateInfra::ENDPOINT;
                        if let Some(__v) = args.opt_str("govern_check_policy")? {
                            __r = __r.govern_check_policy(__v);
                        }
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
                ("DssApiDeployer", "create_service") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_service(args.str("service_id")?);
                        let __endpoint = requests::ApiDeployerCreateService::ENDPOINT;
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
                ("DssApiDeployer", "create_deployment") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssApiDeployer", ids)?;
                        let __owner = super::handles::DssApiDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_deployment(
                                args.str("deployment_id")?,
                                args.str("service_id")?,
                                args.str("infra_id")?,
                                args.str("version")?,
                            );
                        let __endpoint = requests::ApiDeployerCreateDeployment::ENDPOINT;
                        if let Some(__v) = args.opt_str("endpoint_id")? {
                            __r = __r.endpoint_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("ignore_warnings")? {
                            __r = __r.ignore_warnings(__v);
                        }
                        if let Some(__v) = args
                            .opt_json("authorizations_to_query_through_deployer")?
                        {
                            __r = __r.authorizations_to_query_through_deployer(__v);
                        }
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
                ("DssProjectDeployer", "list_deployments") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_deployments();
                        let __endpoint = requests::ProjectDeployerListDeployments::ENDPOINT;
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
                ("DssProjectDeployer", "list_stages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_stages();
                        let __endpoint = requests::ProjectDeployerListStages::ENDPOINT;
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
                ("DssProjectDeployer", "list_infras") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_infras();
                        let __endpoint = requests::ProjectDeployerListInfras::ENDPOINT;
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
                ("DssProjectDeployer", "list_projects") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_projects();
                        let __endpoint = requests::ProjectDeployerListProjects::ENDPOINT;
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
                ("DssProjectDeployer", "upload_bundle") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.upload_bundle(args.file("fp")?);
                        let __endpoint = requests::ProjectDeployerUploadBundle::ENDPOINT;
                        if let Some(__v) = args.opt_str("project_key")? {
                            __r = __r.project_key(__v);
                        }
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
                ("DssProjectDeployer", "create_project") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_project(args.str("project_key")?);
                        let __endpoint = requests::ProjectDeployerCreateProject::ENDPOINT;
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
                ("DssProjectDeployer", "create_infra") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_infra(args.str("infra_id")?, args.str("stage")?);
                        let __endpoint = requests::ProjectDeployerCreateInfra::ENDPOINT;
                        if let Some(__v) = args.opt_str("govern_check_policy")? {
                            __r = __r.govern_check_policy(__v);
                        }
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
                ("DssProjectDeployer", "create_deployment") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectDeployer", ids)?;
                        let __owner = super::handles::DssProjectDeployer {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_deployment(
                                args.str("deployment_id")?,
                                args.str("project_key")?,
                                args.str("infra_id")?,
                                args.str("bundle_id")?,
                            );
                        let __endpoint = requests::ProjectDeployerCreateDeployment::ENDPOINT;
                        if let Some(__v) = args.opt_str("deployed_project_key")? {
                            __r = __r.deployed_project_key(__v);
                        }
                        if let Some(__v) = args.opt_str("project_folder_id")? {
                            __r = __r.project_folder_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("ignore_warnings")? {
                            __r = __r.ignore_warnings(__v);
                        }
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
                ("DssApiDeployerInfra", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerInfra", ids)?;
                        let __owner = super::handles::DssApiDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ApiDeployerInfraGetStatus::ENDPOINT;
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
                ("DssApiDeployerInfra", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerInfra", ids)?;
                        let __owner = super::handles::DssApiDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ApiDeployerInfraGetSettings::ENDPOINT;
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
                ("DssApiDeployerInfra", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerInfra", ids)?;
                        let __owner = super::handles::DssApiDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ApiDeployerInfraDelete::ENDPOINT;
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
                ("DssApiDeployerService", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ApiDeployerServiceGetStatus::ENDPOINT;
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
                ("DssApiDeployerService", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ApiDeployerServiceGetSettings::ENDPOINT;
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
                ("DssApiDeployerService", "delete_version") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_version(args.str("version")?);
                        let __endpoint = requests::ApiDeployerServiceDeleteVersion::ENDPOINT;
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
                ("DssApiDeployerService", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ApiDeployerServiceDelete::ENDPOINT;
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
                ("DssApiDeployerDeployment", "get_light_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_light_status();
                        let __endpoint = requests::ApiDeployerDeploymentGetLightStatus::ENDPOINT;
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
                ("DssApiDeployerDeployment", "get_heavy_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_heavy_status();
                        let __endpoint = requests::ApiDeployerDeploymentGetHeavyStatus::ENDPOINT;
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
                ("DssApiDeployerDeployment", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ApiDeployerDeploymentGetSettings::ENDPOINT;
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
                ("DssApiDeployerDeployment", "start_update") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_update();
                        let __endpoint = requests::ApiDeployerDeploymentStartUpdate::ENDPOINT;
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
                ("DssApiDeployerDeployment", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ApiDeployerDeploymentDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("ignore_pre_delete_errors")? {
                            __r = __r.ignore_pre_delete_errors(__v);
                        }
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
                ("DssApiDeployerDeployment", "get_open_api") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_open_api();
                        let __endpoint = requests::ApiDeployerDeploymentGetOpenApi::ENDPOINT;
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
                ("DssProjectDeployerInfra", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerInfra", ids)?;
                        let __owner = super::handles::DssProjectDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ProjectDeployerInfraGetStatus::ENDPOINT;
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
                ("DssProjectDeployerInfra", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerInfra", ids)?;
                        let __owner = super::handles::DssProjectDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ProjectDeployerInfraGetSettings::ENDPOINT;
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
                ("DssProjectDeployerInfra", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerInfra", ids)?;
                        let __owner = super::handles::DssProjectDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectDeployerInfraDelete::ENDPOINT;
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
                ("DssProjectDeployerProject", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ProjectDeployerProjectGetStatus::ENDPOINT;
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
                ("DssProjectDeployerProject", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ProjectDeployerProjectGetSettings::ENDPOINT;
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
                ("DssProjectDeployerProject", "delete_bundle") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_bundle(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectDeployerProjectDeleteBundle::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "get_light_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_light_status();
                        let __endpoint = requests::ProjectDeployerDeploymentGetLightStatus::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "get_heavy_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_heavy_status();
                        let __endpoint = requests::ProjectDeployerDeploymentGetHeavyStatus::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ProjectDeployerDeploymentGetSettings::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "start_update") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_update();
                        let __endpoint = requests::ProjectDeployerDeploymentStartUpdate::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectDeployerDeploymentDelete::ENDPOINT;
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
                ("DssApiDeployerInfraSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerInfraSettings", ids)?;
                        let __owner = super::handles::DssApiDeployerInfraSettings {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ApiDeployerInfraSettingsSave::ENDPOINT;
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
                ("DssApiDeployerServiceSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerServiceSettings", ids)?;
                        let __owner = super::handles::DssApiDeployerServiceSettings {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ApiDeployerServiceSettingsSave::ENDPOINT;
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
                ("DssApiDeployerDeploymentSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeploymentSettings", ids)?;
                        let __owner = super::handles::DssApiDeployerDeploymentSettings {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ApiDeployerDeploymentSettingsSave::ENDPOINT;
                        if let Some(__v) = args.opt_bool("ignore_warnings")? {
                            __r = __r.ignore_warnings(__v);
                        }
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
                ("DssProjectDeployerInfraSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerInfraSettings", ids)?;
                        let __owner = super::handles::DssProjectDeployerInfraSettings {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectDeployerInfraSettingsSave::ENDPOINT;
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
                ("DssProjectDeployerProjectSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProjectSettings", ids)?;
                        let __owner = super::handles::DssProjectDeployerProjectSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectDeployerProjectSettingsSave::ENDPOINT;
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
                ("DssProjectDeployerDeploymentSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeploymentSettings", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeploymentSettings {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectDeployerDeploymentSettingsSave::ENDPOINT;
                        if let Some(__v) = args.opt_bool("ignore_warnings")? {
                            __r = __r.ignore_warnings(__v);
                        }
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
        Some(
            match document {
                "DssApiDeployerInfraSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerInfra", ids)?;
                        let __owner = super::handles::DssApiDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssApiDeployerServiceSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssApiDeployerDeploymentSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssProjectDeployerInfraSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerInfra", ids)?;
                        let __owner = super::handles::DssProjectDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssProjectDeployerProjectSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssProjectDeployerDeploymentSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Every model and handle hides its secrets (see the generator's
    /// `codegen/secrets.rs`).
    #[cfg(test)]
    mod secret_tests {
        #[test]
        fn no_model_shows_a_secret() {
            let mut checked = 0usize;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssApiDeployer {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployer"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployer {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployer"
            );
            checked += 1;
            let handle = super::handles::DssApiDeployerInfra {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                infra_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployerInfra"
            );
            checked += 1;
            let handle = super::handles::DssApiDeployerInfraSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                infra_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployerInfraSettings"
            );
            checked += 1;
            let handle = super::handles::DssApiDeployerService {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                service_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployerService"
            );
            checked += 1;
            let handle = super::handles::DssApiDeployerServiceSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                service_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployerServiceSettings"
            );
            checked += 1;
            let handle = super::handles::DssApiDeployerDeployment {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                deployment_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployerDeployment"
            );
            checked += 1;
            let handle = super::handles::DssApiDeployerDeploymentSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                deployment_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiDeployerDeploymentSettings"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployerInfra {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                infra_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployerInfra"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployerInfraSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                infra_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployerInfraSettings"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployerProject {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployerProject"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployerProjectSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployerProjectSettings"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployerDeployment {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                deployment_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployerDeployment"
            );
            checked += 1;
            let handle = super::handles::DssProjectDeployerDeploymentSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                deployment_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectDeployerDeploymentSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
