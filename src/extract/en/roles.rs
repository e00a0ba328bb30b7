//! English roles: before a name ("Russian President Vladimir Putin", "Kremlin
//! spokesman Dmitry Peskov"), after it (", the Ukrainian foreign minister,"), and bare
//! ones that later stand for the person ("the Kremlin spokesman said").

use std::ops::Range;

use crate::extract::analysis::{Analysis, Mention};
use crate::extract::doc::Doc;
use crate::extract::found::Role;
use crate::model::ActorKind;

/// Words inside a role besides role nouns: "Secretary of State", "the".
fn joins_role(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "general")
}

/// Words that qualify a role without heading it: "China's top diplomat",
/// "Outgoing Polish President".
fn qualifies_role(word: &str) -> bool {
    matches!(
        word,
        "top" | "senior" | "former" | "outgoing" | "incoming" | "new" | "acting" | "interim"
    )
}

/// Determiners a bare role or an apposition opens with: "the Kremlin official",
/// "his Rwandan counterpart", ", her Polish counterpart,".
pub fn role_determiner(word: &str) -> bool {
    matches!(word, "the" | "his" | "her" | "their" | "its")
}

/// Can token `k` be part of a role phrase: a role word, a nationality adjective, a
/// country or organisation name, or the letters and dots of "U.S."?
fn role_part(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    doc.role(k).is_some()
        || joins_role(w)
        || qualifies_role(w)
        || doc.is_known_adjective(k)
        || doc.is_capitalized(k)
            && (w.len() == 1
                || doc.phrase_at(&doc.lex.countries, k).is_some()
                || doc.phrase_at(&doc.lex.organizations, k).is_some())
        || doc.is_punct(k, '.') && k > 0 && doc.word(k - 1).len() == 1
        || doc.is_capitalized(k) && doc.role(k + 1).is_some()
}

/// Where a country or organisation name ending at token `end` starts, for names of
/// several words ("Democratic Republic of the Congo counterpart").
fn name_ending_at(doc: &Doc, end: usize) -> Option<usize> {
    (end.saturating_sub(5)..end).find(|&s| {
        [&doc.lex.countries, &doc.lex.organizations]
            .iter()
            .any(|table| {
                doc.phrase_at(table, s)
                    .is_some_and(|(_, n)| s + n == end + 1)
            })
    })
}

/// The role phrase right before a name.
pub fn role_before(doc: &Doc, name_start: usize) -> Option<Role> {
    let mut start = name_start;
    while start > 0 && name_start - start < 9 {
        if let Some(s) = name_ending_at(doc, start - 1) {
            start = s;
        } else if role_part(doc, start - 1) {
            start -= 1;
        } else {
            break;
        }
    }
    while start < name_start && joins_role(doc.lower(start)) {
        start += 1;
    }
    role_from(doc, start..name_start)
}

/// An apposition after a name: ", the Kremlin spokesman," or ", Russia's envoy,".
pub fn role_after(doc: &Doc, name_end: usize) -> Option<Role> {
    if !doc.is_punct(name_end, ',') {
        return None;
    }
    let mut start = name_end + 1;
    if role_determiner(doc.lower(start)) || matches!(doc.lower(start), "a" | "an") {
        start += 1;
    }
    let mut end = start;
    while end < doc.len() && end - start < 8 {
        // "the African Union's (AU) mediator": names inside the apposition.
        let name_part = doc.is_capitalized(end) && doc.first_name(end).is_empty();
        if role_part(doc, end)
            || name_part
            || doc.word(end).ends_with("'s")
            || doc.word(end).ends_with("’s")
        {
            end += 1;
        } else if let Some(close) = acronym_in_brackets(doc, end) {
            end = close + 1;
        } else {
            break;
        }
    }
    let role = role_from(doc, start..end)?;
    // "the mediator in the Congo crisis,": a phrase after the head says of what.
    let tail = matches!(doc.lower(end), "in" | "for" | "on" | "at" | "to")
        .then(|| (end + 1..end + 8).find(|&k| clause_end(doc, k)))
        .flatten();
    (clause_end(doc, end) || tail.is_some()).then_some(role)
}

fn clause_end(doc: &Doc, k: usize) -> bool {
    doc.is_punct(k, ',') || doc.is_punct(k, '.') || doc.kind(k).is_none()
}

/// "(AU)" after a name in a role: the closing bracket's token.
fn acronym_in_brackets(doc: &Doc, k: usize) -> Option<usize> {
    let acronym = doc.word(k + 1).chars().all(|c| c.is_uppercase()) && doc.is_word(k + 1);
    (doc.is_punct(k, '(') && acronym && doc.is_punct(k + 2, ')')).then_some(k + 2)
}

fn role_from(doc: &Doc, tokens: Range<usize>) -> Option<Role> {
    let head = tokens
        .clone()
        .rev()
        .find(|&k| doc.role(k).is_some() && !joins_role(doc.lower(k)))?;
    let span = doc.span_of(tokens.clone());
    let modifiers = tokens
        .clone()
        .filter(|&k| k != head && doc.is_word(k))
        .map(|k| doc.lower(k).trim_end_matches("'s").to_string())
        .collect();
    let countries = tokens
        .clone()
        .filter_map(|k| {
            doc.lex.country_of_adjective(doc.lower(k)).or_else(|| {
                doc.phrase_at(&doc.lex.countries, k)
                    .map(|(e, _)| doc.lex.countries.name(e))
            })
        })
        .collect();
    Some(Role {
        text: doc.text[span.range()].to_string(),
        head: doc.role(head)?.lemma,
        modifiers,
        countries,
        tokens,
    })
}

