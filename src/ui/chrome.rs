//! What frames the panes: their numbered borders, the pane switcher, the
//! status line and the "terminal too small" notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::{Action, App, Pane, file_name, key_for};

use super::loading::loading_line;
use super::text::fit;
use super::theme::Theme;
use crate::geometry::layout::tab_labels;

/// A pane's border with its number and name, and a short note after it.
pub fn pane_block(pane: Pane, note: &str, focused: bool, theme: &Theme) -> Block<'static> {
    let (border, title) = if focused {
        (theme.border_focused, theme.title_focused)
    } else {
        (theme.border, theme.title)
    };
    let mut spans = vec![Span::styled(
        format!(" {} {} ", pane.number(), pane.title()),
        title,
    )];
    if !note.is_empty() {
        spans.push(Span::styled(format!("{} ", fit(note, 60)), theme.dim));
    }
    Block::bordered()
        .border_style(border)
        .title(Line::from(spans))
}

/// Draws a pane's border and returns the area inside it.
pub fn frame(block: Block<'_>, area: Rect, buf: &mut Buffer) -> Rect {
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

pub fn too_small(area: Rect, buf: &mut Buffer) {
    const MESSAGE: [&str; 2] = ["terminal too small", "q quits"];
    for (dy, text) in (0..area.height).zip(MESSAGE) {
        let line = fit(text, usize::from(area.width));
        buf.set_stringn(
            area.x,
            area.y + dy,
            &line,
            usize::from(area.width),
            Style::new(),
        );
    }
}

pub fn tabs(area: Rect, buf: &mut Buffer, focus: Pane, theme: &Theme) {
    let mut spans = Vec::new();
    for (pane, label) in Pane::ALL.into_iter().zip(tab_labels(area.width, focus)) {
        let style = if pane == focus {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// What the status line says about where the reader is.
fn position(app: &App) -> Vec<String> {
    let b = &app.briefing;
    let mut parts = Vec::new();
    if let Some(article) = b.articles.get(app.reader.article) {
        let date = article.date.map_or_else(String::new, |d| format!(" {d}"));
        let count = if b.articles.len() > 1 {
            format!(" ({}/{})", app.reader.article + 1, b.articles.len())
        } else {
            String::new()
        };
        parts.push(format!("{}{date}{count}", file_name(&article.source)));
        let lines = app.reader.lines.len().max(1);
        let bottom = (app.reader.top + app.reader.height).min(lines);
        parts.push(format!(
            "L{}/{lines} {}%",
            app.reader.top + 1,
            bottom * 100 / lines
        ));
    }
    if !app.filter.is_empty() {
        let names: Vec<&str> = app
            .filter
            .iter()
            .map(|&a| b.actors[a].name.as_str())
            .collect();
        parts.push(format!("filter: {} (F clears)", names.join(", ")));
    }
    if app.voice != crate::app::Voice::All {
        parts.push(format!("participants: {} (v)", app.voice.label()));
    }
    if app.kind_shown.is_some() {
        parts.push(format!(
            "participants: {} (t)",
            crate::app::kind_label(app.kind_shown)
        ));
    }
    if app.search.active() {
        parts.push(format!("/{} {}", app.search.query, app.search.counter()));
    }
    if !app.skipped.is_empty() {
        parts.push(format!("{} (S)", app.skipped.summary()));
    }
    parts
}

/// The keys the footer offers, read off the key table: the focused pane's
/// pictures, then help.
fn hints(app: &App) -> (String, String) {
    let key = |action| key_for(app.focus, action);
    let mut parts = Vec::new();
    // The day keys are bound in the timeline only; they matter with a ruler.
    if app.wants_ruler()
        && let (Some(prev), Some(next)) = (key(Action::PrevDay), key(Action::NextDay))
    {
        parts.push(format!("{prev} {next} day"));
    }
    parts.extend(key(Action::ToggleGraph).map(|k| format!("{k} graph")));
    let help = key(Action::Help).map_or_else(String::new, |k| format!(" {k} help "));
    parts.push(help.trim().to_owned());
    (format!(" {} ", parts.join(" · ")), help)
}

pub fn status(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let (full, help) = hints(app);
    // The position keeps 40 columns before the hints shrink to help alone.
    let right = if width > full.width() + 40 {
        full
    } else if width > help.width() + 10 {
        help
    } else {
        String::new()
    };
    let room = width.saturating_sub(right.width() + 1);
    let left = if let Some(input) = &app.search.input {
        Span::styled(fit(&format!("/{input}█"), room), theme.message)
    } else if let Some(message) = &app.message {
        Span::styled(fit(message, room), theme.message)
    } else if let Some(progress) = &app.loading {
        Span::styled(loading_line(progress, room), theme.message)
    } else {
        Span::styled(fit(&position(app).join(" · "), room), theme.status)
    };
    buf.set_style(area, theme.status);
    buf.set_line(area.x + 1, area.y, &Line::from(left), room as u16);
    if !right.is_empty() {
        let x = area.right() - right.width() as u16;
        buf.set_line(
            x,
            area.y,
            &Line::from(Span::styled(right.as_str(), theme.status_key)),
            right.width() as u16,
        );
    }
}
