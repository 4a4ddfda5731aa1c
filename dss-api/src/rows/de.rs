//! Rows decoded straight into the caller's type with serde, skipping
//! [`RowValue`](super::RowValue): `iter_rows_as::<T>()` of SQL queries and
//! `iter_rows().send_as::<T>()` of datasets.
//!
//! A row reads as a sequence of its fields (for tuples and `Vec`s) or as a
//! map from column names to fields (for structs, maps and
//! `serde_json::Value`); a row of one column also reads as that column's
//! value. A field reads as whatever the target asks for, parsed from its
//! text: numbers (white space around them allowed), `true`/`false` in any
//! case, text, a single character, `None` for an empty field, a unit enum
//! variant by name, and JSON (DSS writes `array`, `map` and `object`
//! columns as JSON text) for sequences, maps and structs inside a field.
//! Asked for "anything" (`serde_json::Value`, say), a field is typed by
//! its column's DSS type, as [`RowValue`](super::RowValue) types it.
//!
//! Errors are `serde_json::Error`s (so that they fit
//! [`Error::Decode`](crate::Error::Decode)) naming the column.

use std::borrow::Cow;
use std::fmt::Display;
use std::str::FromStr;

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Error;

use super::{int_of, is_true, trim, Kind, RowFields};

/// One row, as a serde deserializer.
pub(crate) struct Row<'a> {
    pub(crate) fields: &'a RowFields<'a>,
    /// Column kinds in order (empty when the schema is unknown: all text).
    pub(crate) kinds: &'a [Kind],
    /// Column names in order.
    pub(crate) names: &'a [String],
}

impl<'a> Row<'a> {
    /// How many values the row gives: one per column (a missing field is
    /// empty; the reader drops fields past the columns), or one per field
    /// when the schema is unknown.
    fn width(&self) -> usize {
        self.fields.len().max(self.kinds.len())
    }

    /// Field `i` with its column's kind and name.
    fn field(&self, i: usize) -> Field<'a> {
        Field {
            text: self.fields.get(i).unwrap_or_default(),
            kind: self.kinds.get(i).copied().unwrap_or(Kind::Text),
            names: self.names,
            index: i,
        }
    }

    /// The row as one value: its only column.
    fn single(&self) -> Result<Field<'a>, Error> {
        match self.width() {
            1 => Ok(self.field(0)),
            n => Err(de::Error::custom(format_args!(
                "a row of {n} columns cannot be read as a single value"
            ))),
        }
    }
}

macro_rules! to_single_column {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.single()?.$method(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for Row<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let end = self.width();
        visitor.visit_seq(Fields {
            row: self,
            at: 0,
            start: 0,
            end,
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let end = self.names.len().min(self.width());
        visitor.visit_map(Fields {
            row: self,
            at: 0,
            start: 0,
            end,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// A row of one column is that column's option; a wider row is always
    /// there.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.width() {
            1 => self.field(0).deserialize_option(visitor),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.single()?.deserialize_unit(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.single()?.deserialize_enum(name, variants, visitor)
    }

    to_single_column! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64 deserialize_char deserialize_str deserialize_string
        deserialize_bytes deserialize_byte_buf deserialize_unit deserialize_identifier
    }
}

/// The fields of a row in order, as a sequence or as a map keyed by the
/// column names.
struct Fields<'a> {
    row: Row<'a>,
    /// The next field's index, and where its text starts.
    at: usize,
    start: usize,
    end: usize,
}

impl<'a> Fields<'a> {
    /// The next field (an empty one past the end of the line).
    #[inline]
    fn next_field(&mut self) -> Field<'a> {
        let i = self.at;
        self.at += 1;
        let (text, next) = match self.row.fields.end(i) {
            Some(end) => {
                let end = end.max(self.start);
                (self.row.fields.slice(self.start, end), self.row.fields.next_start(end))
            }
            None => (Cow::Borrowed(""), self.start),
        };
        self.start = next;
        Field {
            text,
            kind: self.row.kinds.get(i).copied().unwrap_or(Kind::Text),
            names: self.row.names,
            index: i,
        }
    }
}

impl<'de> SeqAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.at >= self.end {
            return Ok(None);
        }
        seed.deserialize(self.next_field()).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.end - self.at)
    }
}

