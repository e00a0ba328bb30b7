//! Word wrapping of an article that keeps, for every screen line, the byte
//! range of the article text it shows, so highlights (byte spans) map onto
//! lines by a lookup. Widths are display widths (unicode-width) of the text
//! as drawn, and lines break only between graphemes.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::model::{Paragraph, SafeText, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Heading,
    /// The gap between paragraphs; its range is empty, at the next paragraph.
    Blank,
}

/// One screen line: `text[start..end]` drawn with newlines as spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrappedLine {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

impl WrappedLine {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The display width of `s` as it will be drawn.
pub fn display_width(s: &str) -> usize {
    SafeText::new(s).width()
}

/// A word (or a piece of a word too long for a line) and the whitespace after it.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    width: usize,
    space_width: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }

    fn whitespace_width(&self) -> f64 {
        self.space_width as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Spaces that must not become line breaks.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// Splits `text[base..]` into words with their trailing whitespace.
fn words(text: &str, base: usize, width: usize, out: &mut Vec<Piece>) {
    let mut rest = text;
    let mut offset = base;
    while !rest.is_empty() {
        let word_len = rest.find(is_break_space).unwrap_or(rest.len());
        let after = &rest[word_len..];
        let space_len = after.find(|c| !is_break_space(c)).unwrap_or(after.len());
        let space_width = display_width(&after[..space_len]);
        if word_len > 0 {
            split_long_word(&rest[..word_len], offset, width, space_width, out);
        } else if let Some(last) = out.last_mut() {
            last.space_width += space_width;
        }
        offset += word_len + space_len;
        rest = &rest[word_len + space_len..];
    }
}

/// A word wider than a line is cut between graphemes into line-sized pieces.
fn split_long_word(word: &str, offset: usize, width: usize, space: usize, out: &mut Vec<Piece>) {
    let total = display_width(word);
    if total <= width {
        out.push(Piece {
            start: offset,
            end: offset + word.len(),
            width: total,
            space_width: space,
        });
        return;
    }
    let mut piece_start = 0;
    let mut piece_width = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        let w = display_width(grapheme);
        if piece_width > 0 && piece_width + w > width {
            out.push(Piece {
                start: offset + piece_start,
                end: offset + at,
                width: piece_width,
                space_width: 0,
            });
            piece_start = at;
            piece_width = 0;
        }
        piece_width += w;
    }
    out.push(Piece {
        start: offset + piece_start,
        end: offset + word.len(),
        width: piece_width,
        space_width: space,
    });
}

/// The article as screen lines at most `width` columns wide, paragraphs
/// separated by one blank line.
pub fn wrap_article(text: &str, paragraphs: &[Paragraph], width: usize) -> Vec<WrappedLine> {
    let width = width.max(1);
    let whole;
    let paragraphs = if paragraphs.is_empty() && !text.trim().is_empty() {
        whole = [Paragraph {
            span: Span::new(0, text.len()),
            heading: false,
        }];
        &whole[..]
    } else {
        paragraphs
    };
    let mut lines = Vec::new();
    let mut pieces = Vec::new();
    for (n, p) in paragraphs.iter().enumerate() {
        if n > 0 {
            lines.push(WrappedLine {
                start: p.span.start as usize,
                end: p.span.start as usize,
                kind: LineKind::Blank,
            });
        }
        pieces.clear();
        words(
            &text[p.span.range()],
            p.span.start as usize,
            width,
            &mut pieces,
        );
        let kind = if p.heading {
            LineKind::Heading
        } else {
            LineKind::Text
        };
        for line in wrap_first_fit(&pieces, &[width as f64]) {
            if let (Some(first), Some(last)) = (line.first(), line.last()) {
                lines.push(WrappedLine {
                    start: first.start,
                    end: last.end,
                    kind,
                });
            }
        }
    }
    lines
}

/// The index of the line showing byte `at` (the last line starting at or before it).
pub fn line_of(lines: &[WrappedLine], at: usize) -> usize {
    lines.partition_point(|l| l.start <= at).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Vec<Paragraph> {
        vec![Paragraph {
            span: Span::new(0, text.len()),
            heading: false,
        }]
    }

    fn shown<'a>(text: &'a str, lines: &[WrappedLine]) -> Vec<&'a str> {
        lines.iter().map(|l| &text[l.start..l.end]).collect()
    }

    #[test]
    fn wraps_at_word_boundaries_and_keeps_ranges() {
        let text = "Władimir Putin już zapowiedział spotkanie";
        let lines = wrap_article(text, &para(text), 16);
        assert_eq!(
            shown(text, &lines),
            ["Władimir Putin", "już zapowiedział", "spotkanie"]
        );
        for l in &lines {
            assert!(display_width(&text[l.start..l.end]) <= 16);
        }
    }

    #[test]
    fn wide_and_combined_characters_are_never_split() {
        let text = "日本語のテキスト 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 e\u{301}e\u{301}e\u{301}e\u{301}";
        for width in 1..12 {
            let lines = wrap_article(text, &para(text), width);
            for l in &lines {
                assert!(text.is_char_boundary(l.start) && text.is_char_boundary(l.end));
                let s = &text[l.start..l.end];
                let w = display_width(s);
                assert!(w <= width.max(2), "{s:?} is {w} wide at {width}");
                assert!(!s.starts_with('\u{301}') && !s.starts_with('\u{200D}'));
            }
            let joined: String = shown(text, &lines).concat();
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn paragraphs_are_separated_and_lines_found_by_byte() {
        let text = "Heading\n\nFirst paragraph here.";
        let ps = vec![
            Paragraph {
                span: Span::new(0, 7),
                heading: true,
            },
            Paragraph {
                span: Span::new(9, text.len()),
                heading: false,
            },
        ];
        let lines = wrap_article(text, &ps, 16);
        let kinds: Vec<LineKind> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [
                LineKind::Heading,
                LineKind::Blank,
                LineKind::Text,
                LineKind::Text
            ]
        );
        assert_eq!(line_of(&lines, 0), 0);
        assert_eq!(line_of(&lines, 9), 2);
        assert_eq!(line_of(&lines, text.len() - 1), 3);
    }
}
