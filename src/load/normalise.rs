//! Making decoded text safe and uniform: line endings, escape sequences,
//! control and invisible characters, NFC, tabs.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::model::escapes::strip_escape_sequences;
use crate::model::safe::is_invisible_format;

/// Tab stops every 8 columns, as a terminal or `cat` would show the file.
/// Columns are counted in characters from the start of the line.
pub const TAB_WIDTH: usize = 8;

/// The text as articles keep it. Escape sequences go before the remaining
/// controls so their parameters go with them; tabs are expanded last so
/// columns are counted on the text as it will be shown.
pub fn normalise(text: &str) -> String {
    let unified = unify_line_endings(text);
    let stripped = strip_escape_sequences(&unified);
    let visible: String = stripped.chars().filter(|&c| is_kept(c)).collect();
    // Most text is already composed: checking is much cheaper than composing.
    let composed = match is_nfc_quick(visible.chars()) {
        IsNormalized::Yes => visible,
        _ => visible.nfc().collect(),
    };
    expand_tabs(&composed)
}

fn is_kept(c: char) -> bool {
    if c.is_ascii() {
        return c == '\n' || c == '\t' || !c.is_ascii_control();
    }
    !(c.is_control() || is_invisible_format(c))
}

/// CRLF and lone CR become LF.
fn unify_line_endings(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn expand_tabs(text: &str) -> String {
    if !text.contains('\t') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                let pad = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', pad));
                column += pad;
            }
            '\n' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_line_endings() {
        let cases = [
            ("a\r\nb", "a\nb"),
            ("a\rb", "a\nb"),
            ("a\r\r\nb", "a\n\nb"),
            ("a\n\rb", "a\n\nb"),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
    }

    #[test]
    fn expands_tabs_to_stops_of_eight() {
        let cases = [
            ("\tx", "        x"),
            ("ab\tx", "ab      x"),
            ("abcdefgh\tx", "abcdefgh        x"),
            ("ś\tx\n\ty", "ś       x\n        y"),
            ("\x1b[1m\tx", "        x"),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(normalise("S\u{301}wiat z\u{307}ycie"), "Świat życie");
        assert_eq!(normalise("Zełenski"), "Zełenski");
    }

    #[test]
    fn removes_controls_and_invisible_characters() {
        let cases = [
            ("a\x07b\x08c\x7fd", "abcd"),
            ("a\u{85}b\u{9c}c", "abc"),
            ("a\x1b[31mb", "ab"),
            (
                "a\u{202e}b\u{2066}c\u{2069}d\u{200e}e\u{200f}f\u{61c}g",
                "abcdefg",
            ),
            ("zero\u{200b}width\u{2060}join\u{feff}", "zerowidthjoin"),
            ("soft\u{ad}hyphen", "softhyphen"),
            ("tag\u{e0041}\u{e007f}s", "tags"),
            ("👩\u{200d}💻 क्\u{200c}ष", "👩\u{200d}💻 क्\u{200c}ष"),
            ("keeps\nnewlines\n", "keeps\nnewlines\n"),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
    }

    #[test]
    fn nothing_left_can_act_on_a_terminal() {
        let hostile: String = (0u32..0xA0).filter_map(char::from_u32).collect();
        let out = normalise(&format!("{hostile}\u{202e}x\u{e0001}"));
        assert!(
            out.chars()
                .all(|c| c == '\n' || !(c.is_control() || is_invisible_format(c))),
            "{out:?}"
        );
    }
}
