//! Statistics worksheets: [`DssStatisticsWorksheet::run_worksheet`] (the
//! settings read, then their root card run), and the cards of
//! [`DssStatisticsWorksheetSettings`].

use serde_json::Value;

use crate::api::generated::endpoints::STATISTICS_WORKSHEET_RUN_WORKSHEET;
use crate::api::handles::{DssFuture, DssStatisticsWorksheet, DssStatisticsWorksheetSettings};
use crate::api::settings::push_to;
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

impl DssStatisticsWorksheet {
    /// Computes the whole worksheet: reads its settings (`GET
    /// .../statistics/worksheets/{worksheet_id}`) and runs their
    /// `rootCard` (`POST .../actions/run-card`); `.send()` waits for the
    /// result and returns it, `.start()` returns the task (dataikuapi's
    /// `wait=False`). Settings without a `rootCard` are [`Error::Decode`].
    pub fn run_worksheet(&self) -> StatisticsRunWorksheet<'_> {
        StatisticsRunWorksheet {
            worksheet: self,
            opts: RequestOptions::for_method(&STATISTICS_WORKSHEET_RUN_WORKSHEET),
        }
    }
}

/// Request value of [`DssStatisticsWorksheet::run_worksheet`]: call
/// [`send`](Self::send) or [`start`](Self::start).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct StatisticsRunWorksheet<'a> {
    worksheet: &'a DssStatisticsWorksheet,
    opts: RequestOptions,
}

options_setters!(StatisticsRunWorksheet<'a>, opts);

impl StatisticsRunWorksheet<'_> {
    /// Reads the settings and starts computing the root card; returns the
    /// task.
    pub fn start(self) -> Result<DssFuture> {
        let settings = timed!(self.worksheet.get_settings(), &self.opts).send()?;
        let Some(root) = settings.document.get("rootCard").cloned() else {
            return Err(Error::Decode {
                at: None,
                endpoint: &STATISTICS_WORKSHEET_RUN_WORKSHEET,
                source: <serde_json::Error as serde::de::Error>::custom("the worksheet's settings have no `rootCard`"),
            });
        };
        timed!(self.worksheet.run_card(root), &self.opts).start()
    }

    /// Reads the settings, computes the root card, waits for it and returns
    /// its result.
    pub fn send(self) -> Result<Value> {
        self.start()?.wait_for_result().send()
    }
}

impl DssStatisticsWorksheetSettings {
    /// Adds a card (its definition) after the worksheet's other cards
    /// (`rootCard.cards`); `save` sends it.
    pub fn add_card(&mut self, card: Value) -> &mut DssStatisticsWorksheetSettings {
        push_to(&mut self.document, "rootCard.cards", card);
        self
    }

    /// The definitions of the worksheet's cards (`rootCard.cards`), in
    /// order.
    pub fn list_cards(&self) -> Vec<&Value> {
        self.document
            .get("rootCard.cards")
            .and_then(Value::as_array)
            .map(|cards| cards.iter().collect())
            .unwrap_or_default()
    }
}
