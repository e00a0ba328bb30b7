//! People named in English: "Russian President Vladimir Putin", "Mr Putin",
//! "Sir Keir Starmer", "Mohammed bin Salman", later "Putin" and "Putin's".

use rustc_hash::FxHashMap as HashMap;

use crate::extract::doc::Doc;
use crate::extract::fold::name_key;
use crate::extract::found::PersonName;
use crate::extract::lang::en::ENGLISH;

const PARTICLES: &[&str] = &[
    "bin", "al", "von", "der", "van", "de", "da", "di", "el", "ibn",
];

/// Nouns that end the names of institutions, never a surname.
const INSTITUTIONS: &[&str] = &[
    "department",
    "ministry",
    "office",
    "council",
    "commission",
    "committee",
    "service",
    "agency",
    "parliament",
    "government",
    "administration",
    "house",
    "street",
    "palace",
    "party",
    "union",
    "assembly",
    "court",
    "bank",
    "fund",
    "forces",
    "guard",
    "army",
];

/// Given names that are family names written first (Chinese, Korean): alone later,
/// they name the person.
const FAMILY_FIRST: &[&str] = &[
    "Xi", "Li", "Wang", "Zhang", "Chen", "Liu", "Zhao", "Han", "Mao", "Kim", "Lee", "Park", "Moon",
    "Yoon", "Lai",
];

/// "spokeswoman Mao Ning", "minister Vaidotas Rimkus": one or two capitalised words
/// after a role word, where no first name was recognised.
fn names_after_roles(doc: &Doc, taken: &mut [bool]) -> Vec<PersonName> {
    let mut out = Vec::new();
    for i in 0..doc.len().saturating_sub(1) {
        // "State Department", "Foreign Ministry": a role word opening an institution.
        let institution = INSTITUTIONS.contains(&doc.lower(i + 1))
            || doc.phrase_at(&doc.lex.organizations, i).is_some();
        if doc.role(i).is_none() || taken[i + 1] || !doc.nameable(i + 1) || institution {
            continue;
        }
        let two = doc.nameable(i + 2)
            && !taken.get(i + 2).copied().unwrap_or(true)
            && !doc.nameable(i + 3);
        if !two && doc.nameable(i + 2) {
            continue;
        }
        let end = if two { i + 3 } else { i + 2 };
        taken[i + 1..end].fill(true);
        let last = without_possessive(doc.word(end - 1));
        out.push(PersonName {
            tokens: i + 1..end,
            first: two.then(|| doc.word(i + 1).to_string()),
            surname: last.to_string(),
            gender: None,
            nominative: last == doc.word(end - 1),
        });
    }
    out
}

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
    names.extend(names_after_roles(doc, &mut taken));
    let mut known: HashMap<String, usize> = HashMap::default();
    for (k, n) in names.iter().enumerate() {
        let last = n.surname.rsplit(' ').next().unwrap_or(&n.surname);
        known.entry(name_key(last)).or_insert(k);
        // "Li Qiang", "Xi Jinping": the family name comes first and stands alone later.
        if let Some(first) = n.first.as_deref().filter(|f| FAMILY_FIRST.contains(f)) {
            known.entry(name_key(first)).or_insert(k);
        }
    }
    for i in
        (0..doc.len()).filter(|&i| !taken[i] && (doc.nameable(i) || !doc.first_name(i).is_empty()))
    {
        let surname = without_possessive(doc.word(i));
        if let Some(&k) = known.get(&name_key(surname)) {
            // "von der Leyen": the particles before the last word belong to the mention.
            let mut start = i;
            while start > 0 && PARTICLES.contains(&doc.lower(start - 1)) && !taken[start - 1] {
                start -= 1;
            }
            names.push(PersonName {
                tokens: start..i + 1,
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
    // "Ursula von der Leyen": particles, then the name they belong to.
    let particles_from = |k: usize| {
        (k..k + 3)
            .take_while(|&x| PARTICLES.contains(&doc.lower(x)))
            .count()
    };
    let particle = |k: usize| {
        let n = particles_from(k);
        n > 0 && doc.nameable(k + n)
    };
    while PARTICLES.contains(&doc.lower(j)) && particle(j) {
        j += 1;
    }
    if !doc.nameable(j) || forms.is_empty() && !titled {
        return None;
    }
    j += 1;
    // "Mohammed bin Abdulrahman Al Thani": more particles and their names.
    while particle(j) {
        j += particles_from(j) + 1;
    }
    let last = without_possessive(doc.word(j - 1));
    let mut surname: Vec<&str> = (surname_start..j - 1).map(|k| doc.word(k)).collect();
    surname.push(last);
    let given = doc.span_of(start..surname_start);
    Some(PersonName {
        tokens: start..j,
        first: (!forms.is_empty()).then(|| doc.text[given.start..given.end].to_string()),
        surname: surname.join(" "),
        gender,
        nominative: last == doc.word(j - 1),
    })
}
