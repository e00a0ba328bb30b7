//! The day ruler at the top of the timeline: one column per day, or per run
//! of days when the briefing is longer than the pane is wide. A bar says how
//! much happened, a mark below it what (`✓` a held meeting, `◷` a planned one,
//! `❝` a statement, `·` nothing), so neither needs colour; the selected row's
//! day is reversed, the days the timeline is narrowed to are underlined, and
//! the first and last dates close the ruler.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Sparkline, SparklineBar, Widget};

use crate::app::{App, DayCounts, timeline_date};

use super::text::fit;
use super::theme::Theme;

/// What a column's mark says, the most telling first.
fn mark(counts: DayCounts, theme: &Theme) -> (&'static str, Style) {
    if counts.held > 0 {
        ("✓", theme.held)
    } else if counts.planned > 0 {
        ("◷", theme.planned)
    } else if counts.statements > 0 {
        ("❝", theme.direct)
    } else {
        ("·", theme.dim)
    }
}

fn scale(days_per_mark: usize) -> String {
    match days_per_mark {
        1 => "daily".to_owned(),
        n => format!("{n} days per mark"),
    }
}

/// The dates under the ruler: first at the left, last at the right, the
/// scale between them where it fits.
fn axis(app: &App, width: usize) -> String {
    let days = &app.index.days;
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return String::new();
    };
    let (first, last) = (first.to_string(), last.to_string());
    let middle = format!(" {} ", scale(days.days_per_column(width)));
    let fixed = first.len() + last.len();
    let middle = if fixed + middle.chars().count() <= width {
        middle
    } else {
        String::new()
    };
    let gap = width.saturating_sub(fixed + middle.chars().count());
    let left = gap / 2;
    format!(
        "{first}{}{middle}{}{last}",
        " ".repeat(left),
        " ".repeat(gap - left)
    )
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let days = &app.index.days;
    let width = usize::from(area.width);
    let buckets = days.buckets(width);
    let cells = days.cells_per_bucket(width);
    let bars: Vec<SparklineBar> = buckets
        .iter()
        .flat_map(|b| {
            let n = u64::from(b.counts.total());
            std::iter::repeat_n(SparklineBar::from((n > 0).then_some(n)), cells)
        })
        .collect();
    Sparkline::default()
        .data(bars)
        .style(theme.bar)
        .absent_value_symbol(" ")
        .render(Rect::new(area.x, area.y, area.width, 1), buf);
    let selected = app
        .selected_timeline()
        .and_then(|item| timeline_date(&app.briefing, item))
        .and_then(|d| days.column_of(d, width));
    for (i, bucket) in buckets.iter().enumerate() {
        let (symbol, mut style) = mark(bucket.counts, theme);
        let narrowed = app
            .days_shown
            .is_some_and(|s| s.contains(bucket.days.first) || bucket.days.contains(s.first));
        if narrowed {
            style = style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
        }
        if Some(i) == selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
        let x = area.x + (i * cells) as u16;
        buf.set_string(x, area.y + 1, symbol, style);
        // A wide column's other cells carry its styles, not its mark.
        let rest = Rect::new(x + 1, area.y + 1, (cells - 1) as u16, 1);
        buf.set_style(rest, style);
    }
    if area.height > 2 {
        let line = fit(&axis(app, width), width);
        buf.set_stringn(area.x, area.y + 2, line, width, theme.dim);
    }
}
