//! Splitting a body into paragraphs at blank lines, and spotting subheadings.

use crate::model::{Paragraph, Span};

/// A subheading is one short line…
const HEADING_MAX_CHARS: usize = 100;
const HEADING_MAX_WORDS: usize = 12;
/// …that does not end the way a sentence, a quotation or a list lead-in does.
const FINAL_PUNCTUATION: &[char] = &['.', '!', '?', '…', ':', ';', '"', '”', '»', ')'];

/// Paragraphs are runs of lines separated by one or more whitespace-only
/// lines; each span excludes the surrounding whitespace.
pub fn split_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut spans = Vec::new();
    let mut current: Option<Span> = None;
    let mut line_start = 0;
    for line in text.split('\n') {
        let content = line.trim();
        if content.is_empty() {
            spans.extend(current.take());
        } else {
            let start = line_start + (line.len() - line.trim_start().len());
            let end = start + content.len();
            current =
                Some(current.map_or(Span::new(start, end), |s| Span::new(s.start as usize, end)));
        }
        line_start += line.len() + 1;
    }
    spans.extend(current);
    let attributes_previous =
        |next: Option<&Span>| next.is_some_and(|n| attribution(&text[n.range()]));
    spans
        .iter()
        .enumerate()
        .map(|(i, &span)| Paragraph {
            span,
            heading: is_heading(&text[span.range()]) && !attributes_previous(spans.get(i + 1)),
        })
        .collect()
}

/// "— dodał minister.": a paragraph that opens with a dash and a lowercase word
/// attributes the paragraph before it, which is speech, not a subheading.
fn attribution(paragraph: &str) -> bool {
    let mut chars = paragraph.chars();
    matches!(chars.next(), Some('–' | '—' | '-'))
        && chars.next().is_some_and(char::is_whitespace)
        && chars
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_lowercase)
}

/// Needs a letter, so separators such as "* * *" or a lone date are not
/// headings.
fn is_heading(paragraph: &str) -> bool {
    // Two sentences are a paragraph of text: "Rozmowy trwają. Nikt nie wyjdzie"
    let sentences = paragraph.contains(". ");
    !sentences
        && !paragraph.contains('\n')
        && paragraph.chars().count() <= HEADING_MAX_CHARS
        && paragraph.split_whitespace().count() <= HEADING_MAX_WORDS
        && paragraph.chars().any(char::is_alphabetic)
        && !paragraph.ends_with(FINAL_PUNCTUATION)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, bool)> {
        split_paragraphs(text)
            .iter()
            .map(|p| (&text[p.span.range()], p.heading))
            .collect()
    }

    #[test]
    fn splits_at_blank_lines() {
        let cases: [(&str, &[(&str, bool)]); 7] = [
            ("", &[]),
            ("   \n\t\n", &[]),
            ("One line.", &[("One line.", false)]),
            (
                "First.\nstill first.\n\nSecond.",
                &[("First.\nstill first.", false), ("Second.", false)],
            ),
            ("A.\n \n\n   \nB.", &[("A.", false), ("B.", false)]),
            ("  Indented.  \n\n", &[("Indented.", false)]),
            ("Świat.\n\nŻycie.", &[("Świat.", false), ("Życie.", false)]),
        ];
        for (text, want) in cases {
            assert_eq!(spans(text), want, "{text:?}");
        }
    }

    #[test]
    fn recognises_subheadings() {
        let long_line = "słowo ".repeat(13);
        let cases = [
            ("Ukraina także prowadzi swoją ofensywę dyplomatyczną", true),
            ("Talks in Davos", true),
            ("Rozmowy w Davos.", false),
            ("Czy to koniec?", false),
            ("Jak powiedział:", false),
            ("„Konstruktywny dialog”", false),
            ("«Dialog»", false),
            ("(bez komentarza)", false),
            ("Czekając na odpowiedź…", false),
            ("Two lines\nhere", false),
            ("* * *", false),
            ("2026", false),
            (long_line.trim(), false),
        ];
        for (text, heading) in cases {
            assert_eq!(spans(text), [(text, heading)], "{text:?}");
        }
        // The words before an attribution paragraph are speech.
        assert_eq!(
            spans("Spotkanie było długie\n\n— powiedział."),
            [("Spotkanie było długie", false), ("— powiedział.", false)]
        );
        assert_eq!(
            spans("Rada zbierze się jutro. Zaproszenia wyślemy dziś"),
            [("Rada zbierze się jutro. Zaproszenia wyślemy dziś", false)]
        );
        let over_100_chars = "a".repeat(101);
        assert!(!is_heading(&over_100_chars));
        assert!(is_heading(&"a".repeat(100)));
    }
}
