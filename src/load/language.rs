//! Telling Polish from English by frequent function words and Polish letters.

use crate::model::Language;

/// Function words frequent in one language and rare in the other. Words
/// shared by both ("a", "to", "on", "do", "no") would only add noise.
const POLISH_WORDS: &[&str] = &[
    "i", "w", "z", "na", "się", "nie", "że", "jest", "od", "za", "oraz", "dla", "ale", "już",
    "przez", "jego", "jak", "tak", "który", "która", "które", "także", "też", "są", "był", "była",
    "było", "po", "ze", "we", "co", "czy", "iż", "podczas", "jednak",
];
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "of", "in", "is", "that", "for", "with", "was", "as", "by", "it", "at", "from",
    "he", "she", "said", "are", "be", "has", "have", "this", "which", "an", "will", "were", "his",
    "her", "their", "would", "but", "not",
];
const POLISH_LETTERS: &[char] = &['ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż'];

/// Each function word counts twice, each word with a Polish letter once: a
/// few Polish names in an English article do not outweigh its "the"s.
/// Undecided (including empty) text is Polish, the briefing's main language.
pub fn detect_language(text: &str) -> Language {
    let (mut polish, mut english) = (0usize, 0usize);
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.as_str()
        } else {
            word
        };
        if POLISH_WORDS.contains(&word) {
            polish += 2;
        } else if ENGLISH_WORDS.contains(&word) {
            english += 2;
        }
        if word.contains(POLISH_LETTERS) {
            polish += 1;
        }
    }
    if english > polish {
        Language::English
    } else {
        Language::Polish
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_polish_from_english() {
        let cases = [
            ("", Language::Polish),
            ("12 345", Language::Polish),
            (
                "W kuluarach Światowego Forum Ekonomicznego w Davos doszło do spotkania.",
                Language::Polish,
            ),
            (
                "Zełenski powiedział, że rozmowy były konstruktywne.",
                Language::Polish,
            ),
            (
                "Putin said that the talks in Moscow were constructive.",
                Language::English,
            ),
            (
                "Volodymyr Zełenski and Władimir Putin met in Davos, the agency said.",
                Language::English,
            ),
            (
                "THE PRESIDENT SAID IT WAS A GOOD MEETING",
                Language::English,
            ),
            ("Spotkanie", Language::Polish),
        ];
        for (text, want) in cases {
            assert_eq!(detect_language(text), want, "{text:?}");
        }
    }
}
