//! The request values of hand-written methods that send (a check made of a
//! read, a rename made of two calls, a wait): like the generated ones, they
//! send nothing until `.send()`, and take the per-request settings of every
//! request value, applied to each request they make.

use std::fmt;

use crate::endpoint::Endpoint;
use crate::rt::{options_setters, RequestOptions, Result};
use crate::transport::wait::WaitOptions;

/// What a [`Pending`] sends when it is sent: the request settings go to
/// each of its requests.
type Run<'a, T> = Box<dyn FnOnce(&RequestOptions) -> Result<T> + 'a>;

/// The request value of a hand-written method (`DssDataset::exists`,
/// `rename`, `JobDefinitionBuilder::start`, ...): set the per-request
/// settings if needed, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct Pending<'a, T> {
    endpoint: &'static Endpoint,
    settings: RequestOptions,
    run: Run<'a, T>,
}

options_setters!(Pending<'a, T>, settings);

impl<T> fmt::Debug for Pending<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pending")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl<'a, T> Pending<'a, T> {
    /// The request value of the method `endpoint`, which `run` carries out
    /// with the request settings (errors and logs name `endpoint`).
    pub(crate) fn new(endpoint: &'static Endpoint, run: impl FnOnce(&RequestOptions) -> Result<T> + 'a) -> Self {
        Pending {
            endpoint,
            settings: RequestOptions::for_method(endpoint),
            run: Box::new(run),
        }
    }

    /// Sends the request(s) and returns the result.
    pub fn send(self) -> Result<T> {
        (self.run)(&self.settings)
    }
}

/// What a [`Waiting`] does when it is sent, whatever the lifetime of its
/// wait options.
type WaitRun<'a, T> = Box<dyn for<'w> FnOnce(bool, WaitOptions<'w>, &RequestOptions) -> Result<T> + 'a>;

/// The request value of a wait (`DssJob::wait`, `DssFuture::wait`,
/// `DssScenarioRun::wait_for_completion`, ...): how to wait
/// ([`wait_options`](Self::wait_options): intervals, deadline, progress),
/// whether an end in failure is an error ([`no_fail`](Self::no_fail)),
/// the per-request settings of each poll, then [`send`](Self::send).
#[must_use = "a wait does nothing until `.send()` is called"]
pub struct Waiting<'a, 'f, T> {
    endpoint: &'static Endpoint,
    no_fail: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
    run: WaitRun<'a, T>,
}

options_setters!(Waiting<'a, 'f, T>, settings);

impl<T> fmt::Debug for Waiting<'_, '_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiting")
            .field("endpoint", &self.endpoint)
            .field("no_fail", &self.no_fail)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<'a, T> Waiting<'a, 'static, T> {
    /// The wait of the method `endpoint`, which `run` carries out with
    /// `no_fail`, the wait options and the request settings.
    pub(crate) fn new(
        endpoint: &'static Endpoint,
        run: impl for<'w> FnOnce(bool, WaitOptions<'w>, &RequestOptions) -> Result<T> + 'a,
    ) -> Self {
        Waiting {
            endpoint,
            no_fail: false,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(endpoint),
            run: Box::new(run),
        }
    }
}

impl<'a, 'f, T> Waiting<'a, 'f, T> {
    /// An end in failure (a failed or aborted job, a run that did not
    /// succeed, a task that stopped without a result) is returned instead
    /// of being an error (default `false`); what is returned then is said
    /// by each method.
    pub fn no_fail(mut self, no_fail: bool) -> Self {
        self.no_fail = no_fail;
        self
    }

    /// How to wait: poll intervals, a deadline, a progress callback
    /// (default [`WaitOptions::default`]).
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> Waiting<'a, 'g, T> {
        Waiting {
            endpoint: self.endpoint,
            no_fail: self.no_fail,
            options,
            settings: self.settings,
            run: self.run,
        }
    }

    /// Waits, and returns what the method says.
    pub fn send(self) -> Result<T> {
        (self.run)(self.no_fail, self.options, &self.settings)
    }
}
