//! Wikis: the hand-written methods of [`DssWiki`] (`list_articles`, read
//! from the settings' taxonomy; `create_article`, a creation and, with
//! content, a write of the new article's body), of [`DssWikiSettings`]
//! (`move_article_in_taxonomy`, a change of the tree of article ids) and
//! of [`DssWikiArticle`] (`upload_attachement`, whose file name is cleaned
//! before the upload).
//!
//! Written by hand, and why: each is several requests, or a change of a
//! tree, over the generated `get_settings`, `create_article_only`,
//! `get_data`, `save` and `upload_attachment_file`.

use serde_json::Value;

use crate::api::generated::endpoints::WIKI_LIST_ARTICLES;
use crate::api::handles::{DssWiki, DssWikiArticle, DssWikiSettings};
use crate::api::pending::Pending;
use crate::api::requests::WikiArticleUploadAttachmentFile;
use crate::rt::{options_setters, timed, Error, RequestOptions, Result, Upload};

impl DssWiki {
    /// Every article of the wiki, in the order of the taxonomy (each parent
    /// before its children): one request (`GET /projects/{project_key}/wiki/`),
    /// then handles made from the ids it lists. (dataikuapi also reads each
    /// article once, to learn the id it already has.)
    ///
    /// A taxonomy entry without a string `id` is [`Error::Decode`].
    pub fn list_articles(&self) -> Pending<'_, Vec<DssWikiArticle>> {
        Pending::new(&WIKI_LIST_ARTICLES, move |opts| {
            let settings = timed!(self.get_settings(), opts).send()?;
            let mut ids = Vec::new();
            if let Some(taxonomy) = settings.get_taxonomy() {
                flatten(taxonomy, &mut ids)?;
            }
            Ok(ids
                .into_iter()
                .map(|article_id| DssWikiArticle {
                    client: self.client.clone(),
                    project_key: self.project_key.clone(),
                    article_id,
                })
                .collect())
        })
    }

    /// Creates an article: `.send()` sends `POST /projects/{project_key}/wiki/`
    /// and, when [`content`](WikiCreateArticle::content) is set, reads the
    /// new article (`GET .../wiki/{article_id}`) and saves it with that
    /// body (`PUT .../wiki/{article_id}`), as dataikuapi does.
    pub fn create_article(&self, article_name: &str) -> WikiCreateArticle<'_> {
        WikiCreateArticle {
            wiki: self,
            article_name: article_name.to_owned(),
            parent_id: None,
            content: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::WIKI_CREATE_ARTICLE),
        }
    }
}

/// Appends the ids of `nodes` (a taxonomy level) and of their children,
/// depth first.
fn flatten(nodes: &Value, ids: &mut Vec<String>) -> Result<()> {
    let Some(nodes) = nodes.as_array() else {
        return Err(decode("a level of the taxonomy is not a list"));
    };
    for node in nodes {
        let Some(id) = node.get("id").and_then(Value::as_str) else {
            return Err(decode("an article of the taxonomy has no `id`"));
        };
        ids.push(id.to_owned());
        if let Some(children) = node.get("children").filter(|c| !c.is_null()) {
            flatten(children, ids)?;
        }
    }
    Ok(())
}

