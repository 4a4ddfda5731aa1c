//! Streaming a SQL query's rows: the hand-written half of [`DssSqlQuery`]
//! (its requests, `raw_rows` and `verify`, come from the spec).

use std::io::{BufRead, BufReader};

use crate::api::handles::DssSqlQuery;
use crate::api::models::SqlColumn;
use crate::rt::{ByteStream, Error, Result};

/// One value of a result row, typed by its column's DSS type.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    /// An empty field of a non-string column (or a value that does not parse
    /// as the column's type).
    Null,
    /// `boolean` columns (`true`, case-insensitive; anything else is false).
    Bool(bool),
    /// `tinyint`, `smallint`, `int` and `bigint` columns.
    Int(i64),
    /// `float` and `double` columns (`NaN` and `inf` included).
    Float(f64),
    /// `date`, `dateonly` and `datetimenotz` columns, as DSS writes them
    /// (ISO 8601), left for the caller's date library to parse.
    Date(String),
    /// Every other type (`string`, `geopoint`, `array`, `map`, ...), as sent.
    Str(String),
}

impl SqlValue {
    /// The value as text, if it is a string or a date.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            SqlValue::Str(s) | SqlValue::Date(s) => Some(s),
            _ => None,
        }
    }

    /// The value as an integer, if it is one.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            SqlValue::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// The value as a float (integers convert too).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            SqlValue::Float(f) => Some(*f),
            SqlValue::Int(i) => Some(*i as f64),
            _ => None,
        }
    }

    /// The value as a boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            SqlValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Whether the value is [`SqlValue::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, SqlValue::Null)
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Int,
    Float,
    Bool,
    Date,
    Text,
}

impl Kind {
    fn of(column: &SqlColumn) -> Kind {
        match column.r#type.as_str() {
            "tinyint" | "smallint" | "int" | "bigint" => Kind::Int,
            "float" | "double" => Kind::Float,
            "boolean" => Kind::Bool,
            "date" | "dateonly" | "datetimenotz" => Kind::Date,
            _ => Kind::Text,
        }
    }

    fn cast(self, raw: String) -> SqlValue {
        if raw.is_empty() && !matches!(self, Kind::Text) {
            return SqlValue::Null;
        }
        match self {
            Kind::Int => {
                let t = raw.trim();
                t.strip_prefix('+')
                    .unwrap_or(t)
                    .parse()
                    .map_or(SqlValue::Null, SqlValue::Int)
            }
            Kind::Float => raw.trim().parse().map_or(SqlValue::Null, SqlValue::Float),
            Kind::Bool => SqlValue::Bool(raw.eq_ignore_ascii_case("true")),
            Kind::Date => SqlValue::Date(raw),
            Kind::Text => SqlValue::Str(raw),
        }
    }
}

impl DssSqlQuery {
    /// The result's columns, from the answer that started the query (no
    /// request).
    pub fn schema(&self) -> &[SqlColumn] {
        &self.schema
    }

    /// Same as [`schema`](Self::schema) (dataikuapi's name).
    pub fn get_schema(&self) -> &[SqlColumn] {
        &self.schema
    }

    /// Opens the result stream (the request is sent now) and returns an
    /// iterator over its rows, parsed as they arrive and typed by the schema.
    ///
    /// Unlike dataikuapi, where a failure in the middle of the stream looks
    /// like a short result unless the caller remembers `verify()`, the
    /// iterator verifies the query by itself when the stream ends
    /// (`GET /sql/queries/{queryId}/finish-streaming`): a failure, or a
    /// stream cut short, is an `Err` item, after which the iterator ends.
    pub fn iter_rows(&self) -> Result<SqlRows<'_>> {
        let stream = self.raw_rows().send()?;
        Ok(SqlRows {
            query: self,
            kinds: self.schema.iter().map(Kind::of).collect(),
            reader: BufReader::with_capacity(64 * 1024, stream),
            state: RowsState::Reading,
        })
    }
}

enum RowsState {
    Reading,
    Done,
}

/// Iterator over a SQL query's rows; see [`DssSqlQuery::iter_rows`].
pub struct SqlRows<'q> {
    query: &'q DssSqlQuery,
    kinds: Vec<Kind>,
    reader: BufReader<ByteStream>,
    state: RowsState,
}

impl std::fmt::Debug for SqlRows<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqlRows")
            .field("query_id", &self.query.query_id)
            .finish_non_exhaustive()
    }
}

impl SqlRows<'_> {
    fn fail(&mut self, message: String) -> Option<Result<Vec<SqlValue>>> {
        self.state = RowsState::Done;
        Some(Err(Error::QueryFailed {
            query_id: self.query.query_id.clone(),
            message,
        }))
    }

    fn typed(&self, fields: Vec<String>) -> Vec<SqlValue> {
        if self.kinds.is_empty() {
            return fields.into_iter().map(SqlValue::Str).collect();
        }
        let mut fields = fields.into_iter();
        self.kinds
            .iter()
            .map(|k| fields.next().map_or(SqlValue::Null, |f| k.cast(f)))
            .collect()
    }
}

