//! What kind of document an input is: plain text, a web page or a feed,
//! from its name, the type a server gave it, and its first bytes.

/// How an input is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Feed,
}

/// How much of the start of a document is looked at.
const SNIFF_BYTES: usize = 1024;

/// The format of a document called `name`, served as `media_type` if it was
/// fetched. The extensions `brief` knows decide first (a `.txt` holding
/// markup is still text); then the server's type; then the content.
pub fn format_of(name: &str, media_type: Option<&str>, bytes: &[u8]) -> Format {
    if let Some(known) = by_extension(name) {
        return known;
    }
    let media = media_type.map(|m| {
        m.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    match media.as_deref() {
        Some("text/html" | "application/xhtml+xml") => return Format::Html,
        Some("application/rss+xml" | "application/atom+xml" | "application/rdf+xml") => {
            return Format::Feed;
        }
        _ => {}
    }
    by_content(bytes)
}

/// Extensions of the inputs a directory is searched for, with their format.
pub const EXTENSIONS: [(&str, Format); 9] = [
    ("txt", Format::Text),
    ("md", Format::Text),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xhtml", Format::Html),
    ("xml", Format::Feed),
    ("rss", Format::Feed),
    ("atom", Format::Feed),
    ("rdf", Format::Feed),
];

fn by_extension(name: &str) -> Option<Format> {
    if name.contains("://") {
        return None; // an address's path says little about what it serves
    }
    let file = name.rsplit('/').next().unwrap_or(name);
    let (_, ext) = file.rsplit_once('.')?;
    EXTENSIONS
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(ext))
        .map(|&(_, format)| format)
}

/// Markup is recognised only when the document starts with a tag (after a
/// byte-order mark and whitespace), so prose that mentions `<html>` is text.
fn by_content(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = head
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(head)
        .trim_ascii_start();
    if !head.starts_with(b"<") {
        return Format::Text;
    }
    let lower = head.to_ascii_lowercase();
    let has = |tag: &[u8]| lower.windows(tag.len()).any(|w| w == tag);
    if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
        Format::Feed
    } else if [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<p",
        "<div",
        "<article",
    ]
    .iter()
    .any(|t| lower.starts_with(t.as_bytes()) || has(t.as_bytes()))
    {
        Format::Html
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_text_pages_and_feeds_apart() {
        let cases: [(&str, Option<&str>, &str, Format); 13] = [
            ("a.txt", None, "<html><p>x", Format::Text),
            ("a.HTML", None, "plain", Format::Html),
            ("feeds/a.rss", None, "", Format::Feed),
            ("-", None, "<!DOCTYPE html><title>x</title>", Format::Html),
            ("-", None, "\u{feff}  <html lang=pl>", Format::Html),
            (
                "-",
                None,
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">",
                Format::Feed,
            ),
            (
                "-",
                None,
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">",
                Format::Feed,
            ),
            ("-", None, "<?xml version=\"1.0\"?><rdf:RDF>", Format::Feed),
            ("-", None, "Tekst o <html> w środku.", Format::Text),
            ("notes", None, "<<< not markup", Format::Text),
            (
                "https://x.example/a.txt",
                Some("text/html; charset=utf-8"),
                "x",
                Format::Html,
            ),
            (
                "https://x.example/rss",
                Some("application/rss+xml"),
                "x",
                Format::Feed,
            ),
            (
                "https://x.example/rss",
                Some("text/xml"),
                "<rss>",
                Format::Feed,
            ),
        ];
        for (name, media, bytes, want) in cases {
            assert_eq!(
                format_of(name, media, bytes.as_bytes()),
                want,
                "{name} {bytes:?}"
            );
        }
    }
}
