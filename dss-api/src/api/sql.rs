//! Streaming a SQL query's rows: the hand-written half of [`DssSqlQuery`]
//! (its requests, `raw_rows` and `verify`, come from the spec).

use crate::api::generated::models::SqlColumn;
use crate::api::handles::DssSqlQuery;
use serde::de::DeserializeOwned;

use crate::api::pending::Pending;
use crate::rows::{self, Decode, RowReader, RowValue, SkippedRow};
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
    pub fn iter_rows(&self) -> Pending<'_, SqlRows<'_>> {
        Pending::new(
            &crate::api::generated::endpoints::SQL_QUERY_ITER_ROWS,
            move |settings| self.rows(rows::typed_rows, rows::any_fit, settings),
        )
    }

    /// Like [`iter_rows`](Self::iter_rows), but each row is decoded with
    /// serde straight into the caller's type `T`, without building
    /// [`RowValue`]s: a struct (its fields take the columns of the same
    /// name), a tuple (the columns in order), a map or `serde_json::Value`
    /// (keyed by column name, typed by the schema), or a single value for
    /// a one-column result.
    ///
    /// A field is parsed as the type asks: numbers (white space around
    /// them allowed), `true`/`false` in any case, text, `None` for an
    /// empty field, a unit enum variant by its name, and JSON text (DSS's
    /// `array` and `map` columns) for a `Vec`, a map or a struct. When the
    /// columns cannot give `T` at all (a field no column has and that is
    /// not an `Option` or defaulted), `send` is that one [`Error::Decode`],
    /// naming the field and the columns, before any row. A row
    /// that does not fit `T` is an [`Error::Decode`] item naming the row
    /// and the column, and the rows after it are read on; a broken stream
    /// or a failed verification ends the iteration as in `iter_rows`.
    ///
    /// ```no_run
    /// # fn main() -> dss_api::Result<()> {
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// #[derive(serde::Deserialize)]
    /// struct Sale {
    ///     id: i64,
    ///     amount: Option<f64>,
    /// }
    /// let query = client.sql_query("SELECT id, amount FROM sales").connection("db").send()?;
    /// let mut total = 0.0;
    /// for sale in query.iter_rows_as::<Sale>().send()? {
    ///     total += sale?.amount.unwrap_or(0.0);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn iter_rows_as<T: DeserializeOwned + 'static>(&self) -> Pending<'_, SqlRows<'_, T>> {
        Pending::new(
            &crate::api::generated::endpoints::SQL_QUERY_ITER_ROWS_AS,
            move |settings| self.rows(rows::decoded_rows::<T, _>, rows::decoded_fit::<T>, settings),
        )
    }

    fn rows<T>(
        &self,
        decode: Decode<T, crate::rt::ByteStream>,
        fit: rows::Fit,
        settings: &crate::rt::RequestOptions,
    ) -> Result<SqlRows<'_, T>> {
        let stream = crate::rt::timed!(self.raw_rows(), settings).send()?;
        let context = stream.context();
        let names: Vec<String> = self.schema.iter().map(|c| c.name.clone()).collect();
        crate::api::datasets::check_fit(fit, &names, &context)?;
        Ok(SqlRows {
            query: self,
            context,
            reader: RowReader::new(stream, self.schema.iter().map(|c| &c.r#type)).max_line(self.client.inner.row_limit),
            names,
            decode,
            state: RowsState::Reading,
        })
    }
}

enum RowsState {
    Reading,
    Done,
}

/// Iterator over a SQL query's rows; see [`DssSqlQuery::iter_rows`] (rows
/// of [`RowValue`]s, the default `T`) and [`DssSqlQuery::iter_rows_as`]
/// (rows decoded into `T`).
pub struct SqlRows<'q, T = Vec<RowValue>> {
    query: &'q DssSqlQuery,
    /// The stream's method and time bounds, for a timeout error.
    context: crate::transport::stream::ReadContext,
    reader: RowReader<crate::rt::ByteStream>,
    /// The columns' names, for rows decoded by name.
    names: Vec<String>,
    decode: Decode<T, crate::rt::ByteStream>,
    state: RowsState,
}

impl<T> std::fmt::Debug for SqlRows<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqlRows")
            .field("query_id", &self.query.query_id)
            .finish_non_exhaustive()
    }
}

impl<T> SqlRows<'_, T> {
    fn fail(&mut self, message: String) -> Option<Result<T>> {
        self.state = RowsState::Done;
        Some(Err(Error::QueryFailed {
            query_id: self.query.query_id.clone(),
            message,
        }))
    }
}

impl<T> Iterator for SqlRows<'_, T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        if let RowsState::Done = self.state {
            return None;
        }
        match (self.decode)(&mut self.reader, &self.names) {
            Some(Ok(Ok(row))) => Some(Ok(row)),
            Some(Ok(Err(source))) => Some(Err(self.context.locate(Error::Decode {
                at: None,
                endpoint: self.context.endpoint,
                source,
            }))),
            None => {
                self.state = RowsState::Done;
                match self
                    .query
                    .verify()
                    .request_options(crate::rt::RequestOptions::for_method(self.context.endpoint))
                    .send()
                {
                    Ok(()) => None,
                    Err(e) => self.fail(format!("the server reported a failure after the last row: {e}")),
                }
            }
            // A line not read as a row: its error, and the rows after it.
            Some(Err(e)) if SkippedRow::of(&e).is_some() => {
                SkippedRow::of(&e).map(|skipped| Err(self.context.locate(skipped.into_error(self.context.endpoint))))
            }
            Some(Err(e)) if Error::is_timeout(&e) => {
                self.state = RowsState::Done;
                Some(Err(self.context.read_error(e)))
            }
            Some(Err(e)) => self.fail(format!("the result stream broke off: {e}")),
        }
    }
}
