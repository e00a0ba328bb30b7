//! The help screen, generated from the keymap tables for the focused pane, so
//! it cannot drift from the keys that really work; the list of skipped files
//! uses the same page.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::{App, Binding, Mode, Page, bindings_for, key_label};
use crate::model::SafeText;

use super::text::{fit, pad};
use super::theme::Theme;

const KEYS_WIDTH: usize = 22;

const LEGEND: &[&str] = &[
    "▶ selected row   • involves the selected participant",
    "  (in Participants: met the selected participant)",
    "✓ held meeting   ◷ planned meeting   ❝ statement",
    "~2026-01-22 inferred date   ▌ the item shown in the article",
];

fn section<'a>(
    title: String,
    bindings: impl Iterator<Item = &'a Binding>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(title, theme.heading))];
    for b in bindings {
        let keys: Vec<String> = b.keys.iter().map(|&k| key_label(k)).collect();
        lines.push(Line::from(vec![
            Span::styled(pad(&keys.join(" "), KEYS_WIDTH), theme.status_key),
            Span::raw(b.help),
        ]));
    }
    lines.push(Line::from(""));
    lines
}

pub fn help_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let focus = app.focus;
    let mut lines = section(
        format!("Keys in {} {}", focus.number(), focus.title()),
        bindings_for(Mode::Normal, focus),
        theme,
    );
    if focus == crate::app::Pane::Participants {
        lines.extend(section(
            "In the dossier (d) — other keys as above".to_owned(),
            bindings_for(Mode::Dossier, focus),
            theme,
        ));
    }
    lines.extend(section(
        "While typing a search (/)".to_owned(),
        bindings_for(Mode::Search, focus),
        theme,
    ));
    lines.extend(section(
        "In the pickers (a, f) — type to narrow".to_owned(),
        bindings_for(Mode::Picker, focus),
        theme,
    ));
    lines.extend(section(
        "In this help".to_owned(),
        bindings_for(Mode::Help, focus),
        theme,
    ));
    lines.push(Line::from(Span::styled("Marks", theme.heading)));
    lines.extend(LEGEND.iter().map(|l| Line::from(*l)));
    lines.push(Line::from(
        "Mouse: the wheel scrolls, a click focuses and selects (--no-mouse turns it off).",
    ));
    lines
}

/// The files the load left out, one per line with its reason, under the count.
fn skipped_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let skipped = &app.skipped;
    let mut lines = vec![
        Line::from(Span::styled(skipped.summary(), theme.heading)),
        Line::from(""),
    ];
    lines.extend(
        skipped
            .reasons
            .iter()
            .map(|r| Line::from(SafeText::new(r).as_str().to_owned())),
    );
    lines.push(Line::from(""));
    lines.push(Line::from(
        "Fix them and press r to reload; --strict makes any of them fail the run.",
    ));
    lines
}

fn page_lines(app: &App, page: Page, theme: &Theme) -> Vec<Line<'static>> {
    match page {
        Page::Keys => help_lines(app, theme),
        Page::Skipped => skipped_lines(app, theme),
    }
}

/// A box `width`×`height` in the middle of `area`, shrunk to fit.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn popup_area(area: Rect) -> Rect {
    centered(area, 84, area.height.saturating_sub(2).max(3))
}

/// How far a page can scroll on a screen of `area`, so `j` stops at the end.
pub fn max_scroll(app: &App, page: Page, area: Rect) -> usize {
    let visible = usize::from(popup_area(area).height.saturating_sub(2));
    page_lines(app, page, &Theme::monochrome())
        .len()
        .saturating_sub(visible)
}

pub fn render(app: &App, theme: &Theme, page: Page, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = page_lines(app, page, theme);
    let title = match page {
        Page::Keys => " Help — Esc closes, j/k scroll ",
        Page::Skipped => " Skipped files — Esc closes, j/k scroll ",
    };
    let popup = popup_area(area);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Span::styled(title, theme.title_focused))
        .style(theme.popup);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let height = usize::from(inner.height);
    let scroll = scroll.min(lines.len().saturating_sub(height));
    for (dy, line) in lines.iter().skip(scroll).take(height).enumerate() {
        buf.set_line(
            inner.x + 1,
            inner.y + dy as u16,
            line,
            inner.width.saturating_sub(1),
        );
    }
    if lines.len() > height + scroll && inner.width > 2 {
        let more = fit("more below ↓", usize::from(inner.width) - 2);
        buf.set_string(
            inner.x + 1,
            inner.bottom().saturating_sub(1),
            pad(&more, usize::from(inner.width) - 2),
            theme.dim,
        );
    }
}
