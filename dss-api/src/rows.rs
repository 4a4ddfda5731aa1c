//! Typed rows read from DSS's `tsv-excel-noheader` streams: one row per line,
//! fields separated by tabs, a field in double quotes may hold tabs, newlines
//! and doubled quotes (`""`), and there is no header line. SQL query results
//! are sent this way; so are dataset rows. [`RowReader`] parses the stream
//! with `csv_core` (the parser under the `csv` crate) and types each field by
//! its column's DSS type; it knows nothing of where the stream came from, so
//! checking that the server finished cleanly is left to its caller.
//!
//! Text is decoded lossily: DSS writes UTF-8, and a byte that is not valid
//! UTF-8 becomes U+FFFD in a text value (and makes a number unparsable, so
//! null) rather than failing the rest of a stream that may hold millions of
//! good rows.
//!
//! Three things the parser does on its own would lose data here, so the
//! reader, which holds the raw bytes it hands the parser, makes up for them:
//! - it skips empty lines, but an empty line is a row (one column holding
//!   an empty string or a null): the reader sees a line end where a row
//!   would start and yields it as a row;
//! - it takes a stream that ends inside a quoted field as a complete last
//!   field: at the end of a stream whose last line has no line end, the
//!   reader gives the parser one, which ends the row unless a quoted field
//!   is still open; the stream is then reported as cut;
//! - with `\n` as the line end, a `\r` before it stays in the last field:
//!   the reader cuts it when the byte before the `\n` was a `\r`, so that a
//!   quoted `\r` ending a field is kept.

use std::borrow::Cow;
use std::io::{self, Read};

mod de;

use crate::stream::ByteStream;

/// One value of a row, typed by its column's DSS type.
#[derive(Debug, Clone, PartialEq)]
pub enum RowValue {
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

impl RowValue {
    /// The value as text, if it is a string or a date.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            RowValue::Str(s) | RowValue::Date(s) => Some(s),
            _ => None,
        }
    }

    /// The value as an integer, if it is one.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            RowValue::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// The value as a float (integers convert too).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            RowValue::Float(f) => Some(*f),
            RowValue::Int(i) => Some(*i as f64),
            _ => None,
        }
    }

    /// The value as a boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            RowValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Whether the value is [`RowValue::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, RowValue::Null)
    }
}

/// How a column's fields are typed.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Int,
    Float,
    Bool,
    Date,
    Text,
}

impl Kind {
    /// The kind of a DSS column type name.
    fn of(type_name: &str) -> Kind {
        match type_name {
            "tinyint" | "smallint" | "int" | "bigint" => Kind::Int,
            "float" | "double" => Kind::Float,
            "boolean" => Kind::Bool,
            "date" | "dateonly" | "datetimenotz" => Kind::Date,
            _ => Kind::Text,
        }
    }

    /// Types `field` and appends it to `row`. Each case pushes its own
    /// value: a value returned and then pushed is built on the stack and
    /// copied, and that copy (a load spanning several smaller stores, which
    /// the processor cannot forward) cost as much as the typing itself.
    #[inline(always)]
    fn push(self, field: &str, row: &mut Vec<RowValue>) {
        if field.is_empty() && !matches!(self, Kind::Text) {
            return row.push(RowValue::Null);
        }
        match self {
            Kind::Int => {
                // `parse` takes one leading `+` itself.
                match trim(field).parse() {
                    Ok(i) => row.push(RowValue::Int(i)),
                    Err(_) => row.push(RowValue::Null),
                }
            }
            Kind::Float => match trim(field).parse() {
                Ok(f) => row.push(RowValue::Float(f)),
                Err(_) => row.push(RowValue::Null),
            },
            Kind::Bool => row.push(RowValue::Bool(field.eq_ignore_ascii_case("true"))),
            Kind::Date => row.push(RowValue::Date(field.to_owned())),
            Kind::Text => row.push(RowValue::Str(field.to_owned())),
        }
    }
}

