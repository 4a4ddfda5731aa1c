//! Prints the endpoint catalog (`dss_api::catalog`) as JSON on standard
//! output, for the tools that compare it with dataikuapi:
//! `tools/follow-release` and the recorder's `record_cases.py --check`.
//!
//! ```sh
//! cargo run -q -p dss-api-tests --example catalog_json > catalog.json
//! ```
//!
//! `{"endpoints": [..], "handles": [..]}`; each endpoint has its `owner`,
//! `method` (the Rust name, `r#type` for a keyword), `dataikuapi`,
//! `hand_written`, `associated`, `verb` and `path` (`null` when it sends
//! nothing), `result` and `args`, each argument with its `name`, `ty`,
//! `presence` (`Required`, `Optional`, `Default` with its `default` as the
//! spec writes it, or `Env` with its `env` variable) and `place`.

use dss_api::catalog::{self, Arg, Endpoint, Presence};
use serde_json::{json, Value};

fn arg(a: &Arg) -> Value {
    let mut out = json!({ "name": a.name, "ty": a.ty });
    let presence = match a.presence {
        Presence::Required => "Required",
        Presence::Optional => "Optional",
        Presence::Default(text) => {
            out["default"] = text.into();
            "Default"
        }
        Presence::Env(var) => {
            out["env"] = var.into();
            "Env"
        }
        _ => "Other",
    };
    out["presence"] = presence.into();
    // `Query("x")`, `Member { .. }`, ...: its variant name is enough here.
    let place = format!("{:?}", a.place);
    let variant = place.split(['(', ' ']).next().unwrap_or_default();
    out["place"] = variant.into();
    out
}

fn endpoint(e: &Endpoint) -> Value {
    json!({
        "owner": e.owner,
        "method": e.method,
        "dataikuapi": e.dataikuapi,
        "hand_written": e.hand_written,
        "associated": e.associated,
        "verb": e.request.map(|r| r.verb.as_str()),
        "path": e.request.map(|r| r.path),
        "result": format!("{:?}", e.result),
        "args": e.args.iter().map(arg).collect::<Vec<_>>(),
    })
}

fn main() -> Result<(), serde_json::Error> {
    let catalog = json!({
        "endpoints": catalog::ENDPOINTS.iter().map(|e| endpoint(e)).collect::<Vec<_>>(),
        "handles": catalog::HANDLES.iter().map(|h| h.name).collect::<Vec<_>>(),
    });
    println!("{}", serde_json::to_string_pretty(&catalog)?);
    Ok(())
}
