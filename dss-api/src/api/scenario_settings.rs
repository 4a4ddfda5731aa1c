//! Scenario settings: [`DssScenario::get_settings`], which reads the
//! settings and, for a script scenario, its script; the local methods of
//! [`DssScenarioSettings`] (triggers, who it runs as, the script); and its
//! `save`, which sends both back.
//!
//! Written by hand, and why: DSS keeps a script scenario's script apart
//! from its settings (`.../payload`), so reading and saving them are two
//! requests each, as in dataikuapi; the settings alone are the document,
//! read and saved by the generated `get_raw_settings` and
//! `save_raw_settings`.

use std::time::SystemTime;

use serde_json::{json, Value};

use crate::api::handles::{DssScenario, DssScenarioSettings};
use crate::api::scenarios::utc_ymd;
use crate::api::settings::push_to;
use crate::rt::{options_setters, Error, RequestOptions, Result};

impl DssScenario {
    /// Reads the scenario's settings: `.send()` sends
    /// `GET /projects/{project_key}/scenarios/{id}` and, for a scenario
    /// that is not step-based, `GET .../payload` for its script, as
    /// dataikuapi does. Settings without a `type` are
    /// [`Error::Decode`](crate::Error::Decode).
    pub fn get_settings(&self) -> ScenarioGetSettings<'_> {
        ScenarioGetSettings {
            scenario: self,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::SCENARIO_GET_SETTINGS),
        }
    }
}

/// The error of settings or a payload that do not have the shape DSS gives
/// them.
fn decode_error(what: String) -> Error {
    Error::Decode {
        at: None,
        endpoint: &crate::api::generated::endpoints::SCENARIO_GET_SETTINGS,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

/// Request value of [`DssScenario::get_settings`]: call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ScenarioGetSettings<'a> {
    scenario: &'a DssScenario,
    opts: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(ScenarioGetSettings<'a>, opts);

impl ScenarioGetSettings<'_> {
    /// Reads the settings, then the script of a script scenario (`""` when
    /// its payload has none).
    pub fn send(self) -> Result<DssScenarioSettings> {
        let mut settings = self
            .scenario
            .get_raw_settings()
            .request_options(self.opts.clone())
            .send()?;
        let Some(kind) = settings.document.get("type").and_then(Value::as_str) else {
            return Err(decode_error("the scenario's settings have no `type`".to_owned()));
        };
        if kind != "step_based" {
            let payload = self.scenario.get_script_payload().request_options(self.opts).send()?;
            settings.script = Some(match payload.get("script") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => return Err(decode_error(format!("the scenario's `script` is not text: {other}"))),
            });
        }
        Ok(settings)
    }
}

impl DssScenarioSettings {
    /// Sets `runAsUser` (`null` for `None`).
    pub fn set_run_as(&mut self, run_as: Option<&str>) -> &mut DssScenarioSettings {
        self.document.set("runAsUser", run_as);
        self
    }

    /// `runAsUser` when the settings have it (even `null`: then `None`),
    /// else `versionTag.lastModifiedBy.login`, else
    /// `creationTag.lastModifiedBy.login`.
    pub fn effective_run_as(&self) -> Option<&str> {
        let raw = self.document.raw();
        if let Some(run_as) = raw.get("runAsUser") {
            return run_as.as_str();
        }
        ["versionTag", "creationTag"]
            .into_iter()
            .find_map(|tag| raw.get(tag))
            .and_then(|tag| tag.get("lastModifiedBy"))
            .and_then(|by| by.get("login"))
            .and_then(Value::as_str)
    }

    /// Adds `{"active": true, "type": "temporal", "params": {"frequency":
    /// "Minutely", "repeatFrequency": every_minutes}}` to `triggers`.
    pub fn add_periodic_trigger(&mut self, every_minutes: i64) -> &mut DssScenarioSettings {
        let trigger = json!({
            "active": true,
            "type": "temporal",
            "params": {"frequency": "Minutely", "repeatFrequency": every_minutes},
        });
        push_to(&mut self.document, "triggers", trigger);
        self
    }

    /// Adds a temporal trigger with these `params` (and a `startingFrom`
    /// date from `start`) to `triggers`; returns its index.
    fn add_temporal(&mut self, mut params: Value, start: &StartDate) -> usize {
        if let Some(params) = params.as_object_mut() {
            params.insert("startingFrom".to_owned(), Value::from(start.text()));
        }
        push_to(
            &mut self.document,
            "triggers",
            json!({"active": true, "type": "temporal", "params": params}),
        );
        self.document
            .get("triggers")
            .and_then(Value::as_array)
            .map_or(0, |t| t.len().saturating_sub(1))
    }

    /// Adds an hourly trigger (`frequency` `Hourly`) with dataikuapi's
    /// defaults: minute 0, every hour, from midnight today, `SERVER` time
    /// zone; the returned value changes them.
    pub fn add_hourly_trigger(&mut self) -> HourlyTrigger<'_> {
        let start = StartDate::today(true);
        let params = json!({"frequency": "Hourly", "hour": 0, "minute": 0, "repeatFrequency": 1, "timezone": "SERVER"});
        let index = self.add_temporal(params, &start);
        HourlyTrigger(Trigger {
            settings: self,
            index,
            start,
        })
    }

    /// Adds a daily trigger (`frequency` `Daily`, or `Weekly` once days of
    /// the week are set) with dataikuapi's defaults: at 2:00, every day,
    /// from today, `SERVER` time zone; the returned value changes them.
    pub fn add_daily_trigger(&mut self) -> DailyTrigger<'_> {
        let start = StartDate::today(true);
        let params = json!({"frequency": "Daily", "hour": 2, "minute": 0, "repeatFrequency": 1, "timezone": "SERVER"});
        let index = self.add_temporal(params, &start);
        DailyTrigger(Trigger {
            settings: self,
            index,
            start,
        })
    }

    /// Adds a monthly trigger (`frequency` `Monthly`) with dataikuapi's
    /// defaults: on the day (`ON_THE_DAY`) 1 at 2:00, every month, from
    /// January 1st this year, `SERVER` time zone; the returned value
    /// changes them.
    pub fn add_monthly_trigger(&mut self) -> MonthlyTrigger<'_> {
        let start = StartDate::today(false);
        let params = json!({
            "frequency": "Monthly", "hour": 2, "minute": 0, "monthlyRunOn": "ON_THE_DAY",
            "repeatFrequency": 1, "timezone": "SERVER",
        });
        let index = self.add_temporal(params, &start);
        MonthlyTrigger(Trigger {
            settings: self,
            index,
            start,
        })
    }

    /// Whether the scenario is made of steps (`type` is `step_based`).
    pub fn is_step_based(&self) -> bool {
        self.document.get("type").and_then(Value::as_str) == Some("step_based")
    }

    /// The script of a script scenario, as `get_settings` read it.
    pub fn code(&self) -> Option<&str> {
        self.script.as_deref()
    }

    /// Replaces the script of a script scenario, which `save` then sends;
    /// a step-based scenario has none ([`Error::InvalidArgument`]).
    pub fn set_code(&mut self, code: &str) -> Result<&mut DssScenarioSettings> {
        if self.is_step_based() {
            return Err(Error::InvalidArgument {
                name: "code",
                reason: "a step-based scenario has no script".into(),
            });
        }
        self.script = Some(code.to_owned());
        Ok(self)
    }

    /// Saves the settings, then the script of a script scenario:
    /// `.send()` sends `PUT /projects/{project_key}/scenarios/{id}` with
    /// the whole settings object ([`save_raw_settings`](Self::save_raw_settings))
    /// and, when there is a script, `PUT .../payload` with `{"script"}`.
    pub fn save(&self) -> ScenarioSettingsSave<'_> {
        ScenarioSettingsSave {
            settings: self,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::SCENARIO_SETTINGS_SAVE),
        }
    }
}

