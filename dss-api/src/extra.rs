//! [`Extra`]: the members of a JSON object that a model does not name, each
//! kept as the exact text it was received as.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// The members of a JSON object that a model does not name, in the order
/// they were received, each value kept as its exact JSON text.
///
/// No value is built until asked for ([`get`](Extra::get)), and writing an
/// `Extra` back writes each value's text as it was received: numbers too big
/// for `u64` or `f64` (`1e400`), escapes (`"caf\u00e9"`) and nesting of any
/// depth come back unchanged. A model read, changed and sent back therefore
/// loses none of the members it does not know about.
///
/// ```
/// use dss_api::models::Extra;
///
/// // Read.
/// let text = r#"{"tags":["a"],"limit":1e400,"note":"caf\u00e9"}"#;
/// let mut extra: Extra = serde_json::from_str(text)?;
/// let mut tags: Vec<String> = extra.get("tags")?.unwrap_or_default();
/// assert_eq!(extra.get_raw("limit").map(|v| v.get()), Some("1e400"));
///
/// // Change: a member replaced keeps its place, a new one goes last.
/// tags.push("b".to_owned());
/// extra.insert("tags", &tags)?;
/// extra.insert("checked", &true)?;
/// extra.remove("note");
///
/// // Write: untouched members are written as they were read.
/// assert_eq!(
///     serde_json::to_string(&extra)?,
///     r#"{"tags":["a","b"],"limit":1e400,"checked":true}"#
/// );
/// # Ok::<_, serde_json::Error>(())
/// ```
///
/// # Duplicate names
///
/// An answer that holds the same unknown member twice is kept as it came:
/// both members, in order, and both are written back, so the server reads
/// back exactly what it sent. Readers ([`get`](Extra::get),
/// [`get_raw`](Extra::get_raw), [`to_map`](Extra::to_map)) see the last one,
/// as `serde_json::Value` and most JSON parsers do; [`insert`](Extra::insert)
/// and [`remove`](Extra::remove) act on all of them. [`len`](Extra::len),
/// [`keys`](Extra::keys) and [`iter`](Extra::iter) list every member
/// received, duplicates included.
///
/// # Explicit `null` for a named member
///
/// A model's optional member is an `Option`, which cannot tell "absent" from
/// `null`. So that a setting read and saved back keeps its `null`s, a model
/// notes in its `Extra` which of its optional members were `null` when it
/// read them, and writes them back as `null` while they are still `None`.
/// These notes are not members of the `Extra` (a named member never is);
/// [`keeps_null`](Extra::keeps_null) reads them and
/// [`forget_null`](Extra::forget_null) drops one, so that a `None` is left
/// out when written.
///
/// # Cost
///
/// All the members of one `Extra` share one buffer of text (names and
/// values, one after the other) and one list of where each ends, so reading
/// an object with several unknown members costs two allocations, whatever
/// their number; lookups by name scan the list, which is cheap for the
/// handful of members an object usually has beyond the ones its model
/// names. Reading from serde_json's parser copies each value's text once and
/// builds nothing else; reading from a `serde_json::Value` writes each value
/// out compactly.
#[derive(Clone, Default)]
pub struct Extra {
    /// Each member's name (unescaped) then its value's JSON text, member
    /// after member.
    buf: String,
    /// For each member, where its name ends and where its value ends, in
    /// `buf`; it starts where the previous one ends.
    ends: Vec<(u32, u32)>,
    nulls: Vec<&'static str>,
}

/// A stored value's JSON text as a `RawValue`. The text came from a
/// `RawValue` when it was stored, so it always parses; the `Option` only
/// keeps this free of panics.
fn raw(text: &str) -> Option<&RawValue> {
    serde_json::from_str(text).ok()
}

impl Extra {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many members there are, duplicates included.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Member `i`: its name and its value's JSON text.
    fn member(&self, i: usize) -> (&str, &str) {
        let start = if i == 0 { 0 } else { self.ends[i - 1].1 as usize };
        let (name_end, value_end) = self.ends[i];
        (
            &self.buf[start..name_end as usize],
            &self.buf[name_end as usize..value_end as usize],
        )
    }

