//! The `brief/1` JSON export (see SCHEMA.md): offsets in Unicode scalar values.
//! Written as it goes: each article, actor, quote and meeting is turned into its
//! output record only while it is written, so the export needs no more memory
//! than the briefing and a small offset table per article. The articles come
//! first and can be written one at a time while a load reads them (see
//! [`JsonWriter`]), before their texts are cut down to what the rest needs.

use std::io;

use serde::{Serialize, Serializer};

use crate::model::{Article, Briefing, Source, Span, chars_in};

/// A JSON array whose elements are made one at a time while it is written.
struct Records<'a, T> {
    len: usize,
    make: Box<dyn Fn(usize) -> T + 'a>,
}

impl<'a, T> Records<'a, T> {
    fn new(len: usize, make: impl Fn(usize) -> T + 'a) -> Self {
        Records {
            len,
            make: Box::new(make),
        }
    }
}

impl<T: Serialize> Serialize for Records<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((0..self.len).map(|i| (self.make)(i)))
    }
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
    mentions: Records<'a, SpanOut<'a>>,
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

/// Byte offset → character offset, for one article's text, in a sixteenth of
/// the text's size: the characters before each block of bytes, and a count
/// within the block. Offsets are on character boundaries (spans slice the text).
/// A text cut down for an export counts from its pieces instead.
struct CharOffsets<'a> {
    article: &'a Article,
    /// Characters before each block, and the total at the end; empty for ASCII
    /// text, where a byte is a character, and for a cut-down text.
    blocks: Vec<usize>,
}

const BLOCK: usize = 128;

impl<'a> CharOffsets<'a> {
    fn new(article: &'a Article) -> Self {
        let text = &article.text;
        let mut blocks = Vec::new();
        if article.excerpt.is_none() && !text.is_ascii() {
            let mut chars = 0;
            blocks.reserve(text.len() / BLOCK + 2);
            for block in text.as_bytes().chunks(BLOCK) {
                blocks.push(chars);
                chars += chars_in(block);
            }
            blocks.push(chars);
        }
        CharOffsets { article, blocks }
    }

    fn of(&self, byte: usize) -> usize {
        if let Some(chars) = self.article.chars_before_cut(byte) {
            return chars;
        }
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        self.blocks[block] + chars_in(&self.article.text.as_bytes()[block * BLOCK..byte])
    }
}

/// Writes what serde's pretty printer gives, `by` spaces further in: serde
/// escapes every newline inside a string, so each newline it writes starts a
/// line of the layout.
struct Indented<'a> {
    out: &'a mut dyn io::Write,
    by: &'static [u8],
}