/// Request value of [`DssScenarioSettings::save`]: call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ScenarioSettingsSave<'a> {
    settings: &'a DssScenarioSettings,
    opts: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(ScenarioSettingsSave<'a>, opts);

impl ScenarioSettingsSave<'_> {
    /// Saves the settings, then the script if there is one.
    pub fn send(self) -> Result<()> {
        let settings = self.settings;
        settings.save_raw_settings().request_options(self.opts.clone()).send()?;
        if let Some(script) = &settings.script {
            settings
                .client
                .get_project(&settings.project_key)
                .get_scenario(&settings.id)
                .save_script_payload(script.as_str())
                .request_options(self.opts)
                .send()?;
        }
        Ok(())
    }
}

/// The date a trigger starts from, as dataikuapi writes it: midnight of a
/// day, `YYYY-MM-DDT00:00:00.000+0000`. dataikuapi takes the parts left
/// unset from today in the local time zone and writes that zone's offset;
/// here today is today in UTC and the offset `+0000` (DSS reads the date
/// with its offset either way).
#[derive(Debug, Clone, Copy)]
struct StartDate {
    year: i64,
    month: i64,
    day: i64,
}

impl StartDate {
    /// Today (`today_by_default`), or January 1st of this year (monthly
    /// triggers).
    fn today(today_by_default: bool) -> StartDate {
        let (year, month, day) = utc_ymd(SystemTime::now());
        if today_by_default {
            StartDate { year, month, day }
        } else {
            StartDate { year, month: 1, day: 1 }
        }
    }

