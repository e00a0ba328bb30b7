//! Comparison keys for names: case, diacritics and common transliteration
//! differences folded away, so "Wladimir" meets "Władimir" and "Vladimir".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The folded key of a name: lowercase, no diacritics, ł → l, v → w, apostrophes dropped.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c) && !matches!(c, '\'' | '’' | 'ʼ'))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'v' => 'w',
            'ß' => 's',
            _ => c,
        })
        .collect()
}

/// How many letters carry diacritics: ties between spellings go to the richer one.
pub fn diacritics(s: &str) -> usize {
    s.chars().filter(|c| !c.is_ascii()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_spelling_variants() {
        assert_eq!(fold("Władimir Putin"), fold("Wladimir Putin"));
        assert_eq!(fold("Władimir"), fold("Vladimir"));
        assert_eq!(fold("Zełenski"), "zelenski");
        assert_eq!(fold("Steve'em"), "steweem");
        assert_eq!(diacritics("Władimir"), 1);
    }
}
