//! Webapps: [`DssWebApp::get_backend_client`], where a webapp's backend
//! answers (no request).

use crate::api::handles::DssWebApp;

impl DssWebApp {
    /// Where the webapp's backend answers: `{host}/web-apps-backends/{project_key}/{webapp_id}/`,
    /// to call it with an HTTP client of your own. Inside DSS (a client
    /// with an internal ticket, and `DKU_BASE_PORT` set) the host is DSS's
    /// own front, from `DKU_BASE_PROTOCOL` (default `http`),
    /// `DKU_BACKEND_HOST` (default `127.0.0.1`) and `DKU_BASE_PORT`, as
    /// dataikuapi reads them; otherwise it is this client's host.
    pub fn get_backend_client(&self) -> DssWebAppBackendClient {
        let inside = self
            .client
            .inner
            .auth
            .as_ref()
            .is_some_and(|a| a.header == "X-DKU-APITicket");
        let host = match std::env::var("DKU_BASE_PORT") {
            Ok(port) if inside => {
                let var = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_owned());
                format!(
                    "{}://{}:{port}",
                    var("DKU_BASE_PROTOCOL", "http"),
                    var("DKU_BACKEND_HOST", "127.0.0.1")
                )
            }
            _ => self.client.host().to_owned(),
        };
        DssWebAppBackendClient {
            base_url: format!("{host}/web-apps-backends/{}/{}/", self.project_key, self.webapp_id),
        }
    }
}

/// Where a webapp's backend answers (dataikuapi's
/// `DSSWebAppBackendClient`, less its HTTP session: call the URLs with
/// the HTTP client of your choice, with DSS's credentials when the backend
/// asks for them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DssWebAppBackendClient {
    base_url: String,
}

impl DssWebAppBackendClient {
    /// The backend's base URL, ending with `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The URL of a path of the backend (leading slashes dropped).
    pub fn url_for_path(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }
}