impl<'de> MapAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some(name) = self.row.names.get(self.at).filter(|_| self.at < self.end) else {
            return Ok(None);
        };
        let key: StrDeserializer<'_, Error> = name.as_str().into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.next_field())
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.end - self.at)
    }
}

/// One field, as a serde deserializer.
struct Field<'a> {
    text: Cow<'a, str>,
    kind: Kind,
    /// The columns' names and this field's index, for errors.
    names: &'a [String],
    index: usize,
}

impl Field<'_> {
    fn error(&self, message: impl Display) -> Error {
        let column = self.names.get(self.index).map_or("?", String::as_str);
        de::Error::custom(format_args!("column `{column}`: {message}"))
    }

    /// The field parsed as a `T` (`what` names it in the error).
    fn parse<T: FromStr>(&self, what: &str) -> Result<T, Error>
    where
        T::Err: Display,
    {
        trim(&self.text)
            .parse()
            .map_err(|e| self.error(format_args!("{:?} is not {what}: {e}", self.text)))
    }

    /// The field's text read as JSON.
    fn json(&self) -> Result<serde_json::Value, Error> {
        serde_json::from_str(&self.text).map_err(|e| self.error(format_args!("not JSON: {e}")))
    }
}

macro_rules! parsed {
    ($($method:ident $visit:ident $what:literal,)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            visitor.$visit(self.parse($what)?)
        }
    )*};
}

macro_rules! from_json {
    ($($method:ident($($arg:ident: $ty:ty),*),)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, Error> {
            self.json()?
                .$method($($arg,)* visitor)
                .map_err(|e| self.error(format_args!("not the JSON expected: {e}")))
        }
    )*};
}

impl<'de> Deserializer<'de> for Field<'_> {
    type Error = Error;

    /// Typed by the column's kind, as `RowValue` types it: an empty field
    /// (or one that does not parse) of a non-text column is a unit (null).
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.text.is_empty() && !matches!(self.kind, Kind::Text) {
            return visitor.visit_unit();
        }
        match self.kind {
            Kind::Int => match int_of(&self.text) {
                Some(i) => visitor.visit_i64(i),
                None => visitor.visit_unit(),
            },
            Kind::Float => match trim(&self.text).parse() {
                Ok(f) => visitor.visit_f64(f),
                Err(_) => visitor.visit_unit(),
            },
            Kind::Bool => visitor.visit_bool(is_true(&self.text)),
            Kind::Date | Kind::Text => self.deserialize_string(visitor),
        }
    }

    parsed! {
        deserialize_i8 visit_i8 "an integer",
        deserialize_i16 visit_i16 "an integer",
        deserialize_i32 visit_i32 "an integer",
        deserialize_i128 visit_i128 "an integer",
        deserialize_u8 visit_u8 "a non-negative integer",
        deserialize_u16 visit_u16 "a non-negative integer",
        deserialize_u32 visit_u32 "a non-negative integer",
        deserialize_u64 visit_u64 "a non-negative integer",
        deserialize_u128 visit_u128 "a non-negative integer",
        deserialize_f32 visit_f32 "a number",
        deserialize_f64 visit_f64 "a number",
    }

    /// The usual integer: read by the rows' own quick path, the standard
    /// parser only for what that one does not take (and its message).
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match int_of(&self.text) {
            Some(i) => visitor.visit_i64(i),
            None => visitor.visit_i64(self.parse("an integer")?),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match trim(&self.text) {
            t if t.eq_ignore_ascii_case("true") => visitor.visit_bool(true),
            t if t.eq_ignore_ascii_case("false") => visitor.visit_bool(false),
            _ => Err(self.error(format_args!("{:?} is not a boolean", self.text))),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let mut chars = self.text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => visitor.visit_char(c),
            _ => Err(self.error(format_args!("{:?} is not a single character", self.text))),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text {
            Cow::Borrowed(text) => visitor.visit_str(text),
            Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bytes(self.text.as_bytes())
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_byte_buf(self.text.into_owned().into_bytes())
    }

    /// `None` for an empty field, whatever the column's type.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.text.is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.text.is_empty() {
            visitor.visit_unit()
        } else {
            Err(self.error(format_args!("{:?} is not empty", self.text)))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// A unit variant named by the field.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let variant: StrDeserializer<'_, Error> = self.text.as_ref().into_deserializer();
        visitor.visit_enum(variant).map_err(|e| self.error(e))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    from_json! {
        deserialize_seq(),
        deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_map(),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
    }
}

/// Whether rows of columns `names` can decode into `T` at all, checked once
/// before the first row: `T` is decoded from a row whose every column holds
/// a neutral value (zero, empty text, `None`, ...). A field of `T` that no
/// column gives (and that has no default), or a column a
/// `deny_unknown_fields` struct refuses, is then an error naming it and
/// the columns; any other error is left to the rows themselves (a neutral
/// value may not fit a type that checks its values).
pub(crate) fn fit<T: de::DeserializeOwned>(names: &[String]) -> Result<(), Error> {
    let Err(e) = T::deserialize(Probe { names }) else {
        return Ok(());
    };
    let message = e.to_string();
    if message.starts_with("missing field") || message.starts_with("unknown field") {
        return Err(de::Error::custom(format_args!(
            "the columns ({}) do not fit the type the rows are read into: {message}",
            names.join(", ")
        )));
    }
    Ok(())
}

/// Shown by the probe where it does not look (a row read as a sequence or
/// a single value, an enum of no variant).
const NOT_PROBED: &str = "not probed";

/// A row of neutral values, read by name (see [`fit`]).
struct Probe<'a> {
    names: &'a [String],
}

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        Err(de::Error::custom(NOT_PROBED))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(ProbeFields {
            names: self.names.iter(),
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct enum identifier ignored_any
    }
}

