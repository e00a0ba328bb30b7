//! The article pane: the current article wrapped to a readable width, only
//! the rows on screen drawn. Highlights are byte spans laid over each line:
//! actor mentions (the selected participant's stand out), the item shown
//! (a quote with its speech verb, a meeting with its trigger word) and search
//! matches. A gutter marker (▌) shows the item's lines without colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};

use crate::app::{App, Hit, Pane, TargetKind, file_name};
use crate::model::{SafeText, Span};

use super::chrome::{frame, pane_block};
use super::theme::Theme;
use crate::geometry::layout::{GUTTER, text_area};
use crate::geometry::wrap::{LineKind, WrappedLine};

/// A style over a byte range; later layers are drawn over earlier ones.
type Layer = (Span, Style);

fn title_note(app: &App) -> String {
    let Some(article) = app.briefing.articles.get(app.reader.article) else {
        return "no article".to_owned();
    };
    let mut note = String::from(file_name(&article.source));
    if let Some(d) = article.date {
        note.push_str(&format!(" · {d}"));
    }
    if let Some(t) = &article.title {
        note.push_str(&format!(" · {t}"));
    }
    note
}

/// The highlights that touch bytes `visible`, lowest priority first.
fn layers(app: &App, theme: &Theme, visible: Span) -> Vec<Layer> {
    let article = app.reader.article;
    let selected = app.selected_actor();
    let touches = |s: &Span| s.start < visible.end && visible.start < s.end;
    let mut out: Vec<Layer> = Vec::new();
    for (span, actor) in app
        .index
        .article_mentions
        .get(article)
        .into_iter()
        .flatten()
    {
        if touches(span) {
            let marked = Some(*actor) == selected || app.filter.contains(actor);
            let style = if marked {
                theme.mention_selected
            } else {
                theme.mention(*actor)
            };
            out.push((*span, style));
        }
    }
    if let Some(t) = app.reader.target.filter(|t| t.article == article) {
        let style = match t.kind {
            TargetKind::Mention(_) => theme.mention_selected.patch(theme.target),
            _ => theme.target,
        };
        out.push((t.span, style));
        out.extend(t.mark.map(|m| (m, theme.cue)));
    }
    if app.search.pane == Some(Pane::Article) && app.search.article == article {
        let current = app.search.current_hit();
        for hit in &app.search.hits {
            let Hit::Text(span) = hit else { continue };
            if touches(span) {
                let style = if Some(*hit) == current {
                    theme.search_current
                } else {
                    theme.search_hit
                };
                out.push((*span, style));
            }
        }
    }
    out
}

/// One wrapped line split where highlights begin and end.
fn styled_line(text: &str, line: WrappedLine, layers: &[Layer], base: Style) -> Line<'static> {
    let range = line.span();
    let mut cuts = vec![range.start, range.end];
    for (span, _) in layers.iter().filter(|(s, _)| s.overlaps(range)) {
        cuts.extend(
            [span.start, span.end]
                .into_iter()
                .filter(|&c| range.start < c && c < range.end),
        );
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .map(|w| {
            let piece = Span {
                start: w[0],
                end: w[1],
            };
            let style = layers
                .iter()
                .filter(|(s, _)| s.contains(piece))
                .fold(base, |acc, (_, st)| acc.patch(*st));
            TextSpan::styled(SafeText::new(&text[piece.range()]), style)
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}

pub fn render(app: &App, theme: &Theme, focused: bool, area: Rect, buf: &mut Buffer) {
    frame(
        pane_block(Pane::Article, &title_note(app), focused, theme),
        area,
        buf,
    );
    let text_rect = text_area(area);
    let reader = &app.reader;
    let Some(article) = app.briefing.articles.get(reader.article) else {
        return;
    };
    let shown: Vec<WrappedLine> = reader
        .lines
        .iter()
        .skip(reader.top)
        .take(usize::from(text_rect.height))
        .copied()
        .collect();
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return;
    };
    let layers = layers(app, theme, Span::new(first.start, last.end));
    let target = reader
        .target
        .filter(|t| t.article == reader.article)
        .map(|t| t.span);
    for (dy, line) in shown.iter().enumerate() {
        let y = text_rect.y + dy as u16;
        let base = if line.kind == LineKind::Heading {
            theme.heading
        } else {
            Style::new()
        };
        let styled = styled_line(&article.text, *line, &layers, base);
        buf.set_line(text_rect.x, y, &styled, text_rect.width);
        let in_target = target.is_some_and(|t| {
            t.overlaps(line.span()) || (t.is_empty() && t.start as usize == line.start)
        });
        if in_target && line.kind != LineKind::Blank && text_rect.x >= GUTTER {
            buf.set_string(text_rect.x - GUTTER, y, "▌", theme.marked);
        }
    }
}
