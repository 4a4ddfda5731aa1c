//! Typed rows read from DSS's `tsv-excel-noheader` streams: one row per line,
//! fields separated by tabs, a field in double quotes may hold tabs, newlines
//! and doubled quotes (`""`), and there is no header line. SQL query results
//! are sent this way; so are dataset rows. [`RowReader`] parses the stream
//! with the `csv` crate and types each field by its column's DSS type; it
//! knows nothing of where the stream came from, so checking that the server
//! finished cleanly is left to its caller.
//!
//! Text is decoded lossily: DSS writes UTF-8, and a byte that is not valid
//! UTF-8 becomes U+FFFD in a text value (and makes a number unparsable, so
//! null) rather than failing the rest of a stream that may hold millions of
//! good rows.
//!
//! Two things the `csv` crate does on its own would lose data here, so the
//! reader makes up for them:
//! - it skips empty lines, but an empty line is a row (one column holding
//!   an empty string or a null): the reader counts the line ends the parser
//!   consumed and yields the skipped ones as rows;
//! - it takes a stream that ends inside a quoted field as a complete last
//!   field: the reader keeps the raw bytes of the row being read, follows
//!   the quoting through those of the last row, and reports such a stream
//!   as an error.

use std::io::{self, Read};

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
                let t = trim(field);
                match t.strip_prefix('+').unwrap_or(t).parse() {
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

/// Size of the parser's read buffer.
const READ_BUFFER: usize = 64 * 1024;

/// Reads typed rows from a `tsv-excel-noheader` stream; see the module docs.
pub(crate) struct RowReader<R = ByteStream> {
    csv: csv::Reader<Watch<R>>,
    /// Reused for every row, so that parsing allocates only the values
    /// (taken out while a row is typed).
    record: Option<csv::ByteRecord>,
    kinds: Vec<Kind>,
    /// Empty lines met before `next`, still to be yielded as rows.
    blank_rows: u64,
    next: Pending,
}

/// What to yield once the blank rows are out.
enum Pending {
    /// Nothing: read on.
    Read,
    /// The row in `record`; `crlf`: it ended with `\r\n`, so a `\r` ending its
    /// last field is part of the line end.
    Row { crlf: bool },
    /// The stream ended inside a quoted field.
    Cut,
    /// The stream is over (cleanly or not); nothing more to yield.
    Done,
}

impl<R: Read> RowReader<R> {
    /// Reads rows from `stream`, typing the fields of each by
    /// `column_types`, DSS type names in column order (`bigint`, `string`,
    /// ...). Without column types every field is a string.
    pub(crate) fn new(stream: R, column_types: impl IntoIterator<Item = impl AsRef<str>>) -> RowReader<R> {
        let csv = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .has_headers(false)
            .flexible(true)
            // `\n` alone ends a line, so that a lone `\r` stays in its
            // field; a `\r` before the `\n` is removed from the last field.
            .terminator(csv::Terminator::Any(b'\n'))
            .buffer_capacity(READ_BUFFER)
            .from_reader(Watch::new(stream));
        RowReader {
            csv,
            record: Some(csv::ByteRecord::new()),
            kinds: column_types.into_iter().map(|t| Kind::of(t.as_ref())).collect(),
            blank_rows: 0,
            next: Pending::Read,
        }
    }

    /// The next row; `None` at the clean end of the stream. After an error
    /// (a failed read, or a stream that ends inside a quoted field) there are
    /// no more rows.
    pub(crate) fn next_row(&mut self) -> Option<io::Result<Vec<RowValue>>> {
        loop {
            if self.blank_rows > 0 {
                self.blank_rows -= 1;
                return Some(Ok(self.typed(std::iter::once(""))));
            }
            match std::mem::replace(&mut self.next, Pending::Read) {
                Pending::Read => {}
                Pending::Row { crlf } => return Some(Ok(self.record_row(crlf))),
                Pending::Cut => {
                    self.next = Pending::Done;
                    return Some(Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the stream ended inside a quoted field",
                    )));
                }
                Pending::Done => {
                    self.next = Pending::Done;
                    return None;
                }
            }
            let at = self.csv.position();
            let line = at.line();
            self.csv.get_mut().row_start = at.byte();
            let record = self.record.get_or_insert_with(csv::ByteRecord::new);
            match self.csv.read_byte_record(record) {
                Ok(true) => {
                    let watch = self.csv.get_ref();
                    // The parser had to see the end of the stream to finish
                    // this row only when the row has no line end.
                    let ended_by_eof = watch.eof;
                    // Whether the line ends with `\r\n`, read from the
                    // stream's bytes: the parser leaves a line-end `\r` in
                    // the last field, as it does a quoted `\r` ending that
                    // field's text, and only the bytes tell them apart.
                    let crlf = !ended_by_eof && watch.byte_before_line_end(self.csv.position().byte()) == Some(b'\r');
                    let line_ends = u64::from(!ended_by_eof);
                    let lines = self.csv.position().line().saturating_sub(line);
                    if ended_by_eof && watch.row_left_open() {
                        self.next = Pending::Cut;
                    } else if lines == line_ends {
                        // The common case: no newline inside the fields and
                        // no empty line before the row.
                        return Some(Ok(self.record_row(crlf)));
                    } else {
                        self.next = Pending::Row { crlf };
                    }
                    let inside = record.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
                    self.blank_rows = lines.saturating_sub(line_ends + inside);
                }
                Ok(false) => {
                    // The parser skipped the empty lines at the end.
                    self.blank_rows = self.csv.position().line().saturating_sub(line);
                    self.next = Pending::Done;
                }
                Err(e) => {
                    self.next = Pending::Done;
                    return Some(Err(io_error(e)));
                }
            }
        }
    }

    /// The row in `record`, typed.
    fn record_row(&mut self, crlf: bool) -> Vec<RowValue> {
        let Some(record) = self.record.take() else {
            return self.typed(std::iter::empty::<&str>());
        };
        // A `\r` ending the line is cut from the last field (rare: DSS ends
        // lines with `\n`).
        let last = record.len().wrapping_sub(1);
        let cr = crlf && record.get(last).and_then(<[u8]>::last) == Some(&b'\r');
        let trim_cr = |i: usize, f: &[u8]| f.len() - usize::from(cr && i == last);
        // csv's check of the whole row (an ASCII test first) gives the
        // fields as text, the usual case; in a row with invalid UTF-8, each
        // field is decoded lossily (so an invalid number is null).
        match csv::StringRecord::from_byte_record(record) {
            Ok(text) if !cr => {
                let row = self.typed(text.iter());
                self.record = Some(text.into_byte_record());
                row
            }
            other => {
                let record = other.map_or_else(|e| e.into_byte_record(), csv::StringRecord::into_byte_record);
                let row = self.typed(
                    record
                        .iter()
                        .enumerate()
                        .map(|(i, f)| String::from_utf8_lossy(f.get(..trim_cr(i, f)).unwrap_or(f))),
                );
                self.record = Some(record);
                row
            }
        }
    }

    /// Types `fields` by the column kinds: missing fields are null, extra
    /// ones dropped; without kinds every field is a string.
    fn typed(&self, mut fields: impl Iterator<Item = impl AsRef<str>>) -> Vec<RowValue> {
        if self.kinds.is_empty() {
            return fields.map(|f| RowValue::Str(f.as_ref().to_owned())).collect();
        }
        let mut row = Vec::with_capacity(self.kinds.len());
        for kind in &self.kinds {
            match fields.next() {
                Some(f) => kind.push(f.as_ref(), &mut row),
                None => row.push(RowValue::Null),
            }
        }
        row
    }
}

