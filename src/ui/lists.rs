//! The timeline and quotes panes: one row per item, drawn only for the rows
//! on screen. The first column shows the selection (▶) and whether a row
//! involves the selected participant (•), so neither relies on colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::{App, ListCursor, Pane, TimelineItem, file_name};
use crate::model::{Briefing, MeetingStatus, QuoteId, QuoteKind};

use super::chrome::{frame, pane_block};
use super::text::{fit, pad};
use super::theme::Theme;
use crate::geometry::layout::{inner, timeline_areas};

/// Draws rows `cursor.offset..` of a list; `row(i)` gives row `i`'s cells and
/// whether it is marked.
pub fn draw_rows<'a>(
    area: Rect,
    buf: &mut Buffer,
    cursor: ListCursor,
    len: usize,
    style: (Style, &Theme),
    mut row: impl FnMut(usize) -> (Vec<Span<'a>>, bool),
) {
    let (selected_style, theme) = style;
    for (dy, i) in (cursor.offset..len)
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + dy as u16;
        let (cells, marked) = row(i);
        let selected = i == cursor.selected;
        let mut spans = vec![
            Span::raw(if selected { "▶" } else { " " }),
            Span::styled(if marked { "•" } else { " " }, theme.marked),
        ];
        spans.extend(cells);
        let line = if marked {
            Line::from(spans).style(theme.marked)
        } else {
            Line::from(spans)
        };
        buf.set_line(area.x, y, &line, area.width);
        if selected {
            buf.set_style(Rect::new(area.x, y, area.width, 1), selected_style);
        }
    }
    if len == 0 && area.height > 0 {
        let note = fit("nothing to show", usize::from(area.width));
        buf.set_stringn(area.x, area.y, note, usize::from(area.width), theme.dim);
    }
}

pub fn selection_style(theme: &Theme, focused: bool) -> Style {
    if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    }
}

/// Names joined with commas; the selected participant's stands out.
fn names<'a>(
    b: &'a Briefing,
    ids: &[usize],
    selected: Option<usize>,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    for (n, &id) in ids.iter().enumerate() {
        if n > 0 {
            spans.push(Span::raw(", "));
        }
        let style = if Some(id) == selected {
            theme.mention_selected
        } else {
            Style::new()
        };
        spans.push(Span::styled(fit(&b.actors[id].name, 40), style));
    }
    spans
}

fn date_cell(b: &Briefing, item: TimelineItem) -> String {
    let (date, inferred) = match item {
        TimelineItem::Meeting(m) => (b.meetings[m].date, b.meetings[m].date_inferred),
        TimelineItem::Quote(q) => (b.articles[b.quotes[q].article].date, false),
    };
    match date {
        Some(d) if inferred => format!("~{d} "),
        Some(d) => format!(" {d} "),
        None => " date ?    ".to_owned(),
    }
}

fn timeline_cells<'a>(app: &'a App, item: TimelineItem, theme: &Theme) -> (Vec<Span<'a>>, bool) {
    let b = &app.briefing;
    let selected = app.selected_actor();
    let mut spans = vec![Span::styled(date_cell(b, item), theme.dim)];
    let (article, marked, reports) = match item {
        TimelineItem::Meeting(m) => {
            let meeting = &b.meetings[m];
            let (kind, style) = match meeting.status {
                MeetingStatus::Held => ("✓ held    ", theme.held),
                MeetingStatus::Planned => ("◷ planned ", theme.planned),
            };
            spans.push(Span::styled(kind, style));
            spans.push(Span::raw(fit(
                meeting.place.as_deref().unwrap_or("place ?"),
                24,
            )));
            // Several reports: how many, and whether they disagree, before the names
            // so a narrow pane still shows it.
            if meeting.source_count() > 1 {
                let disagree = if meeting.disagreements.is_empty() {
                    ""
                } else {
                    ", disagree"
                };
                spans.push(Span::styled(
                    format!(" [{} sources{disagree}]", meeting.source_count()),
                    theme.dim,
                ));
            }
            spans.push(Span::raw(" — "));
            spans.extend(names(b, &meeting.participants, selected, theme));
            (
                meeting.article,
                selected.is_some_and(|a| meeting.participants.contains(&a)),
                meeting.source_count(),
            )
        }
        TimelineItem::Quote(q) => {
            let quote = &b.quotes[q];
            spans.push(Span::styled("❝ said    ", kind_style(quote.kind, theme)));
            spans.extend(speaker(b, quote.speaker, theme, 40));
            let words = super::text::first_words(b.text_of(quote.article, quote.span), 48);
            spans.push(Span::raw(format!(": {}", b.quoted(quote.article, &words))));
            (
                quote.article,
                selected.is_some() && quote.speaker == selected,
                quote.source_count(),
            )
        }
    };
    // "· 3 sources" when several articles report it; the first report's file otherwise.
    let origin = if reports > 1 {
        format!(" · {reports} sources")
    } else {
        format!(" · {}", fit(file_name(&b.articles[article].source), 30))
    };
    spans.push(Span::styled(origin, theme.dim));
    (spans, marked)
}

