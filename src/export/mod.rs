//! Non-interactive renderings of a briefing: `--json`, `--markdown` and the plain
//! text view.

mod json;
mod markdown;
mod plain;

pub use json::{JsonWriter, to_json, write_json};
pub use markdown::{to_markdown, write_markdown};
pub use plain::{to_plain, write_plain};

use crate::model::{Briefing, Meeting};

/// A rendering written to memory instead of a stream, as one string.
fn in_memory(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("every rendering is UTF-8")
}

/// Meetings in timeline order: by their own date (undated last), then as reported.
fn timeline(b: &Briefing) -> Vec<&Meeting> {
    let mut meetings: Vec<&Meeting> = b.meetings.iter().collect();
    meetings.sort_by_key(|m| (m.date.is_none(), m.date, m.article, m.span.start));
    meetings
}

/// "2026-01-22", "2026-01-22 (inferred)" or "date unknown".
fn date_label(m: &Meeting) -> String {
    match (m.date, m.date_inferred) {
        (Some(d), true) => format!("{d} (inferred)"),
        (Some(d), false) => d.to_string(),
        (None, _) => "date unknown".to_string(),
    }
}

/// For each actor, how many quotes they gave and meetings they took part in; counted
/// once for the whole briefing.
fn activity(b: &Briefing) -> Vec<(usize, usize)> {
    let mut counts = vec![(0, 0); b.actors.len()];
    for s in b.quotes.iter().filter_map(|q| q.speaker) {
        counts[s].0 += 1;
    }
    for &p in b.meetings.iter().flat_map(|m| &m.participants) {
        counts[p].1 += 1;
    }
    counts
}
