//! Loading articles: read or fetch, decode, take the text out of pages and
//! feeds, normalise, strip headers, split paragraphs.
//!
//! [`load`] does the I/O; [`parse_article`] is the pure rest for text,
//! shared with the bundled sample so it is parsed exactly like a file.

mod cache;
mod decode;
mod error;
mod feed;
mod fetch;
mod format;
mod header;
pub mod html;
mod language;
mod normalise;
mod paragraphs;
mod read;
mod web;

pub use decode::{DecodeError, Encoding, decode, decode_declared};
pub use error::LoadError;
pub use feed::FeedError;
pub use read::Input;
pub use web::{Document, FromInput, Keyed, articles_of};

use std::time::Duration;

use crate::model::{Article, Skipped};

/// Where the bundled sample lives in the repository; also its article `source`.
pub const BUNDLED_SAMPLE_SOURCE: &str = "assets/davos-2026-01-22.txt";
const BUNDLED_SAMPLE: &str = include_str!("../../assets/davos-2026-01-22.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Inputs larger than this are refused before they are read (`--max-size`).
    pub max_bytes: u64,
    /// What files without a byte-order mark are in (`--encoding`).
    pub encoding: Encoding,
    /// A fetched feed's items take their text from their own pages (`--follow`).
    pub follow: bool,
    /// How long one address may take to fetch, all told (`--timeout`).
    pub timeout: Duration,
}

impl LoadOptions {
    /// The largest `max_bytes`: decoding can triple a file's size (a one-byte
    /// Windows-1250 „ is three bytes of UTF-8), and an article's text must stay
    /// under [`crate::model::MAX_TEXT`] (4 GiB) for its spans.
    pub const LARGEST: u64 = 1 << 30;
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_bytes: 64 * 1024 * 1024,
            encoding: Encoding::Utf8,
            follow: false,
            timeout: Duration::from_secs(30),
        }
    }
}

/// The briefing that ships with the program.
pub fn bundled_sample() -> Article {
    parse_article(BUNDLED_SAMPLE_SOURCE.to_owned(), BUNDLED_SAMPLE)
}

/// Loads every input in order: files, directories (their text, page and
/// feed files, recursively, in sorted order), addresses and `-` for stdin.
/// The first failure, in input order, is returned.
pub fn load(inputs: &[String], opts: &LoadOptions) -> Result<Vec<Article>, LoadError> {
    load_briefing(inputs, opts, true, &mut |_| {}).map(|loaded| loaded.articles)
}

/// What a load gave: the articles, and the inputs it left out.
#[derive(Debug)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub skipped: Skipped,
}

/// Loads every input in order, like [`load`]. When a directory or several paths
/// are given, an input that cannot be read is left out and named in
/// [`Loaded::skipped`], unless `strict`; a single file named alone still fails.
/// Nothing loadable is the first failure, in input order. `progress` hears how
/// many inputs have been tried so far.
pub fn load_briefing(
    inputs: &[String],
    opts: &LoadOptions,
    strict: bool,
    progress: &mut dyn FnMut(usize),
) -> Result<Loaded, LoadError> {
    let mut tally = Tally::new(inputs, strict);
    let mut articles = Vec::new();
    for input in expand(inputs) {
        let outcome = input.and_then(|input| load_input(&input, opts));
        if let Some(mut from) = tally.take(outcome)? {
            tally.followed(&mut from)?;
            for keyed in from.articles {
                if tally.is_new(&keyed) {
                    articles.push(keyed.article);
                }
            }
        }
        progress(tally.skipped.tried);
    }
    let skipped = tally.finish(!articles.is_empty())?;
    Ok(Loaded { articles, skipped })
}

/// Every input the arguments stand for, in order, with a failure in place of
/// what it concerns (a missing path, an unreadable directory).
pub fn expand(inputs: &[String]) -> Vec<Result<Input, LoadError>> {
    inputs.iter().flat_map(|arg| read::expand(arg)).collect()
}

/// The outcomes of loading inputs, taken in input order: which failures are
/// skipped and which fail the load.
#[derive(Debug)]
pub struct Tally {
    skip: bool,
    strict: bool,
    pub skipped: Skipped,
    first_failure: Option<LoadError>,
    /// The keys of the feed items kept so far.
    seen: std::collections::HashSet<String>,
}

impl Tally {
    /// Failures are skipped when a directory or several paths are given, unless `strict`.
    pub fn new(inputs: &[String], strict: bool) -> Tally {
        let several = inputs.len() > 1 || inputs.iter().any(|a| read::is_directory(a));
        Tally {
            skip: several && !strict,
            strict,
            skipped: Skipped::default(),
            first_failure: None,
            seen: Default::default(),
        }
    }

