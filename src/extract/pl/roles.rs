//! Roles from the phrases around a name: "rosyjski minister spraw zagranicznych
//! Siergiej Ławrow", "Jared Kushner, zięć prezydenta USA …", "uznawany za wysłannika
//! Kremla"; and role phrases that later stand for the person ("– oświadczył prezydent USA").

use std::ops::Range;

use crate::extract::doc::Doc;
use crate::extract::found::{Role, is_acronym};
use crate::extract::lang::RoleForm;
use crate::extract::lang::pl::{COPULAS, PREPOSITIONS, ROLE_ADJECTIVES, ROLE_INTRODUCERS};
use crate::extract::pl::inflect::{Agreement, Case, Gender, adjective_nominative};

/// The role phrase directly before a name, if any: "prezydenta USA" before "Donalda
/// Trumpa". `None` also when the phrase names a relation rather than a title
/// ("przedstawiciela Władimira Putina" is someone else).
pub fn role_before(
    doc: &Doc,
    name_start: usize,
    gender: Option<Gender>,
    name_nominative: bool,
) -> Option<Role> {
    // "rozmowa prezydenta z Maasem": a preposition right before the name governs it,
    // so the words before belong to another phrase.
    // ("szef PO Grzegorz Schetyna": the party's initials are no preposition.)
    let before = name_start.checked_sub(1);
    if before.is_some_and(|b| !doc.is_capitalized(b) && PREPOSITIONS.contains(&doc.lower(b))) {
        return None;
    }
    let mut j = name_start;
    let mut steps = 0;
    let head = loop {
        if j == 0 || steps > 6 {
            return None;
        }
        let k = j - 1;
        if !doc.is_word(k) && !is_acronym_dot(doc, k) {
            return None;
        }
        // A capitalised role word mid-sentence belongs to a name: "Kancelarii Prezydenta".
        let inside_name = doc.is_capitalized(k) && !doc.starts_sentence(k);
        if let Some(role) = doc.role(k).filter(|_| !inside_name) {
            break (k, role);
        }
        if doc.speech_verb(k).is_some()
            || doc.meeting_verb(k).is_some()
            || COPULAS.contains(&doc.lower(k))
        {
            return None;
        }
        j = k;
        steps += 1;
    };
    let (h, form) = outer_head(doc, head, name_nominative);
    let mut start = h;
    while start > 0 && is_role_adjective(doc, start - 1) {
        start -= 1;
    }
    Some(build_role(
        doc,
        start..name_start,
        h,
        form.lemma,
        gender.unwrap_or(form.gender),
        name_start,
    ))
}

/// "szef kancelarii prezydenta Ukrainy Andrij Jermak": a role noun in the genitive
/// before a name in the nominative belongs to a longer title, whose head agrees
/// with the name. (Before a genitive name, "doradca prezydenta USA Donalda Trumpa",
/// the nearer noun is the name's own title.)
fn outer_head(doc: &Doc, head: (usize, RoleForm), name_nominative: bool) -> (usize, RoleForm) {
    let (h, form) = head;
    if form.nominative || !name_nominative {
        return head;
    }
    (h.saturating_sub(3)..h)
        .rev()
        .take_while(|&k| doc.is_word(k) && (!doc.is_capitalized(k) || doc.starts_sentence(k)))
        .find_map(|k| doc.role(k).filter(|r| r.nominative).map(|r| (k, r)))
        .unwrap_or(head)
}

/// Is the role head a relation to the named person rather than their title?
/// "przedstawiciela Władimira Putina" is someone else; "rzecznika Kremla Dmitrija
/// Pieskowa" and "wysłannik Kiriłł Dmitrijew" are titles.
pub fn is_relation(role: &Role, name_nominative: bool) -> bool {
    RELATIONAL.contains(&role.head) && role.modifiers.is_empty() && !name_nominative
}