/// `s.trim()`, without its cost for the usual field that starts and ends
/// with a printable ASCII character (white space, for `trim`, is at most
/// `' '` in ASCII, and any other byte takes the slow path).
fn trim(s: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&b| (b'!'..=b'~').contains(&b));
    let b = s.as_bytes();
    if plain(b.first()) && plain(b.last()) {
        s
    } else {
        s.trim()
    }
}

/// Size of the read buffer.
const READ_BUFFER: usize = 64 * 1024;

/// Reads typed rows from a `tsv-excel-noheader` stream; see the module docs.
pub(crate) struct RowReader<R = ByteStream> {
    lines: Lines<R>,
    kinds: Vec<Kind>,
    /// Rows yielded so far (for messages).
    rows: u64,
}

/// The parser's side of a [`RowReader`]: the stream, split into lines and
/// fields.
///
/// The stream is read into a buffer of its own and handed to `csv_core`'s
/// parser a block at a time, so the raw bytes of each line are at hand
/// where the parser alone would lose information (empty lines, `\r\n`
/// line ends, a quoted field left open at the end).
struct Lines<R> {
    inner: R,
    parser: csv_core::Reader,
    buf: Box<[u8]>,
    /// The unparsed bytes are `buf[pos..len]`.
    pos: usize,
    len: usize,
    /// The byte parsed last (`\r` before a line end makes it `\r\n`).
    last: u8,
    /// The stream has ended.
    eof: bool,
    /// Nothing more to yield (the end, or an error yielded).
    done: bool,
    /// The fields of the row just read, one after the other, and where
    /// each ends; reused from row to row.
    fields: Vec<u8>,
    ends: Vec<usize>,
}

/// What one line of the stream holds.
enum Line {
    /// An empty line: a row of one empty field.
    Empty,
    /// A row of `n` fields in `fields`/`ends`; `crlf`: its line ended with
    /// `\r\n`, so a `\r` ending its last field is part of the line end.
    Row { n: usize, crlf: bool },
}

/// The fields of one line, as parsed (quotes undone), borrowed from the
/// reader until the next line is read.
pub(crate) struct RowFields<'a> {
    /// The fields one after the other.
    bytes: &'a [u8],
    /// `bytes` as text, when the whole line is valid UTF-8.
    text: Option<&'a str>,
    /// Where each field ends in `bytes`.
    ends: &'a [usize],
}

/// The fields of an empty line: one, empty.
const EMPTY_LINE: RowFields<'static> = RowFields {
    bytes: b"",
    text: Some(""),
    ends: &[0],
};

impl<'a> RowFields<'a> {
    /// How many fields the line has.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i` as text: borrowed from the line, or decoded lossily when
    /// its bytes are not valid UTF-8 by themselves.
    pub(crate) fn get(&self, i: usize) -> Option<Cow<'a, str>> {
        let end = self.end(i)?;
        let start = i.checked_sub(1).and_then(|before| self.end(before)).unwrap_or(0);
        Some(self.slice(start, end))
    }

    /// Where field `i` ends.
    #[inline]
    pub(crate) fn end(&self, i: usize) -> Option<usize> {
        self.ends.get(i).map(|&end| end.min(self.bytes.len()))
    }

    /// The text from `start` to `end` (a field when they are its bounds).
    #[inline]
    pub(crate) fn slice(&self, start: usize, end: usize) -> Cow<'a, str> {
        match self.text.and_then(|t| t.get(start..end)) {
            Some(field) => Cow::Borrowed(field),
            None => String::from_utf8_lossy(self.bytes.get(start..end).unwrap_or_default()),
        }
    }
}

impl<R: Read> RowReader<R> {
    /// Reads rows from `stream`, typing the fields of each by
    /// `column_types`, DSS type names in column order (`bigint`, `string`,
    /// ...). Without column types every field is a string.
    pub(crate) fn new(stream: R, column_types: impl IntoIterator<Item = impl AsRef<str>>) -> RowReader<R> {
        RowReader {
            lines: Lines::new(stream),
            kinds: column_types.into_iter().map(|t| Kind::of(t.as_ref())).collect(),
            rows: 0,
        }
    }

