//! The participants pane: actors with kind, role and counts, and below them
//! the selected actor's dossier (name forms, roles, quotes, meetings, who
//! they met).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::app::{App, Pane, SortKey};
use crate::model::{ActorId, ActorKind};

use super::chrome::{frame, pane_block};
use super::lists::{draw_rows, selection_style};
use super::text::{pad, pad_left};
use super::theme::Theme;
use crate::geometry::layout::participants_areas;

const KIND_WIDTH: usize = 8;
const COUNT_WIDTH: usize = 5;
const ACTIVITY_WIDTH: usize = 9;
/// From this list width the activity column shows without being asked for.
const ACTIVITY_MIN_LIST: usize = 50;

fn kind_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "org",
        ActorKind::Country => "country",
        ActorKind::Group => "group",
    }
}

/// The kind column only when the names keep room; the dossier says it too.
fn kind_width(width: usize) -> usize {
    if width >= 46 { KIND_WIDTH } else { 0 }
}

/// The activity sparkline's column (a space, then the line), when the
/// briefing spans several days and the names keep room; sorting by activity
/// asks for it at any width it fits in.
fn activity_width(app: &App, width: usize) -> usize {
    let wanted = width >= ACTIVITY_MIN_LIST || app.sort == SortKey::Activity;
    let fits = width >= 3 + 3 * COUNT_WIDTH + ACTIVITY_WIDTH + 8;
    if app.wants_ruler() && wanted && fits {
        ACTIVITY_WIDTH
    } else {
        0
    }
}

/// The name column, one space narrower than what is left, to keep a gap.
fn name_width(app: &App, width: usize) -> usize {
    width.saturating_sub(3 + kind_width(width) + 3 * COUNT_WIDTH + activity_width(app, width))
}

fn header(app: &App, width: usize) -> String {
    format!(
        "  {} {}{}{}{}{}",
        pad("name, role", name_width(app, width)),
        pad("kind", kind_width(width)),
        pad_left("ment", COUNT_WIDTH),
        pad_left("quot", COUNT_WIDTH),
        pad_left("meet", COUNT_WIDTH),
        pad(" days", activity_width(app, width)),
    )
}

fn actor_cells(app: &App, id: ActorId, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let actor = &app.briefing.actors[id];
    let index = &app.index.actors[id];
    let name = match actor.roles.first() {
        Some(role) => format!("{}, {role}", actor.name),
        None => actor.name.clone(),
    };
    vec![
        Span::raw(pad(&name, name_width(app, width))),
        Span::raw(" "),
        Span::styled(pad(kind_label(actor.kind), kind_width(width)), theme.dim),
        Span::raw(pad_left(&actor.mentions.len().to_string(), COUNT_WIDTH)),
        Span::raw(pad_left(&index.quotes.len().to_string(), COUNT_WIDTH)),
        Span::raw(pad_left(&index.meetings.len().to_string(), COUNT_WIDTH)),
    ]
}

/// Each row's sparkline, over the blank its cells leave at the right.
fn activity_column(app: &App, theme: &Theme, list: Rect, buf: &mut Buffer) {
    let width = activity_width(app, usize::from(list.width)) as u16;
    if width == 0 {
        return;
    }
    let x = list.x + (list.width - width) + 1;
    let cursor = app.cursors[1];
    let rows = app.rows.actors.iter().skip(cursor.offset);
    for (dy, &actor) in rows.take(usize::from(list.height)).enumerate() {
        let cell = Rect::new(x, list.y + dy as u16, width - 1, 1);
        super::activity::spark(app, actor, theme, cell, buf);
    }
}

pub fn render(app: &App, theme: &Theme, focused: bool, area: Rect, buf: &mut Buffer) {
    let voice = match app.voice {
        crate::app::Voice::All => String::new(),
        other => format!(" · {} (v)", other.label()),
    };
    let kind = match app.kind_shown {
        None => String::new(),
        some => format!(" · {} (t)", crate::app::kind_label(some)),
    };
    let note = format!(
        "{} · sort: {} (s){voice}{kind}",
        app.rows.actors.len(),
        app.sort.label(),
    );
    frame(
        pane_block(Pane::Participants, &note, focused, theme),
        area,
        buf,
    );
    let areas = participants_areas(area);
    let width = usize::from(areas.list.width);
    if areas.header.height > 0 {
        buf.set_stringn(
            areas.header.x,
            areas.header.y,
            header(app, width),
            width,
            theme.header,
        );
    }
    let rows = &app.rows.actors;
    let selected = app.selected_actor();
    draw_rows(
        areas.list,
        buf,
        app.cursors[1],
        rows.len(),
        (
            selection_style(theme, focused && !app.dossier.focused),
            theme,
        ),
        |i| {
            // The mark shows who met the selected participant.
            let met = selected.is_some_and(|s| app.index.actors[s].met.contains(&rows[i]));
            (actor_cells(app, rows[i], width, theme), met)
        },
    );
    activity_column(app, theme, areas.list, buf);
    if let (Some(dossier), Some(actor)) = (areas.dossier, selected) {
        super::dossier::render(app, actor, theme, dossier, buf);
    }
}