/// Role nouns that can name a relation to another person ("doradca Putina").
pub const RELATIONAL: &[&str] = &[
    "przedstawiciel",
    "przedstawicielka",
    "wysłannik",
    "wysłanniczka",
    "zięć",
    "syn",
    "córka",
    "żona",
    "mąż",
    "brat",
    "siostra",
    "doradca",
    "doradczyni",
    "współpracownik",
    "następca",
    "poprzednik",
    "rywal",
    "emisariusz",
    "pełnomocnik",
    "asystent",
    "rzecznik",
    "rzeczniczka",
];

/// An apposition after a name: ", zięć prezydenta USA Donalda Trumpa," or
/// ", uznawany za wysłannika Kremla,".
pub fn role_after(doc: &Doc, name_end: usize) -> Option<Role> {
    if !doc.is_punct(name_end, ',') {
        return None;
    }
    let mut i = name_end + 1;
    if ROLE_INTRODUCERS.contains(&doc.lower(i)) {
        i += 1;
        if matches!(doc.lower(i), "za" | "jako") {
            i += 1;
        }
    }
    let start = i;
    while is_role_adjective(doc, i) {
        i += 1;
    }
    let form = doc.role(i)?;
    if doc.is_capitalized(i) {
        return None;
    }
    let head = i;
    let sentence_end = doc.sentence_of(head).map_or(doc.len(), |s| s.tokens.end);
    let mut end = head + 1;
    while end < sentence_end && (doc.is_word(end) || is_acronym_dot(doc, end)) {
        // "minister Rau, rzecznik MSZ odpowiedział": the phrase is the subject of
        // the next clause, not an apposition.
        if doc.speech_verb(end).is_some() || doc.meeting_verb(end).is_some() {
            return None;
        }
        // A first name in the nominative starts the next item of a list ("Donald
        // Tusk, wicepremier i szef MON Władysław Kosiniak-Kamysz"), not an apposition.
        let nominative_name =
            doc.is_capitalized(end) && doc.first_name(end).iter().any(|f| f.case == Case::Nom);
        if nominative_name {
            return None;
        }
        end += 1;
    }
    Some(build_role(
        doc,
        start..end,
        head,
        form.lemma,
        form.gender,
        end,
    ))
}

/// The period of "ds.", "ws.", "gen.", "m.in.": part of a phrase, not a sentence end.
pub fn is_acronym_dot(doc: &Doc, i: usize) -> bool {
    doc.is_punct(i, '.')
        && i > 0
        && matches!(
            doc.lower(i - 1),
            "ds" | "ws" | "gen" | "płk" | "dr" | "prof" | "m" | "in" | "np" | "tzw" | "ok"
        )
}

fn is_role_adjective(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    doc.is_word(i)
        && (!doc.is_capitalized(i) || doc.starts_sentence(i))
        && (doc.is_known_adjective(i) || ROLE_ADJECTIVES.iter().any(|a| same_adjective(a, w)))
}

/// Does `form` inflect the adjective `lemma` ("głównego" of "główny")?
fn same_adjective(lemma: &str, form: &str) -> bool {
    let stem = lemma.trim_end_matches(['y', 'i']);
    // An ending is required: "był" (was) is not a form of "były" (former).
    form.starts_with(stem) && form.len() > stem.len() && form.len() - stem.len() <= 4
}

fn build_role(
    doc: &Doc,
    tokens: Range<usize>,
    head: usize,
    lemma: &'static str,
    gender: Gender,
    mods_end: usize,
) -> Role {
    let agreement = match gender {
        Gender::Feminine => Agreement::FemSg,
        Gender::Masculine => Agreement::MascSg,
    };
    let mut words: Vec<String> = (tokens.start..head)
        .map(|k| adjective_nominative(doc.lower(k), agreement))
        .collect();
    words.push(lemma.to_string());
    let modifiers_span = (head + 1 < mods_end).then(|| doc.span_of(head + 1..mods_end));
    let mut text = words.join(" ");
    if let Some(span) = modifiers_span {
        text.push(' ');
        text.push_str(&doc.text[span.range()]);
    }
    let modifiers = (head + 1..mods_end)
        .filter(|&k| doc.is_word(k))
        .map(|k| doc.lower(k).to_string())
        .collect();
    let by_adjective =
        (tokens.start..mods_end).filter_map(|k| doc.lex.country_of_adjective(doc.lower(k)));
    let by_name = (head + 1..mods_end).filter_map(|k| {
        doc.phrase_at(&doc.lex.countries, k)
            .map(|(e, _)| doc.lex.countries.name(e))
    });
    Role {
        text,
        head: lemma,
        modifiers,
        countries: by_adjective.chain(by_name).collect(),
        tokens,
    }
}