    /// The next row; `None` at the clean end of the stream. After an error
    /// (a failed read, or a stream that ends inside a quoted field) there are
    /// no more rows.
    pub(crate) fn next_row(&mut self) -> Option<io::Result<Vec<RowValue>>> {
        let fields = match self.lines.next_fields()? {
            Ok(fields) => fields,
            Err(e) => return Some(Err(e)),
        };
        self.rows += 1;
        // The usual case: the row is valid UTF-8 as a whole, and no field
        // boundary splits a character.
        if let Some(row) = fields.text.and_then(|text| typed_text(&self.kinds, text, fields.ends)) {
            return Some(Ok(row));
        }
        // Otherwise each field is decoded by itself, invalid bytes replaced.
        Some(Ok(typed(
            &self.kinds,
            (0..fields.len()).map(|i| fields.get(i).unwrap_or_default()),
        )))
    }

    /// The next row decoded into `T` by serde (see [`de`]), its columns
    /// named by `names`: `None` at the clean end of the stream, an I/O
    /// error when the stream fails (nothing follows), a decoding error
    /// when this row does not fit `T` (the next row may).
    pub(crate) fn next_as<T: serde::de::DeserializeOwned>(
        &mut self,
        names: &[String],
    ) -> Option<io::Result<Result<T, serde_json::Error>>> {
        let fields = match self.lines.next_fields()? {
            Ok(fields) => fields,
            Err(e) => return Some(Err(e)),
        };
        self.rows += 1;
        let row = de::Row {
            fields: &fields,
            kinds: &self.kinds,
            names,
        };
        let rows = self.rows;
        Some(Ok(T::deserialize(row).map_err(|e| {
            <serde_json::Error as serde::de::Error>::custom(format_args!("row {rows}: {e}"))
        })))
    }
}

/// How an iterator takes each row out of its [`RowReader`] (given the
/// column names): [`typed_rows`] or [`decoded_rows`]. The outer result is
/// the stream's (an error ends it), the inner one the row's decoding.
pub(crate) type Decode<T> = fn(&mut RowReader, &[String]) -> Option<io::Result<Result<T, serde_json::Error>>>;

/// Rows as [`RowValue`]s typed by the schema (they always decode).
pub(crate) fn typed_rows(
    reader: &mut RowReader,
    _names: &[String],
) -> Option<io::Result<Result<Vec<RowValue>, serde_json::Error>>> {
    reader.next_row().map(|row| row.map(Ok))
}

/// Rows decoded into the caller's `T` (see [`de`]).
pub(crate) fn decoded_rows<T: serde::de::DeserializeOwned>(
    reader: &mut RowReader,
    names: &[String],
) -> Option<io::Result<Result<T, serde_json::Error>>> {
    reader.next_as(names)
}

/// The fields of `text` ending at `ends`, typed by `kinds`; `None` when
/// one of them does not start and end on a character boundary.
fn typed_text(kinds: &[Kind], text: &str, ends: &[usize]) -> Option<Vec<RowValue>> {
    let mut start = 0;
    let mut fields = ends.iter().map(|&end| {
        let end = end.min(text.len());
        let field = text.get(start..end);
        start = end;
        field
    });
    if kinds.is_empty() {
        return fields.map(|f| f.map(|f| RowValue::Str(f.to_owned()))).collect();
    }
    let mut row = Vec::with_capacity(kinds.len());
    for kind in kinds {
        match fields.next() {
            Some(f) => kind.push(f?, &mut row),
            None => row.push(RowValue::Null),
        }
    }
    Some(row)
}

