//! The dossier under the participants list, and its who-met-whom table: the
//! lines `App::dossier` holds, drawn from its scroll offset. With the
//! keyboard in it (`d`), the selected line is marked ▶ and reversed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, DossierView, Entry, Partner, file_name};
use crate::model::{ActorId, ArticleId, MeetingStatus};

use super::text::{first_words, fit, pad, pad_left};
use super::theme::Theme;

const COUNT_WIDTH: usize = 5;

fn article_label(app: &App, article: ArticleId) -> String {
    let a = &app.briefing.articles[article];
    let date = a
        .date
        .map_or_else(|| "no date".to_owned(), |d| d.to_string());
    format!("{date} · {}", file_name(&a.source))
}

/// The rule above the dossier: which view, where in it, and the keys when
/// there is room for them.
fn rule(app: &App, width: usize) -> String {
    let d = &app.dossier;
    let view = match d.view {
        DossierView::Dossier => "dossier",
        DossierView::WhoMet => "who met whom",
        DossierView::Graph => "who met whom, graph",
    };
    let keys = if d.focused {
        "Enter opens · d back"
    } else {
        "w switch · m graph · d scroll"
    };
    let shown = format!(
        " {}/{} ",
        (d.cursor.selected + 1).min(d.entries.len()),
        d.entries.len()
    );
    let room = width.saturating_sub(shown.chars().count() + 2);
    let mut head = format!("─ {view} · {keys} ");
    if head.chars().count() > room {
        head = format!("─ {view} ");
    }
    let fill = width.saturating_sub(head.chars().count() + shown.chars().count());
    format!("{head}{}{shown}", "─".repeat(fill))
}

fn title(app: &App, id: ActorId, theme: &Theme, width: usize) -> Line<'static> {
    let actor = &app.briefing.actors[id];
    let lead = match app.dossier.view {
        DossierView::Dossier => String::new(),
        DossierView::WhoMet | DossierView::Graph => "Who met ".to_owned(),
    };
    Line::from(vec![
        Span::styled(fit(&format!("{lead}{}", actor.name), width), theme.heading),
        Span::styled(format!(" ({})", actor.kind.as_str()), theme.dim),
    ])
}

fn counts(app: &App, id: ActorId) -> String {
    let index = &app.index.actors[id];
    let mentions = app.briefing.actors[id].mentions.len();
    let quotes = index.quotes.len();
    let voice = if quotes == 0 {
        "never quoted"
    } else {
        "speaks"
    };
    format!(
        "mentions {mentions} · quotes {quotes} · meetings {} · {voice}",
        index.meetings.len()
    )
}