/// A bare role noun at token `i` ("prezydent USA", "Sekretarz stanu", "Przewodnicząca
/// KE") read against a known role's modifiers: how many of them follow it, or `None`
/// when a name or a modifier of some other role follows instead.
pub fn bare_role_length(doc: &Doc, i: usize, modifiers: &[String]) -> Option<usize> {
    // The text may skip some of the role's words: "szef MSZ" for "szef polskiego MSZ".
    let mut n = 0;
    let mut rest = modifiers;
    while doc.is_word(i + 1 + n) {
        let Some(pos) = rest.iter().position(|m| m.as_str() == doc.lower(i + 1 + n)) else {
            break;
        };
        rest = &rest[pos + 1..];
        n += 1;
    }
    let next = i + 1 + n;
    if !doc.is_capitalized(next) {
        // "– zapewniła szefowa włoskiego rządu": a nationality the role does not
        // have describes another role.
        return (!doc.is_known_adjective(next) || n == modifiers.len()).then_some(n);
    }
    // "Przewodnicząca KE" for "przewodnicząca Komisji Europejskiej".
    let word = doc.word(next);
    let initials: String = rest
        .iter()
        .filter_map(|m| m.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    (is_acronym(word) && !initials.is_empty() && initials == word).then_some(n + 1)
}

/// A bare role phrase at token `i` read as an office ("szef ukraińskiej dyplomacji"):
/// the office, how many words after the head belong to the phrase, and the countries
/// it names by adjective or by name.
pub fn bare_office(
    doc: &Doc,
    i: usize,
    lemma: &str,
) -> Option<(&'static str, usize, Vec<&'static str>)> {
    let mut countries: Vec<&'static str> = i
        .checked_sub(1)
        .and_then(|k| doc.lex.country_of_adjective(doc.lower(k)))
        .into_iter()
        .collect();
    let mut useful = 0;
    let mut n = 0;
    while n < 5 {
        let k = i + 1 + n;
        if !doc.is_word(k) || doc.speech_verb(k).is_some() || doc.meeting_verb(k).is_some() {
            break;
        }
        if let Some((e, len)) = doc.phrase_at(&doc.lex.countries, k) {
            countries.push(doc.lex.countries.name(e));
            n += len;
            useful = n;
            continue;
        }
        if doc.is_capitalized(k) && !is_acronym(doc.word(k)) {
            break;
        }
        if let Some(c) = doc.lex.country_of_adjective(doc.lower(k)) {
            countries.push(c);
            useful = n + 1;
        }
        n += 1;
    }
    // "prezydent Zełenski": a name after the phrase makes it a title, not a bare role.
    if doc.nameable(i + 1 + n) || !doc.first_name(i + 1 + n).is_empty() {
        return None;
    }
    let words = (i + 1..i + 1 + n).map(|k| doc.lower(k));
    let office = doc.lex.office(lemma, words)?;
    let needed = doc
        .lex
        .offices
        .iter()
        .filter(|(o, h, _)| *o == office && *h == lemma)
        .flat_map(|(_, _, w)| w.iter());
    for w in needed {
        if let Some(p) = (0..n).rev().find(|&p| doc.lower(i + 1 + p) == *w) {
            useful = useful.max(p + 1);
        }
    }
    Some((office, useful, countries))
}

/// The office of a role given next to a name, if the tables know one.
pub fn office_of(doc: &Doc, role: &Role) -> Option<&'static str> {
    doc.lex
        .office(role.head, role.modifiers.iter().map(String::as_str))
}

#[cfg(test)]
#[path = "roles_tests.rs"]
mod tests;