/// A parse error as an I/O error (keeping the original one when reading
/// failed).
fn io_error(e: csv::Error) -> io::Error {
    if e.is_io_error() {
        if let csv::ErrorKind::Io(e) = e.into_kind() {
            return e;
        }
        return io::Error::other("the stream could not be read");
    }
    io::Error::new(io::ErrorKind::InvalidData, e)
}

/// Passes the stream to the parser, noting its end and keeping a copy of
/// the bytes of the row being read, so that a last row cut inside a quoted
/// field can be told from a complete one (the parser does not tell).
struct Watch<R> {
    inner: R,
    eof: bool,
    /// Stream offset where the row being read starts (set before each row).
    row_start: u64,
    /// Stream offset of `kept[0]`.
    kept_from: u64,
    /// The bytes read from `row_start` on (and, until the next read, those
    /// of the rows before it in the last block read).
    kept: Vec<u8>,
}

impl<R> Watch<R> {
    fn new(inner: R) -> Watch<R> {
        Watch {
            inner,
            eof: false,
            row_start: 0,
            kept_from: 0,
            kept: Vec::new(),
        }
    }

    /// The byte before the `\n` of a line that ends at stream offset `end`
    /// (just past the `\n`), if it is still kept.
    fn byte_before_line_end(&self, end: u64) -> Option<u8> {
        let at = end.checked_sub(2)?.checked_sub(self.kept_from)?;
        self.kept.get(usize::try_from(at).ok()?).copied()
    }

    /// Whether the row being read, taken up to the end of what was read,
    /// leaves a quoted field open.
    fn row_left_open(&self) -> bool {
        let start = usize::try_from(self.row_start.saturating_sub(self.kept_from)).unwrap_or(usize::MAX);
        ends_inside_quotes(self.kept.get(start..).unwrap_or_default())
    }
}

impl<R: Read> Read for Watch<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            self.eof |= !buf.is_empty();
            return Ok(0);
        }
        let done = usize::try_from(self.row_start.saturating_sub(self.kept_from))
            .map_or(self.kept.len(), |d| d.min(self.kept.len()));
        self.kept.drain(..done);
        self.kept_from += done as u64;
        self.kept.extend_from_slice(buf.get(..n).unwrap_or(buf));
        Ok(n)
    }
}

/// Whether `row`, the raw bytes of a row, ends inside a quoted field, by the
/// parser's rules: a quote at the start of a field (after a tab or a line
/// end) opens a quoted field, and inside one a quote closes it unless
/// another quote follows (a doubled quote is a quote in the text).
fn ends_inside_quotes(row: &[u8]) -> bool {
    let mut inside = false;
    let mut field_start = true;
    let mut bytes = row.iter().peekable();
    while let Some(&b) = bytes.next() {
        if inside {
            if b == b'"' && bytes.next_if_eq(&&b'"').is_none() {
                inside = false;
            }
        } else if b == b'"' && field_start {
            inside = true;
        } else {
            field_start = b == b'\t' || b == b'\n';
        }
    }
    inside
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
