//! Matching names and text the way a reader types them: without caring about
//! case or Polish diacritics ("lawrow" finds "Ławrow").

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase, diacritics removed, ł → l.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'ß' => 's',
            _ => c,
        })
        .collect()
}

/// How well `query` matches `candidate` as a subsequence, both folded; higher
/// is better, `None` when some query letter is missing. Runs of letters and
/// matches at word starts score more, so "kush" ranks "Kushner" first.
pub fn fuzzy_score(query: &str, candidate: &str) -> Option<i32> {
    let mut wanted = query.chars().filter(|c| !c.is_whitespace()).peekable();
    if wanted.peek().is_none() {
        return Some(0);
    }
    let mut score = 0;
    let mut previous: Option<char> = None;
    let mut last_matched = false;
    for c in candidate.chars() {
        let Some(&w) = wanted.peek() else { break };
        if c == w {
            wanted.next();
            score += 1;
            if last_matched {
                score += 5;
            }
            if previous.is_none_or(|p| !p.is_alphanumeric()) {
                score += 8;
            }
            last_matched = true;
        } else {
            last_matched = false;
            score -= 1;
        }
        previous = Some(c);
    }
    wanted.peek().is_none().then_some(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Siergiej Ławrow"), "siergiej lawrow");
        assert_eq!(fold("Zełenski"), "zelenski");
    }

    #[test]
    fn fuzzy_prefers_word_starts_and_runs() {
        assert!(fuzzy_score("kush", "jared kushner").is_some());
        assert_eq!(fuzzy_score("xyz", "jared kushner"), None);
        let word_start = fuzzy_score("ku", "jared kushner").unwrap();
        let scattered = fuzzy_score("ku", "kiriłł dmitrijew u").unwrap();
        assert!(word_start > scattered);
        assert_eq!(fuzzy_score("", "anything"), Some(0));
    }
}
