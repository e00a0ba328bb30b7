//! The day ruler over the timeline: `←`/`→` narrow the timeline to the
//! next or previous day with rows, and past either end show every day
//! again; a click on a column narrows to the days it stands for, and a
//! second click on it widens again.

use ratatui::layout::Rect;

use crate::geometry::layout::timeline_areas;

use super::action::Pane;
use super::activity::DaySpan;
use super::index::timeline_date;
use super::{App, jump, nav};

/// `→` (`forward`) or `←` in the timeline.
pub fn step_day(app: &mut App, forward: bool) {
    let days = &app.index.days;
    if !days.several() {
        app.message = Some("the timeline has one day: nothing to narrow".to_owned());
        return;
    }
    let next = match app.days_shown {
        // From every day, the selected row's day first.
        None => app
            .selected_timeline()
            .and_then(|item| timeline_date(&app.briefing, item))
            .or_else(|| days.step(None, forward)),
        Some(span) => days.step(Some(if forward { span.last } else { span.first }), forward),
    };
    show_days(app, next.map(DaySpan::day));
}

/// A click at column `col` of the ruler drawn at `ruler`.
pub fn click(app: &mut App, col: u16, ruler: Rect) {
    let width = usize::from(ruler.width);
    let buckets = app.index.days.buckets(width);
    let at = usize::from(col.saturating_sub(ruler.x)) / app.index.days.cells_per_bucket(width);
    let Some(bucket) = buckets.get(at) else {
        return;
    };
    if app.days_shown == Some(bucket.days) {
        show_days(app, None);
    } else if bucket.counts.total() > 0 {
        show_days(app, Some(bucket.days));
    } else {
        app.message = Some(format!("nothing on {}", bucket.days));
    }
}

fn show_days(app: &mut App, span: Option<DaySpan>) {
    app.days_shown = span;
    jump::rebuild_rows(app);
    app.message = Some(match span {
        Some(span) => format!("timeline: {span} (←/→ another day, past the ends every day)"),
        None => "timeline: every day".to_owned(),
    });
    nav::follow_selection(app, Pane::Timeline);
}

impl App {
    /// Where the day ruler is on screen, if it is drawn.
    pub fn ruler_rect(&self) -> Option<Rect> {
        let areas = self.areas();
        if !areas.is_shown(Pane::Timeline) {
            return None;
        }
        timeline_areas(areas.pane(Pane::Timeline), self.wants_ruler()).ruler
    }
}
