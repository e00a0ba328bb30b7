//! What the help screen says, as data: sections generated from the keymap
//! tables for the focused pane (so help cannot drift from the keys that
//! really work) and the legend of marks. The drawing only styles it; its
//! length bounds the help's scroll here, with no screen code.

use ratatui::layout::Rect;

use crate::geometry::popup::help_visible;

use super::action::Pane;
use super::keymap::{Binding, Mode, bindings_for, key_label};
use super::{App, Page};
use crate::model::SafeText;

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
    /// A line of text from the briefing (a skipped file and its reason), sanitised.
    Owned(String),
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

/// The files the load left out, one per line with its reason, under the count.
fn skipped_lines(app: &App) -> Vec<HelpLine> {
    let skipped = &app.skipped;
    let mut lines = vec![HelpLine::Heading(skipped.summary()), HelpLine::Blank];
    lines.extend(
        skipped
            .reasons
            .iter()
            .map(|r| HelpLine::Owned(SafeText::new(r).as_str().to_owned())),
    );
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Text(
        "Fix them and press r to reload; --strict makes any of them fail the run.",
    ));
    lines
}

/// What a help page says: the keys of the focused pane, or the skipped files.
pub fn page_lines(app: &App, page: Page) -> Vec<HelpLine> {
    match page {
        Page::Keys => help_lines(app.focus),
        Page::Skipped => skipped_lines(app),
    }
}

/// How far a page can scroll on a screen of `area`, so `j` stops at the end.
pub fn max_scroll(app: &App, page: Page, area: Rect) -> usize {
    page_lines(app, page)
        .len()
        .saturating_sub(help_visible(area))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_scrolls_only_as_far_as_its_last_line() {
        let len = help_lines(Pane::Quotes).len();
        let mut app = App::new(crate::model::Briefing::default(), 100, 40);
        app.focus = Pane::Quotes;
        let cases = [(200, 0), (10, len - 6), (3, len - 1), (0, len)];
        for (height, want) in cases {
            let area = Rect::new(0, 0, 100, height);
            assert_eq!(max_scroll(&app, Page::Keys, area), want);
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