    fn members(&self) -> impl DoubleEndedIterator<Item = (&str, &str)> + '_ {
        (0..self.ends.len()).map(|i| self.member(i))
    }

    /// Appends a member (its value's text must be JSON).
    fn push(&mut self, name: &str, value: &str) {
        if self.buf.capacity() == 0 {
            self.buf.reserve(4 * (name.len() + value.len()).max(32));
        }
        self.buf.push_str(name);
        let name_end = self.buf.len();
        self.buf.push_str(value);
        // A buffer past 4 GiB cannot be an answer read into memory (the
        // body limit is far lower); saturate rather than wrap.
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.ends.push((to_u32(name_end), to_u32(self.buf.len())));
    }

    /// Whether a member has this name.
    pub fn contains_key(&self, name: &str) -> bool {
        self.members().any(|(k, _)| k == name)
    }

    /// The members' names, in the order received.
    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.members().map(|(k, _)| k)
    }

    /// The members, name and JSON text, in the order received.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &RawValue)> + '_ {
        self.members().filter_map(|(k, v)| Some((k, raw(v)?)))
    }

    /// The JSON text of the member with this name (the last one if the name
    /// was received twice), or `None` if there is none.
    pub fn get_raw(&self, name: &str) -> Option<&RawValue> {
        self.members().rev().find(|(k, _)| *k == name).and_then(|(_, v)| raw(v))
    }

    /// The member with this name parsed as a `T`: `Ok(None)` if there is no
    /// such member, an error if its text is not a `T`. Parsing happens at
    /// each call; nothing is cached.
    ///
    /// ```
    /// # let extra: dss_api::models::Extra = serde_json::from_str(r#"{"tags":["a"],"n":1}"#)?;
    /// let tags: Option<Vec<String>> = extra.get("tags")?;
    /// assert_eq!(tags, Some(vec!["a".to_owned()]));
    /// assert!(extra.get::<String>("n").is_err());
    /// assert_eq!(extra.get::<String>("absent")?, None);
    /// # Ok::<_, serde_json::Error>(())
    /// ```
    pub fn get<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, serde_json::Error> {
        match self.members().rev().find(|(k, _)| *k == name) {
            Some((_, v)) => serde_json::from_str(v).map(Some),
            None => Ok(None),
        }
    }

    /// Sets a member to `value` written as JSON: a member of that name keeps
    /// its place (later duplicates of it are dropped), a new one goes last.
    /// Returns the value it replaces, if any; fails only if `value` cannot
    /// be written as JSON (a map with non-string keys, say), and then
    /// changes nothing.
    pub fn insert<T: Serialize + ?Sized>(
        &mut self,
        name: impl Into<String>,
        value: &T,
    ) -> Result<Option<Box<RawValue>>, serde_json::Error> {
        let raw = serde_json::value::to_raw_value(value)?;
        Ok(self.insert_raw(name, &raw))
    }

    /// Sets a member to JSON text as it is, with the placement of
    /// [`insert`](Extra::insert). Returns the value it replaces, if any.
    pub fn insert_raw(&mut self, name: impl Into<String>, value: &RawValue) -> Option<Box<RawValue>> {
        let name = name.into();
        let mut old = None;
        let mut placed = false;
        let mut rebuilt = Extra {
            nulls: std::mem::take(&mut self.nulls),
            ..Extra::default()
        };
        for (k, v) in self.members() {
            if k == name {
                old = Some(v);
                if !placed {
                    rebuilt.push(&name, value.get());
                    placed = true;
                }
            } else {
                rebuilt.push(k, v);
            }
        }
        if !placed {
            rebuilt.push(&name, value.get());
        }
        let old = old.and_then(|v| RawValue::from_string(v.to_owned()).ok());
        *self = rebuilt;
        old
    }

    /// Removes every member with this name; returns the value readers saw
    /// (the last one), or `None` if there was none.
    pub fn remove(&mut self, name: &str) -> Option<Box<RawValue>> {
        if !self.contains_key(name) {
            return None;
        }
        let mut old = None;
        let mut rebuilt = Extra {
            nulls: std::mem::take(&mut self.nulls),
            ..Extra::default()
        };
        for (k, v) in self.members() {
            if k == name {
                old = Some(v);
            } else {
                rebuilt.push(k, v);
            }
        }
        let old = old.and_then(|v| RawValue::from_string(v.to_owned()).ok());
        *self = rebuilt;
        old
    }

    /// The members as a `serde_json::Map`, each value parsed (for duplicate
    /// names, the last wins). The map orders its keys its own way (sorted,
    /// unless serde_json's `preserve_order` feature is on). Fails if a
    /// value cannot be held by a `serde_json::Value`, such as `1e400`.
    pub fn to_map(&self) -> Result<Map<String, Value>, serde_json::Error> {
        let mut map = Map::new();
        for (k, v) in self.members() {
            map.insert(k.to_owned(), serde_json::from_str(v)?);
        }
        Ok(map)
    }

    /// [`to_map`](Extra::to_map), consuming the collection.
    pub fn into_map(self) -> Result<Map<String, Value>, serde_json::Error> {
        self.to_map()
    }

    /// Whether the model's optional member `name` was `null` when read and
    /// will be written back as `null` while it is `None`.
    pub fn keeps_null(&self, name: &str) -> bool {
        self.nulls.contains(&name)
    }

    /// Forgets that the optional member `name` was `null` when read, so that
    /// it is left out when written while it is `None`.
    pub fn forget_null(&mut self, name: &str) {
        self.nulls.retain(|n| *n != name);
    }

    fn keep_null(&mut self, name: &'static str) {
        if !self.nulls.contains(&name) {
            self.nulls.push(name);
        }
    }
}

