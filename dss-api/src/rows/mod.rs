//! Typed rows read from DSS's `tsv-excel-noheader` streams: one row per line,
//! fields separated by tabs, a field in double quotes may hold tabs, newlines
//! and doubled quotes (`""`), and there is no header line. SQL query results
//! are sent this way; so are dataset rows. [`RowReader`] splits the stream
//! into fields and types each by its column's DSS type; it knows nothing of
//! where the stream came from, so checking that the server finished cleanly
//! is left to its caller.
//!
//! Text is decoded lossily: DSS writes UTF-8, and a byte that is not valid
//! UTF-8 becomes U+FFFD in a text value (and makes a number unparsable, so
//! null) rather than failing the rest of a stream that may hold millions of
//! good rows.
//!
//! The stream is read a block at a time, and a block is checked for UTF-8
//! once, as a whole. Most lines are then split by the reader itself:
//! - a line with no quote is cut at its tabs, found eight bytes at a time,
//!   and its fields are slices of the block;
//! - a line whose quoted fields are whole fields (as DSS writes them) has
//!   them unquoted into a buffer of its own.
//!
//! Any other line (one running past the block, text after a closing quote,
//! ...) goes to `csv_core`, the parser under the `csv` crate, which knows
//! every case; tests check that both ways give the same rows for any input.
//! Three things the parser does on its own would lose data here, so the
//! reader, which holds the raw bytes it hands the parser, makes up for them
//! (and does the same when it splits lines itself):
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

/// How a column's fields are typed. Each kind is one bit, so that
/// [`Kind::push`] can test bits one after the other instead of a `match`,
/// which the compiler turns into a jump through a table: a row's columns
/// change kind from field to field, and that jump was mispredicted about
/// once a field.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Kind {
    Int = 1,
    Float = 2,
    Bool = 4,
    Date = 8,
    Text = 16,
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
        let kind = self as u8;
        let is = |k: Kind| kind & k as u8 != 0;
        if is(Kind::Text) {
            return row.push(RowValue::Str(field.to_owned()));
        }
        if field.is_empty() {
            return row.push(RowValue::Null);
        }
        if is(Kind::Int) {
            match int_of(field) {
                Some(i) => row.push(RowValue::Int(i)),
                None => row.push(RowValue::Null),
            }
        } else if is(Kind::Float) {
            match trim(field).parse() {
                Ok(f) => row.push(RowValue::Float(f)),
                Err(_) => row.push(RowValue::Null),
            }
        } else if is(Kind::Date) {
            row.push(RowValue::Date(field.to_owned()))
        } else {
            // What is left: a boolean.
            row.push(RowValue::Bool(is_true(field)))
        }
    }
}

/// `s` as an integer, white space around it trimmed: what
/// `str::parse::<i64>` reads (one optional sign, then decimal digits),
/// without its cost for the usual number of up to 18 digits, which cannot
/// overflow.
pub(crate) fn int_of(s: &str) -> Option<i64> {
    let s = trim(s);
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        digits => (false, digits),
    };
    if digits.is_empty() || digits.len() > 18 {
        return s.parse().ok();
    }
    let mut value: i64 = 0;
    for &digit in digits {
        let digit = digit.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        value = value * 10 + i64::from(digit);
    }
    Some(if negative { -value } else { value })
}

