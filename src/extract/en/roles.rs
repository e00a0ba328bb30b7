//! English roles: before a name ("Russian President Vladimir Putin", "Kremlin
//! spokesman Dmitry Peskov"), after it (", the Ukrainian foreign minister,"), and bare
//! ones that later stand for the person ("the Kremlin spokesman said").

use std::ops::Range;

use crate::extract::doc::Doc;
use crate::extract::found::Role;

/// Words inside a role besides role nouns: "Secretary of State", "the".
fn joins_role(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "general")
}

/// Can token `k` be part of a role phrase: a role word, a nationality adjective, a
/// country or organisation name, or the letters and dots of "U.S."?
fn role_part(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    doc.role(k).is_some()
        || joins_role(w)
        || doc.is_known_adjective(k)
        || doc.is_capitalized(k)
            && (w.len() == 1
                || doc.phrase_at(&doc.lex.countries, k).is_some()
                || doc.phrase_at(&doc.lex.organizations, k).is_some())
        || doc.is_punct(k, '.') && k > 0 && doc.word(k - 1).len() == 1
        || doc.is_capitalized(k) && doc.role(k + 1).is_some()
}

/// The role phrase right before a name.
pub fn role_before(doc: &Doc, name_start: usize) -> Option<Role> {
    let mut start = name_start;
    while start > 0 && name_start - start < 7 && role_part(doc, start - 1) {
        start -= 1;
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
    if matches!(doc.lower(start), "the" | "a" | "an") {
        start += 1;
    }
    let mut end = start;
    while end < doc.len()
        && end - start < 8
        && (role_part(doc, end) || doc.word(end).ends_with("'s"))
    {
        end += 1;
    }
    let ends_clause = doc.is_punct(end, ',') || doc.is_punct(end, '.') || doc.kind(end).is_none();
    if !ends_clause {
        return None;
    }
    role_from(doc, start..end)
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
        text: doc.text[span.start..span.end].to_string(),
        head: doc.role(head)?.lemma,
        modifiers,
        countries,
        tokens,
    })
}

/// A bare role at token `i` ("the Kremlin spokesman", "the vice president"): the
/// role words from `i` on, if they end in a role noun and no name follows.
pub fn bare_role_at(doc: &Doc, i: usize) -> Option<(Range<usize>, Vec<String>, &'static str)> {
    if doc.lower(i) != "the" {
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
    let words = (i + 1..end)
        .filter(|&k| k != head && doc.is_word(k))
        .map(|k| doc.lower(k).to_string())
        .collect();
    Some((i + 1..end, words, doc.role(head)?.lemma))
}
