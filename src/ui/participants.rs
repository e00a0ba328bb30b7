//! The participants pane: actors with kind, role and counts, and below them
//! the selected actor's dossier (name forms, roles, quotes, meetings, who
//! they met).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Pane};
use crate::model::{ActorId, ActorKind, MeetingStatus};

use super::chrome::{frame, pane_block};
use super::layout::participants_areas;
use super::lists::{draw_rows, selection_style};
use super::text::{first_words, fit, pad, pad_left};
use super::theme::Theme;

const KIND_WIDTH: usize = 8;
const COUNT_WIDTH: usize = 5;

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

/// The name column, one space narrower than what is left, to keep a gap.
fn name_width(width: usize) -> usize {
    width.saturating_sub(3 + kind_width(width) + 3 * COUNT_WIDTH)
}

fn header(width: usize) -> String {
    format!(
        "  {} {}{}{}{}",
        pad("name, role", name_width(width)),
        pad("kind", kind_width(width)),
        pad_left("ment", COUNT_WIDTH),
        pad_left("quot", COUNT_WIDTH),
        pad_left("meet", COUNT_WIDTH),
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
        Span::raw(pad(&name, name_width(width))),
        Span::raw(" "),
        Span::styled(pad(kind_label(actor.kind), kind_width(width)), theme.dim),
        Span::raw(pad_left(&actor.mentions.len().to_string(), COUNT_WIDTH)),
        Span::raw(pad_left(&index.quotes.len().to_string(), COUNT_WIDTH)),
        Span::raw(pad_left(&index.meetings.len().to_string(), COUNT_WIDTH)),
    ]
}

pub fn render(app: &App, theme: &Theme, focused: bool, area: Rect, buf: &mut Buffer) {
    let note = format!("{} · sort: {} (s)", app.rows.actors.len(), app.sort.label());
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
            header(width),
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
        (selection_style(theme, focused), theme),
        |i| {
            // The mark shows who met the selected participant.
            let met = selected.is_some_and(|s| app.index.actors[s].met.contains(&rows[i]));
            (actor_cells(app, rows[i], width, theme), met)
        },
    );
    if let (Some(dossier), Some(actor)) = (areas.dossier, selected) {
        render_dossier(app, actor, theme, dossier, buf);
    }
}

/// The dossier's lines, most telling first; cut to the space there is.
/// Name, kind, every name form, roles and who the actor met.
fn dossier_head(app: &App, id: ActorId, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let b = &app.briefing;
    let actor = &b.actors[id];
    let index = &app.index.actors[id];
    let labelled = |label: &str, text: &str| {
        Line::from(vec![
            Span::styled(label.to_owned(), theme.header),
            Span::raw(format!(" {}", fit(text, width))),
        ])
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(fit(&actor.name, width), theme.heading),
        Span::styled(format!(" ({})", actor.kind.as_str()), theme.dim),
    ])];
    lines.push(labelled("forms:", &index.forms.join(", ")));
    if !actor.roles.is_empty() {
        lines.push(labelled("roles:", &actor.roles.join("; ")));
    }
    let met: Vec<&str> = index
        .met
        .iter()
        .map(|&a| b.actors[a].name.as_str())
        .collect();
    let met = if met.is_empty() {
        "—".to_owned()
    } else {
        met.join(", ")
    };
    lines.push(labelled("met:", &met));
    lines
}

fn meeting_line(app: &App, id: ActorId, m: usize, theme: &Theme, width: usize) -> Line<'static> {
    let b = &app.briefing;
    let meeting = &b.meetings[m];
    let status = match meeting.status {
        MeetingStatus::Held => Span::styled("✓ held ", theme.held),
        MeetingStatus::Planned => Span::styled("◷ planned ", theme.planned),
    };
    let date = meeting
        .date
        .map_or_else(|| "date ?".to_owned(), |d| d.to_string());
    let place = meeting.place.as_deref().unwrap_or("place ?");
    let others: Vec<&str> = meeting
        .participants
        .iter()
        .filter(|&&p| p != id)
        .map(|&p| b.actors[p].name.as_str())
        .collect();
    let text = format!("{date} {place} — with {}", others.join(", "));
    Line::from(vec![Span::raw("  "), status, Span::raw(fit(&text, width))])
}

/// Lists stop after `limit` entries: a prolific actor's dossier is only ever
/// drawn as far as the pane reaches. The second value counts every line.
fn dossier_lines(
    app: &App,
    id: ActorId,
    theme: &Theme,
    width: usize,
    limit: usize,
) -> (Vec<Line<'static>>, usize) {
    let b = &app.briefing;
    let index = &app.index.actors[id];
    let label = |s: String| Line::from(Span::styled(s, theme.header));
    let mut lines = dossier_head(app, id, theme, width);
    lines.push(label(format!("quotes ({}):", index.quotes.len())));
    for &q in index.quotes.iter().take(limit) {
        let quote = &b.quotes[q];
        let words = first_words(
            b.text_of(quote.article, quote.span),
            width.saturating_sub(4),
        );
        lines.push(Line::from(format!("  „{words}”")));
    }
    lines.push(label(format!("meetings ({}):", index.meetings.len())));
    for &m in index.meetings.iter().take(limit) {
        lines.push(meeting_line(app, id, m, theme, width.saturating_sub(12)));
    }
    let cut = |n: usize| n - n.min(limit);
    let total = lines.len() + cut(index.quotes.len()) + cut(index.meetings.len());
    (lines, total)
}

fn render_dossier(app: &App, actor: ActorId, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    buf.set_stringn(area.x, area.y, "─".repeat(width), width, theme.border);
    let body = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    let room = usize::from(body.height);
    let (lines, total) = dossier_lines(app, actor, theme, width, room);
    for (dy, line) in lines.iter().take(room).enumerate() {
        buf.set_line(body.x, body.y + dy as u16, line, body.width);
    }
    if total > room && room > 0 {
        let more = format!("… {} more lines", total - room + 1);
        let y = body.bottom() - 1;
        buf.set_line(
            body.x,
            y,
            &Line::from(Span::styled(pad(&more, width), theme.dim)),
            body.width,
        );
    }
}
