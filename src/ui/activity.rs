//! An actor's activity over the briefing's days as a sparkline: mentions,
//! quotes and meetings per day (per run of days when the line is short), a
//! blank where nothing happened. In the dossier it is one line between the
//! first and last dates; in the participants list, a narrow column.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Sparkline, Widget};

use crate::app::{App, series};
use crate::model::ActorId;

use super::theme::Theme;

/// Below this many columns the sparkline is left out rather than squeezed.
pub const MIN_SPARK: u16 = 4;
const LABEL: &str = "days ";

/// The sparkline alone, filling `area`'s first row.
pub fn spark(app: &App, actor: ActorId, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.width < MIN_SPARK || area.height == 0 {
        return;
    }
    let buckets = app.index.days.buckets(usize::from(area.width));
    let data = series(&app.index.actors[actor].activity, &buckets);
    Sparkline::default()
        .data(data)
        .style(theme.bar)
        .absent_value_symbol(" ")
        .render(Rect::new(area.x, area.y, area.width, 1), buf);
}

/// The dossier's line: `days 2026-03-01 ▂█ ▅ 2026-03-09`, dates left out
/// when they would squeeze the sparkline.
pub fn dossier_line(app: &App, actor: ActorId, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let days = &app.index.days;
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return;
    };
    let (first, last) = (format!("{first} "), format!(" {last}"));
    let label = LABEL.len() as u16;
    let dates = (first.len() + last.len()) as u16;
    buf.set_stringn(area.x, area.y, LABEL, usize::from(area.width), theme.header);
    let rest = Rect::new(
        area.x + label.min(area.width),
        area.y,
        area.width.saturating_sub(label),
        1,
    );
    if rest.width < dates + MIN_SPARK {
        spark(app, actor, theme, rest, buf);
        return;
    }
    buf.set_string(rest.x, rest.y, &first, theme.dim);
    let line = Rect::new(rest.x + first.len() as u16, rest.y, rest.width - dates, 1);
    spark(app, actor, theme, line, buf);
    buf.set_string(line.right(), rest.y, &last, theme.dim);
}