/// The probe's columns, each with a neutral value.
struct ProbeFields<'a> {
    names: std::slice::Iter<'a, String>,
}

impl<'de> MapAccess<'de> for ProbeFields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.names.next() {
            Some(name) => seed.deserialize(name.as_str().into_deserializer()).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Neutral)
    }
}

/// A value of whatever type is asked for: `false`, zero, empty text,
/// `None`, an empty sequence or map, a struct of neutral fields, an
/// enum's first variant.
struct Neutral;

macro_rules! neutral {
    ($($method:ident => $visit:ident($($value:expr)?);)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            visitor.$visit($($value)?)
        }
    )*};
}

impl<'de> Deserializer<'de> for Neutral {
    type Error = Error;

    neutral! {
        deserialize_any => visit_unit();
        deserialize_bool => visit_bool(false);
        deserialize_i8 => visit_i64(0);
        deserialize_i16 => visit_i64(0);
        deserialize_i32 => visit_i64(0);
        deserialize_i64 => visit_i64(0);
        deserialize_u8 => visit_u64(0);
        deserialize_u16 => visit_u64(0);
        deserialize_u32 => visit_u64(0);
        deserialize_u64 => visit_u64(0);
        deserialize_f32 => visit_f64(0.0);
        deserialize_f64 => visit_f64(0.0);
        deserialize_char => visit_char(' ');
        deserialize_str => visit_str("");
        deserialize_string => visit_str("");
        deserialize_identifier => visit_str("");
        deserialize_bytes => visit_bytes(&[]);
        deserialize_byte_buf => visit_bytes(&[]);
        deserialize_option => visit_none();
        deserialize_unit => visit_unit();
        deserialize_ignored_any => visit_unit();
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(de::value::SeqDeserializer::<std::iter::Empty<()>, Error>::new(
            std::iter::empty(),
        ))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(de::value::MapDeserializer::<std::iter::Empty<((), ())>, Error>::new(
            std::iter::empty(),
        ))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(NeutralSeq(len))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_seq(NeutralSeq(len))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(NeutralFields(fields.iter()))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match variants.first() {
            Some(first) => visitor.visit_enum(NeutralVariant(first)),
            None => Err(de::Error::custom(NOT_PROBED)),
        }
    }
}

/// `n` neutral values in a row (a tuple inside a field).
struct NeutralSeq(usize);

impl<'de> SeqAccess<'de> for NeutralSeq {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.0 == 0 {
            return Ok(None);
        }
        self.0 -= 1;
        seed.deserialize(Neutral).map(Some)
    }
}

/// Every field of a struct inside a field, each with a neutral value.
struct NeutralFields(std::slice::Iter<'static, &'static str>);

impl<'de> MapAccess<'de> for NeutralFields {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.0.next() {
            Some(name) => seed.deserialize((*name).into_deserializer()).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Neutral)
    }
}