/// The error of a taxonomy that does not have the shape DSS gives it.
fn decode(what: &str) -> Error {
    Error::Decode {
        at: None,
        endpoint: &WIKI_LIST_ARTICLES,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

/// Request value of [`DssWiki::create_article`]: set optional arguments by
/// name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct WikiCreateArticle<'a> {
    wiki: &'a DssWiki,
    article_name: String,
    parent_id: Option<String>,
    content: Option<String>,
    opts: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(WikiCreateArticle<'a>, opts);

impl WikiCreateArticle<'_> {
    /// The parent article's id (dataikuapi's default: none, the article is
    /// at the root of the taxonomy).
    pub fn parent_id(mut self, parent_id: impl Into<String>) -> Self {
        self.parent_id = Some(parent_id.into());
        self
    }

    /// The article's body, in markdown (dataikuapi's default: none, the
    /// article is left empty and no more is sent).
    pub fn content(mut self, content: impl Into<String>) -> Self {
        self.content = Some(content.into());
        self
    }

    /// Creates the article, writes its body when one is given, and returns
    /// a handle on it.
    pub fn send(self) -> Result<DssWikiArticle> {
        let mut create = self.wiki.create_article_only(&self.article_name);
        if let Some(parent) = self.parent_id {
            create = create.parent_id(parent);
        }
        let article = timed!(create, &self.opts).send()?;
        if let Some(content) = self.content {
            let mut data = timed!(article.get_data(), &self.opts).send()?;
            data.set_body(content);
            timed!(data.save(), &self.opts).send()?;
        }
        Ok(article)
    }
}

impl DssWikiSettings {
    /// Moves an article, with its children, under another article (`None`:
    /// to the root, after the other root articles), in the taxonomy of
    /// these settings; `save` sends it. An article that is not in the
    /// taxonomy, or a parent that is not (or is the article itself or one
    /// of its descendants), is [`Error::InvalidArgument`] and leaves the
    /// taxonomy as it was.
    pub fn move_article_in_taxonomy(
        &mut self,
        article_id: &str,
        parent_article_id: Option<&str>,
    ) -> Result<&mut DssWikiSettings> {
        let not_found = |name: &'static str, what: &str, id: &str| Error::InvalidArgument {
            name,
            reason: format!("no {what} `{id}` in the wiki's taxonomy"),
        };
        let Some(taxonomy) = self.document.get("taxonomy").and_then(Value::as_array) else {
            return Err(not_found("article_id", "article", article_id));
        };
        // Worked on a copy, written back only when the move succeeded.
        let mut taxonomy = taxonomy.clone();
        let Some(moved) = take_article(&mut taxonomy, article_id) else {
            return Err(not_found("article_id", "article", article_id));
        };
        match parent_article_id {
            None => taxonomy.push(moved),
            Some(parent_id) => {
                let Some(parent) = find_article(&mut taxonomy, parent_id) else {
                    return Err(not_found(
                        "parent_article_id",
                        "parent article (outside the article moved)",
                        parent_id,
                    ));
                };
                push_child(parent, moved);
            }
        }
        self.document.set("taxonomy", Value::Array(taxonomy));
        Ok(self)
    }
}

/// Takes the article `id` (with its children) out of a taxonomy level or
/// any level below it.
fn take_article(level: &mut Vec<Value>, id: &str) -> Option<Value> {
    if let Some(at) = level
        .iter()
        .position(|n| n.get("id").and_then(Value::as_str) == Some(id))
    {
        return Some(level.remove(at));
    }
    level
        .iter_mut()
        .filter_map(|n| n.get_mut("children").and_then(Value::as_array_mut))
        .find_map(|children| take_article(children, id))
}

/// The article `id` of a taxonomy level or any level below it.
fn find_article<'t>(level: &'t mut [Value], id: &str) -> Option<&'t mut Value> {
    for node in level.iter_mut() {
        if node.get("id").and_then(Value::as_str) == Some(id) {
            return Some(node);
        }
        if let Some(found) = node
            .get_mut("children")
            .and_then(Value::as_array_mut)
            .and_then(|children| find_article(children, id))
        {
            return Some(found);
        }
    }
    None
}

/// Appends `child` to the `children` of a taxonomy node (an object, found
/// by its `id`), making the list when it is missing.
fn push_child(node: &mut Value, child: Value) {
    match node.get_mut("children") {
        Some(Value::Array(children)) => children.push(child),
        _ => {
            if let Some(map) = node.as_object_mut() {
                map.insert("children".to_owned(), Value::Array(vec![child]));
            }
        }
    }
}

impl DssWikiArticle {
    /// Attaches a file to the article (`.send()` sends `POST
    /// /projects/{project_key}/wiki/{article_id}/upload`, a multipart
    /// upload streamed from `fp`) under `filename`, from which every
    /// character other than an ASCII letter or digit, a space, `.`, `_` or
    /// `-` is dropped first, as dataikuapi does. DSS picks the file's type
    /// from its extension.
    pub fn upload_attachement(&self, fp: impl Into<Upload>, filename: &str) -> WikiArticleUploadAttachmentFile<'_> {
        let clean: String = filename
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '_' | '-'))
            .collect();
        self.upload_attachment_file(fp, clean)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn articles_are_taken_and_found_at_any_depth() {
        let mut t: Vec<Value> = serde_json::from_value(json!([
            {"id": "a", "children": [{"id": "b", "children": [{"id": "c", "children": []}]}]},
            {"id": "d", "children": []}
        ]))
        .unwrap_or_default();
        assert!(find_article(&mut t, "c").is_some());
        let b = take_article(&mut t, "b");
        assert_eq!(b.and_then(|b| b.get("id").cloned()), Some(json!("b")));
        assert!(find_article(&mut t, "c").is_none());
        assert!(take_article(&mut t, "zz").is_none());
        let mut ids = Vec::new();
        flatten(&Value::Array(t), &mut ids).ok();
        assert_eq!(ids, ["a", "d"]);
    }
}