/// Whether `s` is `true` in any case (what DSS's typing takes as true).
pub(crate) fn is_true(s: &str) -> bool {
    match *s.as_bytes() {
        // Setting bit 5 lowers the case of a letter, and no other byte
        // becomes one of these four letters by it.
        [a, b, c, d] => (u32::from_le_bytes([a, b, c, d]) | 0x2020_2020) == u32::from_le_bytes(*b"true"),
        _ => false,
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

/// The eight bytes of `input` from `at` as a word, the first byte lowest
/// (zeros past the end of `input`).
#[inline(always)]
fn word_at(input: &[u8], at: usize) -> u64 {
    match input.get(at..at + 8) {
        Some(bytes) => u64::from_le_bytes(bytes.try_into().unwrap_or_default()),
        None => {
            let mut bytes = [0; 8];
            let rest = input.get(at..).unwrap_or_default();
            for (to, from) in bytes.iter_mut().zip(rest) {
                *to = *from;
            }
            u64::from_le_bytes(bytes)
        }
    }
}

/// The bytes of `word` equal to `b`, each marked by its high bit. Exact:
/// no carry crosses from one byte to the next.
#[inline(always)]
fn bytes_equal(word: u64, b: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let v = word ^ (u64::from(b) * 0x0101_0101_0101_0101);
    !(((v & LOW7) + LOW7) | v | LOW7)
}

/// Size of the read buffer: small enough that the block being read stays
/// in the processor's first-level cache while its lines are split and
/// typed (64 KiB made the reader slower).
const READ_BUFFER: usize = 16 * 1024;

/// The least a read is offered.
const MIN_READ: usize = 1024;

/// The longest line read as a row unless the client says otherwise
/// (`ClientBuilder::max_row_size`): a longer one is skipped, and is an
/// error item.
pub(crate) const DEFAULT_MAX_LINE: u64 = 64 << 20;

/// The most fields a row may have when the answer gives no schema (no
/// column types): every field is then a value of its own, which costs
/// several times a short field's bytes, so a line of more is skipped, and
/// is an error item. (With a schema, fields past its columns are dropped
/// as they are parsed, and cost nothing.)
pub(crate) const UNTYPED_FIELDS: usize = 1 << 16;

/// Room for the ends of fields parsed in one go past the ones kept.
const SCRATCH_ENDS: usize = 64;

/// The parser's buffers are given back after a line that made them larger
/// than this, so that one long line does not hold its memory for the
/// rest of the stream.
const KEPT_BUFFER: usize = 1 << 20;

/// Reads typed rows from a `tsv-excel-noheader` stream; see the module docs.
pub(crate) struct RowReader<R> {
    lines: Lines<R>,
    kinds: Vec<Kind>,
    /// Rows yielded so far (for messages).
    rows: u64,
}

/// The parser's side of a [`RowReader`]: the stream, split into lines and
/// fields.
///
/// The stream is read a block at a time into a buffer of its own. A line
/// with no quote is split at its tabs right there; any other line is
/// handed to `csv_core`'s parser, with the raw bytes at hand where the
/// parser alone would lose information (empty lines, `\r\n` line ends, a
/// quoted field left open at the end).
struct Lines<R> {
    inner: R,
    parser: csv_core::Reader,
    /// The block being read.
    block: Block,
    /// The first bytes of a character that the last read cut off, left for
    /// the next block.
    carry: Vec<u8>,
    /// How much the next read may bring: twice what the last one brought,
    /// from [`MIN_READ`] to [`READ_BUFFER`], so that a stream coming in
    /// small pieces does not have a whole buffer zeroed for each.
    window: usize,
    /// The unparsed bytes are `block[pos..len]`.
    pos: usize,
    len: usize,
    /// The byte parsed last (`\r` before a line end makes it `\r\n`).
    last: u8,
    /// The stream has ended.
    eof: bool,
    /// Nothing more to yield (the end, or an error yielded).
    done: bool,
    /// The fields of the row just parsed, one after the other, and where
    /// each ends; reused from row to row.
    fields: Vec<u8>,
    ends: Vec<usize>,
    /// Where each field of the line just read ends: before its tab or at
    /// the line's end (a plain line), or in `unquoted`.
    tabs: Vec<usize>,
    /// The fields of the quoted line just read, unquoted.
    unquoted: Vec<u8>,
    /// Plain lines are split by the reader itself (off only in tests, to
    /// check that both ways give the same rows).
    split_plain: bool,
    /// The most fields of a row that are kept: the schema's columns (the
    /// rest are dropped as they are parsed), or [`UNTYPED_FIELDS`]
    /// without a schema (a line of more is skipped).
    keep: usize,
    /// No schema: every field is kept, up to [`UNTYPED_FIELDS`].
    untyped: bool,
    /// The longest line read as a row, in bytes; a longer one is skipped.
    max_line: u64,
}

/// Why a line was skipped rather than read as a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Skip {
    /// Longer than the reader's limit.
    TooLong,
    /// More than [`UNTYPED_FIELDS`] fields, and no schema.
    TooWide,
}

/// A line skipped by a [`RowReader`], as the error its iterator yields
/// (carried in an `io::Error` of kind `InvalidData`): the reader goes on
/// with the next line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SkippedRow {
    /// Its number, counting rows from 1.
    pub(crate) row: u64,
    pub(crate) why: Skip,
    /// The line limit, in bytes.
    pub(crate) limit: u64,
}

impl std::fmt::Display for SkippedRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.why {
            Skip::TooLong => write!(
                f,
                "row {} is longer than the limit of {} bytes for one row (ClientBuilder::max_row_size) and was skipped",
                self.row, self.limit
            ),
            Skip::TooWide => write!(
                f,
                "row {} has more than {UNTYPED_FIELDS} fields and the answer gives no schema to type them: skipped",
                self.row
            ),
        }
    }
}

impl std::error::Error for SkippedRow {}

impl SkippedRow {
    /// The skipped line an error from a [`RowReader`] stands for, if it is
    /// one (the reader then goes on).
    pub(crate) fn of(e: &io::Error) -> Option<SkippedRow> {
        e.get_ref()?.downcast_ref::<SkippedRow>().copied()
    }

    /// As the error an iterator of rows yields for it.
    pub(crate) fn into_error(self, endpoint: &'static crate::endpoint::Endpoint) -> crate::error::Error {
        match self.why {
            Skip::TooLong => crate::error::Error::RowTooLarge {
                at: None,
                endpoint,
                row: self.row,
                limit: self.limit,
            },
            Skip::TooWide => crate::error::Error::Decode {
                at: None,
                endpoint,
                source: <serde_json::Error as serde::de::Error>::custom(self),
            },
        }
    }
}