/// What the `Deserialize` and `Serialize` generated for each model call,
/// through the runtime contract (`rt::model`), so that the generated code
/// stays a plain list of its members: not part of `Extra`'s public API.
impl Extra {
    /// Reads the next key of an object, borrowed from the input when it can
    /// be (no escapes, input read from a slice or `str`), `None` at the end.
    pub(crate) fn next_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
        Ok(map.next_key::<Key<'de>>()?.map(|k| k.0))
    }

    /// Reads the value of the named member `name` as a `T`; an error names
    /// the member. The error is made anew with serde's `custom`, so
    /// serde_json classifies it as a data error even when the value itself
    /// is malformed (`"name": tru`).
    pub(crate) fn next_member<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        map: &mut A,
        name: &'static str,
    ) -> Result<T, A::Error> {
        map.next_value_seed(Member::<T>(name, PhantomData))
    }

    /// Reads the value of the optional named member `name`: `None` for
    /// `null`, which is noted so that it is written back as `null`
    /// ([`serialize_optional`](Extra::serialize_optional)); a later value
    /// for the same name drops that note. An error names the member.
    pub(crate) fn next_optional<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        &mut self,
        map: &mut A,
        name: &'static str,
    ) -> Result<Option<T>, A::Error> {
        let value = Self::next_member::<A, Option<T>>(map, name)?;
        if value.is_none() {
            self.keep_null(name);
        } else if !self.nulls.is_empty() {
            self.forget_null(name);
        }
        Ok(value)
    }

    /// Reads the value of an unknown member `key` as JSON text and appends
    /// it (a name received twice is kept twice).
    pub(crate) fn push_from<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        if self.ends.capacity() == 0 {
            // Room for the members an object usually has beyond those its
            // model names, so that reading one seldom grows the buffers.
            self.buf.reserve(512);
            self.ends.reserve(8);
        }
        let start = self.buf.len();
        self.buf.push_str(key);
        let name_end = self.buf.len();
        if let Err(e) = map.next_value_seed(RawText(&mut self.buf)) {
            self.buf.truncate(start);
            return Err(e);
        }
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.ends.push((to_u32(name_end), to_u32(self.buf.len())));
        Ok(())
    }

    /// Gives back what [`push_from`](Self::push_from) reserved beyond what
    /// the members take, once a model's object is read: a list of many
    /// objects then holds each one's text at its size, not at the room
    /// reserved for it.
    pub(crate) fn fitted(mut self) -> Self {
        if self.buf.capacity() - self.buf.len() > 64 {
            self.buf.shrink_to_fit();
        }
        if self.ends.capacity() > self.ends.len() + 2 {
            self.ends.shrink_to_fit();
        }
        self
    }

    /// Writes the optional named member `name`: its value if `Some`, `null`
    /// if `None` and it was `null` when read, nothing otherwise.
    pub(crate) fn serialize_optional<M: SerializeMap, T: Serialize>(
        &self,
        map: &mut M,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(v) => map.serialize_entry(name, v),
            None if self.keeps_null(name) => map.serialize_entry(name, &()),
            None => Ok(()),
        }
    }

    /// Writes every member into an object being written (after the named
    /// members), in order, each value's text as it is. Only a
    /// `SerializeMap` will do: `SerializeStruct` takes `'static` names.
    pub(crate) fn serialize_into<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for (k, v) in self.members() {
            let v = raw(v).ok_or_else(|| serde::ser::Error::custom(format!("member `{k}` is not JSON")))?;
            map.serialize_entry(k, v)?;
        }
        Ok(())
    }
}

