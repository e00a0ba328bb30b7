//! Fitting strings into columns by display width. Everything here returns a
//! [`SafeText`]: this is how text from articles and file names reaches a widget.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::model::SafeText;

pub const ELLIPSIS: &str = "…";

/// `s`, sanitised, cut to at most `width` columns with "…" when cut. Never
/// splits a grapheme.
pub fn fit(s: &str, width: usize) -> SafeText {
    let s = SafeText::new(s);
    if s.width() <= width {
        return s;
    }
    if width == 0 {
        return SafeText::default();
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
    SafeText::new(&out)
}

/// `fit`, then padded with spaces to exactly `width` columns.
pub fn pad(s: &str, width: usize) -> SafeText {
    let mut out = fit(s, width).into_string();
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    SafeText::new(&out)
}

/// `fit`, right-aligned in `width` columns.
pub fn pad_left(s: &str, width: usize) -> SafeText {
    let fitted = fit(s, width);
    let w = fitted.width();
    let mut out: String = std::iter::repeat_n(' ', width.saturating_sub(w)).collect();
    out.push_str(&fitted);
    SafeText::new(&out)
}

/// The first words of `s`, on one line, about `max` columns long.
pub fn first_words(s: &str, max: usize) -> SafeText {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    fit(&joined, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("Zełenski", 8).as_str(), "Zełenski");
        assert_eq!(fit("Zełenski", 5).as_str(), "Zełe…");
        assert_eq!(fit("日本語", 4).as_str(), "日…");
        assert_eq!(pad("ab", 4).as_str(), "ab  ");
        assert_eq!(pad_left("7", 3).as_str(), "  7");
        assert_eq!(fit("x\u{7}y", 5).as_str(), "x␇y");
        assert_eq!(fit("x\u{1b}]0;t\u{7}y", 5).as_str(), "xy");
        assert_eq!(fit("abc", 0).as_str(), "");
    }
}