impl io::Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for line in buf.split_inclusive(|&b| b == b'\n') {
            self.out.write_all(line)?;
            if line.ends_with(b"\n") {
                self.out.write_all(self.by)?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `value` pretty-printed as an element `by` spaces in.
fn write_nested(
    out: &mut dyn io::Write,
    by: &'static [u8],
    value: &impl Serialize,
) -> io::Result<()> {
    serde_json::to_writer_pretty(Indented { out, by }, value)?;
    Ok(())
}

const HEAD: &[u8] = b"{\n  \"schema\": \"brief/1\",\n  \"articles\": [";

/// The `brief/1` document in two parts: the articles one at a time, in order,
/// then everything else from the finished briefing. Nothing is written before
/// the first article, so a load that fails at once leaves no output.
#[derive(Debug, Default)]
pub struct JsonWriter {
    articles: usize,
}

impl JsonWriter {
    /// Writes the next article, whose text is whole.
    pub fn article(&mut self, out: &mut dyn io::Write, a: &Article) -> io::Result<()> {
        if self.articles == 0 {
            out.write_all(HEAD)?;
        } else {
            out.write_all(b",")?;
        }
        out.write_all(b"\n    ")?;
        write_nested(
            out,
            b"    ",
            &article_out(self.articles, a, &CharOffsets::new(a)),
        )?;
        self.articles += 1;
        Ok(())
    }

    /// Writes the articles of `b` not written yet, then its actors, quotes and
    /// meetings, and ends the document.
    pub fn finish(mut self, out: &mut dyn io::Write, b: &Briefing) -> io::Result<()> {
        for a in &b.articles[self.articles.min(b.articles.len())..] {
            self.article(out, a)?;
        }
        if self.articles == 0 {
            out.write_all(HEAD)?;
            out.write_all(b"]")?;
        } else {
            out.write_all(b"\n  ]")?;
        }
        write_rest(out, b)?;
        out.write_all(b"\n}\n")
    }
}

/// The whole briefing as a `brief/1` JSON document, pretty-printed, with a final newline.
pub fn to_json(b: &Briefing) -> String {
    super::in_memory(|out| write_json(out, b))
}

/// [`to_json`] written to `out` as it is made.
pub fn write_json(out: &mut dyn io::Write, b: &Briefing) -> io::Result<()> {
    JsonWriter::default().finish(out, b)
}

/// `,` and a field of the document, its value pretty-printed in place.
fn write_field(out: &mut dyn io::Write, name: &str, value: &impl Serialize) -> io::Result<()> {
    write!(out, ",\n  \"{name}\": ")?;
    write_nested(out, b"  ", value)
}

/// The actors, quotes and meetings: `,` and each as a field of the document.
fn write_rest(out: &mut dyn io::Write, b: &Briefing) -> io::Result<()> {
    let offsets: Vec<CharOffsets> = b.articles.iter().map(CharOffsets::new).collect();
    let offsets = &offsets;
    let sources_out = move |sources: &mut dyn Iterator<Item = Source>| -> Vec<SourceOut> {
        sources
            .map(|s| SourceOut {
                article: format!("a{}", s.article),
                start: offsets[s.article].of(s.span.start as usize),
                end: offsets[s.article].of(s.span.end as usize),
            })
            .collect()
    };
    let span_out = move |article: usize, span: Span| SpanOut {
        article: format!("a{article}"),
        start: offsets[article].of(span.start as usize),
        end: offsets[article].of(span.end as usize),
        text: b.text_of(article, span),
    };
    write_field(
        out,
        "actors",
        &Records::new(b.actors.len(), move |i| {
            let a = &b.actors[i];
            ActorOut {
                id: format!("p{i}"),
                name: &a.name,
                kind: a.kind.as_str(),
                roles: &a.roles,
                mentions: Records::new(a.mentions.len(), move |m| {
                    span_out(a.mentions[m].article, a.mentions[m].span)
                }),
            }
        }),
    )?;
    write_field(
        out,
        "quotes",
        &Records::new(b.quotes.len(), move |i| {
            let q = &b.quotes[i];
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
                sources: sources_out(&mut q.sources()),
            }
        }),
    )?;
    write_field(
        out,
        "meetings",
        &Records::new(b.meetings.len(), move |i| {
            let m = &b.meetings[i];
            MeetingOut {
                id: format!("m{i}"),
                article: format!("a{}", m.article),
                participants: m.participants.iter().map(|p| format!("p{p}")).collect(),
                place: m.place.as_deref(),
                date: m.date.map(|d| d.to_string()),
                date_inferred: m.date_inferred,
                status: m.status.as_str(),
                summary: &m.summary,
                start: offsets[m.article].of(m.span.start as usize),
                end: offsets[m.article].of(m.span.end as usize),
                sources: sources_out(&mut m.sources()),
                disagreements: &m.disagreements,
            }
        }),
    )
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
                start: offsets.of(p.span.start as usize),
                end: offsets.of(p.span.end as usize),
                heading: p.heading,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn article(text: &str) -> Article {
        Article {
            source: "a.txt".into(),
            url: None,
            date: None,
            title: None,
            language: Language::Polish,
            text: text.into(),
            paragraphs: Vec::new(),
            excerpt: None,
        }
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let a = article("aŁb😀c");
        let t = CharOffsets::new(&a);
        let cases = [(0, 0), (1, 1), (3, 2), (4, 3), (8, 4), (9, 5)];
        for (byte, char) in cases {
            assert_eq!(t.of(byte), char, "byte {byte}");
        }
    }

    /// Every character boundary of texts around the block size, against counting
    /// the characters before it.
    #[test]
    fn char_offsets_agree_with_counting_at_every_boundary() {
        let pieces = ["a", "ł", "😀", "zażółć ", "\n"];
        for len in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK, 5 * BLOCK + 7] {
            for ascii in [true, false] {
                let mut text = String::new();
                let mut n = 0;
                while text.len() < len {
                    let piece = if ascii {
                        "ab"
                    } else {
                        pieces[n % pieces.len()]
                    };
                    text.push_str(piece);
                    n += 1;
                }
                let a = article(&text);
                let t = CharOffsets::new(&a);
                for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    assert_eq!(t.of(byte), text[..byte].chars().count(), "{len} {byte}");
                }
            }
        }
    }
}
