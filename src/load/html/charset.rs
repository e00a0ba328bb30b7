//! The encoding a page or a feed says it is in: `<meta charset>`, the
//! `http-equiv` Content-Type, or the XML declaration, looked for in the
//! first kilobyte as browsers do.

/// How far into the bytes a declaration is looked for.
const PRESCAN_BYTES: usize = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Html,
    Xml,
}

/// The encoding declared near the start of `bytes`, if a known one is. A
/// page declaring UTF-16 is read as UTF-8, as browsers do (without a
/// byte-order mark the declaration cannot be true of the bytes it is in).
pub fn declared_encoding(bytes: &[u8], markup: Markup) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower = head.to_ascii_lowercase();
    let label = match markup {
        Markup::Html => html_label(&lower),
        Markup::Xml => xml_label(&lower),
    }?;
    let encoding = encoding_rs::Encoding::for_label(label)?;
    Some(encoding.output_encoding())
}

/// From the first `<meta>` that names a charset, either way of naming it.
fn html_label(lower: &[u8]) -> Option<&[u8]> {
    let mut rest = lower;
    while let Some(at) = find(rest, b"<meta") {
        let tag = &rest[at..];
        let tag = &tag[..find(tag, b">").unwrap_or(tag.len())];
        if let Some(value) = find(tag, b"charset").map(|i| &tag[i + b"charset".len()..]) {
            let value = value.trim_ascii_start();
            if let Some(value) = value.strip_prefix(b"=") {
                return label_at(value);
            }
        }
        rest = &rest[at + b"<meta".len()..];
    }
    None
}

/// From `<?xml … encoding="…"?>` at the very start.
fn xml_label(lower: &[u8]) -> Option<&[u8]> {
    let decl = lower.trim_ascii_start().strip_prefix(b"<?xml")?;
    let decl = &decl[..find(decl, b"?>")?];
    let value = &decl[find(decl, b"encoding")? + b"encoding".len()..];
    label_at(value.trim_ascii_start().strip_prefix(b"=")?)
}

/// The label at the start of `value`, quoted or not.
fn label_at(value: &[u8]) -> Option<&[u8]> {
    let value = value.trim_ascii_start();
    let value = value
        .strip_prefix(b"\"")
        .or_else(|| value.strip_prefix(b"'"))
        .unwrap_or(value);
    let end = value
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || b"-_.:".contains(b)))
        .unwrap_or(value.len());
    (end > 0).then(|| &value[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_declared_encodings() {
        let cases: [(&str, Markup, Option<&str>); 10] = [
            (
                "<meta charset=\"windows-1250\">",
                Markup::Html,
                Some("windows-1250"),
            ),
            (
                "<META CHARSET=ISO-8859-2>",
                Markup::Html,
                Some("ISO-8859-2"),
            ),
            (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">",
                Markup::Html,
                Some("ISO-8859-2"),
            ),
            (
                "<meta name=x><meta charset='utf-8'>",
                Markup::Html,
                Some("UTF-8"),
            ),
            ("<meta charset=\"utf-16\">", Markup::Html, Some("UTF-8")),
            ("<meta charset=\"klingon\">", Markup::Html, None),
            ("<p>charset=windows-1250</p>", Markup::Html, None),
            (
                "<?xml version=\"1.0\" encoding=\"windows-1250\"?>",
                Markup::Xml,
                Some("windows-1250"),
            ),
            ("<?xml version='1.0'?><rss>", Markup::Xml, None),
            ("<rss encoding=\"latin2\">", Markup::Xml, None),
        ];
        for (bytes, markup, want) in cases {
            let got = declared_encoding(bytes.as_bytes(), markup).map(|e| e.name());
            assert_eq!(got, want, "{bytes}");
        }
        let late = format!("{}<meta charset=\"windows-1250\">", " ".repeat(1024));
        assert_eq!(declared_encoding(late.as_bytes(), Markup::Html), None);
    }
}
