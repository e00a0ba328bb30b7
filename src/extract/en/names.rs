//! People named in English: "Russian President Vladimir Putin", "Mr Putin",
//! "Sir Keir Starmer", "Mohammed bin Salman", later "Putin" and "Putin's".

use rustc_hash::FxHashMap as HashMap;

use crate::extract::doc::Doc;
use crate::extract::fold::fold;
use crate::extract::lang::en::ENGLISH;
use crate::extract::names::PersonName;

const PARTICLES: &[&str] = &[
    "bin", "al", "von", "der", "van", "de", "da", "di", "el", "ibn",
];

/// All person names, in text order.
pub fn find_person_names(doc: &Doc) -> Vec<PersonName> {
    let mut names = Vec::new();
    let mut taken = vec![false; doc.len()];
    let mut i = 0;
    while i < doc.len() {
        match full_name_at(doc, i) {
            Some(name) => {
                taken[name.tokens.clone()].fill(true);
                i = name.tokens.end;
                names.push(name);
            }
            None => i += 1,
        }
    }
    let mut known: HashMap<String, usize> = HashMap::default();
    for (k, n) in names.iter().enumerate() {
        known.entry(fold(&n.surname)).or_insert(k);
    }
    for i in (0..doc.len()).filter(|&i| !taken[i] && doc.nameable(i)) {
        let surname = without_possessive(doc.word(i));
        if let Some(&k) = known.get(&fold(surname)) {
            names.push(PersonName {
                tokens: i..i + 1,
                first: None,
                surname: names[k].surname.clone(),
                gender: names[k].gender,
                nominative: !doc.word(i).ends_with("'s") && !doc.word(i).ends_with("’s"),
            });
        }
    }
    names.sort_by_key(|n| n.tokens.start);
    names
}

fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// A first name from the gazetteer, or a title ("Mr", "Sir", "Dr"), followed by the
/// rest of the name.
fn full_name_at(doc: &Doc, i: usize) -> Option<PersonName> {
    if !doc.is_capitalized(i) {
        return None;
    }
    let titled = ENGLISH.titles.contains(doc.lower(i));
    let mut start = i;
    if titled {
        start = if doc.is_punct(i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        if !doc.is_capitalized(start) {
            return None;
        }
    }
    let forms = doc.first_name(start);
    let gender = forms.first().map(|f| f.gender);
    let mut j = if forms.is_empty() { start } else { start + 1 };
    // A second given name: "Recep Tayyip Erdogan".
    while !doc.first_name(j).is_empty() && doc.nameable(j + 1) {
        j += 1;
    }
    let surname_start = j;
    let particle = |k: usize| PARTICLES.contains(&doc.lower(k)) && doc.nameable(k + 1);
    while particle(j) {
        j += 1;
    }
    if !doc.nameable(j) || forms.is_empty() && !titled {
        return None;
    }
    j += 1;
    // "Mohammed bin Abdulrahman Al Thani": more particles and their names.
    while particle(j) {
        j += 2;
    }
    let last = without_possessive(doc.word(j - 1));
    let mut surname: Vec<&str> = (surname_start..j - 1).map(|k| doc.word(k)).collect();
    surname.push(last);
    Some(PersonName {
        tokens: start..j,
        first: (!forms.is_empty()).then(|| doc.word(start).to_string()),
        surname: surname.join(" "),
        gender,
        nominative: last == doc.word(j - 1),
    })
}
