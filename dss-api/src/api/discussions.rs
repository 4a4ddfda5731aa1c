//! Discussions: [`DssObjectDiscussions::list_discussions`], which makes a
//! [`DssDiscussion`] of each discussion listed, and the methods of
//! [`DssDiscussion`] over its document: its metadata (read locally,
//! replaced with the replies kept) and its replies (read again first for
//! a discussion from a list, as dataikuapi does).

use serde_json::Value;

use crate::api::generated::endpoints::{
    DISCUSSION_GET_REPLIES, DISCUSSION_SET_METADATA, OBJECT_DISCUSSIONS_LIST_DISCUSSIONS,
};
use crate::api::handles::{DssDiscussion, DssObjectDiscussions};
use crate::api::models::DiscussionReply;
use crate::api::pending::Pending;
use crate::rt::{timed, Document, Error, RequestOptions, Result};

impl DssObjectDiscussions {
    /// Lists the discussions on the object (`GET
    /// /projects/{project_key}/discussions/{object_type}/{object_id}/`).
    /// Each is a [`DssDiscussion`] holding what the list said of it; its
    /// replies are read again when asked for. An item without a string `id`
    /// is [`Error::Decode`].
    pub fn list_discussions(&self) -> Pending<'_, Vec<DssDiscussion>> {
        Pending::new(&OBJECT_DISCUSSIONS_LIST_DISCUSSIONS, move |opts| {
            let items = timed!(self.list_raw_discussions(), opts).send()?;
            self.discussions_of(items)
        })
    }

    /// A discussion of each item listed.
    fn discussions_of(&self, items: Vec<Value>) -> Result<Vec<DssDiscussion>> {
        items
            .into_iter()
            .map(|item| {
                let Some(id) = item.get("id").and_then(Value::as_str).map(str::to_owned) else {
                    return Err(decode(
                        &OBJECT_DISCUSSIONS_LIST_DISCUSSIONS,
                        "a discussion listed has no `id`",
                    ));
                };
                Ok(DssDiscussion {
                    client: self.client.clone(),
                    project_key: self.project_key.clone(),
                    object_type: self.object_type.clone(),
                    object_id: self.object_id.clone(),
                    discussion_id: id,
                    from_list: Some(true),
                    document: Document::new(item),
                })
            })
            .collect()
    }
}

/// The error of an answer that does not have the shape DSS gives it.
fn decode(endpoint: &'static crate::rt::Endpoint, what: &str) -> Error {
    Error::Decode {
        at: None,
        endpoint,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

impl DssDiscussion {
    /// The discussion's metadata (topic, ...): the document without its
    /// `replies` (no request).
    pub fn get_metadata(&self) -> Value {
        let mut metadata = self.document.raw().clone();
        if let Some(map) = metadata.as_object_mut() {
            map.remove("replies");
        }
        metadata
    }

    /// Replaces the discussion's metadata with `discussion_metadata` (a
    /// JSON object), keeping its replies: a discussion from a list is read
    /// again first (`GET .../discussions/{object_type}/{object_id}/{discussion_id}`),
    /// then the metadata and the replies are saved (`PUT` there); this
    /// discussion then holds what DSS answered. Metadata that is not an
    /// object is refused before sending.
    pub fn set_metadata(&mut self, discussion_metadata: Value) -> Pending<'_, ()> {
        Pending::new(&DISCUSSION_SET_METADATA, move |opts| {
            let Value::Object(mut body) = discussion_metadata else {
                return Err(Error::InvalidArgument {
                    name: "discussion_metadata",
                    reason: "must be a JSON object".into(),
                });
            };
            self.read_replies(opts)?;
            let replies = self.document.get("replies").cloned().unwrap_or(Value::Null);
            body.insert("replies".to_owned(), replies);
            *self = timed!(self.save_discussion(Value::Object(body)), opts).send()?;
            Ok(())
        })
    }

    /// The discussion's replies, in order: a discussion from a list is read
    /// again first (`GET .../discussions/{object_type}/{object_id}/{discussion_id}`),
    /// and then holds what DSS answered. Replies that are not a list of
    /// objects are [`Error::Decode`].
    pub fn get_replies(&mut self) -> Pending<'_, Vec<DiscussionReply>> {
        Pending::new(&DISCUSSION_GET_REPLIES, move |opts| {
            self.read_replies(opts)?;
            match self.document.get("replies") {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(replies) => serde_json::from_value(replies.clone()).map_err(|source| Error::Decode {
                    at: None,
                    endpoint: &DISCUSSION_GET_REPLIES,
                    source,
                }),
            }
        })
    }

    /// Reads the discussion again, replies included, when it came from a
    /// list.
    fn read_replies(&mut self, opts: &RequestOptions) -> Result<()> {
        if self.from_list == Some(true) {
            let discussions = DssObjectDiscussions {
                client: self.client.clone(),
                project_key: self.project_key.clone(),
                object_type: self.object_type.clone(),
                object_id: self.object_id.clone(),
            };
            *self = timed!(discussions.get_discussion(self.discussion_id.as_str()), opts).send()?;
        }
        Ok(())
    }
}
