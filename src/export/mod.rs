//! Non-interactive renderings of a briefing: `--json` and the plain text view.

mod json;
mod plain;

pub use json::to_json;
pub use plain::to_plain;
