//! The trust boundary between text from files and the terminal.
//!
//! [`SafeText`] is the only kind of string the reader draws from an article
//! or a file name, and its only constructor sanitises: escape sequences are
//! removed whole; line breaks and tabs become spaces; any other control
//! character becomes its picture (␈ for backspace, ␡ for DEL, ␦ for any C1
//! control), so a hostile byte is visible but inert; bidi controls, invisible format characters and tag characters go;
//! combining marks with no base go, and a run of them is cut to
//! [`MAX_COMBINING_RUN`], so a letter with thousands of marks stays one
//! readable cell.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use unicode_normalization::char::is_combining_mark;

use super::escapes::strip_escape_sequences;

/// Shown in place of a C1 control, which has no picture of its own.
pub const C1_PICTURE: char = '\u{2426}';

/// The visible stand-in for a control character: the Control Pictures
/// block for C0 and DEL. Not U+FFFD, which says "broken encoding".
fn picture(c: char) -> char {
    match c {
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or(C1_PICTURE),
        '\u{7f}' => '\u{2421}',
        _ => C1_PICTURE,
    }
}

/// The most combining marks kept after one base character. Real text
/// (Vietnamese, IPA, Hebrew pointing) needs a handful.
pub const MAX_COMBINING_RUN: usize = 8;

/// Format characters (general category Cf) and bidi controls that are
/// invisible but can reorder or hide text. ZWNJ (U+200C) and ZWJ (U+200D) are
/// kept: Indic scripts and emoji sequences need them. Tag characters go too,
/// whole block.
const INVISIBLE_FORMAT: &[(char, char)] = &[
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

/// Bidi controls, invisible format characters and tag characters.
pub fn is_invisible_format(c: char) -> bool {
    c >= '\u{00AD}'
        && INVISIBLE_FORMAT
            .iter()
            .any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Line and paragraph separators, drawn as a space on one line.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\t' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// A string with nothing in it that can act on a terminal or hide or reorder
/// text, on one line. [`SafeText::new`] is the only way to make one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SafeText(String);

impl SafeText {
    /// `text` sanitised as the module says.
    pub fn new(text: &str) -> SafeText {
        if text.chars().all(is_plain) {
            return SafeText(text.to_owned());
        }
        let stripped = strip_escape_sequences(text);
        let mut out = String::with_capacity(stripped.len());
        let mut marks = 0;
        for c in stripped.chars() {
            if is_invisible_format(c) {
                continue;
            }
            if is_combining_mark(c) {
                if out.is_empty() || marks >= MAX_COMBINING_RUN {
                    continue;
                }
                marks += 1;
            } else {
                marks = 0;
            }
            out.push(match c {
                c if is_line_break(c) => ' ',
                c if c.is_control() => picture(c),
                c => c,
            });
        }
        SafeText(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Characters that need no look: printable ASCII and anything above C1 that
/// is neither a format character nor a combining mark.
fn is_plain(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_control();
    }
    c > '\u{9F}' && !is_invisible_format(c) && !is_combining_mark(c) && !is_line_break(c)
}

impl Deref for SafeText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SafeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for SafeText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<SafeText> for String {
    fn from(text: SafeText) -> String {
        text.0
    }
}

impl From<SafeText> for Cow<'static, str> {
    fn from(text: SafeText) -> Cow<'static, str> {
        Cow::Owned(text.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi_never_pass() {
        let cases = [
            ("a\u{1b}[2Jb", "ab"),
            ("a\u{1b}]0;title\u{7}b", "ab"),
            ("x\u{202E}y\u{2066}z\u{2069}", "xyz"),
            ("a\nb\tc\rd", "a b c d"),
            ("\u{9b}31mx", "x"),
            ("bell\u{7} back\u{8}space", "bell␇ back␈space"),
            ("del\u{7f}", "del␡"),
            ("c1\u{85}\u{8d}", "c1 ␦"),
            ("tag\u{E0041}\u{E007F}s", "tags"),
            ("\u{301}\u{FE0F}lone", "lone"),
            ("zero\u{200B}width", "zerowidth"),
        ];
        for (input, want) in cases {
            assert_eq!(SafeText::new(input).as_str(), want, "{input:?}");
        }
    }

    #[test]
    fn ordinary_text_is_kept() {
        for text in [
            "Wołodymyr Zełenski 👨‍👩‍👧 🇵🇱 日本語 ｶﾀｶﾅ",
            "e\u{301} ✌\u{FE0F} क्\u{200C}ष",
        ] {
            assert_eq!(SafeText::new(text).as_str(), text);
        }
    }

    #[test]
    fn every_view_of_safe_text_is_the_sanitised_text() {
        let safe = SafeText::new("a\u{1b}]0;title\u{7}b\u{202e}c");
        assert_eq!(safe.to_string(), "abc");
        assert_eq!(AsRef::<str>::as_ref(&safe), "abc");
        assert_eq!(&*safe, "abc");
        assert_eq!(Cow::from(safe.clone()), "abc");
        assert_eq!(String::from(safe.clone()), "abc");
        assert_eq!(safe.into_string(), "abc");
    }

    #[test]
    fn long_runs_of_marks_are_cut() {
        let zalgo = format!("a{}b", "\u{301}".repeat(5000));
        let safe = SafeText::new(&zalgo);
        assert_eq!(safe.chars().count(), 2 + MAX_COMBINING_RUN);
        assert!(safe.ends_with('b'));
    }
}
