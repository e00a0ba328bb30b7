//! The optional header at the top of an article: `date YYYY-MM-DD`,
//! `title: …` and `source: URL` lines, in any order, blank lines allowed.
//!
//! Keys are case-insensitive and may be indented; `date` takes an optional
//! colon. The body may start on the date line itself
//! (` date 2026-01-22 W kuluarach…`), so the date value ends at whitespace;
//! `title:` and `source:` take the rest of their line. A line that is none of
//! these (an impossible date included) ends the header and starts the body.
//! When a key repeats, the first value wins.

use crate::model::Date;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    pub date: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
enum Field {
    Date(Date),
    Title(Option<String>),
    Source(Option<String>),
}

/// Splits `text` into its header and its body. The body has leading blank
/// lines and trailing whitespace removed and is otherwise `text` unchanged.
pub fn split_header(text: &str) -> (Header, &str) {
    let mut header = Header::default();
    let mut pos = 0;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let next_line = (line_end + 1).min(text.len());
        let line = &text[pos..line_end];
        if line.trim().is_empty() {
            pos = next_line;
            continue;
        }
        let Some((field, body_in_line)) = parse_header_line(line) else {
            break;
        };
        header.absorb(field);
        if let Some(offset) = body_in_line {
            pos += offset;
            break;
        }
        pos = next_line;
    }
    (header, text[pos..].trim_end())
}

impl Header {
    fn absorb(&mut self, field: Field) {
        match field {
            Field::Date(date) => {
                self.date.get_or_insert(date);
            }
            Field::Title(title) => self.title = self.title.take().or(title),
            Field::Source(url) => self.url = self.url.take().or(url),
        }
    }
}

/// A header field, and where in the line the body starts if it shares the
/// line with a date.
fn parse_header_line(line: &str) -> Option<(Field, Option<usize>)> {
    let trimmed = line.trim_start();
    let key_len = trimmed
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(trimmed.len());
    let (key, after_key) = trimmed.split_at(key_len);
    if key.eq_ignore_ascii_case("date") {
        let (date, rest) = parse_date_value(after_key)?;
        let body = (!rest.is_empty()).then(|| line.len() - rest.len());
        return Some((Field::Date(date), body));
    }
    let value = || {
        let value = after_key.trim_start().strip_prefix(':')?.trim();
        Some((!value.is_empty()).then(|| value.to_owned()))
    };
    let field = if key.eq_ignore_ascii_case("title") {
        Field::Title(value()?)
    } else if key.eq_ignore_ascii_case("source") {
        Field::Source(value()?)
    } else {
        return None;
    };
    Some((field, None))
}

/// `[:] YYYY-MM-DD` then the end of the line or whitespace; returns the date
/// and whatever follows on the line, whitespace skipped.
fn parse_date_value(after_key: &str) -> Option<(Date, &str)> {
    let after_colon = after_key.strip_prefix(':').unwrap_or(after_key);
    let value = after_colon.trim_start();
    if value.len() == after_key.len() {
        return None; // "date2026-01-22" or "dated": no separator after the key
    }
    let date = Date::parse_iso(value.get(..10)?)?;
    let rest = &value[10..];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some((date, rest.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    /// Input, then the expected date, title, url and body.
    type Case = (
        &'static str,
        Option<Date>,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    );

    #[test]
    fn reads_header_fields_and_body() {
        let d = date("2026-01-22");
        let cases: [Case; 10] = [
            ("", None, None, None, ""),
            ("Just text.\n", None, None, None, "Just text."),
            (
                "\n\n  \nBody\n\nMore  \n\n",
                None,
                None,
                None,
                "Body\n\nMore",
            ),
            ("date 2026-01-22\nBody", d, None, None, "Body"),
            (
                " date 2026-01-22 W kuluarach Forum.\n\nDalej.",
                d,
                None,
                None,
                "W kuluarach Forum.\n\nDalej.",
            ),
            ("DATE: 2026-01-22\n\nBody", d, None, None, "Body"),
            ("date:2026-01-22", d, None, None, ""),
            (
                "title: Davos talks\n\nsource: https://x.example/a\n  Date 2026-01-22\n\n\nBody",
                d,
                Some("Davos talks"),
                Some("https://x.example/a"),
                "Body",
            ),
            ("Title:  Spaced  \nBody", None, Some("Spaced"), None, "Body"),
            (
                "title: First\ntitle: Second\nBody",
                None,
                Some("First"),
                None,
                "Body",
            ),
        ];
        for (input, want_date, title, url, body) in cases {
            let (header, got_body) = split_header(input);
            assert_eq!(header.date, want_date, "{input:?}");
            assert_eq!(header.title.as_deref(), title, "{input:?}");
            assert_eq!(header.url.as_deref(), url, "{input:?}");
            assert_eq!(got_body, body, "{input:?}");
        }
    }

    #[test]
    fn lines_that_only_look_like_headers_are_body() {
        let cases = [
            "date 2026-02-30\nBody",
            "date 2026-01-22, a Thursday",
            "date2026-01-22",
            "dated 2026-01-22",
            "Date: 22.01.2026",
            "title without colon",
            "Title IX: rules",
            "sources: many",
            "The date 2026-01-22",
        ];
        for input in cases {
            let (header, body) = split_header(input);
            assert_eq!(header, Header::default(), "{input:?}");
            assert_eq!(body, input, "{input:?}");
        }
    }

    #[test]
    fn header_ends_at_first_body_line() {
        let (header, body) = split_header("Body first\ndate 2026-01-22\n");
        assert_eq!(header.date, None);
        assert_eq!(body, "Body first\ndate 2026-01-22");
        let (header, body) = split_header("title:\nBody");
        assert_eq!((header.title, body), (None, "Body"));
    }
}
