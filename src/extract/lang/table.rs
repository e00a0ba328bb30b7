//! Reading the tab-separated lexicon tables, and matching multi-word names in text.

use rustc_hash::FxHashMap as HashMap;

use crate::extract::text::{Token, tokenize};

/// Data rows of a table: `#` comments, blank lines and the header row skipped.
pub fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The variants in one cell: `-` is no form, `/` separates variants.
pub fn variants(cell: &'static str) -> impl Iterator<Item = &'static str> {
    cell.split('/')
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "-")
}

/// Multi-word names (places, countries, organisations) in every case form, matched
/// word by word against tokens; each form leads to its entry's nominative.
#[derive(Debug, Default)]
pub struct Phrases {
    /// The `lang::class` bit marking first words of these names (0: none).
    pub start_class: u16,
    names: Vec<&'static str>,
    /// Whether each entry has a form other than its nominative.
    declines: Vec<bool>,
    /// First word (lowercase) → the forms starting with it, longest first.
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
}

impl Phrases {
    /// Adds a nominative and its other forms; returns the entry's index.
    pub fn add(
        &mut self,
        nominative: &'static str,
        forms: impl Iterator<Item = &'static str>,
    ) -> usize {
        let entry = self.names.len();
        self.names.push(nominative);
        self.declines.push(false);
        for form in std::iter::once(nominative).chain(forms) {
            self.declines[entry] |= form != nominative;
            let words: Vec<String> = tokenize(form)
                .iter()
                .map(|t| form[t.span.range()].to_lowercase())
                .collect();
            let Some(first) = words.first().cloned() else {
                continue;
            };
            let list = self.by_first.entry(first).or_default();
            if !list.iter().any(|(w, e)| *w == words && *e == entry) {
                list.push((words, entry));
                list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            }
        }
        entry
    }

    /// The lowercase first words of all the forms.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    pub fn name(&self, entry: usize) -> &'static str {
        self.names[entry]
    }

    /// Whether the entry's name has other case forms ("Kijów", "Kijowie"); an
    /// indeclinable one ("Davos") reads the same in every case.
    pub fn declines(&self, entry: usize) -> bool {
        self.declines[entry]
    }

    /// The longest name starting at token `i`: (entry, number of tokens).
    /// The first word must be capitalised in the text.
    pub fn match_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let word = |k: usize| tokens.get(k).map(|t| &text[t.span.range()]);
        if !word(i)?.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let lower: Vec<String> = tokens
            .iter()
            .map(|t| text[t.span.range()].to_lowercase())
            .collect();
        self.match_with(i, |k| lower.get(k).map(String::as_str))
    }

    /// The longest name starting at token `i`, given each token's lowercase form.
    pub fn match_with<'t>(
        &self,
        i: usize,
        lower: impl Fn(usize) -> Option<&'t str>,
    ) -> Option<(usize, usize)> {
        let candidates = self.by_first.get(lower(i)?)?;
        candidates.iter().find_map(|(words, entry)| {
            let fits = words
                .iter()
                .enumerate()
                .all(|(k, w)| lower(i + k) == Some(w.as_str()));
            fits.then_some((*entry, words.len()))
        })
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_longest_form_with_capital() {
        let mut p = Phrases::default();
        let us = p.add(
            "Stany Zjednoczone",
            ["Stanami Zjednoczonymi", "USA"].into_iter(),
        );
        let bd = p.add("Biały Dom", ["Białym Domu"].into_iter());
        let text = "rozmowy ze Stanami Zjednoczonymi w Białym Domu, stany";
        let toks = tokenize(text);
        assert_eq!(p.match_at(text, &toks, 2), Some((us, 2)));
        assert_eq!(p.match_at(text, &toks, 5), Some((bd, 2)));
        assert_eq!(p.match_at(text, &toks, 8), None);
        assert_eq!(p.name(us), "Stany Zjednoczone");
    }

    #[test]
    fn rows_skip_comments_and_header() {
        let table = "# note\nlemma\tx\na\t1/2\nb\t-\n";
        let r: Vec<Vec<&str>> = rows(table).collect();
        assert_eq!(r, vec![vec!["a", "1/2"], vec!["b", "-"]]);
        assert_eq!(variants("1/2").collect::<Vec<_>>(), ["1", "2"]);
        assert_eq!(variants("-").count(), 0);
    }
}