/// An enum's first variant, with neutral contents.
struct NeutralVariant(&'static str);

impl<'de> de::EnumAccess<'de> for NeutralVariant {
    type Error = Error;
    type Variant = Neutral;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Neutral), Error> {
        let variant = seed.deserialize(self.0.into_deserializer())?;
        Ok((variant, Neutral))
    }
}

impl<'de> de::VariantAccess<'de> for Neutral {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(Neutral)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(NeutralSeq(len))
    }

    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(NeutralFields(fields.iter()))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::io;

    use serde::Deserialize;
    use serde_json::{json, Value};

    use crate::rows::RowReader;

    const TYPES: [&str; 5] = ["bigint", "string", "double", "boolean", "date"];
    const NAMES: [&str; 5] = ["id", "name", "amount", "flag", "day"];

    /// Every row of `tsv` (typed by `TYPES`, named by `NAMES`) read as `T`.
    fn rows<T: serde::de::DeserializeOwned>(tsv: &str) -> Vec<Result<T, String>> {
        let mut reader = RowReader::new(io::Cursor::new(tsv.as_bytes().to_vec()), TYPES);
        let names: Vec<String> = NAMES.iter().map(|n| n.to_string()).collect();
        let mut out = Vec::new();
        while let Some(row) = reader.next_as::<T>(&names) {
            out.push(row.unwrap().map_err(|e| e.to_string()));
        }
        out
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Sale {
        id: i64,
        name: String,
        amount: Option<f64>,
        flag: bool,
        day: Option<String>,
    }

    #[test]
    fn structs_take_columns_by_name() {
        let got = rows::<Sale>("1\t\"a\tb\"\t2.5\tTRUE\t2024-01-02\n2\tc\t\tfalse\t\n");
        assert_eq!(
            got,
            vec![
                Ok(Sale {
                    id: 1,
                    name: "a\tb".into(),
                    amount: Some(2.5),
                    flag: true,
                    day: Some("2024-01-02".into())
                }),
                Ok(Sale {
                    id: 2,
                    name: "c".into(),
                    amount: None,
                    flag: false,
                    day: None
                }),
            ]
        );
    }

    #[test]
    fn structs_may_name_fewer_columns_in_any_order() {
        #[derive(Debug, Deserialize, PartialEq)]
        struct Few {
            flag: bool,
            id: u32,
        }
        assert_eq!(rows::<Few>("7\tx\t1\tfalse\t\n"), vec![Ok(Few { flag: false, id: 7 })]);
    }

    #[test]
    fn tuples_take_columns_in_order() {
        let got = rows::<(i64, String, f64, bool, String)>(" 3 \tn\t-1e3\tfalse\td\n");
        assert_eq!(got, vec![Ok((3, "n".into(), -1000.0, false, "d".into()))]);
        // A shorter tuple reads the first columns.
        assert_eq!(rows::<(u8, char)>("4\tz\n"), vec![Ok((4, 'z'))]);
    }

    #[test]
    fn values_and_maps_are_typed_by_the_schema() {
        let got = rows::<Value>("5\ttext\t0.5\ttrue\t2024-03-04\n\t\t\t\t\n");
        assert_eq!(
            got,
            vec![
                Ok(json!({"id": 5, "name": "text", "amount": 0.5, "flag": true, "day": "2024-03-04"})),
                Ok(json!({"id": null, "name": "", "amount": null, "flag": null, "day": null})),
            ]
        );
        let map = rows::<BTreeMap<String, String>>("1\tb\t2\ttrue\tx\n");
        assert_eq!(map[0].as_ref().unwrap()["name"], "b");
        assert_eq!(map[0].as_ref().unwrap().len(), 5);
    }

    #[test]
    fn a_field_that_does_not_fit_is_an_error_naming_row_and_column_and_the_next_row_reads() {
        let got = rows::<Sale>("1\ta\t1\ttrue\t\nx\tb\t1\ttrue\t\n3\tc\t1\tmaybe\t\n4\td\t1\tfalse\t\n");
        assert!(got[0].is_ok() && got[3].is_ok(), "{got:?}");
        let second = got[1].as_ref().unwrap_err();
        assert!(second.contains("row 2") && second.contains("column `id`"), "{second}");
        assert!(second.contains("\"x\" is not an integer"), "{second}");
        let third = got[2].as_ref().unwrap_err();
        assert!(third.contains("row 3") && third.contains("column `flag`"), "{third}");
        // A missing column a struct needs is named too.
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Missing {
            nope: i64,
        }
        let missing = rows::<Missing>("1\ta\t1\ttrue\t\n");
        assert!(
            missing[0].as_ref().unwrap_err().contains("missing field `nope`"),
            "{missing:?}"
        );
        assert!(rows::<(u8,)>("300\n")[0].is_err(), "out of range");
        assert!(rows::<(u64,)>("-1\n")[0].is_err(), "negative");
    }

    #[test]
    fn json_columns_enums_and_single_values() {
        #[derive(Debug, Deserialize, PartialEq)]
        enum Status {
            Draft,
            Done,
        }
        let mut reader = RowReader::new(
            io::Cursor::new(b"Done\t\"[1,2]\"\t\"{\"\"k\"\":true}\"\n".to_vec()),
            ["string", "array", "object"],
        );
        let names = vec!["status".to_owned(), "list".to_owned(), "map".to_owned()];
        let row: (Status, Vec<u8>, BTreeMap<String, bool>) = reader.next_as(&names).unwrap().unwrap().unwrap();
        assert_eq!(
            row,
            (Status::Done, vec![1, 2], BTreeMap::from([("k".to_owned(), true)]))
        );
        assert!(reader.next_as::<Value>(&names).is_none());

        let mut reader = RowReader::new(io::Cursor::new(b"Other\n[1,\n".to_vec()), ["string"]);
        let names = vec!["status".to_owned()];
        let bad = reader.next_as::<Status>(&names).unwrap().unwrap().unwrap_err();
        assert!(bad.to_string().contains("column `status`"), "{bad}");
        let bad = reader.next_as::<(Vec<u8>,)>(&names).unwrap().unwrap().unwrap_err();
        assert!(bad.to_string().contains("not JSON"), "{bad}");

        // A one-column row reads as its value.
        let mut reader = RowReader::new(io::Cursor::new(b"42\n\n".to_vec()), ["bigint"]);
        let names = vec!["n".to_owned()];
        assert_eq!(reader.next_as::<i64>(&names).unwrap().unwrap().unwrap(), 42);
        assert_eq!(reader.next_as::<Option<i64>>(&names).unwrap().unwrap().unwrap(), None);
        let mut reader = RowReader::new(io::Cursor::new(b"1\t2\n".to_vec()), ["bigint", "bigint"]);
        let err = reader.next_as::<i64>(&names).unwrap().unwrap().unwrap_err();
        assert!(err.to_string().contains("2 columns"), "{err}");
    }

    #[test]
    fn invalid_utf8_is_replaced_in_text() {
        let mut reader = RowReader::new(io::Cursor::new(b"a\xffb\t1\n".to_vec()), ["string", "int"]);
        let names = vec!["s".to_owned(), "i".to_owned()];
        let row: (String, i32) = reader.next_as(&names).unwrap().unwrap().unwrap();
        assert_eq!(row, ("a\u{fffd}b".to_owned(), 1));
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)] // read by serde only
    struct Order {
        id: i64,
        amount: Option<f64>,
        #[serde(default)]
        note: String,
        tags: Vec<String>,
        inner: Inner,
        status: Status,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)] // read by serde only
    enum Status {
        Pending(u32, String),
        Done,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)] // read by serde only
    struct Inner {
        deep: i64,
    }

    fn names(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_type_fits_columns_that_give_each_required_field() {
        super::fit::<Order>(&names(&["id", "tags", "inner", "status", "other"])).unwrap();
        let e = super::fit::<Order>(&names(&["amount", "status", "tags", "inner"]))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("missing field `id`") && e.contains("(amount, status, tags, inner)"),
            "{e}"
        );
        // Neither tuples, maps, values nor single values are probed.
        super::fit::<(i64, String)>(&names(&["a"])).unwrap();
        super::fit::<serde_json::Value>(&names(&[])).unwrap();
        super::fit::<std::collections::HashMap<String, i64>>(&names(&["a"])).unwrap();
        super::fit::<i64>(&names(&["a"])).unwrap();
    }
}