    fn text(&self) -> String {
        format!("{:04}-{:02}-{:02}T00:00:00.000+0000", self.year, self.month, self.day)
    }
}

/// A trigger just added to a scenario's settings, changed in place.
#[derive(Debug)]
struct Trigger<'a> {
    settings: &'a mut DssScenarioSettings,
    index: usize,
    start: StartDate,
}

impl Trigger<'_> {
    /// Sets a member of the trigger's `params`.
    fn param(self, name: &str, value: impl Into<Value>) -> Self {
        let trigger = self
            .settings
            .document
            .raw_mut()
            .get_mut("triggers")
            .and_then(|t| t.get_mut(self.index))
            .and_then(|t| t.get_mut("params"))
            .and_then(Value::as_object_mut);
        if let Some(params) = trigger {
            params.insert(name.to_owned(), value.into());
        }
        self
    }

    /// Changes one part of the starting date and writes it again.
    fn start(mut self, change: impl FnOnce(&mut StartDate)) -> Self {
        change(&mut self.start);
        let text = self.start.text();
        self.param("startingFrom", text)
    }
}

/// Setters of the parts of a trigger, each changing the trigger at once.
macro_rules! trigger_setters {
    ($ty:ident { $($(#[$doc:meta])* $name:ident: $arg:ty => $member:literal;)* }) => {
        impl $ty<'_> {
            $(
                $(#[$doc])*
                pub fn $name(self, $name: $arg) -> Self {
                    $ty(self.0.param($member, $name))
                }
            )*

            /// The year before which the trigger does not run (default:
            /// this year).
            pub fn year(self, year: i64) -> Self {
                $ty(self.0.start(|s| s.year = year))
            }

            /// The month (1 to 12) before which the trigger does not run,
            /// in `year`.
            pub fn month(self, month: i64) -> Self {
                $ty(self.0.start(|s| s.month = month))
            }

            /// The day of `month` before which the trigger does not run.
            pub fn day(self, day: i64) -> Self {
                $ty(self.0.start(|s| s.day = day))
            }

            /// The time zone of the starting date and of the hours: a name
            /// (`Europe/Paris`), or `SERVER` (the default), the DSS
            /// server's.
            pub fn timezone(self, timezone: &str) -> Self {
                $ty(self.0.param("timezone", timezone))
            }
        }
    };
}

/// An hourly trigger added by [`DssScenarioSettings::add_hourly_trigger`]
/// (dataikuapi's arguments of `add_hourly_trigger`, each a setter).
#[derive(Debug)]
pub struct HourlyTrigger<'a>(Trigger<'a>);

trigger_setters!(HourlyTrigger {
    /// The minute of the hour it runs at (default 0).
    minute_of_hour: i64 => "minute";
    /// The hour of the starting day it first runs at (default 0).
    starting_hour: i64 => "hour";
    /// It runs every so many hours (default 1).
    repeat_every: i64 => "repeatFrequency";
});

/// A daily trigger added by [`DssScenarioSettings::add_daily_trigger`]
/// (dataikuapi's arguments of `add_daily_trigger`, each a setter).
#[derive(Debug)]
pub struct DailyTrigger<'a>(Trigger<'a>);

trigger_setters!(DailyTrigger {
    /// The hour it runs at (default 2).
    hour: i64 => "hour";
    /// The minute it runs at (default 0).
    minute: i64 => "minute";
    /// It runs every so many days, or weeks with `days` (default 1).
    repeat_every: i64 => "repeatFrequency";
});

impl DailyTrigger<'_> {
    /// Runs it on these days of the week (`Monday`, ..., `Sunday`), every
    /// `repeat_every` weeks: the trigger becomes `Weekly`.
    pub fn days(self, days: &[&str]) -> Self {
        let trigger = self.0.param("frequency", "Weekly");
        DailyTrigger(trigger.param("daysOfWeek", days.to_vec()))
    }
}

/// A monthly trigger added by [`DssScenarioSettings::add_monthly_trigger`]
/// (dataikuapi's arguments of `add_monthly_trigger`, each a setter; `day`
/// is the day of the starting date, as dataikuapi's `day`).
#[derive(Debug)]
pub struct MonthlyTrigger<'a>(Trigger<'a>);

trigger_setters!(MonthlyTrigger {
    /// The hour it runs at (default 2).
    hour: i64 => "hour";
    /// The minute it runs at (default 0).
    minute: i64 => "minute";
    /// When in the month it runs: `ON_THE_DAY` (the default),
    /// `LAST_DAY_OF_THE_MONTH`, `FIRST_WEEK`, ..., `LAST_WEEK`.
    run_on: &str => "monthlyRunOn";
    /// It runs every so many months (default 1).
    repeat_every: i64 => "repeatFrequency";
});
