//! Fitting strings into columns by display width, cleaned for the terminal.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::sanitize::clean;

pub const ELLIPSIS: &str = "…";

/// `s`, cleaned, cut to at most `width` columns with "…" when cut. Never
/// splits a grapheme.
pub fn fit(s: &str, width: usize) -> String {
    let s = clean(s);
    if s.width() <= width {
        return s.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w > width - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push_str(ELLIPSIS);
    out
}

/// `fit`, then padded with spaces to exactly `width` columns.
pub fn pad(s: &str, width: usize) -> String {
    let mut out = fit(s, width);
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// `fit`, right-aligned in `width` columns.
pub fn pad_left(s: &str, width: usize) -> String {
    let fitted = fit(s, width);
    let w = fitted.width();
    let mut out: String = std::iter::repeat_n(' ', width.saturating_sub(w)).collect();
    out.push_str(&fitted);
    out
}

/// The first words of `s`, on one line, about `max` columns long.
pub fn first_words(s: &str, max: usize) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    fit(&joined, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("Zełenski", 8), "Zełenski");
        assert_eq!(fit("Zełenski", 5), "Zełe…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad_left("7", 3), "  7");
        assert_eq!(fit("x\u{1b}y", 5), "x\u{FFFD}y");
        assert_eq!(fit("abc", 0), "");
    }
}
