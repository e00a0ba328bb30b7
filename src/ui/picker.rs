//! The actor pickers: a query line and the candidates ranked by how well one
//! of their name forms matches.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::{App, Picker, PickerKind};

use super::text::fit;
use super::theme::Theme;
use crate::geometry::popup::centered;

fn candidate_line(
    app: &App,
    picker: &Picker,
    i: usize,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let c = &picker.candidates[i];
    let actor = &app.briefing.actors[c.actor];
    let form = &app.index.names[c.form].form;
    let mut spans = Vec::new();
    if picker.kind == PickerKind::Filter {
        let mark = if picker.marked.contains(&c.actor) {
            "[x] "
        } else {
            "[ ] "
        };
        spans.push(Span::raw(mark));
    }
    spans.push(Span::raw(fit(&actor.name, width)));
    if form != &actor.name {
        spans.push(Span::styled(format!(" ← {}", fit(form, 30)), theme.dim));
    }
    spans.push(Span::styled(
        format!(" ({})", actor.kind.as_str()),
        theme.dim,
    ));
    Line::from(spans)
}

pub fn render(app: &App, picker: &Picker, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let popup = centered(area, 64, 20.min(area.height.saturating_sub(2)).max(4));
    Clear.render(popup, buf);
    let hint = match picker.kind {
        PickerKind::GoTo => "Enter goes, Esc closes",
        PickerKind::Filter => "Tab marks, Enter filters, Esc closes",
    };
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Span::styled(
            format!(" {} — {hint} ", picker.kind.title()),
            theme.title_focused,
        ));
    let inner = block.inner(popup);
    block.render(popup, buf);
    if inner.height == 0 {
        return;
    }
    let width = usize::from(inner.width);
    let query = format!(
        "> {}█  {}/{}",
        picker.query,
        picker.candidates.len(),
        app.briefing.actors.len()
    );
    buf.set_stringn(
        inner.x,
        inner.y,
        fit(&query, width),
        width,
        theme.status_key,
    );
    let list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
    candidates(app, picker, theme, list, buf);
}

/// The candidates, scrolled so the highlighted one is on screen.
fn candidates(app: &App, picker: &Picker, theme: &Theme, list: Rect, buf: &mut Buffer) {
    let width = usize::from(list.width);
    let height = usize::from(list.height);
    let offset = (picker.selected + 1).saturating_sub(height);
    for (dy, i) in (offset..picker.candidates.len()).take(height).enumerate() {
        let y = list.y + dy as u16;
        let line = candidate_line(app, picker, i, theme, width);
        buf.set_line(list.x, y, &line, list.width);
        if i == picker.selected {
            buf.set_style(Rect::new(list.x, y, list.width, 1), theme.selected);
        }
    }
    if picker.candidates.is_empty() && height > 0 {
        let note = "no actor has a name like that";
        buf.set_stringn(list.x, list.y, note, width, theme.dim);
    }
}