/// One block of the stream: text when it is valid UTF-8 (checked once
/// for the whole block, so that the lines in it need no check of their
/// own), bytes otherwise.
enum Block {
    Text(String),
    Bytes(Vec<u8>),
}

impl Block {
    /// The block's bytes.
    #[inline]
    fn bytes(&self) -> &[u8] {
        match self {
            Block::Text(text) => text.as_bytes(),
            Block::Bytes(bytes) => bytes,
        }
    }

    /// `start..end` of the block as text, when the block is text and
    /// both are character boundaries.
    #[inline]
    fn text(&self, start: usize, end: usize) -> Option<&str> {
        match self {
            Block::Text(text) => text.get(start..end),
            Block::Bytes(_) => None,
        }
    }

    /// The buffer, for the next block.
    fn into_bytes(self) -> Vec<u8> {
        match self {
            Block::Text(text) => text.into_bytes(),
            Block::Bytes(bytes) => bytes,
        }
    }
}

/// What one line of the stream holds.
#[derive(Clone, Copy)]
enum Line {
    /// An empty line: a row of one empty field.
    Empty,
    /// A row of `n` fields parsed into `fields`/`ends`; `crlf`: its line
    /// ended with `\r\n`, so a `\r` ending its last field is part of the
    /// line end.
    Row { n: usize, crlf: bool },
    /// A line without quotes, whole in the buffer at `block[start..end]`
    /// (line end cut): its fields are the text between its tabs, which
    /// `tabs` lists.
    Plain { start: usize, end: usize },
    /// A line with quoted fields, whole in the buffer: its fields,
    /// unquoted, are in `unquoted`, side by side, ending where `tabs` says.
    Unquoted,
    /// A line read to its end but not kept.
    Skipped(Skip),
}

impl Parsed {
    /// The line parsed to its end; `crlf`: it ended with `\r\n`.
    fn into_line(self, crlf: bool) -> Line {
        match self.skip {
            Some(why) => Line::Skipped(why),
            // A `\r` before the line end belongs to the last field parsed
            // only when that is the line's last field.
            None => Line::Row {
                n: self.nend,
                crlf: crlf && !self.dropped,
            },
        }
    }
}

/// A line being parsed by `csv_core`: what is kept of it so far.
#[derive(Default)]
struct Parsed {
    /// Bytes of field text in `fields`, and field ends in `ends`.
    nout: usize,
    nend: usize,
    /// Bytes of the stream the line took so far.
    bytes: u64,
    /// A byte of the line has been read.
    started: bool,
    /// Fields past the schema's columns were dropped.
    dropped: bool,
    /// The line is being skipped.
    skip: Option<Skip>,
}

/// The fields of one line, as parsed (quotes undone), borrowed from the
/// reader until the next line is read.
pub(crate) struct RowFields<'a> {
    /// The fields one after the other, `sep` bytes apart.
    bytes: &'a [u8],
    /// `bytes` as text, when the whole line is valid UTF-8.
    text: Option<&'a str>,
    /// Where each field ends in `bytes`.
    ends: &'a [usize],
    /// The bytes between a field's end and the next field's start: 0 for
    /// the parser's output (fields side by side), 1 for a line read as it
    /// came (a tab).
    sep: usize,
}

/// The first `keep` of a line's field ends (the fast paths see every
/// field of a line; a schema keeps only its columns).
fn kept(ends: &[usize], keep: usize) -> &[usize] {
    ends.get(..keep).unwrap_or(ends)
}