    /// Notes what `--follow` did for one input: the item pages it fetched
    /// count as tried, those it could not fetch are listed as skipped, or
    /// fail the load when `strict`.
    pub fn followed(&mut self, from: &mut FromInput) -> Result<(), LoadError> {
        self.skipped.tried += from.followed + from.failures.len();
        for failure in from.failures.drain(..) {
            if self.strict {
                return Err(failure);
            }
            self.skipped.reasons.push(failure.to_string());
        }
        Ok(())
    }

    /// Whether an article is new to the briefing: feed items are kept once
    /// per key, whichever feed (or the same one) repeats them.
    pub fn is_new(&mut self, keyed: &Keyed) -> bool {
        keyed
            .key
            .as_ref()
            .is_none_or(|key| self.seen.insert(key.clone()))
    }

    /// The next input's outcome: what it loaded, nothing when it is skipped,
    /// or the error that fails the load.
    pub fn take<T>(&mut self, outcome: Result<T, LoadError>) -> Result<Option<T>, LoadError> {
        self.skipped.tried += 1;
        match outcome {
            Ok(loaded) => Ok(Some(loaded)),
            Err(e) if !self.skip => Err(e),
            Err(e) => {
                self.skipped.reasons.push(e.to_string());
                self.first_failure.get_or_insert(e);
                Ok(None)
            }
        }
    }

    /// The skipped inputs, or the first failure when nothing was loaded.
    pub fn finish(self, loaded_any: bool) -> Result<Skipped, LoadError> {
        match self.first_failure {
            Some(e) if !loaded_any => Err(e),
            _ => Ok(self.skipped),
        }
    }
}

/// One input read or fetched, decoded and parsed: one article, or a feed's.
pub fn load_input(input: &Input, opts: &LoadOptions) -> Result<FromInput, LoadError> {
    articles_of(read::read_document(input, opts)?, opts)
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
        excerpt: None,
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
        let heading_text = &article.text[heading.span.range()];
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

    /// What a load of `inputs` gives: the sources loaded and the reasons
    /// skipped, or the error.
    fn outcome(inputs: &[String], strict: bool) -> Result<(Vec<String>, Vec<String>), String> {
        let loaded = load_briefing(inputs, &LoadOptions::default(), strict, &mut |_| {})
            .map_err(|e| e.to_string())?;
        let sources = loaded.articles.into_iter().map(|a| a.source).collect();
        assert!(loaded.skipped.tried >= loaded.skipped.reasons.len());
        Ok((sources, loaded.skipped.reasons))
    }

    #[test]
    fn unreadable_files_are_skipped_only_among_several() {
        let tmp = read::tests::TempDir::new();
        let good = tmp.write("dir/a.txt", b"Tekst.");
        let bad = tmp.write("dir/b.txt", b"bin\0ary");
        let dir = format!("{}/dir", tmp.arg());
        let only_bad = tmp.write("bad/c.txt", b"\xff");
        let bad_dir = format!("{}/bad", tmp.arg());
        let binary = format!("{bad}: binary file (NUL byte at offset 3)");
        let invalid = format!("{only_bad}: invalid UTF-8 at byte 0");
        let (good, bad, dir, bad_dir) = (good.as_str(), bad.as_str(), dir.as_str(), &*bad_dir);
        let (binary, invalid) = (binary.as_str(), invalid.as_str());
        // The sources loaded and the reasons skipped, or the start of the error.
        type Want<'a> = Result<(Vec<&'a str>, Vec<&'a str>), &'a str>;
        let cases: [(&[&str], bool, Want); 7] = [
            (&[dir], false, Ok((vec![good], vec![binary]))),
            (&[dir], true, Err(binary)),
            (&[good, bad], false, Ok((vec![good], vec![binary]))),
            (&[bad, good], true, Err(binary)),
            (&[bad], false, Err(binary)),
            (&[bad_dir], false, Err(invalid)),
            (&[bad, bad_dir], false, Err(binary)),
        ];
        for (inputs, strict, want) in cases {
            let inputs: Vec<String> = inputs.iter().map(|s| s.to_string()).collect();
            let context = format!("{inputs:?} strict {strict}");
            match (outcome(&inputs, strict), want) {
                (Ok((sources, reasons)), Ok((want_sources, want_reasons))) => {
                    assert_eq!(sources, want_sources, "{context}");
                    assert_eq!(reasons, want_reasons, "{context}");
                }
                // Decoding errors go on with a hint after the reason.
                (Err(e), Err(prefix)) => assert!(e.starts_with(prefix), "{context}: {e}"),
                (got, _) => panic!("{context}: {got:?}"),
            }
        }
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