/// A bare role at token `i` ("the Kremlin spokesman", "his Rwandan counterpart"):
/// the determiner and the role words after it, if they end in a role noun and no
/// name follows; with the head's lemma.
pub fn bare_role_at(doc: &Doc, i: usize) -> Option<(Range<usize>, &'static str)> {
    if !role_determiner(doc.lower(i)) {
        return None;
    }
    let mut end = i + 1;
    while end < doc.len() && end - i < 6 && role_part(doc, end) {
        end += 1;
    }
    let head = (i + 1..end)
        .rev()
        .find(|&k| doc.role(k).is_some() && !joins_role(doc.lower(k)))?;
    if head + 1 != end || doc.first_name(end).len() + usize::from(doc.nameable(end)) > 0 {
        return None;
    }
    Some((i..end, doc.role(head)?.lemma))
}

/// Role heads too general to name an office alone: they stand for a person only
/// with a country or institution ("the Polish leader", "the Kremlin official",
/// "his Rwandan counterpart").
const GENERIC_HEADS: &[&str] = &["leader", "official", "counterpart", "diplomat"];

/// "the Kremlin spokesman said", "The Polish leader said": bare English roles as
/// mentions of the one person whose role fits them (`described`: role phrases and
/// the entity each describes).
pub fn role_mentions(a: &Analysis, described: &[(usize, Range<usize>)]) -> Vec<Mention> {
    let doc = &a.doc;
    let mut found = Vec::new();
    for i in 0..doc.len() {
        let Some((tokens, head)) = bare_role_at(doc, i) else {
            continue;
        };
        let bare = bare_role(doc, tokens.clone(), head);
        let Some(entity) = holder(a, &bare) else {
            continue;
        };
        let embedded = described.iter().any(|(_, r)| r.contains(&i));
        found.push(Mention {
            entity,
            lead: tokens.start,
            tokens,
            nominative: true,
            embedded,
        });
    }
    found
}

/// A bare role: its head, the countries it names and its other words.
struct BareRole {
    head: &'static str,
    countries: Vec<&'static str>,
    words: Vec<String>,
}

/// The countries a bare role names, by adjective or by name ("DR Congo"), and its
/// other words.
fn bare_role(doc: &Doc, tokens: Range<usize>, head: &'static str) -> BareRole {
    let mut countries = Vec::new();
    let mut words = Vec::new();
    let mut k = tokens.start + 1;
    while k + 1 < tokens.end {
        if let Some(c) = doc.lex.country_of_adjective(doc.lower(k)) {
            countries.push(c);
        } else if let Some((e, n)) = doc.phrase_at(&doc.lex.countries, k) {
            countries.push(doc.lex.countries.name(e));
            k += n;
            continue;
        } else if doc.is_word(k) {
            words.push(doc.lower(k).trim_end_matches("'s").to_string());
        }
        k += 1;
    }
    BareRole {
        head,
        countries,
        words,
    }
}

/// The one person a bare role stands for: the holder of a role with its head (or,
/// for a general head, any role) naming its countries and words; among several,
/// for a role that names no country, the one whose roles name none (the home prime
/// minister); failing that, for a role that names a country, the one holder of its
/// head whose role names none ("the Ukrainian president" for "President Volodymyr
/// Zelensky").
fn holder(a: &Analysis, bare: &BareRole) -> Option<usize> {
    let generic = GENERIC_HEADS.contains(&bare.head);
    if generic && bare.words.is_empty() && bare.countries.is_empty() {
        return None;
    }
    let words_fit = |r: &Role| bare.words.iter().all(|w| r.modifiers.contains(w));
    let head_fits = |e: usize, r: &Role| generic || heads_of(a, e, r).contains(&bare.head);
    let people = || (0..a.entities.len()).filter(|&e| a.entities[e].kind == ActorKind::Person);
    let only = |found: Vec<usize>| match found[..] {
        [e] => Some(e),
        _ => None,
    };
    let strict: Vec<usize> = people()
        .filter(|&e| {
            a.entities[e].roles.iter().any(|r| {
                head_fits(e, r)
                    && words_fit(r)
                    && bare.countries.iter().all(|c| r.countries.contains(c))
            })
        })
        .collect();
    // "the prime minister" among several: the home one, written with no country.
    let home = || {
        strict
            .iter()
            .copied()
            .filter(|&e| a.entities[e].roles.iter().all(|r| r.countries.is_empty()))
            .collect::<Vec<usize>>()
    };
    if strict.len() > 1 && bare.countries.is_empty() && !generic {
        return only(home());
    }
    if !strict.is_empty() || generic || bare.countries.is_empty() {
        return only(strict);
    }
    only(
        people()
            .filter(|&e| {
                let roles = &a.entities[e].roles;
                roles.iter().all(|r| r.countries.is_empty())
                    && roles.iter().any(|r| head_fits(e, r) && words_fit(r))
            })
            .collect(),
    )
}

/// The offices a role names: its head, and for "his French counterpart" also the
/// head of the role of the person named before it in its sentence ("Russian
/// President Vladimir Putin and his French counterpart Emmanuel Macron").
pub(crate) fn heads_of(a: &Analysis, entity: usize, r: &Role) -> Vec<&'static str> {
    let mut heads = vec![r.head];
    if r.head != "counterpart" {
        return heads;
    }
    let Some(sentence) = a.doc.sentence_of(r.tokens.start) else {
        return heads;
    };
    let other = a
        .mentions
        .iter()
        .filter(|m| {
            (sentence.tokens.start..r.tokens.start).contains(&m.tokens.start)
                && m.entity != entity
                && a.kind_of(m) == ActorKind::Person
        })
        .max_by_key(|m| m.tokens.start);
    if let Some(m) = other {
        let roles = &a.entities[m.entity].roles;
        heads.extend(roles.iter().map(|r| r.head).filter(|h| *h != "counterpart"));
    }
    heads
}