/// The fields of an empty line: one, empty.
const EMPTY_LINE: RowFields<'static> = RowFields {
    bytes: b"",
    text: Some(""),
    ends: &[0],
    sep: 0,
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
        let start = i
            .checked_sub(1)
            .and_then(|before| self.end(before))
            .map_or(0, |e| e + self.sep);
        Some(self.slice(start.min(end), end))
    }

    /// Where the field after one ending at `end` starts.
    #[inline]
    pub(crate) fn next_start(&self, end: usize) -> usize {
        end + self.sep
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
        let kinds: Vec<Kind> = column_types.into_iter().map(|t| Kind::of(t.as_ref())).collect();
        let mut lines = Lines::new(stream);
        lines.untyped = kinds.is_empty();
        lines.keep = if kinds.is_empty() { UNTYPED_FIELDS } else { kinds.len() };
        RowReader { lines, kinds, rows: 0 }
    }

    /// The same reader, skipping lines longer than `bytes` (each an error
    /// item, the reader going on after it) instead of
    /// [`DEFAULT_MAX_LINE`].
    pub(crate) fn max_line(mut self, bytes: u64) -> RowReader<R> {
        self.lines.max_line = bytes;
        self
    }

    /// The next line of `lines`, counted in `rows`; a skipped line is an
    /// error of its own ([`SkippedRow`]), after which the reader goes on.
    fn next_line(lines: &mut Lines<R>, rows: &mut u64) -> Option<io::Result<Line>> {
        let line = lines.next_line()?;
        *rows += 1;
        match line {
            Ok(Line::Skipped(why)) => Some(Err(io::Error::new(
                io::ErrorKind::InvalidData,
                SkippedRow {
                    row: *rows,
                    why,
                    limit: lines.max_line,
                },
            ))),
            other => Some(other),
        }
    }

    /// The same reader, leaving every line to the parser (for tests that
    /// compare the two ways of splitting lines).
    #[cfg(test)]
    pub(crate) fn parser_only(mut self) -> RowReader<R> {
        self.lines.split_plain = false;
        self
    }

    /// The row of a long line the parser read (a megabyte or more), typed
    /// without copying its longest text field: the parser's buffer becomes
    /// that value, so the row costs about its line, not twice it. The
    /// other fields are typed as usual.
    fn owned_row(&mut self, n: usize, crlf: bool) -> Vec<RowValue> {
        let kinds = &self.kinds;
        let fields = self.lines.fields_of(n, crlf);
        let bounds = |i: usize| {
            let end = fields.end(i).unwrap_or(0);
            let start = i
                .checked_sub(1)
                .and_then(|b| fields.end(b))
                .map_or(0, |e| fields.next_start(e));
            (start.min(end), end)
        };
        let is_text = |i: usize| kinds.get(i).map_or(kinds.is_empty(), |k| matches!(k, Kind::Text));
        let longest = (0..fields.len())
            .filter(|&i| is_text(i))
            .max_by_key(|&i| bounds(i).1 - bounds(i).0);
        let mut row = typed(
            kinds,
            (0..fields.len()).map(|i| match Some(i) == longest {
                true => Cow::Borrowed(""),
                false => fields.get(i).unwrap_or_default(),
            }),
        );
        let Some(longest) = longest else { return row };
        let (start, end) = bounds(longest);
        let mut buffer = std::mem::take(&mut self.lines.fields);
        buffer.truncate(end);
        buffer.drain(..start);
        buffer.shrink_to_fit();
        let text = String::from_utf8(buffer).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        if let Some(value) = row.get_mut(longest) {
            *value = RowValue::Str(text);
        }
        row
    }

    /// The next row; `None` at the clean end of the stream. After an error
    /// (a failed read, or a stream that ends inside a quoted field) there are
    /// no more rows.
    pub(crate) fn next_row(&mut self) -> Option<io::Result<Vec<RowValue>>> {
        let line = match Self::next_line(&mut self.lines, &mut self.rows)? {
            Ok(line) => line,
            Err(e) => return Some(Err(e)),
        };
        if let Line::Row { n, crlf } = line {
            if self.lines.fields.len() > KEPT_BUFFER {
                return Some(Ok(self.owned_row(n, crlf)));
            }
        }
        let kinds = &self.kinds;
        let fields = self.lines.fields(line);
        // The usual case: the row is valid UTF-8 as a whole, and no field
        // boundary splits a character.
        if let Some(row) = fields
            .text
            .and_then(|text| typed_text(kinds, text, fields.ends, fields.sep))
        {
            return Some(Ok(row));
        }
        // Otherwise each field is decoded by itself, invalid bytes replaced.
        Some(Ok(typed(
            kinds,
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
        let fields = match Self::next_line(&mut self.lines, &mut self.rows)? {
            Ok(line) => self.lines.fields(line),
            Err(e) => return Some(Err(e)),
        };
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
pub(crate) type Decode<T, R> = fn(&mut RowReader<R>, &[String]) -> Option<io::Result<Result<T, serde_json::Error>>>;

/// Whether rows of the given column names can decode at all (checked
/// once, before the first row): [`any_fit`] or [`decoded_fit`].
pub(crate) type Fit = fn(&[String]) -> Result<(), serde_json::Error>;

/// Rows as [`RowValue`]s fit any columns.
pub(crate) fn any_fit(_names: &[String]) -> Result<(), serde_json::Error> {
    Ok(())
}

/// Whether the columns can give the caller's `T` (see [`de::fit`]).
pub(crate) fn decoded_fit<T: serde::de::DeserializeOwned>(names: &[String]) -> Result<(), serde_json::Error> {
    de::fit::<T>(names)
}

/// Rows as [`RowValue`]s typed by the schema (they always decode).
pub(crate) fn typed_rows<R: Read>(
    reader: &mut RowReader<R>,
    _names: &[String],
) -> Option<io::Result<Result<Vec<RowValue>, serde_json::Error>>> {
    reader.next_row().map(|row| row.map(Ok))
}

/// Rows decoded into the caller's `T` (see [`de`]).
pub(crate) fn decoded_rows<T: serde::de::DeserializeOwned, R: Read>(
    reader: &mut RowReader<R>,
    names: &[String],
) -> Option<io::Result<Result<T, serde_json::Error>>> {
    reader.next_as(names)
}

/// The fields of `text` ending at `ends`, typed by `kinds`; `None` when
/// one of them does not start and end on a character boundary.
fn typed_text(kinds: &[Kind], text: &str, ends: &[usize], sep: usize) -> Option<Vec<RowValue>> {
    let mut start = 0;
    let mut fields = ends.iter().map(|&end| {
        let end = end.min(text.len());
        let field = text.get(start..end);
        start = end + sep;
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
            block: Block::Bytes(Vec::with_capacity(READ_BUFFER)),
            carry: Vec::new(),
            window: READ_BUFFER,
            pos: 0,
            len: 0,
            last: 0,
            eof: false,
            done: false,
            fields: Vec::new(),
            ends: Vec::new(),
            tabs: Vec::with_capacity(32),
            unquoted: Vec::with_capacity(1024),
            split_plain: true,
            keep: UNTYPED_FIELDS,
            untyped: true,
            max_line: DEFAULT_MAX_LINE,
        }
    }

    /// The next line; `None` at the clean end of the stream. After an
    /// error there are no more lines; after a skipped line, the next one
    /// comes.
    fn next_line(&mut self) -> Option<io::Result<Line>> {
        if self.done {
            return None;
        }
        match self.read_line() {
            Ok(Some(line)) => Some(Ok(line)),
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

    /// The fields of `line`, just read.
    fn fields(&self, line: Line) -> RowFields<'_> {
        match line {
            Line::Empty | Line::Skipped(_) => EMPTY_LINE,
            Line::Row { n, crlf } => self.fields_of(n, crlf),
            Line::Plain { start, end } => {
                let bytes = self.block.bytes().get(start..end).unwrap_or_default();
                RowFields {
                    bytes,
                    text: self.block.text(start, end).or_else(|| std::str::from_utf8(bytes).ok()),
                    ends: kept(&self.tabs, self.keep),
                    sep: 1,
                }
            }
            Line::Unquoted => RowFields {
                bytes: &self.unquoted,
                text: std::str::from_utf8(&self.unquoted).ok(),
                ends: kept(&self.tabs, self.keep),
                sep: 0,
            },
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
            sep: 0,
        }
    }

    /// The next line when it is whole in the buffer and holds no quote
    /// (DSS quotes only fields with tabs, line ends or quotes, so this is
    /// most lines): its fields are found by looking for tabs, eight bytes
    /// at a time, which is several times quicker than the parser's state
    /// machine going byte by byte. A quote anywhere in the line, or a line
    /// running past the buffer, leaves the line to the parser (`None`).
    #[inline]
    fn plain_line(&mut self) -> Option<Line> {
        let input = self.block.bytes().get(self.pos..self.len)?;
        self.tabs.clear();
        let mut at = 0;
        let length = loop {
            if at >= input.len() {
                return None;
            }
            let word = word_at(input, at);
            let mut tabs = bytes_equal(word, b'\t');
            let quotes = bytes_equal(word, b'"');
            let line_ends = bytes_equal(word, b'\n');
            // The bits of the bytes before the first line end (all of
            // them when there is none).
            let before = line_ends.wrapping_sub(1) & !line_ends;
            if quotes & before != 0 {
                return self.quoted_line();
            }
            tabs &= before;
            while tabs != 0 {
                self.tabs.push(at + (tabs.trailing_zeros() / 8) as usize);
                tabs &= tabs - 1;
            }
            if line_ends != 0 {
                break at + (line_ends.trailing_zeros() / 8) as usize;
            }
            at += 8;
        };
        if length as u64 >= self.max_line {
            // Left to the parser, which skips it.
            return None;
        }
        let start = self.pos;
        self.pos += length + 1;
        self.last = b'\n';
        if length == 0 {
            return Some(Line::Empty);
        }
        // `\r\n` ends the line as `\n` does.
        let cr = usize::from(input.get(length - 1) == Some(&b'\r'));
        self.tabs.push(length - cr);
        Some(Line::Plain {
            start,
            end: start + length - cr,
        })
    }

    /// The next line, which has a quote, when it is whole in the buffer
    /// and quoted the way DSS writes (a quoted field is a whole field, its
    /// quotes doubled inside): each field is copied into `unquoted`, and
    /// where it ends into `tabs`. Anything else (text after a closing
    /// quote, a quoted field running past the buffer, ...) is left to the
    /// parser (`None`), which knows every case.
    fn quoted_line(&mut self) -> Option<Line> {
        let input = self.block.bytes().get(self.pos..self.len)?;
        self.unquoted.clear();
        self.tabs.clear();
        let mut at = 0;
        loop {
            let mut last = false;
            if input.get(at) == Some(&b'"') {
                at += 1;
                loop {
                    let quote = at + input.get(at..)?.iter().position(|&b| b == b'"')?;
                    self.unquoted.extend_from_slice(input.get(at..quote)?);
                    at = quote + 1;
                    if input.get(at) != Some(&b'"') {
                        break;
                    }
                    // A doubled quote is one quote of the text.
                    self.unquoted.push(b'"');
                    at += 1;
                }
                match input.get(at) {
                    Some(b'\t') => {}
                    Some(b'\n') => last = true,
                    _ => return None,
                }
            } else {
                // A quote inside an unquoted field is text.
                let end = at + input.get(at..)?.iter().position(|&b| b == b'\t' || b == b'\n')?;
                let field = input.get(at..end)?;
                at = end;
                last = input.get(at) == Some(&b'\n');
                // `\r\n` ends the line as `\n` does.
                let field = match field.strip_suffix(b"\r") {
                    Some(cut) if last => cut,
                    _ => field,
                };
                self.unquoted.extend_from_slice(field);
            }
            self.tabs.push(self.unquoted.len());
            at += 1;
            if last {
                break;
            }
        }
        if at as u64 > self.max_line {
            // Left to the parser, which skips it.
            return None;
        }
        self.pos += at;
        self.last = b'\n';
        Some(Line::Unquoted)
    }

    /// Reads the next line, into `fields`/`ends` when parsed; `None` at
    /// the end.
    fn read_line(&mut self) -> io::Result<Option<Line>> {
        if self.split_plain {
            if let Some(line) = self.plain_line() {
                return Ok(Some(line));
            }
        }
        self.give_back_buffers();
        let mut line = Parsed::default();
        loop {
            if self.pos == self.len && !self.eof {
                self.fill()?;
            }
            let Some(&first) = self.block.bytes().get(self.pos..self.len).and_then(|i| i.first()) else {
                if !line.started {
                    return Ok(None);
                }
                // The last line has no line end. Give the parser one: it ends
                // the row unless a quoted field is still open, where it is
                // text, and then the stream was cut.
                return match self.parse(&mut line, true) {
                    csv_core::ReadRecordResult::Record => Ok(Some(line.into_line(false))),
                    _ => Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the stream ended inside a quoted field",
                    )),
                };
            };
            if !line.started && first == b'\n' {
                // The parser skips empty lines; here each is a row.
                self.pos += 1;
                self.last = b'\n';
                return Ok(Some(Line::Empty));
            }
            line.started = true;
            let before = self.last;
            let pos = self.pos;
            if let csv_core::ReadRecordResult::Record = self.parse(&mut line, false) {
                let nin = self.pos - pos;
                let before_end = match nin {
                    0 => 0,
                    1 => before,
                    _ => self.block.bytes().get(self.pos - 2).copied().unwrap_or(0),
                };
                return Ok(Some(line.into_line(before_end == b'\r')));
            }
        }
    }

    /// Hands the block's unparsed bytes (or, at the end of the stream, a
    /// line end) to the parser once, and keeps of what it gives what
    /// [`keep_within_bounds`](Self::keep_within_bounds) allows. The buffers
    /// grow by what this input can fill, no more: a line costs its own
    /// fields, not twice them.
    fn parse(&mut self, line: &mut Parsed, at_end: bool) -> csv_core::ReadRecordResult {
        let input: &[u8] = if at_end {
            b"\n"
        } else {
            self.block.bytes().get(self.pos..self.len).unwrap_or_default()
        };
        let fields_needed = line.nout + input.len().max(1);
        if self.fields.len() < fields_needed {
            self.fields.resize(fields_needed, 0);
        }
        let ends_needed = line.nend + SCRATCH_ENDS;
        if self.ends.len() < ends_needed {
            self.ends.resize(ends_needed.max(2 * self.ends.len()), 0);
        }
        let (res, nin, o, e) = self.parser.read_record(
            input,
            self.fields.get_mut(line.nout..).unwrap_or_default(),
            self.ends.get_mut(line.nend..).unwrap_or_default(),
        );
        if !at_end {
            if let Some(&b) = nin.checked_sub(1).and_then(|i| input.get(i)) {
                self.last = b;
            }
            self.pos += nin;
        }
        line.bytes += nin as u64;
        line.nout += o;
        line.nend += e;
        self.keep_within_bounds(line, &res);
        res
    }

    /// What is kept of a line being parsed: nothing once it is longer than
    /// the limit, or, without a schema, once it has more fields than
    /// [`UNTYPED_FIELDS`] (it is skipped to its end); with a schema, the
    /// fields of its columns, those after them dropped as they come.
    fn keep_within_bounds(&mut self, line: &mut Parsed, res: &csv_core::ReadRecordResult) {
        if line.skip.is_none() {
            if line.bytes > self.max_line {
                line.skip = Some(Skip::TooLong);
            } else if self.untyped && line.nend > UNTYPED_FIELDS {
                line.skip = Some(Skip::TooWide);
            }
        }
        if line.skip.is_some() {
            line.nout = 0;
            line.nend = 0;
            return;
        }
        let more_to_come = !matches!(res, csv_core::ReadRecordResult::Record);
        if !self.untyped && (line.nend > self.keep || (line.nend == self.keep && more_to_come)) {
            line.dropped = true;
            line.nout = self.ends.get(self.keep - 1).copied().unwrap_or(0);
            line.nend = self.keep;
        }
    }

    /// Frees the parser's buffers after a line that made them large.
    fn give_back_buffers(&mut self) {
        if self.fields.capacity() > KEPT_BUFFER {
            self.fields = Vec::new();
        }
        if self.ends.capacity() * std::mem::size_of::<usize>() > KEPT_BUFFER {
            self.ends = Vec::new();
        }
    }

    /// Reads the next block of the stream (at least one byte, unless the
    /// stream has ended).
    fn fill(&mut self) -> io::Result<()> {
        let mut buf = std::mem::replace(&mut self.block, Block::Bytes(Vec::new())).into_bytes();
        self.pos = 0;
        self.len = 0;
        loop {
            // Only what the last block did not fill is zeroed (a buffer
            // is handed to `read` initialised).
            buf.resize(self.window.max(self.carry.len() + 1), 0);
            let kept = self.carry.len();
            if let Some(start) = buf.get_mut(..kept) {
                start.copy_from_slice(&self.carry);
            }
            self.carry.clear();
            let n = loop {
                match self.inner.read(buf.get_mut(kept..).unwrap_or_default()) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            };
            buf.truncate(kept + n);
            self.window = (2 * n).clamp(MIN_READ, READ_BUFFER);
            self.eof = n == 0;
            self.block = self.block_of(buf);
            self.len = self.block.bytes().len();
            if self.len > 0 || self.eof {
                return Ok(());
            }
            // The read brought only the first bytes of a character: read on.
            buf = std::mem::replace(&mut self.block, Block::Bytes(Vec::new())).into_bytes();
        }
    }

    /// `buf` as a block: text when it is UTF-8, once the first bytes of a
    /// character cut off at its end are moved to `carry` (unless the
    /// stream has ended: they are then bytes that are not UTF-8).
    fn block_of(&mut self, buf: Vec<u8>) -> Block {
        match String::from_utf8(buf) {
            Ok(text) => Block::Text(text),
            Err(e) => {
                let error = e.utf8_error();
                let mut buf = e.into_bytes();
                if error.error_len().is_some() || self.eof {
                    return Block::Bytes(buf);
                }
                self.carry.extend(buf.drain(error.valid_up_to()..));
                match String::from_utf8(buf) {
                    Ok(text) => Block::Text(text),
                    Err(e) => Block::Bytes(e.into_bytes()),
                }
            }
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

    /// Every row of `reader`, untyped (as strings); panics at an error.
    fn texts(mut reader: RowReader<impl Read>) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        while let Some(row) = reader.next_row() {
            out.push(
                row.unwrap()
                    .into_iter()
                    .map(|v| v.as_str().unwrap_or("?").to_owned())
                    .collect(),
            );
        }
        out
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
            let got = texts(RowReader::new(Trickle { data, step }, Vec::<String>::new()));
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
    fn characters_cut_between_reads_are_whole_in_the_rows() {
        let data = "\u{e9}t\u{e9}\t\u{65e5}\u{672c}\n\"\u{1f600}\t\u{1f600}\"\t\u{f1}\n\u{20ac}".as_bytes();
        let expected = vec![
            vec!["\u{e9}t\u{e9}", "\u{65e5}\u{672c}"],
            vec!["\u{1f600}\t\u{1f600}", "\u{f1}"],
            vec!["\u{20ac}"],
        ];
        for step in 1..=data.len() {
            for parser_only in [false, true] {
                let reader = RowReader::new(Trickle { data, step }, Vec::<String>::new());
                let got = texts(if parser_only { reader.parser_only() } else { reader });
                assert_eq!(got, expected, "reads of {step} bytes, parser only: {parser_only}");
            }
        }
        // A stream that ends inside a character: its bytes are not text.
        assert_eq!(rows_of(b"a\t\xe2\x82").unwrap(), vec![vec!["a", "\u{fffd}"]]);
        assert_eq!(rows_of(b"\xf0").unwrap(), vec![vec!["\u{fffd}"]]);
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

    #[test]
    fn fields_past_the_columns_cost_nothing() {
        // A million tabs in one line, read by the parser (it is far longer
        // than a block): with two columns, two fields are kept.
        let mut data = b"1\tx\n".to_vec();
        data.extend(std::iter::repeat_n(b'\t', 1 << 20));
        data.extend_from_slice(b"7\n2\ty\r\n");
        let mut reader = RowReader::new(io::Cursor::new(data), ["int", "string"]);
        let mut rows = Vec::new();
        while let Some(row) = reader.next_row() {
            rows.push(row.unwrap());
            let lines = &reader.lines;
            assert!(
                lines.ends.len() <= 2 + 2 * SCRATCH_ENDS,
                "{} ends held",
                lines.ends.len()
            );
            assert!(
                lines.fields.len() <= 2 * READ_BUFFER,
                "{} bytes of fields held",
                lines.fields.len()
            );
        }
        let str = |s: &str| RowValue::Str(s.into());
        assert_eq!(
            rows,
            [
                vec![RowValue::Int(1), str("x")],
                vec![RowValue::Null, str("")],
                vec![RowValue::Int(2), str("y")],
            ]
        );
        // A `\r` before the line end is cut from the line's last field
        // only, not from a kept field when later ones are dropped.
        let long = format!("a\r\t{}b\r\n", "\t".repeat(READ_BUFFER));
        for reader in [
            RowReader::new(io::Cursor::new(long.clone().into_bytes()), ["string"]),
            RowReader::new(io::Cursor::new(long.into_bytes()), ["string"]).parser_only(),
        ] {
            assert_eq!(texts(reader), [["a\r"]]);
        }
    }

    #[test]
    fn a_long_line_gives_the_same_row_when_its_buffer_becomes_a_value() {
        let long = "\u{e9}".repeat(KEPT_BUFFER);
        let data = format!("a\t{long}\t\"q\"\"\"\t7\r\nb\tshort\n");
        let expected = vec![
            RowValue::Str("a".into()),
            RowValue::Str(long.clone()),
            RowValue::Str("q\"".into()),
            RowValue::Int(7),
        ];
        let types = ["string", "string", "string", "int"];
        for reader in [
            RowReader::new(io::Cursor::new(data.clone().into_bytes()), types),
            RowReader::new(io::Cursor::new(data.clone().into_bytes()), types).parser_only(),
        ] {
            let mut reader = reader;
            assert_eq!(reader.next_row().unwrap().unwrap(), expected);
            let next = reader.next_row().unwrap().unwrap();
            assert_eq!(next[..2], [RowValue::Str("b".into()), RowValue::Str("short".into())]);
        }
        // Untyped, and with bytes that are not UTF-8 in the long field.
        let mut bytes = b"x\t".to_vec();
        bytes.extend(std::iter::repeat_n(b'z', 2 * KEPT_BUFFER));
        bytes.extend_from_slice(b"\xff\ty\n");
        let rows = rows_of(&bytes).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][0], "x");
        assert_eq!(rows[0][1].len(), 2 * KEPT_BUFFER + "\u{fffd}".len());
        assert!(rows[0][1].ends_with('\u{fffd}'));
        assert_eq!(rows[0][2], "y");
    }

    /// Every row of `reader` as text, or the skipped row's error.
    fn outcomes(mut reader: RowReader<impl Read>) -> Vec<Result<Vec<String>, String>> {
        let mut out = Vec::new();
        while let Some(row) = reader.next_row() {
            out.push(match row {
                Ok(row) => Ok(row.into_iter().map(|v| v.as_str().unwrap_or("?").to_owned()).collect()),
                Err(e) => Err(SkippedRow::of(&e).map_or_else(|| format!("stream: {e}"), |s| s.to_string())),
            });
        }
        out
    }

    #[test]
    fn a_line_longer_than_the_limit_is_skipped_and_the_next_rows_come() {
        let data = format!(
            "ok\n{}\n\"quoted\n{}\"\tz\nafter\tend\n",
            "x".repeat(5000),
            "y\n".repeat(3000)
        );
        for step in [7, 100, 1 << 20] {
            let reader = RowReader::new(
                Trickle {
                    data: data.as_bytes(),
                    step,
                },
                Vec::<String>::new(),
            )
            .max_line(4096);
            let got = outcomes(reader);
            assert_eq!(got.len(), 4, "reads of {step}: {got:?}");
            assert_eq!(got[0], Ok(vec!["ok".to_owned()]));
            for (i, skipped) in got[1..3].iter().enumerate() {
                let e = skipped.as_ref().unwrap_err();
                assert!(
                    e.contains(&format!("row {} is longer than the limit of 4096 bytes", i + 2)),
                    "{e}"
                );
            }
            assert_eq!(got[3], Ok(vec!["after".to_owned(), "end".to_owned()]));
        }
        // A line of exactly the limit, its line end included, is a row.
        let reader = RowReader::new(io::Cursor::new(b"abc\nd\n".to_vec()), Vec::<String>::new()).max_line(4);
        assert_eq!(outcomes(reader), [Ok(vec!["abc".to_owned()]), Ok(vec!["d".to_owned()])]);
    }

    #[test]
    fn without_a_schema_a_line_of_too_many_fields_is_skipped() {
        let mut data = "\t".repeat(UNTYPED_FIELDS + 10).into_bytes();
        data.extend_from_slice(b"\nnext\n");
        let got = outcomes(RowReader::new(io::Cursor::new(data), Vec::<String>::new()));
        assert_eq!(
            got.len(),
            2,
            "{:?}",
            got.iter().map(|r| r.as_ref().map(Vec::len)).collect::<Vec<_>>()
        );
        let e = got[0].as_ref().unwrap_err();
        assert!(e.contains("row 1 has more than 65536 fields"), "{e}");
        assert_eq!(got[1], Ok(vec!["next".to_owned()]));
        // One field fewer than that is a row.
        let data = "\t".repeat(UNTYPED_FIELDS - 1);
        let rows = rows_of(data.as_bytes()).unwrap();
        assert_eq!(rows[0].len(), UNTYPED_FIELDS);
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
