//! Non-interactive renderings of a briefing: `--json`, `--markdown` and the plain
//! text view.

mod json;
mod markdown;
mod plain;

pub use json::to_json;
pub use markdown::to_markdown;
pub use plain::to_plain;
