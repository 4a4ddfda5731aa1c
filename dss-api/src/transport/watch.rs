//! A thin layer over each of ureq's connections (TCP or TLS, whatever
//! ureq's own connectors made), for two things ureq does not do itself:
//!
//! - **An early answer to an upload is read.** A large upload asks for
//!   the server's go-ahead (`Expect: 100-continue`). When the server
//!   answers with its final answer instead (a 401 at once, say), ureq
//!   (3.5) stops waiting for the go-ahead, sends no body, and reads the
//!   answer; but when that answer arrived whole in the read made while
//!   waiting, ureq, which consumed none of it, waits for more bytes before
//!   it parses what it holds, and a server that keeps the connection open
//!   sends none: the call hangs until the response bound. This layer
//!   hands ureq what it holds at once in that case.
//! - **A try knows whether its connection came from the pool**, so that a
//!   request failing on a connection the server closed while it sat idle
//!   can be sent again on a fresh one (see `Call::perform`). ureq probes
//!   a pooled connection before each use; the layer notes that probe.
//!
//! Built on ureq's `unversioned` transport interface, the one ureq offers
//! for this (not covered by its semver promise: the workspace keeps ureq
//! to its 3.5 releases).

use std::cell::Cell;
use std::fmt;

use ureq::unversioned::transport::{Buffers, ConnectionDetails, Connector, NextTimeout, Transport};
use ureq::Timeout;

/// The connector that puts the layer over every connection ureq's own
/// connectors make (chained after them).
#[derive(Debug)]
pub(crate) struct Watch;

impl Connector<Box<dyn Transport>> for Watch {
    type Out = Box<dyn Transport>;

    fn connect(
        &self,
        _details: &ConnectionDetails,
        chained: Option<Box<dyn Transport>>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        Ok(chained.map(|inner| {
            Box::new(Watched {
                inner,
                after_100: false,
                pooled: false,
            }) as Box<dyn Transport>
        }))
    }
}

thread_local! {
    /// Whether the try running on this thread is on a connection that
    /// came from the pool (ureq runs a request's exchange on the thread
    /// that sends it).
    static ON_POOLED: Cell<bool> = const { Cell::new(false) };
}

/// Marks the start of a try on this thread.
pub(crate) fn begin_try() {
    ON_POOLED.with(|p| p.set(false));
}

/// Whether the try last begun on this thread went out on a connection
/// that had been in the pool (rather than a fresh one).
pub(crate) fn try_was_on_pooled_connection() -> bool {
    ON_POOLED.with(Cell::get)
}

/// One connection, watched.
struct Watched {
    inner: Box<dyn Transport>,
    /// ureq was last waiting for `100 Continue` on this connection.
    after_100: bool,
    /// ureq probed the connection: it is being put in the pool or taken
    /// out of it, so its next request is not its first.
    pooled: bool,
}

impl fmt::Debug for Watched {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Watched").field("inner", &self.inner).finish()
    }
}

impl Transport for Watched {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.inner.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        ON_POOLED.with(|p| p.set(self.pooled));
        self.inner.transmit_output(amount, timeout)
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        if timeout.reason == Timeout::Await100 {
            self.after_100 = true;
        } else if std::mem::take(&mut self.after_100) && !self.inner.buffers().input().is_empty() {
            // ureq left its wait for `100 Continue` holding bytes it read
            // and did not consume (a final answer came instead): they are
            // new to what it reads next, which must see them before
            // anything more is read.
            return Ok(true);
        }
        self.inner.await_input(timeout)
    }

    fn is_open(&mut self) -> bool {
        self.pooled = true;
        self.inner.is_open()
    }

    fn is_tls(&self) -> bool {
        self.inner.is_tls()
    }
}