/// Types `fields` by `kinds`: missing fields are null, extra ones dropped;
/// without kinds every field is a string.
fn typed(kinds: &[Kind], mut fields: impl Iterator<Item = impl AsRef<str>>) -> Vec<RowValue> {
    if kinds.is_empty() {
        return fields.map(|f| RowValue::Str(f.as_ref().to_owned())).collect();
    }
    let mut row = Vec::with_capacity(kinds.len());
    for kind in kinds {
        match fields.next() {
            Some(f) => kind.push(f.as_ref(), &mut row),
            None => row.push(RowValue::Null),
        }
    }
    row
}

impl<R: Read> Lines<R> {
    fn new(stream: R) -> Lines<R> {
        let parser = csv_core::ReaderBuilder::new()
            .delimiter(b'\t')
            // `\n` alone ends a line, so that a lone `\r` stays in its
            // field; a `\r` before the `\n` is cut from the last field.
            .terminator(csv_core::Terminator::Any(b'\n'))
            .build();
        Lines {
            inner: stream,
            parser,
            buf: vec![0; READ_BUFFER].into_boxed_slice(),
            pos: 0,
            len: 0,
            last: 0,
            eof: false,
            done: false,
            fields: vec![0; 1024],
            ends: vec![0; 32],
        }
    }

    /// The fields of the next line; `None` at the clean end of the stream.
    /// After an error there are no more lines.
    fn next_fields(&mut self) -> Option<io::Result<RowFields<'_>>> {
        if self.done {
            return None;
        }
        match self.read_line() {
            Ok(Some(Line::Empty)) => Some(Ok(EMPTY_LINE)),
            Ok(Some(Line::Row { n, crlf })) => Some(Ok(self.fields_of(n, crlf))),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }

    /// The `n` fields just read.
    fn fields_of(&self, n: usize, crlf: bool) -> RowFields<'_> {
        let ends = self.ends.get(..n).unwrap_or_default();
        let bytes = self.fields.get(..ends.last().copied().unwrap_or(0)).unwrap_or_default();
        // A `\r` ending the line is cut from the last field (rare: DSS ends
        // lines with `\n`).
        let cut = usize::from(crlf && bytes.last() == Some(&b'\r'));
        let bytes = bytes.get(..bytes.len() - cut).unwrap_or_default();
        RowFields {
            bytes,
            text: std::str::from_utf8(bytes).ok(),
            ends,
        }
    }

    /// Reads the next line into `fields`/`ends`; `None` at the end.
    fn read_line(&mut self) -> io::Result<Option<Line>> {
        let (mut nout, mut nend) = (0, 0);
        let mut started = false;
        loop {
            if self.pos == self.len && !self.eof {
                self.fill()?;
            }
            let input = self.buf.get(self.pos..self.len).unwrap_or_default();
            let Some(&first) = input.first() else {
                if !started {
                    return Ok(None);
                }
                // The last line has no line end. Give the parser one: it ends
                // the row unless a quoted field is still open, where it is
                // text, and then the stream was cut.
                self.make_room(nout, nend);
                let (res, _, _, e) = self.parser.read_record(
                    b"\n",
                    self.fields.get_mut(nout..).unwrap_or_default(),
                    self.ends.get_mut(nend..).unwrap_or_default(),
                );
                return match res {
                    csv_core::ReadRecordResult::Record => Ok(Some(Line::Row {
                        n: nend + e,
                        crlf: false,
                    })),
                    _ => Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the stream ended inside a quoted field",
                    )),
                };
            };
            if !started && first == b'\n' {
                // The parser skips empty lines; here each is a row.
                self.pos += 1;
                self.last = b'\n';
                return Ok(Some(Line::Empty));
            }
            started = true;
            let (res, nin, o, e) = self.parser.read_record(
                input,
                self.fields.get_mut(nout..).unwrap_or_default(),
                self.ends.get_mut(nend..).unwrap_or_default(),
            );
            let before_end = match nin {
                0 => 0,
                1 => self.last,
                _ => input.get(nin - 2).copied().unwrap_or(0),
            };
            if let Some(&b) = nin.checked_sub(1).and_then(|i| input.get(i)) {
                self.last = b;
            }
            self.pos += nin;
            nout += o;
            nend += e;
            match res {
                csv_core::ReadRecordResult::Record => {
                    return Ok(Some(Line::Row {
                        n: nend,
                        crlf: before_end == b'\r',
                    }))
                }
                csv_core::ReadRecordResult::InputEmpty | csv_core::ReadRecordResult::End => {}
                csv_core::ReadRecordResult::OutputFull | csv_core::ReadRecordResult::OutputEndsFull => {
                    self.make_room(nout, nend)
                }
            }
        }
    }

    /// Reads the next block of the stream into the buffer.
    fn fill(&mut self) -> io::Result<()> {
        self.pos = 0;
        self.len = 0;
        loop {
            match self.inner.read(&mut self.buf) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.len = n.min(self.buf.len());
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Grows `fields` and `ends` when either is full past `nout`/`nend`.
    fn make_room(&mut self, nout: usize, nend: usize) {
        if nout >= self.fields.len() {
            self.fields.resize(self.fields.len() * 2, 0);
        }
        if nend >= self.ends.len() {
            self.ends.resize(self.ends.len() * 2, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `bytes`, untyped (as strings), or the first error.
    fn rows_of(bytes: &[u8]) -> io::Result<Vec<Vec<String>>> {
        let mut reader = RowReader::new(io::Cursor::new(bytes.to_vec()), Vec::<String>::new());
        let mut out = Vec::new();
        while let Some(row) = reader.next_row() {
            out.push(row?.into_iter().map(|v| v.as_str().unwrap_or("?").to_owned()).collect());
        }
        Ok(out)
    }

    fn records(text: &str) -> Vec<Vec<String>> {
        rows_of(text.as_bytes()).unwrap()
    }

    /// A reader handing out at most `step` bytes a call, so that every
    /// state can straddle two reads.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
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
        assert!(rows_of(b"\"open").is_err());
    }

    #[test]
    fn a_quoted_field_may_hold_newlines() {
        assert_eq!(
            records("1\t\"two\nlines\"\tx\n2\t\"three\r\nlines\nhere\"\ty\n"),
            vec![vec!["1", "two\nlines", "x"], vec!["2", "three\r\nlines\nhere", "y"]]
        );
    }

    #[test]
    fn a_stream_cut_inside_a_quoted_field_is_an_error() {
        let mut reader = RowReader::new(
            io::Cursor::new(b"1\tok\n2\t\"cut \"\" in\nthe middle".to_vec()),
            ["int", "string"],
        );
        assert_eq!(
            reader.next_row().unwrap().unwrap(),
            vec![RowValue::Int(1), RowValue::Str("ok".into())]
        );
        let err = reader.next_row().unwrap().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
        assert!(err.to_string().contains("quoted field"), "{err}");
        assert!(reader.next_row().is_none(), "nothing after the error");
        // Closed quotes at the very end are a complete field, not a cut one.
        assert_eq!(records("a\t\"b\"\"\""), vec![vec!["a", "b\""]]);
        assert_eq!(records("a\t\"\""), vec![vec!["a", ""]]);
        // A quote inside an unquoted field is text and opens nothing.
        assert_eq!(records("a\"b\tc"), vec![vec!["a\"b", "c"]]);
    }

    #[test]
    fn quotes_are_followed_across_reads() {
        // Ends without a newline, so that the quoting at the end is checked.
        let data: &[u8] = b"\"a\"\"\"\t\"\"\"b\"\n\"x\ty\"\"\"\t\"\"\nq\"\t\"\"\"\"\n\"z\"\t\"\"";
        let expected = vec![vec!["a\"", "\"b"], vec!["x\ty\"", ""], vec!["q\"", "\""], vec!["z", ""]];
        for step in 1..data.len() {
            let mut reader = RowReader::new(Trickle { data, step }, Vec::<String>::new());
            let mut got = Vec::new();
            while let Some(row) = reader.next_row() {
                got.push(
                    row.unwrap()
                        .into_iter()
                        .map(|v| v.as_str().unwrap_or("?").to_owned())
                        .collect::<Vec<_>>(),
                );
            }
            assert_eq!(got, expected, "reads of {step} bytes");
        }
        for step in 1..6 {
            let mut reader = RowReader::new(
                Trickle {
                    data: b"a\t\"b\"\"\tc",
                    step,
                },
                Vec::<String>::new(),
            );
            assert!(reader.next_row().unwrap().is_err(), "reads of {step} bytes");
        }
    }

    #[test]
    fn crlf_line_ends() {
        assert_eq!(
            records("a\tb\r\n\"c\"\t\"d\"\r\n\r\ne\r\n"),
            vec![vec!["a", "b"], vec!["c", "d"], vec![""], vec!["e"]]
        );
        // A `\r` inside a line is text.
        assert_eq!(records("a\rb\tc\r\n"), vec![vec!["a\rb", "c"]]);
        // So is a quoted `\r` ending the last field: only a `\r` right
        // before the `\n` ends the line.
        assert_eq!(records("a\t\"b\r\"\n\"\r\"\n"), vec![vec!["a", "b\r"], vec!["\r"]]);
        assert_eq!(records("\"x\r\"\r\n"), vec![vec!["x\r"]]);
        assert_eq!(records("\"x\r\"\"\"\r\n"), vec![vec!["x\r\""]]);
    }

    #[test]
    fn a_final_row_without_a_newline() {
        assert_eq!(records("1\t2\n3\t4"), vec![vec!["1", "2"], vec!["3", "4"]]);
        assert_eq!(records("1\t2\n\"3\"\t\"4\""), vec![vec!["1", "2"], vec!["3", "4"]]);
        // Without its `\n`, a final `\r` is not a line end.
        assert_eq!(records("a\r"), vec![vec!["a\r"]]);
    }

    #[test]
    fn empty_lines_are_rows() {
        assert_eq!(records("\n\na\n\n"), vec![vec![""], vec![""], vec!["a"], vec![""]]);
        assert_eq!(records("\"x\ny\"\n\nz"), vec![vec!["x\ny"], vec![""], vec!["z"]]);
        let mut reader = RowReader::new(io::Cursor::new(b"1\n\n\n2\n".to_vec()), ["int", "string"]);
        let mut rows = Vec::new();
        while let Some(row) = reader.next_row() {
            rows.push(row.unwrap());
        }
        assert_eq!(
            rows,
            vec![
                vec![RowValue::Int(1), RowValue::Null],
                vec![RowValue::Null, RowValue::Null],
                vec![RowValue::Null, RowValue::Null],
                vec![RowValue::Int(2), RowValue::Null],
            ]
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        let mut reader = RowReader::new(
            io::Cursor::new(b"ab\xffc\t1\xff\t\xfe\nnext\t2\ttrue\n".to_vec()),
            ["string", "int", "boolean"],
        );
        assert_eq!(
            reader.next_row().unwrap().unwrap(),
            vec![
                RowValue::Str("ab\u{fffd}c".into()),
                RowValue::Null,
                RowValue::Bool(false)
            ]
        );
        assert_eq!(
            reader.next_row().unwrap().unwrap(),
            vec![RowValue::Str("next".into()), RowValue::Int(2), RowValue::Bool(true)]
        );
        assert!(reader.next_row().is_none());
        // The two halves of `é` in two fields: the row's bytes joined are
        // valid UTF-8, each field alone is not.
        assert_eq!(records("\u{e9}\t\u{e9}"), vec![vec!["\u{e9}", "\u{e9}"]]);
        assert_eq!(rows_of(b"\xc3\t\xa9\n").unwrap(), vec![vec!["\u{fffd}", "\u{fffd}"]]);
    }

    #[test]
    fn rows_are_typed_padded_and_trimmed_to_the_columns() {
        let mut reader = RowReader::new(io::Cursor::new(b"1\t2.5\textra\n7\n".to_vec()), ["bigint", "double"]);
        assert_eq!(
            reader.next_row().unwrap().unwrap(),
            vec![RowValue::Int(1), RowValue::Float(2.5)]
        );
        assert_eq!(
            reader.next_row().unwrap().unwrap(),
            vec![RowValue::Int(7), RowValue::Null]
        );
        assert!(reader.next_row().is_none());
    }

    #[test]
    fn a_failed_read_is_an_error() {
        let stream = io::Cursor::new(b"1\n2\n".to_vec()).chain(Failing);
        let mut reader = RowReader::new(stream, ["int"]);
        assert_eq!(reader.next_row().unwrap().unwrap(), vec![RowValue::Int(1)]);
        assert_eq!(reader.next_row().unwrap().unwrap(), vec![RowValue::Int(2)]);
        let err = reader.next_row().unwrap().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::ConnectionReset);
        assert!(reader.next_row().is_none());
    }

    struct Failing;

    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::ConnectionReset, "reset"))
        }
    }

    #[test]
    fn casts() {
        struct Col(Kind);
        impl Col {
            fn cast(&self, bytes: impl AsRef<[u8]>) -> RowValue {
                let mut row = Vec::new();
                self.0.push(&String::from_utf8_lossy(bytes.as_ref()), &mut row);
                assert_eq!(row.len(), 1);
                row.remove(0)
            }
        }
        let col = |t: &str| Col(Kind::of(t));
        assert_eq!(col("bigint").cast(b"9007199254740993"), RowValue::Int(9007199254740993));
        assert_eq!(col("int").cast(b" +2 "), RowValue::Int(2));
        assert_eq!(col("int").cast(b"++2"), RowValue::Null, "one sign at most");
        assert_eq!(col("int").cast(b"+-2"), RowValue::Null);
        assert_eq!(col("int").cast(b"-42"), RowValue::Int(-42));
        assert_eq!(col("int").cast(b"007"), RowValue::Int(7));
        assert_eq!(col("int").cast(b"-"), RowValue::Null);
        assert_eq!(col("int").cast(b"1a"), RowValue::Null);
        assert_eq!(
            col("int").cast(b"999999999999999999"),
            RowValue::Int(999_999_999_999_999_999)
        );
        assert_eq!(col("int").cast(b"-9223372036854775808"), RowValue::Int(i64::MIN));
        assert_eq!(col("int").cast(b"9223372036854775807"), RowValue::Int(i64::MAX));
        assert_eq!(col("int").cast(b"9223372036854775808"), RowValue::Null, "overflows");
        assert_eq!(col("int").cast(b"1.0"), RowValue::Null);
        // Any Unicode white space around a number is trimmed.
        assert_eq!(col("int").cast(b"\t3\x0b"), RowValue::Int(3));
        assert_eq!(col("int").cast("\u{a0}4\u{2003}".as_bytes()), RowValue::Int(4));
        assert_eq!(col("double").cast(b" -2.5\n"), RowValue::Float(-2.5));
        assert_eq!(col("int").cast(b" "), RowValue::Null);
        assert_eq!(col("int").cast(b""), RowValue::Null);
        assert_eq!(col("double").cast(b"1.5"), RowValue::Float(1.5));
        assert!(matches!(col("double").cast(b"NaN"), RowValue::Float(f) if f.is_nan()));
        assert_eq!(col("float").cast(b"inf"), RowValue::Float(f64::INFINITY));
        assert_eq!(col("boolean").cast(b"TRUE"), RowValue::Bool(true));
        assert_eq!(col("boolean").cast(b"no"), RowValue::Bool(false));
        assert_eq!(col("boolean").cast(b""), RowValue::Null);
        assert_eq!(
            col("date").cast(b"2024-01-02T03:04:05.000Z"),
            RowValue::Date("2024-01-02T03:04:05.000Z".into())
        );
        assert_eq!(col("string").cast(b""), RowValue::Str(String::new()));
        assert_eq!(col("geopoint").cast(b"POINT(1 2)"), RowValue::Str("POINT(1 2)".into()));
    }
}