impl PartialEq for Extra {
    /// Equal when the members have the same names and the same JSON text
    /// (`1.0` and `1` differ), in the same order, and the same optional
    /// members were `null`.
    fn eq(&self, other: &Self) -> bool {
        self.ends.len() == other.ends.len()
            && self.members().zip(other.members()).all(|(a, b)| a == b)
            && self.nulls.len() == other.nulls.len()
            && self.nulls.iter().all(|n| other.nulls.contains(n))
    }
}

impl fmt::Debug for Extra {
    /// The members as a map of name to JSON text, then the optional members
    /// that were `null`, if any.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Text<'a>(&'a str);
        impl fmt::Debug for Text<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        f.debug_map()
            .entries(self.members().map(|(k, v)| (k, Text(v))))
            .finish()?;
        if !self.nulls.is_empty() {
            write!(f, " (null: {:?})", self.nulls)?;
        }
        Ok(())
    }
}

impl Serialize for Extra {
    /// Writes the members as a JSON object, each value's text as it is.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.ends.len()))?;
        self.serialize_into(&mut map)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extra {
    /// Reads a JSON object, keeping every member in order.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Extra;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extra, A::Error> {
                let mut extra = Extra::new();
                while let Some(key) = Extra::next_key(&mut map)? {
                    extra.push_from(&key, &mut map)?;
                }
                Ok(extra)
            }
        }
        deserializer.deserialize_map(Members)
    }
}

/// The name under which serde_json hands out a value's raw text (what
/// `RawValue`'s own `Deserialize` asks for). With serde_json's parser the
/// text is lent from the input, so nothing is allocated per value; with a
/// `serde_json::Value` it is written out first. Any other deserializer
/// answers with the value itself, which is then written out as JSON.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// Appends the next value's JSON text to a buffer.
struct RawText<'b>(&'b mut String);

impl<'de> DeserializeSeed<'de> for RawText<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, RawTextVisitor(self.0))
    }
}

struct RawTextVisitor<'b>(&'b mut String);

impl<'de> Visitor<'de> for RawTextVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    /// serde_json's answer: a one-member map whose value is the text.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        map.next_key::<de::IgnoredAny>()?;
        map.next_value_seed(AppendStr(self.0))
    }

    /// Any other deserializer's answer: the value itself, written out.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let value = Value::deserialize(deserializer)?;
        let text = serde_json::to_string(&value).map_err(de::Error::custom)?;
        self.0.push_str(&text);
        Ok(())
    }
}

/// Appends a string to a buffer.
struct AppendStr<'b>(&'b mut String);

impl<'de> DeserializeSeed<'de> for AppendStr<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for AppendStr<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON text")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.0.push_str(v);
        Ok(())
    }
}

/// An object key, borrowed when the deserializer can lend it.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Reads a `T`, naming the member in the error if that fails.
struct Member<T>(&'static str, PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Member<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer).map_err(|e| {
            let message = e.to_string();
            de::Error::custom(format_args!("member `{}`: {}", self.0, without_position(&message)))
        })
    }
}

