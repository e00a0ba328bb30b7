//! The `brief/1` JSON export (see SCHEMA.md): offsets in Unicode scalar values.

use serde::Serialize;

use crate::model::{Article, Briefing, Span};

#[derive(Serialize)]
struct Export<'a> {
    schema: &'static str,
    articles: Vec<ArticleOut<'a>>,
    actors: Vec<ActorOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    meetings: Vec<MeetingOut<'a>>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: String,
    source: &'a str,
    url: Option<&'a str>,
    date: Option<String>,
    title: Option<&'a str>,
    language: &'static str,
    text: &'a str,
    paragraphs: Vec<ParagraphOut>,
}

#[derive(Serialize)]
struct ParagraphOut {
    start: usize,
    end: usize,
    heading: bool,
}

#[derive(Serialize)]
struct ActorOut<'a> {
    id: String,
    name: &'a str,
    kind: &'static str,
    roles: &'a [String],
    mentions: Vec<SpanOut<'a>>,
}

#[derive(Serialize)]
struct SpanOut<'a> {
    article: String,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: String,
    article: String,
    kind: &'static str,
    text: &'a str,
    speaker: Option<String>,
    cue: Option<&'a str>,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    continues: Option<String>,
    sources: Vec<SourceOut>,
}

/// One report of a quote or meeting.
#[derive(Serialize)]
struct SourceOut {
    article: String,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct MeetingOut<'a> {
    id: String,
    article: String,
    participants: Vec<String>,
    place: Option<&'a str>,
    date: Option<String>,
    date_inferred: bool,
    status: &'static str,
    summary: &'a str,
    start: usize,
    end: usize,
    sources: Vec<SourceOut>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    disagreements: &'a [String],
}

/// Byte offset → character offset, for one article's text.
struct CharOffsets(Vec<usize>);

impl CharOffsets {
    fn new(text: &str) -> Self {
        let mut table = vec![0; text.len() + 1];
        let mut chars = 0;
        for (i, c) in text.char_indices() {
            for slot in &mut table[i..i + c.len_utf8()] {
                *slot = chars;
            }
            chars += 1;
        }
        table[text.len()] = chars;
        CharOffsets(table)
    }

    fn of(&self, byte: usize) -> usize {
        self.0[byte]
    }
}

/// The whole briefing as a `brief/1` JSON document, pretty-printed, with a final newline.
pub fn to_json(b: &Briefing) -> String {
    let offsets: Vec<CharOffsets> = b
        .articles
        .iter()
        .map(|a| CharOffsets::new(&a.text))
        .collect();
    let sources_out = |sources: &[crate::model::Source]| -> Vec<SourceOut> {
        sources
            .iter()
            .map(|s| SourceOut {
                article: format!("a{}", s.article),
                start: offsets[s.article].of(s.span.start),
                end: offsets[s.article].of(s.span.end),
            })
            .collect()
    };
    let span_out = |article: usize, span: Span| SpanOut {
        article: format!("a{article}"),
        start: offsets[article].of(span.start),
        end: offsets[article].of(span.end),
        text: b.text_of(article, span),
    };
    let export = Export {
        schema: "brief/1",
        articles: b
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| article_out(i, a, &offsets[i]))
            .collect(),
        actors: b
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| ActorOut {
                id: format!("p{i}"),
                name: &a.name,
                kind: a.kind.as_str(),
                roles: &a.roles,
                mentions: a
                    .mentions
                    .iter()
                    .map(|m| span_out(m.article, m.span))
                    .collect(),
            })
            .collect(),
        quotes: b
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let s = span_out(q.article, q.span);
                QuoteOut {
                    id: format!("q{i}"),
                    article: s.article,
                    kind: q.kind.as_str(),
                    text: s.text,
                    speaker: q.speaker.map(|p| format!("p{p}")),
                    cue: q.cue.map(|c| b.text_of(q.article, c)),
                    start: s.start,
                    end: s.end,
                    continues: q.continues.map(|c| format!("q{c}")),
                    sources: sources_out(&q.sources),
                }
            })
            .collect(),
        meetings: b
            .meetings
            .iter()
            .enumerate()
            .map(|(i, m)| MeetingOut {
                id: format!("m{i}"),
                article: format!("a{}", m.article),
                participants: m.participants.iter().map(|p| format!("p{p}")).collect(),
                place: m.place.as_deref(),
                date: m.date.map(|d| d.to_string()),
                date_inferred: m.date_inferred,
                status: m.status.as_str(),
                summary: &m.summary,
                start: offsets[m.article].of(m.span.start),
                end: offsets[m.article].of(m.span.end),
                sources: sources_out(&m.sources),
                disagreements: &m.disagreements,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&export).expect("the export is plain data");
    out.push('\n');
    out
}

fn article_out<'a>(i: usize, a: &'a Article, offsets: &CharOffsets) -> ArticleOut<'a> {
    ArticleOut {
        id: format!("a{i}"),
        source: &a.source,
        url: a.url.as_deref(),
        date: a.date.map(|d| d.to_string()),
        title: a.title.as_deref(),
        language: a.language.code(),
        text: &a.text,
        paragraphs: a
            .paragraphs
            .iter()
            .map(|p| ParagraphOut {
                start: offsets.of(p.span.start),
                end: offsets.of(p.span.end),
                heading: p.heading,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalar_values() {
        let t = CharOffsets::new("aŁb😀c");
        assert_eq!(t.of(0), 0);
        assert_eq!(t.of(1), 1);
        assert_eq!(t.of(3), 2);
        assert_eq!(t.of(4), 3);
        assert_eq!(t.of(8), 4);
        assert_eq!(t.of(9), 5);
    }
}