fn meeting_text(app: &App, id: ActorId, m: usize) -> (Span<'static>, String) {
    let b = &app.briefing;
    let meeting = &b.meetings[m];
    let status = match meeting.status {
        MeetingStatus::Held => "✓ held ",
        MeetingStatus::Planned => "◷ planned ",
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
    (
        Span::raw(status),
        format!("{date} {place} — with {}", others.join(", ")),
    )
}

/// The who-met-whom columns: name, shared meetings, paragraphs together.
fn partner_widths(width: usize) -> (usize, usize) {
    let name = (width / 3).clamp(8, 24);
    let example = width.saturating_sub(2 + name + 2 * COUNT_WIDTH + 2);
    (name, example)
}

fn partner_header(width: usize) -> String {
    let (name, _) = partner_widths(width);
    format!(
        "  {}{}{}  example",
        pad("with", name),
        pad_left("meet", COUNT_WIDTH),
        pad_left("para", COUNT_WIDTH),
    )
}

fn partner_line(app: &App, p: &Partner, width: usize) -> String {
    let b = &app.briefing;
    let (name, example) = partner_widths(width);
    let sentence = p.meetings.first().map_or_else(String::new, |&m| {
        let meeting = &b.meetings[m];
        first_words(b.text_of(meeting.article, meeting.span), example).into_string()
    });
    format!(
        "  {}{}{}  {sentence}",
        pad(&b.actors[p.actor].name, name),
        pad_left(&p.meetings.len().to_string(), COUNT_WIDTH),
        pad_left(&p.together.to_string(), COUNT_WIDTH),
    )
}

fn entry_line(app: &App, id: ActorId, entry: &Entry, theme: &Theme, w: usize) -> Line<'static> {
    let b = &app.briefing;
    let text = |s: String| Line::from(fit(&s, w).into_string());
    match entry {
        Entry::Title => title(app, id, theme, w.saturating_sub(12)),
        Entry::Counts => Line::from(Span::styled(fit(&counts(app, id), w), theme.dim)),
        // Drawn over the empty line by the sparkline.
        Entry::Activity => Line::default(),
        Entry::Appearance(first, l) => {
            let label = if *first { "first:" } else { "last: " };
            Line::from(vec![
                Span::styled(label, theme.header),
                Span::raw(fit(&format!(" {}", article_label(app, l.article)), w - 6)),
            ])
        }
        Entry::Heading("met", 0) => Line::from(Span::styled(
            "met: no shared meetings".to_owned(),
            theme.header,
        )),
        Entry::Heading(label, 0) => Line::from(vec![
            Span::styled(format!("{label}:"), theme.header),
            Span::styled(" —", theme.dim),
        ]),
        Entry::Heading("met", _) if app.dossier.view == DossierView::WhoMet => {
            Line::from(Span::styled(pad(&partner_header(w), w), theme.header))
        }
        Entry::Heading(label, n) => {
            Line::from(Span::styled(format!("{label} ({n}):"), theme.header))
        }
        Entry::Role(role, Some(l)) => text(format!(
            "  {role} — {} ({})",
            article_label(app, l.article),
            app.briefing.articles[l.article].language.code()
        )),
        Entry::Role(role, None) => Line::from(vec![
            Span::raw(fit(&format!("  {role}"), w)),
            Span::styled(" — not in these words", theme.dim),
        ]),
        Entry::Form(form, _) => text(format!("  {form}")),
        Entry::Article(l) => {
            let title = b.articles[l.article].title.as_deref().unwrap_or("");
            text(format!("  {} {title}", article_label(app, l.article)))
        }
        Entry::Quote(q) => {
            let quote = &b.quotes[*q];
            let words = first_words(b.text_of(quote.article, quote.span), w.saturating_sub(14));
            let kind = Span::styled(format!(" {}", quote.kind.as_str()), theme.dim);
            Line::from(vec![
                Span::raw(format!("  {}", b.quoted(quote.article, &words))),
                kind,
            ])
        }
        Entry::Meeting(m) => {
            let (status, rest) = meeting_text(app, id, *m);
            let style = match b.meetings[*m].status {
                MeetingStatus::Held => theme.held,
                MeetingStatus::Planned => theme.planned,
            };
            let room = w.saturating_sub(2 + status.content.chars().count());
            Line::from(vec![
                Span::raw("  "),
                status.style(style),
                Span::raw(fit(&rest, room)),
            ])
        }
        Entry::Partner(p) => text(partner_line(app, p, w)),
    }
}

pub fn render(app: &App, actor: ActorId, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    if width < 8 || area.height == 0 {
        return;
    }
    buf.set_stringn(area.x, area.y, rule(app, width), width, theme.border);
    let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    let d = &app.dossier;
    if d.view == DossierView::Graph {
        super::graph::render(app, actor, theme, body, buf);
        return;
    }
    let lines = d.entries.iter().enumerate().skip(d.cursor.offset);
    for (dy, (i, entry)) in lines.take(usize::from(body.height)).enumerate() {
        let y = body.y + dy as u16;
        let selected = d.focused && i == d.cursor.selected;
        let mark = if selected { "▶" } else { " " };
        buf.set_string(body.x, y, mark, theme.marked);
        let line = entry_line(app, actor, entry, theme, width - 1);
        buf.set_line(body.x + 1, y, &line, body.width - 1);
        if *entry == Entry::Activity {
            let row = Rect::new(body.x + 1, y, body.width - 1, 1);
            super::activity::dossier_line(app, actor, theme, row, buf);
        }
        if selected {
            buf.set_style(Rect::new(body.x, y, body.width, 1), theme.selected);
        }
    }
}
