//! Canned answers, and the requests stubs received (with their uploads).

#[allow(unused_imports)]
use super::*;

/// A canned HTTP answer of a stub: status, content type and body.
#[derive(Clone)]
pub struct Answer {
    pub(super) status: u16,
    pub(super) content_type: Option<&'static str>,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Bytes,
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl Answer {
    /// 200 with this JSON.
    pub fn json(value: Value) -> Answer {
        Answer {
            status: 200,
            content_type: Some("application/json"),
            headers: Vec::new(),
            body: Bytes::from(value.to_string()),
        }
    }

    /// 200 with this text.
    pub fn text(text: impl Into<String>) -> Answer {
        Answer {
            status: 200,
            content_type: Some("text/plain; charset=utf-8"),
            headers: Vec::new(),
            body: Bytes::from(text.into()),
        }
    }

    /// 200 with these bytes; shared by every call it answers (a large
    /// download is held once).
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status: 200,
            content_type: Some("application/octet-stream"),
            headers: Vec::new(),
            body: Bytes::from(bytes.into()),
        }
    }

    /// 200 with no body.
    pub fn empty() -> Answer {
        Answer {
            status: 200,
            content_type: None,
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// A DSS error: `status`, with `errorType`, `message` and
    /// `detailedMessage` as DSS writes them.
    pub fn error(status: u16, error_type: &str, message: &str) -> Answer {
        let body = json!({"errorType": error_type, "message": message, "detailedMessage": message});
        Answer::json(body).status(status)
    }

    /// The same answer with another status.
    pub fn status(mut self, status: u16) -> Answer {
        self.status = status;
        self
    }

    /// The same answer with one more header (`Retry-After`, say).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Answer {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub(super) fn into_response(self) -> HttpMockResponse {
        let mut b = HttpMockResponse::builder().status(self.status);
        if let Some(ct) = self.content_type {
            b = b.header("content-type", ct);
        }
        for (k, v) in self.headers {
            b = b.header(k, v);
        }
        b.body(self.body).build()
    }
}

/// A request a stub answered, as the server received it.
#[derive(Clone)]
pub struct ReceivedRequest {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Bytes,
}

impl fmt::Debug for ReceivedRequest {
    // Headers are left out: they carry the credential.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl ReceivedRequest {
    pub(super) fn from_request(req: &HttpMockRequest) -> ReceivedRequest {
        ReceivedRequest {
            method: req.method_str().to_owned(),
            path: req.uri().path().to_owned(),
            query: req.query_params(),
            headers: req
                .headers_vec()
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
                .collect(),
            body: req.body_bytes(),
        }
    }

    /// The HTTP verb.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path as sent (percent-encoded), `/dip/publicapi/...`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query parameters, decoded, in order.
    pub fn query(&self) -> &[(String, String)] {
        &self.query
    }

    /// The first value of a query parameter, decoded.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A header's value (the name is case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    /// The body as received.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body as JSON, if it is JSON.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// The file of a `multipart/form-data` upload (its part `file`), if the
    /// body is one. A raw upload (the file as the body) is [`body`](Self::body).
    pub fn upload(&self) -> Option<UploadedFile> {
        let ct = self.header("content-type")?;
        let boundary = ct.split("boundary=").nth(1)?.trim_matches('"');
        multipart_file(&self.body, boundary)
    }
}

/// The file part of a multipart upload, as received.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UploadedFile {
    /// The part's file name (`""` for managed folder files, as dataikuapi
    /// sends them).
    pub filename: String,
    /// The file's bytes.
    pub content: Vec<u8>,
}

impl fmt::Debug for UploadedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadedFile")
            .field("filename", &self.filename)
            .field("len", &self.content.len())
            .finish()
    }
}

pub(super) fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The part named `file` of a multipart body; `None` if the body is not
/// well formed or has no such part.
pub(super) fn multipart_file(body: &[u8], boundary: &str) -> Option<UploadedFile> {
    let delimiter = format!("\r\n--{boundary}").into_bytes();
    // The first delimiter has no line end before it.
    let mut at = find(body, &delimiter[2..], 0)? + delimiter.len() - 2;
    loop {
        if body.get(at..at + 2)? == b"--" {
            return None;
        }
        let head_start = at + 2;
        let head_end = find(body, b"\r\n\r\n", head_start)?;
        let head = String::from_utf8_lossy(&body[head_start..head_end]).into_owned();
        let content_start = head_end + 4;
        let content_end = find(body, &delimiter, content_start)?;
        let attr = |key: &str| {
            let pat = format!("{key}=\"");
            let i = head.find(&pat)? + pat.len();
            let j = head[i..].find('"')? + i;
            Some(head[i..j].to_owned())
        };
        if attr("name").as_deref() == Some("file") {
            return Some(UploadedFile {
                filename: attr("filename").unwrap_or_default(),
                content: body[content_start..content_end].to_vec(),
            });
        }
        at = content_end + delimiter.len();
    }
}
