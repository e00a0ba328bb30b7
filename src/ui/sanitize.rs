//! Nothing read from a file reaches the terminal as-is: control, bidi and
//! invisible format characters could move the cursor, reorder the screen or
//! hide text. The loader already drops them from article text; names, file
//! names and anything else drawn passes through here as well.

use std::borrow::Cow;

/// Shown in place of a character that must not reach the terminal.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Bidi controls and invisible format characters (general category Cf). ZWJ
/// and ZWNJ stay: emoji sequences and Indic scripts need them.
const FORMAT: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200B}'),
    ('\u{200E}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E007F}'),
];

fn is_format(c: char) -> bool {
    FORMAT.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// What a character becomes on screen: line breaks and tabs inside a line are
/// spaces, anything that could act on the terminal is the replacement mark.
fn clean_char(c: char) -> char {
    match c {
        '\n' | '\t' | '\r' | '\u{2028}' | '\u{2029}' => ' ',
        c if c.is_control() || is_format(c) => REPLACEMENT,
        c => c,
    }
}

fn is_clean(c: char) -> bool {
    clean_char(c) == c
}

/// `s` made safe to draw on one line.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_clean) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().map(clean_char).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_never_pass() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\u{FFFD}[2Jb");
        assert_eq!(clean("x\u{202E}y\u{2066}z"), "x\u{FFFD}y\u{FFFD}z");
        assert_eq!(clean("a\nb\tc"), "a b c");
        assert_eq!(clean("\u{9b}31m"), "\u{FFFD}31m");
    }

    #[test]
    fn ordinary_text_is_borrowed() {
        assert!(matches!(clean("Wołodymyr Zełenski 👨‍👩‍👧"), Cow::Borrowed(_)));
    }
}
