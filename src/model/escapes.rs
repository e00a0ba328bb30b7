//! Removing terminal escape sequences whole, so that no parameter bytes
//! ("[31m", "]0;title") are left behind as visible junk once the ESC is gone.
//!
//! Recognised: CSI (`ESC [` or U+009B) up to its final byte; the string
//! sequences OSC, DCS, SOS, PM and APC (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`,
//! `ESC _` or their 8-bit forms) up to BEL or ST (`ESC \` or U+009C); and any
//! other ESC with its intermediate and final bytes. Unlike a terminal, a
//! string sequence with no terminator ends at the line break, so one stray
//! ESC cannot swallow the rest of an article. Lone controls left over are
//! removed later with all other control characters.

use std::iter::Peekable;
use std::str::Chars;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
const CSI_8BIT: char = '\u{9b}';
const ST_8BIT: char = '\u{9c}';
/// CAN and SUB abort a sequence in progress.
const ABORT: [char; 2] = ['\u{18}', '\u{1a}'];

/// Returns `text` with every escape sequence removed.
pub fn strip_escape_sequences(text: &str) -> String {
    if !text.contains(|c: char| c == ESC || ('\u{80}'..='\u{9f}').contains(&c)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ESC => skip_after_esc(&mut chars),
            CSI_8BIT => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            _ => out.push(c),
        }
    }
    out
}

fn skip_after_esc(chars: &mut Peekable<Chars<'_>>) {
    let Some(&next) = chars.peek() else { return };
    match next {
        '[' => {
            chars.next();
            skip_csi(chars);
        }
        ']' | 'P' | 'X' | '^' | '_' => {
            chars.next();
            skip_string(chars);
        }
        // A new ESC restarts; a line break is kept to preserve the text's shape.
        ESC | '\n' => {}
        ' '..='/' => {
            while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
            chars.next_if(|c| ('0'..='~').contains(c));
        }
        _ => {
            chars.next();
        }
    }
}

/// Parameter and intermediate bytes, then one final byte; anything else ends
/// a malformed sequence without being swallowed.
fn skip_csi(chars: &mut Peekable<Chars<'_>>) {
    while chars.next_if(|c| (' '..='?').contains(c)).is_some() {}
    chars.next_if(|c| ('@'..='~').contains(c));
}

fn skip_string(chars: &mut Peekable<Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\n' => return,
            ESC => {
                chars.next();
                // `ESC \` is ST; any other ESC starts a new sequence.
                if chars.next_if_eq(&'\\').is_none() {
                    skip_after_esc(chars);
                }
                return;
            }
            BEL | ST_8BIT => {
                chars.next();
                return;
            }
            c if ABORT.contains(&c) => {
                chars.next();
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_whole_sequences() {
        let cases = [
            ("plain text", "plain text"),
            ("\x1b[31mred\x1b[0m", "red"),
            ("\x1b[1;38;5;196mbold\x1b[m!", "bold!"),
            ("\x1b[?25lhidden", "hidden"),
            ("a\x1b]0;window title\x07b", "ab"),
            (
                "a\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\b",
                "alinkb",
            ),
            ("a\x1bP+q544e\x1b\\b", "ab"),
            ("a\x1b_apc body\x1b\\b", "ab"),
            ("a\x1b7b\x1b8c", "abc"),
            ("a\x1bcb", "ab"),
            ("a\x1b(Bb", "ab"),
            ("a\x1b#8b", "ab"),
            ("a\u{9b}31mb", "ab"),
            ("a\u{9d}0;title\u{9c}b", "ab"),
            ("a\u{90}dcs\x07b", "ab"),
            ("Świat\x1b[2Jżycie", "Światżycie"),
        ];
        for (input, want) in cases {
            assert_eq!(strip_escape_sequences(input), want, "{input:?}");
        }
    }

    #[test]
    fn malformed_sequences_stay_bounded() {
        let cases = [
            ("end\x1b", "end"),
            // Nothing but escapes: the quick check for text without any must see them.
            ("\x1b", ""),
            ("\x1b\x1b", ""),
            ("a\x1b\nb", "a\nb"),
            ("a\x1b]unterminated\nnext line", "a\nnext line"),
            ("a\x1b]0;t\x18b", "ab"),
            ("a\x1b]0;t\x1b[31mb", "ab"),
            ("a\x1b\x1b[1mb", "ab"),
            ("a\x1b[12ąb", "aąb"),
            ("a\u{9b}", "a"),
        ];
        for (input, want) in cases {
            assert_eq!(strip_escape_sequences(input), want, "{input:?}");
        }
    }
}
