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
            // Letters that do not decompose: "Jørgensen" meets "Jorgensen".
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
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

/// The key a person's name is merged by across spellings and languages: folded, then
/// the Polish and English transliterations of Cyrillic (and of Korean) evened out, so
/// "Pieskow" meets "Peskov", "Siergiej" "Sergei", "Szojgu" "Shoigu", "Dmitrijew"
/// "Dmitriev", "Łukaszenka" "Lukashenko" and "Dzong" "Jong".
pub fn name_key(s: &str) -> String {
    // This runs for every capitalised word of every article: one pass over the
    // folded letters, one output buffer, and no copy of the letters when the folded
    // name is plain ASCII, as nearly every one is.
    let folded = fold(s);
    if folded.is_ascii() {
        even_out(folded.as_bytes())
    } else {
        even_out(&folded.chars().collect::<Vec<char>>())
    }
}

/// The transliteration differences of `name_key` evened out over folded letters.
fn even_out<C: Copy + Into<char>>(letters: &[C]) -> String {
    let folded = |k: usize| letters[k].into();
    let at = |k: usize| letters.get(k).map(|&c| c.into());
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    let mut out = String::with_capacity(letters.len());
    let mut word_start = 0;
    let mut k = 0;
    while k < letters.len() {
        let c = folded(k);
        let next = at(k + 1);
        let (push, step): (&str, usize) = match (c, next) {
            ('s', Some('z')) if at(k + 2) == Some('c') && at(k + 3) == Some('z') => ("sch", 4),
            ('s', Some('h')) if at(k + 2) == Some('c') && at(k + 3) == Some('h') => ("sch", 4),
            ('s', Some('z' | 'h')) => ("s", 2),
            ('c', Some('z')) | ('k', Some('h')) => ("ch", 2),
            ('z', Some('h')) => ("z", 2),
            ('d', Some('z')) => ("j", if at(k + 2) == Some('h') { 3 } else { 2 }),
            ('x', _) => ("ks", 1),
            // "ie" after a consonant is a soft "e": Pieskow, Peskov.
            ('i', Some('e')) => ("", 1),
            // "Dmitrijew"/"Dmitriev": a glide between "i" and a vowel.
            ('j' | 'y', _) if k > 0 && folded(k - 1) == 'i' && vowel(next) => {
                if next == Some('e') && out.len() > word_start {
                    out.pop();
                }
                ("", 1)
            }
            ('j' | 'y', _) if vowel(next) => ("j", 1),
            ('j' | 'y', _) => ("i", 1),
            (' ', _) => {
                even_ending(&mut out, word_start);
                out.push(' ');
                word_start = out.len();
                k += 1;
                continue;
            }
            _ => {
                // Doubled letters count once: "Zelenskyy", "Kirill".
                if !out.ends_with(c) || out.len() == word_start {
                    out.push(c);
                }
                k += 1;
                continue;
            }
        };
        // A one-letter result right after the same letter counts once ("ssh" → "s").
        let repeated = push.len() == 1 && out.ends_with(push);
        if !push.is_empty() && !repeated {
            out.push_str(push);
        }
        k += step;
    }
    even_ending(&mut out, word_start);
    out
}

/// The Belarusian "-enka" the Polish press writes for the "-enko" of English reports
/// ("Łukaszenka", "Lukashenko"), and a doubled final "i" ("Zelenskyy").
fn even_ending(out: &mut String, start: usize) {
    if out[start..].ends_with("enka") {
        out.truncate(out.len() - 1);
        out.push('o');
    }
    while out[start..].ends_with("ii") {
        out.pop();
    }
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
        assert_eq!(name_key("Pieskow"), name_key("Peskov"));
        assert_eq!(name_key("Zełenski"), name_key("Zelensky"));
        assert_eq!(name_key("Dmitrij"), name_key("Dmitry"));
        assert_eq!(name_key("Ławrow"), name_key("Lavrov"));
        assert_ne!(name_key("Tusk"), name_key("Trump"));
        let same = [
            ("Siergiej", "Sergei"),
            ("Siergiej", "Sergey"),
            ("Szojgu", "Shoigu"),
            ("Dmitrijew", "Dmitriev"),
            ("Łukaszenka", "Lukashenko"),
            ("Aleksander", "Alexander"),
            ("Jurij", "Yuri"),
            ("Jermak", "Yermak"),
            ("Andrij", "Andriy"),
            ("Michaił", "Mikhail"),
            ("Szewczenko", "Shevchenko"),
            ("Netanjahu", "Netanyahu"),
            ("Erdoğan", "Erdogan"),
            ("Zełenski", "Zelenskyy"),
            ("Wołodymyr", "Volodymyr"),
            ("Kim Dzong Un", "Kim Jong Un"),
            ("Żukow", "Zhukov"),
            ("Kiriłł", "Kirill"),
        ];
        for (polish, english) in same {
            assert_eq!(name_key(polish), name_key(english), "{polish} / {english}");
        }
        // Namesakes and different names stay apart.
        let apart = [
            ("Zełenski", "Zełenska"),
            ("Wołodymyr", "Władimir"),
            ("Sikorski", "Sikorska"),
            ("Marek", "Maria"),
        ];
        for (a, b) in apart {
            assert_ne!(name_key(a), name_key(b), "{a} / {b}");
        }
    }
}
