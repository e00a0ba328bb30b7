//! "their meeting", "the two leaders held talks": a meeting whose parties are the
//! pair of people the article has just been writing about.

use crate::extract::analysis::Analysis;
use crate::extract::en::roles::heads_of;
use crate::model::ActorKind;

/// How many sentences back the pair may have been named.
const PAIR_REACH: usize = 12;

/// Nouns for the two parties of "the two leaders", "the two ministers", with the
/// role head both must hold, if the noun names one.
const PAIR_NOUNS: &[(&str, Option<&str>)] = &[
    ("leaders", None),
    ("men", None),
    ("women", None),
    ("sides", None),
    ("diplomats", None),
    ("politicians", None),
    ("presidents", Some("president")),
    ("ministers", Some("minister")),
];

/// The pair the meeting word at `k` stands for: "their talks", "the two leaders
/// met" (the phrase in the clause before the trigger) — the two people named
/// together most recently, holders of the office the phrase names.
pub fn pair_for(a: &Analysis, clause_start: usize, k: usize) -> Option<Option<[usize; 2]>> {
    let doc = &a.doc;
    // "their talks", "their Oval Office meeting".
    let their = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&x| x + 1 == k || doc.is_capitalized(x + 1))
        .any(|x| doc.lower(x) == "their");
    if their {
        return Some(pair_before(a, k, None));
    }
    let head = (clause_start..k).find_map(|x| {
        let two = doc.lower(x) == "the" && doc.lower(x + 1) == "two";
        let noun = PAIR_NOUNS.iter().find(|(n, _)| *n == doc.lower(x + 2));
        noun.filter(|_| two).map(|(_, head)| *head)
    })?;
    Some(pair_before(a, k, head))
}

/// The nearest sentence before token `k` (its own, before it, included) naming
/// exactly two people, each holding a role with `head` if given.
fn pair_before(a: &Analysis, k: usize, head: Option<&str>) -> Option<[usize; 2]> {
    let doc = &a.doc;
    let current = doc.sentence_of(k).map(|s| s.tokens.start)?;
    let index = doc
        .sentences
        .iter()
        .position(|s| s.tokens.start == current)?;
    let holds = |e: usize| {
        head.is_none_or(|h| {
            let roles = &a.entities[e].roles;
            roles.iter().any(|r| heads_of(a, e, r).contains(&h))
        })
    };
    (index.saturating_sub(PAIR_REACH)..=index)
        .rev()
        .find_map(|i| {
            let s = &doc.sentences[i];
            let end = if i == index { k } else { s.tokens.end };
            let mut people: Vec<usize> = a
                .mentions_in(s.tokens.start..end)
                .filter(|m| !m.embedded && a.kind_of(m) == ActorKind::Person)
                .map(|m| m.entity)
                .collect();
            people.sort_unstable();
            people.dedup();
            match people[..] {
                [x, y] if holds(x) && holds(y) => Some([x, y]),
                _ => None,
            }
        })
}