/// `message` without serde_json's trailing ` at line L column C`: serde_json
/// adds the position again to the error that carries the member's name.
fn without_position(message: &str) -> &str {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match message.rsplit_once(" at line ") {
        Some((head, tail)) if tail.split_once(" column ").is_some_and(|(l, c)| digits(l) && digits(c)) => head,
        _ => message,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    /// A model generated from the spec: the shape every model has.
    use crate::models::ProjectSummary as Project;

    /// Named members first, then unknown ones: nested several levels deep,
    /// escapes and raw unicode, numbers a `Value` cannot hold, `null`, and
    /// spacing inside a value.
    const ANSWER: &str = concat!(
        r#"{"projectKey":"P\u00e9","name":"Caf\u00e9 ☕","ownerLogin":"bob","#,
        r#""deep":{"a":[{"b":{"c":[1,{"d":"\ud83d\ude00 😀"}]}}],"e":null},"#,
        r#""max":18446744073709551615,"min":-9223372036854775808,"#,
        r#""huge":1e400,"long":123456789012345678901234567890,"#,
        r#""nothing":null,"spaced":[ 1 ,  2.50 ],"text":"tab\tquote\" slash\/""#,
        "}"
    );

    fn read(text: &str) -> Project {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn unchanged_round_trip_is_byte_exact() {
        let project = read(ANSWER);
        assert_eq!(project.project_key, "Pé");
        assert_eq!(project.name.as_deref(), Some("Café ☕"));
        assert_eq!(project.owner_login.as_deref(), Some("bob"));
        let names: Vec<&str> = project.extra.keys().collect();
        assert_eq!(
            names,
            ["deep", "max", "min", "huge", "long", "nothing", "spaced", "text"]
        );
        assert_eq!(project.extra.get_raw("huge").unwrap().get(), "1e400");
        assert_eq!(project.extra.get_raw("spaced").unwrap().get(), "[ 1 ,  2.50 ]");
        assert_eq!(project.extra.get::<u64>("max").unwrap(), Some(u64::MAX));
        assert_eq!(project.extra.get::<Value>("nothing").unwrap(), Some(Value::Null));
        let d: String = project.extra.get::<Value>("deep").unwrap().unwrap()["a"][0]["b"]["c"][1]["d"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(d, "😀 😀");
        // Named members are written as serde_json writes strings, the others
        // as received: the input above is written that way.
        let named = r#"{"projectKey":"Pé","name":"Café ☕","ownerLogin":"bob","#;
        let rest = &ANSWER[ANSWER.find(r#""deep""#).unwrap()..];
        assert_eq!(serde_json::to_string(&project).unwrap(), format!("{named}{rest}"));
        // Read again from what was written: the same model.
        assert_eq!(read(&serde_json::to_string(&project).unwrap()), project);
    }

    #[test]
    fn changed_round_trip_keeps_the_rest() {
        let mut project = read(ANSWER);
        project.name = Some("New".to_owned());
        project.owner_login = None;
        project.extra.insert("max", &1).unwrap();
        assert!(project.extra.remove("long").is_some());
        assert!(project.extra.remove("absent").is_none());
        project.extra.insert("added", &json!({"x": [true]})).unwrap();
        let expected = concat!(
            r#"{"projectKey":"Pé","name":"New","#,
            r#""deep":{"a":[{"b":{"c":[1,{"d":"\ud83d\ude00 😀"}]}}],"e":null},"#,
            r#""max":1,"min":-9223372036854775808,"#,
            r#""huge":1e400,"#,
            r#""nothing":null,"spaced":[ 1 ,  2.50 ],"text":"tab\tquote\" slash\/","#,
            r#""added":{"x":[true]}}"#
        );
        assert_eq!(serde_json::to_string(&project).unwrap(), expected);
    }

    #[test]
    fn named_members_are_written_first() {
        let project = read(r#"{"a":1,"name":"n","b":{"c":2},"projectKey":"P","z":null}"#);
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"P","name":"n","a":1,"b":{"c":2},"z":null}"#
        );
    }

    #[test]
    fn reads_from_a_value_and_a_reader() {
        let value = json!({"projectKey": "P", "tags": ["t"], "n": {"deep": [1, 2.5, null]}, "big": u64::MAX});
        let project: Project = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(project.project_key, "P");
        assert_eq!(project.name, None);
        assert_eq!(
            project.extra.get::<Vec<String>>("tags").unwrap(),
            Some(vec!["t".to_owned()])
        );
        assert_eq!(project.extra.get_raw("n").unwrap().get(), r#"{"deep":[1,2.5,null]}"#);
        assert_eq!(serde_json::to_value(&project).unwrap(), value);
        let extra: Extra = serde_json::from_value(json!({"b": 1, "a": [2]})).unwrap();
        assert_eq!(serde_json::to_string(&extra).unwrap(), r#"{"b":1,"a":[2]}"#); // a Value's map keeps its order

        let from_reader: Project = serde_json::from_reader(ANSWER.as_bytes()).unwrap();
        assert_eq!(from_reader, read(ANSWER));
    }

    #[test]
    fn escapes_in_unknown_members_are_kept_as_written() {
        let text = r#"{"projectKey":"P","tags":["t"],"z":{"a":[1,{"b":null}]},"name":"N","s":"\u00e9"}"#;
        let summary: Project = serde_json::from_str(text).unwrap();
        assert_eq!(summary.name.as_deref(), Some("N"));
        assert_eq!(summary.extra.keys().collect::<Vec<_>>(), ["tags", "z", "s"]);
        assert_eq!(summary.extra.get::<String>("s").unwrap().as_deref(), Some("é"));
        assert_eq!(
            serde_json::to_string(&summary).unwrap(),
            r#"{"projectKey":"P","name":"N","tags":["t"],"z":{"a":[1,{"b":null}]},"s":"\u00e9"}"#
        );
        let again: Project = serde_json::from_value(json!({"projectKey": "P", "x": 1})).unwrap();
        assert_eq!(again.extra.get::<i32>("x").unwrap(), Some(1));
        // A member name with escapes is kept unescaped and written escaped.
        let odd: Project = serde_json::from_str(r#"{"projectKey":"P","a\"b\u00e9":1}"#).unwrap();
        assert_eq!(odd.extra.keys().collect::<Vec<_>>(), ["a\"bé"]);
        assert_eq!(serde_json::to_string(&odd).unwrap(), r#"{"projectKey":"P","a\"bé":1}"#);
    }

    #[test]
    fn duplicate_unknown_members_are_kept_in_order() {
        let text = r#"{"projectKey":"P","x":1,"y":[2],"x":{"three":3}}"#;
        let mut project = read(text);
        assert_eq!(project.extra.len(), 3);
        assert_eq!(project.extra.keys().collect::<Vec<_>>(), ["x", "y", "x"]);
        assert_eq!(project.extra.get_raw("x").unwrap().get(), r#"{"three":3}"#);
        assert_eq!(project.extra.to_map().unwrap()["x"], json!({"three": 3}));
        assert_eq!(serde_json::to_string(&project).unwrap(), text);

        let old = project.extra.insert("x", &4).unwrap();
        assert_eq!(old.unwrap().get(), r#"{"three":3}"#);
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"P","x":4,"y":[2]}"#
        );

        let mut twice = read(text);
        assert_eq!(twice.extra.remove("x").unwrap().get(), r#"{"three":3}"#);
        assert_eq!(serde_json::to_string(&twice).unwrap(), r#"{"projectKey":"P","y":[2]}"#);
    }

    #[test]
    fn duplicate_named_members_last_wins() {
        let project = read(r#"{"projectKey":"A","name":null,"projectKey":"B","name":"n"}"#);
        assert_eq!(project.project_key, "B");
        assert_eq!(project.name.as_deref(), Some("n"));
        assert!(!project.extra.keeps_null("name"));
        assert!(project.extra.is_empty());
        let project = read(r#"{"projectKey":"A","name":"n","name":null}"#);
        assert_eq!(project.name, None);
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"A","name":null}"#
        );
    }

    #[test]
    fn explicit_null_of_a_named_member_is_written_back() {
        let mut project = read(r#"{"projectKey":"P","name":null,"other":null}"#);
        assert_eq!(project.name, None);
        assert!(project.extra.keeps_null("name"));
        assert!(!project.extra.keeps_null("ownerLogin"));
        assert!(!project.extra.contains_key("name"));
        assert!(project.extra.contains_key("other"));
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"P","name":null,"other":null}"#
        );
        // Absent stays absent.
        assert_eq!(
            serde_json::to_string(&read(r#"{"projectKey":"P"}"#)).unwrap(),
            r#"{"projectKey":"P"}"#
        );
        // Set, it is written; `None` again, it is `null` again, unless forgotten.
        project.name = Some("n".to_owned());
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"P","name":"n","other":null}"#
        );
        project.name = None;
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"P","name":null,"other":null}"#
        );
        project.extra.forget_null("name");
        assert_eq!(
            serde_json::to_string(&project).unwrap(),
            r#"{"projectKey":"P","other":null}"#
        );
        // A model with a kept null differs from one without.
        assert_ne!(read(r#"{"projectKey":"P","name":null}"#), read(r#"{"projectKey":"P"}"#));
    }

    #[test]
    fn missing_required_member_is_missing_field() {
        let err = serde_json::from_str::<Project>(r#"{"name":"n","x":1}"#).unwrap_err();
        assert!(err.is_data());
        assert_eq!(err.to_string(), "missing field `projectKey` at line 1 column 18");
        let err = serde_json::from_value::<Project>(json!({"name": "n"})).unwrap_err();
        assert_eq!(err.to_string(), "missing field `projectKey`");
    }

    #[test]
    fn wrong_type_names_the_member() {
        let err = serde_json::from_str::<Project>(r#"{"projectKey":17}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "member `projectKey`: invalid type: integer `17`, expected a string at line 1 column 17"
        );
        let err = serde_json::from_str::<Project>(r#"{"projectKey":"P","ownerLogin":["x"]}"#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("member `ownerLogin`: invalid type: sequence"),
            "{err}"
        );
        assert_eq!(err.to_string().matches(" at line ").count(), 1, "{err}");
        let err = serde_json::from_value::<Project>(json!({"projectKey": "P", "name": false})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "member `name`: invalid type: boolean `false`, expected a string"
        );
        // Not an object at all.
        let err = serde_json::from_str::<Project>("[1]").unwrap_err();
        assert!(err.to_string().contains("expected a `ProjectSummary` object"), "{err}");
        // Broken JSON inside a named member names it too (as a data error);
        // inside an unknown member it is still a syntax error.
        let err = serde_json::from_str::<Project>(r#"{"projectKey":"P","name":tru}"#).unwrap_err();
        assert!(err.to_string().starts_with("member `name`: expected ident"), "{err}");
        assert!(err.is_data(), "{err}");
        let err = serde_json::from_str::<Project>(r#"{"projectKey":"P","x":[1,}"#).unwrap_err();
        assert!(err.is_syntax(), "{err}");
    }

    #[test]
    fn without_position_strips_only_serde_json_positions() {
        assert_eq!(without_position("bad at line 1 column 16"), "bad");
        assert_eq!(without_position("bad at line x column 16"), "bad at line x column 16");
        assert_eq!(without_position("bad at line 1 column "), "bad at line 1 column ");
        assert_eq!(without_position("bad"), "bad");
    }

    #[test]
    fn extra_alone() {
        let mut extra = Extra::new();
        assert!(extra.is_empty());
        assert_eq!(extra, Extra::default());
        assert!(extra.insert("a", &[1, 2]).unwrap().is_none());
        assert!(extra.insert("b", "text").unwrap().is_none());
        assert!(extra
            .insert_raw("c", &RawValue::from_string("1e400".to_owned()).unwrap())
            .is_none());
        assert_eq!(extra.len(), 3);
        assert!(extra.contains_key("b") && !extra.contains_key("d"));
        let old = extra.insert("a", &json!(null)).unwrap().unwrap();
        assert_eq!(old.get(), "[1,2]");
        let listed: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (k, v.get())).collect();
        assert_eq!(listed, [("a", "null"), ("b", "\"text\""), ("c", "1e400")]);
        assert_eq!(
            serde_json::to_string(&extra).unwrap(),
            r#"{"a":null,"b":"text","c":1e400}"#
        );
        assert_eq!(format!("{extra:?}"), r#"{"a": null, "b": "text", "c": 1e400}"#);
        assert_eq!(extra.get::<Option<u8>>("a").unwrap(), Some(None));
        assert!(extra.get::<f64>("c").is_err());
        assert!(extra.to_map().is_err());
        extra.remove("c");
        assert_eq!(
            extra.to_map().unwrap(),
            json!({"a": null, "b": "text"}).as_object().unwrap().clone()
        );
        assert_eq!(extra.clone().into_map().unwrap(), extra.to_map().unwrap());

        let a: Extra = serde_json::from_str(r#"{"n":1}"#).unwrap();
        let b: Extra = serde_json::from_str(r#"{"n":1.0}"#).unwrap();
        let c: Extra = serde_json::from_str(r#"{ "n" : 1 }"#).unwrap();
        assert_ne!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.clone(), a);
        assert!(serde_json::from_str::<Extra>("[]").is_err());
        // Pretty output writes the raw text as it is.
        let nested: Extra = serde_json::from_str(r#"{"n":{"a":1}}"#).unwrap();
        assert_eq!(
            serde_json::to_string_pretty(&nested).unwrap(),
            "{\n  \"n\": {\"a\":1}\n}"
        );
    }

    #[test]
    fn debug_shows_kept_nulls() {
        let project = read(r#"{"projectKey":"P","ownerLogin":null,"x":[1]}"#);
        assert_eq!(format!("{:?}", project.extra), r#"{"x": [1]} (null: ["ownerLogin"])"#);
    }
}
