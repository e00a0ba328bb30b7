//! People named in English: "Russian President Vladimir Putin", "Mr Putin",
//! "Sir Keir Starmer", "Mohammed bin Salman", later "Putin" and "Putin's".

use rustc_hash::FxHashMap as HashMap;

use crate::extract::doc::Doc;
use crate::extract::fold::name_key;
use crate::extract::found::{FAMILY_FIRST, Gender, PersonName, is_acronym};
use crate::extract::lang::en::{ENGLISH, MONTHS, WEEKDAYS};
use crate::extract::text::Kind;

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

/// "al-Shibani", "el-Sisi": an Arabic article joined to a capitalised name, written
/// lowercase inside a sentence.
fn article_joined(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    ["al-", "el-", "Al-", "El-"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// A word that can be part of a surname: capitalised, or "al-Shibani".
fn name_word(doc: &Doc, i: usize) -> bool {
    doc.nameable(i) || article_joined(doc, i)
}

/// How many name words follow a role ending at `i`: one to three ("Asaad Hassan
/// al-Shibani"); none when more follow.
fn words_after_role(doc: &Doc, i: usize, taken: &[bool]) -> usize {
    let n = (i + 1..i + 5).take_while(|&k| name_word(doc, k)).count();
    if (i + 1..i + 1 + n).any(|k| taken.get(k).copied().unwrap_or(true)) {
        return 0;
    }
    // "Bilawal Bhutto Zardari": three words, none of them a date.
    let dated = (i + 1..i + 1 + n)
        .any(|k| WEEKDAYS.contains(&doc.lower(k)) || MONTHS.contains(&doc.lower(k)));
    match n {
        _ if dated => 0,
        1..=3 => n,
        _ => 0,
    }
}

/// "spokeswoman Mao Ning", "minister Vaidotas Rimkus": one or two capitalised words
/// after a role word, where no first name was recognised; after a role and a comma,
/// a name closed by a comma or full stop ("ambassador to Poland, Ya'acov Livne,").
fn names_after_roles(doc: &Doc, taken: &mut [bool]) -> Vec<PersonName> {
    let mut out = Vec::new();
    for i in 0..doc.len().saturating_sub(1) {
        // "Prince Faisal": a title, whose name is found with it or linked later.
        let Some(k) = role_ends_at(doc, i).filter(|_| !is_title(doc, i)) else {
            continue;
        };
        // "State Department", "Foreign Ministry": a role word opening an institution.
        let institution = INSTITUTIONS.contains(&doc.lower(k + 1))
            || doc.phrase_at(&doc.lex.organizations, k).is_some();
        if taken[k + 1] || !doc.nameable(k + 1) || institution {
            continue;
        }
        let n = words_after_role(doc, k, taken);
        let apposition = k != i;
        let closed = matches!(doc.kind(k + n + 1), Some(Kind::Punct(',' | '.')));
        if n == 0 || apposition && (n < 2 || !closed) {
            continue;
        }
        let end = k + 1 + n;
        taken[k + 1..end].fill(true);
        let last = without_possessive(doc.word(end - 1));
        let given = doc.span_of(k + 1..end - 1);
        out.push(PersonName {
            tokens: k + 1..end,
            first: (n > 1).then(|| doc.text[given.range()].to_string()),
            surname: last.to_string(),
            gender: None,
            nominative: last == doc.word(end - 1),
        });
    }
    out
}

/// The token a name may follow for the role word at `i`: the role word itself, or
/// the comma closing "ambassador to Poland," (a role, "to" or "of", a country).
fn role_ends_at(doc: &Doc, i: usize) -> Option<usize> {
    doc.role(i)?;
    if !matches!(doc.lower(i + 1), "to" | "of") {
        return Some(i);
    }
    let (_, n) = doc.phrase_at(&doc.lex.countries, i + 2)?;
    let comma = i + 2 + n;
    doc.is_punct(comma, ',').then_some(comma)
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
        let family = |f: &&str| FAMILY_FIRST.contains(&f.to_lowercase().as_str());
        if let Some(first) = n.first.as_deref().filter(family) {
            known.entry(name_key(first)).or_insert(k);
        }
    }
    // "Andrzej has been with us": a given name alone stands for the one person
    // of the article who bears it.
    let mut given: HashMap<String, Option<usize>> = HashMap::default();
    for (k, n) in names.iter().enumerate() {
        let Some(first) = n.first.as_deref().and_then(|f| f.split(' ').next()) else {
            continue;
        };
        let surname = name_key(&n.surname);
        given
            .entry(name_key(first))
            .and_modify(|e| *e = e.filter(|&o| name_key(&names[o].surname) == surname))
            .or_insert(Some(k));
    }
    for (key, k) in given {
        if let Some(k) = k {
            known.entry(key).or_insert(k);
        }
    }
    for i in (0..doc.len())
        .filter(|&i| !taken[i] && (name_word(doc, i) || !doc.first_name(i).is_empty()))
    {
        let surname = without_possessive(doc.word(i));
        if let Some(&k) = known.get(&name_key(surname)) {
            // "von der Leyen": the particles before the last word belong to the mention,
            // and so does a title ("Mr Antonio", "Sir Keir").
            let mut start = i;
            while start > 0 && PARTICLES.contains(&doc.lower(start - 1)) && !taken[start - 1] {
                start -= 1;
            }
            start = title_before(doc, start).unwrap_or(start);
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

/// The title right before token `k` ("Mr", "Mr."), where the name starts.
fn title_before(doc: &Doc, k: usize) -> Option<usize> {
    let dot = k > 0 && doc.is_punct(k - 1, '.');
    let t = k.checked_sub(if dot { 2 } else { 1 })?;
    (is_title(doc, t) && doc.is_capitalized(t)).then_some(t)
}

/// A courtesy title at token `t`: "Mr", "Dr", "Lady", "Prince"; not "DR Congo" (a
/// title is not written in capitals) nor the "Lady" of "First Lady" or the "Prince"
/// of "Crown Prince", roles.
fn is_title(doc: &Doc, t: usize) -> bool {
    ENGLISH.titles.contains(doc.lower(t))
        && !is_acronym(doc.word(t))
        && !(t > 0 && matches!(doc.lower(t - 1), "first" | "crown"))
}

/// The gender a title gives: "Mr" a man, "Mrs"/"Ms" a woman.
fn title_gender(title: &str) -> Option<Gender> {
    match title {
        "mr" | "sir" | "lord" => Some(Gender::Masculine),
        "mrs" | "ms" | "miss" | "dame" | "lady" => Some(Gender::Feminine),
        _ => None,
    }
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
    let titled = is_title(doc, i);
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
    let gender = forms
        .first()
        .map(|f| f.gender)
        .or_else(|| titled.then(|| title_gender(doc.lower(i))).flatten());
    let mut j = if forms.is_empty() { start } else { start + 1 };
    // A second given name: "Recep Tayyip Erdogan".
    while !doc.first_name(j).is_empty() && name_word(doc, j + 1) {
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
    if !name_word(doc, j) || forms.is_empty() && !titled {
        return None;
    }
    j += 1;
    // "Kim Jong Un", "Kim Yo Jong": a second short syllable of a Korean given name.
    let family_first = !forms.is_empty() && FAMILY_FIRST.contains(&doc.lower(start));
    // ("Un" is a syllable here, not the UN: written so, it is no abbreviation.)
    let syllable = |k: usize| {
        doc.is_capitalized(k) && !is_acronym(doc.word(k)) && doc.word(k).chars().count() <= 4
    };
    if family_first && j == surname_start + 1 && syllable(j) && doc.first_name(j).is_empty() {
        j += 1;
    }
    // A family name says nothing of who bears it.
    let gender = if family_first { None } else { gender };
    // "Mohammed bin Abdulrahman Al Thani": more particles and their names;
    // "Abdel Fattah al-Sisi": a name with its article joined.
    loop {
        if particle(j) {
            j += particles_from(j) + 1;
        } else if article_joined(doc, j) {
            j += 1;
        } else {
            break;
        }
    }
    let last = without_possessive(doc.word(j - 1));
    let mut surname: Vec<&str> = (surname_start..j - 1).map(|k| doc.word(k)).collect();
    surname.push(last);
    let given = doc.span_of(start..surname_start);
    // "Mr Kagame": the title is part of the mention, not of the name.
    Some(PersonName {
        tokens: i..j,
        first: (!forms.is_empty()).then(|| doc.text[given.range()].to_string()),
        surname: surname.join(" "),
        gender,
        nominative: last == doc.word(j - 1),
    })
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
