//! What the help screen says, as data: sections generated from the keymap
//! tables for the focused pane (so help cannot drift from the keys that
//! really work) and the legend of marks. The drawing only styles it; its
//! length bounds the help's scroll here, with no screen code.

use ratatui::layout::Rect;

use crate::geometry::popup::help_visible;

use super::action::Pane;
use super::keymap::{Binding, Mode, bindings_for, key_label};

const LEGEND: &[&str] = &[
    "▶ selected row   • involves the selected participant",
    "  (in Participants: met the selected participant)",
    "✓ held meeting   ◷ planned meeting   ❝ statement",
    "~2026-01-22 inferred date   ▌ the item shown in the article",
    "▁▃█ how much happened that day (day ruler, days column)   · a day with nothing",
    "Graph (m): a line per held meeting, up to 3; dotted: planned only; +n met others",
];

const MOUSE: &str =
    "Mouse: the wheel scrolls, a click focuses and selects (--no-mouse turns it off).";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(String),
    /// A binding: its keys as people write them, and what it does.
    Keys {
        keys: String,
        help: &'static str,
    },
    Text(&'static str),
    Blank,
}

fn section<'a>(title: String, bindings: impl Iterator<Item = &'a Binding>) -> Vec<HelpLine> {
    let mut lines = vec![HelpLine::Heading(title)];
    for b in bindings {
        let keys: Vec<String> = b.keys.iter().map(|&k| key_label(k)).collect();
        lines.push(HelpLine::Keys {
            keys: keys.join(" "),
            help: b.help,
        });
    }
    lines.push(HelpLine::Blank);
    lines
}

/// The help for `focus`: its keys, the modes reachable from it, the marks.
pub fn help_lines(focus: Pane) -> Vec<HelpLine> {
    let mut lines = section(
        format!("Keys in {} {}", focus.number(), focus.title()),
        bindings_for(Mode::Normal, focus),
    );
    if focus == Pane::Participants {
        lines.extend(section(
            "In the dossier (d) — other keys as above".to_owned(),
            bindings_for(Mode::Dossier, focus),
        ));
    }
    let modes = [
        ("While typing a search (/)", Mode::Search),
        ("In the pickers (a, f) — type to narrow", Mode::Picker),
        ("In this help", Mode::Help),
    ];
    for (title, mode) in modes {
        lines.extend(section(title.to_owned(), bindings_for(mode, focus)));
    }
    lines.push(HelpLine::Heading("Marks".to_owned()));
    lines.extend(LEGEND.iter().map(|l| HelpLine::Text(l)));
    lines.push(HelpLine::Text(MOUSE));
    lines
}

/// How far the help can scroll on a screen of `area`, so `j` stops at the end.
pub fn max_scroll(focus: Pane, area: Rect) -> usize {
    help_lines(focus).len().saturating_sub(help_visible(area))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_scrolls_only_as_far_as_its_last_line() {
        let len = help_lines(Pane::Quotes).len();
        let cases = [(200, 0), (10, len - 6), (3, len - 1), (0, len)];
        for (height, want) in cases {
            assert_eq!(max_scroll(Pane::Quotes, Rect::new(0, 0, 100, height)), want);
        }
    }

    #[test]
    fn only_participants_explain_the_dossier() {
        for pane in Pane::ALL {
            let dossier = help_lines(pane)
                .iter()
                .any(|l| matches!(l, HelpLine::Heading(h) if h.starts_with("In the dossier")));
            assert_eq!(dossier, pane == Pane::Participants, "{pane:?}");
        }
    }
}
