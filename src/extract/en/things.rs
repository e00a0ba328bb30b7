//! English bodies the tables cannot list: a country's institutions ("the Angolan
//! government", "Rwanda's presidency", "the DR Congo presidency"), a leader's office
//! ("Benjamin Netanyahu's office"), news outlets named with their medium
//! ("Al-Ikhbariya TV", "Sky News") and the people a leader meets as a group ("met
//! with senators").

use crate::extract::bodies::english_ministry_key;
use crate::extract::doc::Doc;
use crate::extract::things::ThingName;
use crate::model::ActorKind;

/// Nouns of a country's institutions.
const INSTITUTIONS: &[&str] = &[
    "government",
    "presidency",
    "ministry",
    "embassy",
    "parliament",
    "cabinet",
    "military",
    "army",
];

/// Words between a country and its ministry: "the Chinese foreign ministry".
const PORTFOLIOS: &[&str] = &[
    "foreign", "defence", "defense", "interior", "finance", "health",
];

/// Words that end the name of a news outlet.
const MEDIA: &[&str] = &["TV", "Television", "Radio", "News", "Agency"];

/// Institutions, outlets and groups, in text order, whose nouns lie outside the names
/// already found (`named`).
pub fn institutions(doc: &Doc, named: &[ThingName]) -> Vec<ThingName> {
    let mut taken = vec![false; doc.len()];
    for t in named {
        taken[t.tokens.clone()].fill(true);
    }
    let free =
        |r: std::ops::Range<usize>| r.clone().all(|k| !taken.get(k).copied().unwrap_or(true));
    let mut out: Vec<ThingName> = Vec::new();
    for i in 0..doc.len() {
        let body = institution_owner(doc, i)
            .or_else(|| office_of_person(doc, i))
            .or_else(|| outlet_start(doc, i))
            .map(|start| (start, ActorKind::Organization));
        let Some((start, kind)) =
            body.or_else(|| people_met(doc, i).map(|s| (s, ActorKind::Group)))
        else {
            continue;
        };
        // The owner may be a country already found ("Rwanda's presidency"); the
        // noun must not be part of a name from the tables ("Russian Foreign Ministry").
        if !free(i..i + 1) || out.last().is_some_and(|t| t.tokens.end > start) {
            continue;
        }
        let span = doc.span_of(start..i + 1);
        out.push(ThingName {
            tokens: start..i + 1,
            kind,
            name: doc.text[span.range()].to_string(),
            nominative: true,
            key: english_ministry_key(doc, start, i),
        });
    }
    out
}

/// Where the owner of the institution noun at `i` starts: a nationality adjective
/// or a country ("Angolan government", "Rwanda's presidency", "DR Congo
/// presidency"), perhaps with a portfolio between ("Chinese foreign ministry").
fn institution_owner(doc: &Doc, i: usize) -> Option<usize> {
    if !INSTITUTIONS.contains(&doc.lower(i)) {
        return None;
    }
    let mut end = i;
    if end > 0 && PORTFOLIOS.contains(&doc.lower(end - 1)) {
        end -= 1;
    }
    if end > 0 && doc.is_known_adjective(end - 1) && doc.is_capitalized(end - 1) {
        return Some(end - 1);
    }
    (end.saturating_sub(5)..end).find(|&s| {
        doc.phrase_at(&doc.lex.countries, s)
            .is_some_and(|(_, n)| s + n == end)
    })
}

/// "Benjamin Netanyahu's office": where the name owning the office at `i` starts.
fn office_of_person(doc: &Doc, i: usize) -> Option<usize> {
    if doc.lower(i) != "office" || i == 0 {
        return None;
    }
    let owner = doc.word(i - 1);
    if !(owner.ends_with("'s") || owner.ends_with("’s")) || !doc.is_capitalized(i - 1) {
        return None;
    }
    let own_name =
        |k: usize| doc.is_capitalized(k) && doc.role(k).is_none() && !doc.is_known_adjective(k);
    let start = (i.saturating_sub(4)..i).find(|&s| (s..i).all(own_name))?;
    Some(start)
}

/// Plural nouns for people a leader meets as a group.
const PEOPLE: &[&str] = &[
    "senators",
    "lawmakers",
    "legislators",
    "congressmen",
    "mps",
    "governors",
    "mayors",
    "negotiators",
];

/// "met with senators", "met US lawmakers": where a group of people met at `i`
/// starts (its noun with the capitalised or national words before it).
fn people_met(doc: &Doc, i: usize) -> Option<usize> {
    if !PEOPLE.contains(&doc.lower(i)) {
        return None;
    }
    let start = (i.saturating_sub(3)..=i)
        .find(|&s| (s..i).all(|k| doc.is_capitalized(k) || doc.is_known_adjective(k)))?;
    let before = |k: usize| start >= k && doc.meeting_verb(start - k).is_some();
    let met = before(1) || doc.lower(start.wrapping_sub(1)) == "with" && before(2);
    met.then_some(start)
}

/// Where an outlet ending in its medium at `i` starts: one to three capitalised
/// words before "TV", "News", "Agency" ("Al-Ikhbariya TV").
fn outlet_start(doc: &Doc, i: usize) -> Option<usize> {
    if !MEDIA.contains(&doc.word(i)) {
        return None;
    }
    let start = (i.saturating_sub(3)..i)
        .find(|&s| (s..i).all(|k| doc.is_capitalized(k) && !doc.is_known_adjective(k)))?;
    (start < i).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::en::ENGLISH;
    use crate::load::parse_article;

    fn bodies(text: &str) -> Vec<(String, ActorKind)> {
        let mut article = parse_article("t".into(), &format!("date 2026-04-20\n\n{text}"));
        article.language = crate::model::Language::English;
        let doc = Doc::new(&article, &ENGLISH.lex);
        institutions(&doc, &[])
            .into_iter()
            .map(|t| (t.name, t.kind))
            .collect()
    }

    #[test]
    fn institutions_outlets_and_groups_met() {
        use ActorKind::{Group, Organization};
        let cases: &[(&str, &[(&str, ActorKind)])] = &[
            (
                "The Angolan government said so.",
                &[("Angolan government", Organization)],
            ),
            (
                "Rwanda's presidency said so.",
                &[("Rwanda's presidency", Organization)],
            ),
            (
                "The DR Congo presidency said so.",
                &[("DR Congo presidency", Organization)],
            ),
            (
                "The Greek foreign ministry said so.",
                &[("Greek foreign ministry", Organization)],
            ),
            (
                "Prime Minister Ana Costa's office said so.",
                &[("Ana Costa's office", Organization)],
            ),
            (
                "Syrian state media Al-Ikhbariya TV reported it.",
                &[("Al-Ikhbariya TV", Organization)],
            ),
            (
                "He met with US senators on Monday.",
                &[("US senators", Group)],
            ),
            ("The senators left early.", &[]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, ActorKind)> =
                expected.iter().map(|(n, k)| (n.to_string(), *k)).collect();
            assert_eq!(bodies(text), expected, "{text}");
        }
    }
}
