//! The help screen: the lines a help page gives (the focused pane's keys, or the
//! skipped files), styled, in a scrolling box.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::{App, HelpLine, Page, page_lines};
use crate::geometry::popup::help_popup;

use super::text::{fit, pad};
use super::theme::Theme;

const KEYS_WIDTH: usize = 22;

fn styled(line: HelpLine, theme: &Theme) -> Line<'static> {
    match line {
        HelpLine::Heading(title) => Line::from(Span::styled(title, theme.heading)),
        HelpLine::Keys { keys, help } => Line::from(vec![
            Span::styled(pad(&keys, KEYS_WIDTH), theme.status_key),
            Span::raw(help),
        ]),
        HelpLine::Text(text) => Line::from(text),
        HelpLine::Owned(text) => Line::from(text),
        HelpLine::Blank => Line::from(""),
    }
}

pub fn render(app: &App, theme: &Theme, page: Page, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line> = page_lines(app, page)
        .into_iter()
        .map(|l| styled(l, theme))
        .collect();
    let title = match page {
        Page::Keys => " Help — Esc closes, j/k scroll ",
        Page::Skipped => " Skipped files — Esc closes, j/k scroll ",
    };
    let popup = help_popup(area);
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
