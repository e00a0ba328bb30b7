//! Loading articles: read, decode, normalise, strip headers, split paragraphs.
//!
//! [`load`] does the I/O; [`parse_article`] is the pure rest, shared with the
//! bundled sample so it is parsed exactly like a file.

mod decode;
mod error;
mod header;
mod language;
mod normalise;
mod paragraphs;
mod read;

pub use decode::{DecodeError, Encoding, decode};
pub use error::LoadError;

use crate::model::Article;

/// Where the bundled sample lives in the repository; also its article `source`.
pub const BUNDLED_SAMPLE_SOURCE: &str = "assets/davos-2026-01-22.txt";
const BUNDLED_SAMPLE: &str = include_str!("../../assets/davos-2026-01-22.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Inputs larger than this are refused before they are read (`--max-size`).
    pub max_bytes: u64,
    /// What files without a byte-order mark are in (`--encoding`).
    pub encoding: Encoding,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_bytes: 64 * 1024 * 1024,
            encoding: Encoding::Utf8,
        }
    }
}

/// The briefing that ships with the program.
pub fn bundled_sample() -> Article {
    parse_article(BUNDLED_SAMPLE_SOURCE.to_owned(), BUNDLED_SAMPLE)
}

/// Loads every input in order: files, directories (their `.txt` and `.md`
/// files, recursively, in sorted order) and `-` for stdin. The first failure,
/// in input order, is returned.
pub fn load(inputs: &[String], opts: &LoadOptions) -> Result<Vec<Article>, LoadError> {
    load_with_progress(inputs, opts, &mut |_| {})
}

/// [`load`], telling `progress` how many files have been read so far.
pub fn load_with_progress(
    inputs: &[String],
    opts: &LoadOptions,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Article>, LoadError> {
    let mut articles = Vec::new();
    for arg in inputs {
        for input in read::expand(arg) {
            let input = input?;
            let bytes = read::read_input(&input, opts.max_bytes)?;
            let text =
                decode::decode(&bytes, opts.encoding).map_err(|reason| LoadError::Undecodable {
                    path: input.name.clone(),
                    reason,
                })?;
            articles.push(parse_article(input.name, &text));
            progress(articles.len());
        }
    }
    Ok(articles)
}

/// Builds an article from decoded text: normalises it, takes the header off,
/// splits paragraphs and guesses the language. No I/O.
pub fn parse_article(source: String, decoded: &str) -> Article {
    let normalised = normalise::normalise(decoded);
    let (header, body) = header::split_header(&normalised);
    let paragraphs = paragraphs::split_paragraphs(body);
    Article {
        source,
        url: header.url,
        date: header.date,
        title: header.title,
        language: language::detect_language(body),
        text: body.to_owned(),
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Language};

    #[test]
    fn bundled_sample_has_its_date_and_body() {
        let article = bundled_sample();
        assert_eq!(article.source, BUNDLED_SAMPLE_SOURCE);
        assert_eq!(article.date, Date::parse_iso("2026-01-22"));
        assert_eq!(article.language, Language::Polish);
        assert!(
            article.text.starts_with("W kuluarach Światowego Forum"),
            "{:?}",
            &article.text[..40]
        );
        assert!(!article.text.ends_with(char::is_whitespace));
        let heading = article
            .paragraphs
            .iter()
            .find(|p| p.heading)
            .expect("a subheading");
        let heading_text = &article.text[heading.span.start..heading.span.end];
        assert_eq!(
            heading_text,
            "Ukraina także prowadzi swoją ofensywę dyplomatyczną"
        );
        assert_eq!(article.paragraphs.iter().filter(|p| p.heading).count(), 1);
    }

    #[test]
    fn parses_header_body_and_paragraphs_together() {
        let raw = "\u{feff}title: Talks\r\nsource: https://x.example/a\r\n\r\ndate 2026-01-22 \x1b[1mPutin\x1b[0m said the talks were good.\r\n\r\nNext\tpart\r\n";
        let article = parse_article("a.txt".into(), raw);
        assert_eq!(article.title.as_deref(), Some("Talks"));
        assert_eq!(article.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(article.date, Date::parse_iso("2026-01-22"));
        assert_eq!(
            article.text,
            "Putin said the talks were good.\n\nNext    part"
        );
        assert_eq!(article.language, Language::English);
        let spans: Vec<_> = article
            .paragraphs
            .iter()
            .map(|p| (p.span.start, p.span.end, p.heading))
            .collect();
        assert_eq!(spans, [(0, 31, false), (33, 45, true)]);
    }

    #[test]
    fn empty_input_is_an_empty_article() {
        for raw in ["", "\n\n", "date 2026-01-22\n"] {
            let article = parse_article("e.txt".into(), raw);
            assert_eq!(article.text, "", "{raw:?}");
            assert!(article.paragraphs.is_empty(), "{raw:?}");
            assert_eq!(article.language, Language::Polish);
        }
    }

    #[test]
    fn default_limit_is_64_mib() {
        assert_eq!(LoadOptions::default().max_bytes, 64 << 20);
    }

    #[test]
    fn the_first_failure_in_input_order_wins() {
        let missing = "/nonexistent/brief/first.txt".to_owned();
        let err = load(
            &[missing.clone(), "/dev/null".into()],
            &LoadOptions::default(),
        )
        .unwrap_err();
        assert_eq!((err.exit_code(), err.path()), (66, missing.as_str()));
        let err = load(&["/dev/null".into(), missing], &LoadOptions::default()).unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::NotRegularFile {
                    kind: "character device",
                    ..
                }
            ),
            "{err}"
        );
    }
}
