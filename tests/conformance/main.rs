//! Conformance with dataikuapi 15.2.0: the recorded calls of every
//! fixture, replayed against dss-api, and the requests compared.

mod admin_flows;
mod calls;
mod cases;
mod content_flows;
mod defaults;
mod flows;
mod genai;
mod handles;
mod ml_flows;
mod objects;
mod settings;
mod slice;
