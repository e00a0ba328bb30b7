//! Moving through the focused pane: selection in the lists, scrolling in the
//! article, switching panes, the mouse. Moving in the timeline or the quotes
//! list takes the article along, so the selected item is always in view.

use crate::geometry::layout::tab_at;
use crate::model::Span;

use super::action::{Action, Pane};
use super::index::{Item, TimelineItem};
use super::reader::Target;
use super::{App, Overlay};

const WHEEL_STEP: isize = 3;

fn list_of(pane: Pane) -> Option<usize> {
    match pane {
        Pane::Timeline => Some(0),
        Pane::Participants => Some(1),
        Pane::Quotes => Some(2),
        Pane::Article => None,
    }
}

/// How far a movement goes in a pane showing `height` rows; `None` for top
/// and bottom, which are absolute.
fn step(action: Action, height: usize) -> Option<isize> {
    let page = height.max(1) as isize;
    let half = (page / 2).max(1);
    match action {
        Action::Down => Some(1),
        Action::Up => Some(-1),
        Action::HalfPageDown => Some(half),
        Action::HalfPageUp => Some(-half),
        Action::PageDown => Some(page),
        Action::PageUp => Some(-page),
        _ => None,
    }
}

/// j/k, pages, g/G in the focused pane.
pub fn move_in_focus(app: &mut App, action: Action) {
    let pane = app.focus;
    match list_of(pane) {
        Some(list) => {
            let len = app.rows.len(list);
            let height = app.list_height(pane);
            let cursor = &mut app.cursors[list];
            match (action, step(action, height)) {
                (_, Some(delta)) => cursor.move_by(delta, len),
                (Action::Top, _) => cursor.selected = 0,
                (_, None) => cursor.selected = len.saturating_sub(1),
            }
            follow_selection(app, pane);
        }
        None => {
            let reader = &mut app.reader;
            match (action, step(action, reader.height)) {
                (_, Some(delta)) => reader.scroll_by(delta),
                (Action::Top, _) => reader.scroll_to(0),
                (_, None) => reader.scroll_to(usize::MAX),
            }
        }
    }
}

/// Where the item selected in the timeline or the quotes list stands in its article.
pub fn selected_target(app: &App, pane: Pane) -> Option<Target> {
    match pane {
        Pane::Timeline => app.selected_timeline().map(|item| match item {
            TimelineItem::Meeting(m) => Target::meeting(&app.briefing, m),
            TimelineItem::Quote(q) => Target::quote(&app.briefing, q),
        }),
        Pane::Quotes => app
            .selected_quote()
            .map(|q| Target::quote(&app.briefing, q)),
        _ => None,
    }
}

/// The article shows the item selected in the timeline or the quotes list.
pub fn follow_selection(app: &mut App, pane: Pane) {
    if let Some(target) = selected_target(app, pane) {
        app.reader.show_target(&app.briefing, target);
    }
}

pub fn focus(app: &mut App, pane: Pane) {
    app.focus = pane;
    app.settle();
}

/// The wheel scrolls the pane under the pointer, without focusing it.
pub fn wheel(app: &mut App, col: u16, row: u16, down: bool) {
    let delta = if down { WHEEL_STEP } else { -WHEEL_STEP };
    if let Overlay::Help { page, .. } = app.overlay {
        let screen = ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1);
        let max = super::help::max_scroll(app, page, screen);
        if let Overlay::Help { scroll, .. } = &mut app.overlay {
            *scroll = scroll.saturating_add_signed(delta).min(max);
        }
        return;
    }
    let Some(pane) = app.areas().pane_at(col, row) else {
        return;
    };
    match list_of(pane) {
        Some(list) => {
            let len = app.rows.len(list);
            app.cursors[list].move_by(delta, len);
            follow_selection(app, pane);
        }
        None => app.reader.scroll_by(delta),
    }
}

/// A click focuses the pane under it and selects the row clicked.
pub fn click(app: &mut App, col: u16, row: u16) {
    let areas = app.areas();
    if let Some(tabs) = areas.tabs.filter(|t| t.y == row) {
        if let Some(pane) = tab_at(tabs, col, app.focus) {
            focus(app, pane);
        }
        return;
    }
    let Some(pane) = areas.pane_at(col, row) else {
        return;
    };
    let on_ruler = app
        .ruler_rect()
        .filter(|r| r.contains(ratatui::layout::Position::new(col, row)));
    if let Some(ruler) = on_ruler {
        focus(app, pane);
        super::ruler::click(app, col, ruler);
        return;
    }
    // The row is read off the layout the reader clicked on, before focusing
    // resizes the panes.
    let clicked = list_of(pane).and_then(|list| {
        let area = app.list_rect(pane);
        let inside = area.y <= row && row < area.bottom() && area.x <= col && col < area.right();
        let index = app.cursors[list].offset + usize::from(row.saturating_sub(area.y));
        (inside && index < app.rows.len(list)).then_some((list, index))
    });
    focus(app, pane);
    if let Some((list, index)) = clicked {
        app.cursors[list].selected = index;
        follow_selection(app, pane);
    }
}

/// The article's first mention of `actor` in the article on screen, or else
/// anywhere.
pub fn first_mention(app: &App, actor: usize) -> Option<(usize, Span)> {
    let items = &app.index.actors.get(actor)?.items;
    let here = app.reader.article;
    items
        .iter()
        .filter(|l| matches!(l.item, Item::Mention(_)))
        .find(|l| l.article == here)
        .or_else(|| items.iter().find(|l| matches!(l.item, Item::Mention(_))))
        .map(|l| (l.article, l.span))
}
