//! Comparison keys for names: case, diacritics and common transliteration
//! differences folded away, so "Wladimir" meets "Władimir" and "Vladimir".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The folded key of a name: lowercase, no diacritics, ł → l, v → w, apostrophes dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\'' | '’' | 'ʼ' => {}
            'A'..='Z' | 'a'..='z' => out.push(plain(c.to_ascii_lowercase())),
            c if c.is_ascii() => out.push(c),
            'ł' | 'Ł' => out.push('l'),
            'ß' => out.push('s'),
            c => {
                // Decompose one letter and keep its base: "ż" → "z", "é" → "e".
                for d in c.to_lowercase().collect::<String>().nfd() {
                    if !is_combining_mark(d) {
                        out.push(plain(d));
                    }
                }
            }
        }
    }
    out
}

fn plain(c: char) -> char {
    if c == 'v' { 'w' } else { c }
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
