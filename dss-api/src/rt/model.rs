//! What the `Deserialize` and `Serialize` generated for each model call.
//!
//! A model's visitor reads each key with [`next_key`], a required member's
//! value with [`next_member`], an optional one with [`next_optional`]
//! (which notes a `null`, so that it is written back), and hands any other
//! member to [`keep`]; its result keeps the unknown members in an
//! [`Extra`] given back its spare room by [`fitted`]. Its `Serialize`
//! writes the required members, each optional one with
//! [`serialize_optional`], then the kept ones with [`serialize_extra`].

use std::borrow::Cow;

use serde::de::{Deserialize, MapAccess};
use serde::ser::{Serialize, SerializeMap};

use crate::extra::Extra;

/// The next key of an object, borrowed from the input when it can be (no
/// escapes, input read from a slice or `str`); `None` at the end.
pub fn next_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    Extra::next_key(map)
}

/// The value of the named member `name` as a `T`; an error names the
/// member.
pub fn next_member<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    name: &'static str,
) -> Result<T, A::Error> {
    Extra::next_member(map, name)
}

/// The value of the optional member `name`: `None` for `null`, which
/// `extra` notes so that it is written back as `null`.
pub fn next_optional<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    extra: &mut Extra,
    map: &mut A,
    name: &'static str,
) -> Result<Option<T>, A::Error> {
    extra.next_optional(map, name)
}

/// Keeps an unknown member `key` in `extra`, its value's JSON text as it is.
pub fn keep<'de, A: MapAccess<'de>>(extra: &mut Extra, key: &str, map: &mut A) -> Result<(), A::Error> {
    extra.push_from(key, map)
}

/// `extra` without the room reserved beyond what its members take.
pub fn fitted(extra: Extra) -> Extra {
    extra.fitted()
}

/// Writes the optional member `name`: its value if `Some`, `null` if `None`
/// and it was `null` when read, nothing otherwise.
pub fn serialize_optional<M: SerializeMap, T: Serialize>(
    extra: &Extra,
    map: &mut M,
    name: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    extra.serialize_optional(map, name, value)
}

/// Writes the kept members after the named ones, in order, as they came.
pub fn serialize_extra<M: SerializeMap>(extra: &Extra, map: &mut M) -> Result<(), M::Error> {
    extra.serialize_into(map)
}
