//! Properties of the sanitiser at the trust boundary: whatever goes in,
//! nothing that can act on a terminal, reorder or hide text comes out, and
//! sanitising twice changes nothing.

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
