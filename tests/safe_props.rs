//! Properties of the sanitiser at the trust boundary: whatever goes in,
//! nothing that can act on a terminal, reorder or hide text comes out, and
//! sanitising twice changes nothing. Two oracles do not come from the
//! sanitiser's own tables: a terminal emulator (vt100) that must see nothing but
//! printable text, and a list, written here from the Unicode standard, of the
//! characters that reorder or hide text.

#[path = "common/emulator.rs"]
mod emulator;

use std::num::NonZeroU16;

use brief::load::parse_article;
use brief::model::SafeText;
use brief::model::safe::{MAX_COMBINING_RUN, is_invisible_format};

use proptest::prelude::*;
use unicode_normalization::char::is_combining_mark;

/// Characters an attacker would pick, mixed with ordinary text.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => any::<char>(),
        2 => prop::char::range('\u{0}', '\u{a0}'),
        1 => prop::sample::select(vec![
            '\u{1b}', '[', ']', ';', '\u{7}', '\\', 'P', '_', '^', 'X', '\u{9b}', '\u{9c}',
            '\u{9d}', '\u{90}', '\u{8}', '\r', '\n', '\u{202a}', '\u{202e}', '\u{2066}',
            '\u{2069}', '\u{200b}', '\u{200d}', '\u{feff}', '\u{e0041}', '\u{e007f}',
            '\u{fe0f}', '\u{301}', '\u{2028}', '\u{ad}', '\u{61c}',
        ]),
        2 => prop::char::range('a', 'z'),
    ]
}

fn hostile_string() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_char(), 0..200).prop_map(|v| v.into_iter().collect())
}

fn assert_inert(s: &str) {
    for c in s.chars() {
        assert!(!c.is_control(), "control {c:?} in {s:?}");
        assert!(!is_invisible_format(c), "format {c:?} in {s:?}");
        assert!(
            !matches!(c, '\u{2028}' | '\u{2029}'),
            "separator {c:?} in {s:?}"
        );
    }
    assert!(!s.starts_with(is_combining_mark), "leading mark in {s:?}");
    let mut run = 0;
    for c in s.chars() {
        run = if is_combining_mark(c) { run + 1 } else { 0 };
        assert!(run <= MAX_COMBINING_RUN, "{run} marks in a row in {s:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn output_is_inert(s in hostile_string()) {
        assert_inert(SafeText::new(&s).as_str());
    }

    #[test]
    fn sanitising_is_idempotent(s in hostile_string()) {
        let once = SafeText::new(&s);
        prop_assert_eq!(SafeText::new(&once), once);
    }

    #[test]
    fn ordinary_text_passes_unchanged(s in "[a-zA-Z0-9ąćęłńóśźżĄĆĘŁŃÓŚŹŻ .,;:!?„”«»–—-]{0,80}") {
        let safe = SafeText::new(&s);
        prop_assert_eq!(safe.as_str(), s.as_str());
    }

    /// Article text (newlines aside) is already inert after loading, before
    /// the UI sanitises it again.
    #[test]
    fn loaded_text_is_inert(s in hostile_string()) {
        let article = parse_article("p.txt".into(), &s);
        for c in article.text.chars().filter(|&c| c != '\n') {
            prop_assert!(!c.is_control() && !is_invisible_format(c), "{:?}", c);
        }
    }
}

/// Bidi controls and invisible characters, from the Unicode standard's lists
/// (Bidi_Control, Default_Ignorable_Code_Point minus joiners and selectors).
const HIDING: &[char] = &[
    '\u{ad}',
    '\u{61c}',
    '\u{180e}',
    '\u{200b}',
    '\u{200e}',
    '\u{200f}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2060}',
    '\u{2061}',
    '\u{2062}',
    '\u{2063}',
    '\u{2064}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{206a}',
    '\u{206f}',
    '\u{feff}',
    '\u{e0001}',
    '\u{e0020}',
    '\u{e0041}',
    '\u{e007f}',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Printed on a terminal, sanitised text only prints: no title, clipboard,
    /// bell or unknown sequence, and the cursor never leaves its line.
    #[test]
    fn a_terminal_only_prints_sanitised_text(s in hostile_string()) {
        let safe = SafeText::new(&s);
        let (rows, cols) = (NonZeroU16::new(4).unwrap(), NonZeroU16::new(1000).unwrap());
        let mut terminal =
            vt100::Parser::new_with_callbacks(rows, cols, 0, emulator::Events::default());
        terminal.process(safe.as_bytes());
        let events = terminal.callbacks();
        // vt100 reports the characters it cannot place (unassigned, zero width);
        // those only fail to print.
        let acted = events.other.iter().any(|e| !e.starts_with("char "));
        prop_assert!(
            events.titles.is_empty() && events.clipboard.is_empty() && !acted,
            "{:?}: {:?}",
            safe,
            events
        );
        prop_assert_eq!(terminal.screen().cursor_position().0, 0, "{:?}", safe);
        prop_assert!(!terminal.screen().alternate_screen());
    }
}

/// What one character between two letters must become, or `None` where the
/// character may start an escape sequence that takes its neighbour with it.
fn expected(c: char) -> Option<String> {
    let kept = c.to_string();
    Some(match c {
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => " ".into(),
        '\u{1b}' | '\u{80}'..='\u{9f}' => return None,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32)?.to_string(),
        '\u{7f}' => "\u{2421}".into(),
        c if HIDING.contains(&c) => String::new(),
        '\u{200c}' | '\u{200d}' => kept,
        // Nothing else may go but a format character the sanitiser names.
        c if is_invisible_format(c) => String::new(),
        _ => kept,
    })
}

#[test]
fn every_character_is_kept_pictured_or_dropped() {
    for c in (0..=0x10_ffff).filter_map(char::from_u32) {
        let safe = SafeText::new(&format!("x{c}y"));
        assert!(!safe.chars().any(char::is_control), "{c:?} gave {safe:?}");
        if let Some(middle) = expected(c) {
            assert_eq!(safe.as_str(), format!("x{middle}y"), "{c:?}");
        }
    }
}
