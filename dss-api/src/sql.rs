//! Streaming a SQL query's rows: the hand-written half of [`DssSqlQuery`]
//! (its requests, `raw_rows` and `verify`, come from the spec).

use crate::api::handles::DssSqlQuery;
use crate::api::models::SqlColumn;
use crate::rows::{RowReader, RowValue};
use crate::rt::{Error, Result};

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
    /// stream cut short, is an `Err` item ([`Error::QueryFailed`]; a stream
    /// that stalls past the idle bound is [`Error::Timeout`]), after which
    /// the iterator ends.
    pub fn iter_rows(&self) -> Result<SqlRows<'_>> {
        let stream = self.raw_rows().send()?;
        Ok(SqlRows {
            query: self,
            endpoint: stream.endpoint(),
            idle: stream.idle(),
            reader: RowReader::new(stream, self.schema.iter().map(|c| &c.r#type)),
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
    /// The stream's method and idle bound, for a timeout error.
    endpoint: &'static str,
    idle: Option<std::time::Duration>,
    reader: RowReader,
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
    fn fail(&mut self, message: String) -> Option<Result<Vec<RowValue>>> {
        self.state = RowsState::Done;
        Some(Err(Error::QueryFailed {
            query_id: self.query.query_id.clone(),
            message,
        }))
    }
}

impl Iterator for SqlRows<'_> {
    type Item = Result<Vec<RowValue>>;

    fn next(&mut self) -> Option<Self::Item> {
        if let RowsState::Done = self.state {
            return None;
        }
        match self.reader.next_row() {
            Some(Ok(row)) => Some(Ok(row)),
            None => {
                self.state = RowsState::Done;
                match self.query.verify().send() {
                    Ok(()) => None,
                    Err(e) => self.fail(format!("the server reported a failure after the last row: {e}")),
                }
            }
            Some(Err(e)) if Error::is_timeout(&e) => {
                self.state = RowsState::Done;
                Some(Err(Error::reading(self.endpoint, e, self.idle)))
            }
            Some(Err(e)) => self.fail(format!("the result stream broke off: {e}")),
        }
    }
}