impl Iterator for SqlRows<'_> {
    type Item = Result<Vec<SqlValue>>;

    fn next(&mut self) -> Option<Self::Item> {
        if let RowsState::Done = self.state {
            return None;
        }
        match read_record(&mut self.reader) {
            Ok(Some(fields)) => Some(Ok(self.typed(fields))),
            Ok(None) => {
                self.state = RowsState::Done;
                match self.query.verify().send() {
                    Ok(()) => None,
                    Err(e) => self.fail(format!("the server reported a failure after the last row: {e}")),
                }
            }
            Err(e) => self.fail(format!("the result stream broke off: {e}")),
        }
    }
}

/// Reads one record of tab-separated, Excel-quoted text (quotes around a
/// field allow tabs, newlines and doubled quotes inside it). `Ok(None)` at
/// the clean end of the stream.
fn read_record(r: &mut impl BufRead) -> std::io::Result<Option<Vec<String>>> {
    let mut fields = Vec::new();
    let mut field: Vec<u8> = Vec::new();
    let mut in_quotes = false;
    let mut at_field_start = true;
    let mut quote_pending = false; // saw `"` inside quotes: end of quotes or an escaped quote
    let mut any = false;
    let finish = |field: &mut Vec<u8>| String::from_utf8_lossy(&std::mem::take(field)).into_owned();
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            if in_quotes && !quote_pending {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the stream ended inside a quoted field",
                ));
            }
            if !any {
                return Ok(None);
            }
            fields.push(finish(&mut field));
            return Ok(Some(fields));
        }
        let mut used = 0;
        for &b in buf {
            used += 1;
            any = true;
            if quote_pending {
                quote_pending = false;
                if b == b'"' {
                    field.push(b'"');
                    continue;
                }
                in_quotes = false;
            }
            if in_quotes {
                if b == b'"' {
                    quote_pending = true;
                } else {
                    field.push(b);
                }
                continue;
            }
            match b {
                b'"' if at_field_start => {
                    in_quotes = true;
                    at_field_start = false;
                }
                b'\t' => {
                    fields.push(finish(&mut field));
                    at_field_start = true;
                }
                b'\n' => {
                    if field.last() == Some(&b'\r') {
                        field.pop();
                    }
                    fields.push(finish(&mut field));
                    r.consume(used);
                    return Ok(Some(fields));
                }
                _ => {
                    field.push(b);
                    at_field_start = false;
                }
            }
        }
        r.consume(used);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<Vec<String>> {
        let mut r = std::io::Cursor::new(text.as_bytes().to_vec());
        let mut out = Vec::new();
        while let Some(rec) = read_record(&mut r).unwrap() {
            out.push(rec);
        }
        out
    }

    #[test]
    fn excel_tsv() {
        assert_eq!(records("a\tb\n1\t2\r\n"), vec![vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(
            records("\"tab\there \"\"q\"\"\"\tx\n"),
            vec![vec!["tab\there \"q\"", "x"]]
        );
        assert_eq!(records("\"multi\nline\"\t\n"), vec![vec!["multi\nline", ""]]);
        assert_eq!(records("last\tno-newline"), vec![vec!["last", "no-newline"]]);
        assert_eq!(records(""), Vec::<Vec<String>>::new());
        assert_eq!(records("\n"), vec![vec![""]]);
        let mut cut = std::io::Cursor::new(b"\"open".to_vec());
        assert!(read_record(&mut cut).is_err());
    }

    #[test]
    fn casts() {
        let col = |t: &str| {
            Kind::of(&SqlColumn {
                name: "c".into(),
                r#type: t.into(),
                extra: Default::default(),
            })
        };
        assert_eq!(
            col("bigint").cast("9007199254740993".into()),
            SqlValue::Int(9007199254740993)
        );
        assert_eq!(col("int").cast(" +2 ".into()), SqlValue::Int(2));
        assert_eq!(col("int").cast("1.0".into()), SqlValue::Null);
        assert_eq!(col("int").cast(String::new()), SqlValue::Null);
        assert_eq!(col("double").cast("1.5".into()), SqlValue::Float(1.5));
        assert!(matches!(col("double").cast("NaN".into()), SqlValue::Float(f) if f.is_nan()));
        assert_eq!(col("float").cast("inf".into()), SqlValue::Float(f64::INFINITY));
        assert_eq!(col("boolean").cast("TRUE".into()), SqlValue::Bool(true));
        assert_eq!(col("boolean").cast("no".into()), SqlValue::Bool(false));
        assert_eq!(col("boolean").cast(String::new()), SqlValue::Null);
        assert_eq!(
            col("date").cast("2024-01-02T03:04:05.000Z".into()),
            SqlValue::Date("2024-01-02T03:04:05.000Z".into())
        );
        assert_eq!(col("string").cast(String::new()), SqlValue::Str(String::new()));
        assert_eq!(
            col("geopoint").cast("POINT(1 2)".into()),
            SqlValue::Str("POINT(1 2)".into())
        );
    }
}