fn kind_style(kind: QuoteKind, theme: &Theme) -> Style {
    match kind {
        QuoteKind::Direct => theme.direct,
        QuoteKind::Reported => theme.reported,
    }
}

fn speaker<'a>(b: &'a Briefing, who: Option<usize>, theme: &Theme, width: usize) -> Vec<Span<'a>> {
    match who {
        Some(id) => vec![Span::raw(fit(&b.actors[id].name, width))],
        None => vec![Span::styled(fit("speaker unknown", width), theme.unknown)],
    }
}

pub fn timeline(app: &App, theme: &Theme, focused: bool, area: Rect, buf: &mut Buffer) {
    let days = app
        .days_shown
        .map_or_else(String::new, |span| format!(" · {span} (←/→)"));
    let note = format!("{} items{days}", app.rows.timeline.len());
    frame(pane_block(Pane::Timeline, &note, focused, theme), area, buf);
    let areas = timeline_areas(area, app.wants_ruler());
    if let Some(ruler) = areas.ruler {
        super::ruler::render(app, theme, ruler, buf);
    }
    let rows = &app.rows.timeline;
    draw_rows(
        areas.list,
        buf,
        app.cursors[0],
        rows.len(),
        (selection_style(theme, focused), theme),
        |i| timeline_cells(app, rows[i], theme),
    );
}

fn quote_cells<'a>(app: &'a App, q: QuoteId, width: usize, theme: &Theme) -> (Vec<Span<'a>>, bool) {
    let b = &app.briefing;
    let quote = &b.quotes[q];
    let speaker_width = (width / 4).clamp(10, 22);
    let mut spans = vec![Span::styled(
        pad(quote.kind.as_str(), 9),
        kind_style(quote.kind, theme),
    )];
    let mut who = speaker(b, quote.speaker, theme, speaker_width);
    if let Some(last) = who.last_mut() {
        *last = Span::styled(pad(&last.content, speaker_width), last.style);
    }
    spans.extend(who);
    let words = super::text::first_words(b.text_of(quote.article, quote.span), 60);
    spans.push(Span::raw(format!(" {}", b.quoted(quote.article, &words))));
    let article = &b.articles[quote.article];
    let date = article.date.map_or_else(String::new, |d| format!(" {d}"));
    spans.push(Span::styled(
        format!(" · {}{date}", fit(file_name(&article.source), 30)),
        theme.dim,
    ));
    let selected = app.selected_actor();
    (spans, selected.is_some() && quote.speaker == selected)
}

pub fn quotes(app: &App, theme: &Theme, focused: bool, area: Rect, buf: &mut Buffer) {
    let note = format!("{} quotes", app.rows.quotes.len());
    frame(pane_block(Pane::Quotes, &note, focused, theme), area, buf);
    let body = inner(area);
    let rows = &app.rows.quotes;
    let width = usize::from(body.width);
    draw_rows(
        body,
        buf,
        app.cursors[2],
        rows.len(),
        (selection_style(theme, focused), theme),
        |i| quote_cells(app, rows[i], width, theme),
    );
}
