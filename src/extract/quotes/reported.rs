//! Reported speech: "poinformował, że …", "Jak przekazał X, …", "Według X …".

use std::ops::Range;

use super::FoundQuote;
use crate::extract::analysis::Analysis;
use crate::extract::lang::pl::{SOURCE_PREPOSITIONS, THAT};
use crate::extract::lang::{Tense, VerbForm};
use crate::extract::roles::role_after;
use crate::extract::speaker::{explicit_subject, subject_capable};
use crate::extract::text::Kind;
use crate::model::{ActorKind, QuoteKind};

/// Reported speech: (quote, token to attribute from).
pub(super) fn reported_speech(
    a: &Analysis,
    quoted: &dyn Fn(usize) -> bool,
) -> Vec<(FoundQuote, usize)> {
    let doc = &a.doc;
    let mut out = Vec::new();
    for s in &doc.sentences {
        let range = s.tokens.clone();
        if let Some(found) = source_phrase(a, range.clone()) {
            out.push(found);
            continue;
        }
        for c in range.clone() {
            if quoted(c) {
                continue;
            }
            let Some(verb) = doc.speech_verb(c) else {
                continue;
            };
            if !matches!(verb.tense, Tense::Past | Tense::NonPast | Tense::Participle) {
                continue;
            }
            if let Some(found) = as_jak_clause(a, c, range.clone(), verb) {
                out.push(found);
                break;
            }
            let Some(k) = that_after(a, c, range.end) else {
                continue;
            };
            let clause = k + 1..clause_end(a, k + 1, range.end, quoted);
            if clause.is_empty() || mostly_quoted(a, clause.clone(), quoted) {
                continue;
            }
            let speaker = explicit_subject(a, c, verb, quoted);
            out.push((
                FoundQuote {
                    kind: QuoteKind::Reported,
                    tokens: clause,
                    speaker,
                    cue: Some(c),
                    continues: None,
                },
                c,
            ));
        }
    }
    out
}

/// The `że` that opens the speech verb's clause: "poinformował, że", "dodał również,
/// że", "powiedział w rozmowie z radiem, że".
fn that_after(a: &Analysis, cue: usize, sentence_end: usize) -> Option<usize> {
    let doc = &a.doc;
    for k in cue + 1..sentence_end.min(cue + 10) {
        if THAT.contains(&doc.lower(k)) {
            return Some(k);
        }
        let stop = matches!(
            doc.kind(k),
            Some(Kind::Quote(_) | Kind::Dash | Kind::Punct('.' | ':' | ';' | '?' | '!'))
        ) || doc.speech_verb(k).is_some();
        if stop {
            return None;
        }
    }
    None
}

/// The end of a reported clause: the end of the sentence, or where a dash quote starts.
fn clause_end(
    a: &Analysis,
    from: usize,
    sentence_end: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> usize {
    (from..sentence_end)
        .find(|&k| a.doc.kind(k) == Some(Kind::Dash) && quoted(k + 1) && !quoted(k))
        .unwrap_or(sentence_end)
}

/// A clause that is a quotation with at most a few words of its own ("– jak to
/// ujął –") is recorded as the direct quote only.
fn mostly_quoted(a: &Analysis, clause: Range<usize>, quoted: &dyn Fn(usize) -> bool) -> bool {
    let words: Vec<usize> = clause.filter(|&k| a.doc.is_word(k)).collect();
    let inside = words.iter().filter(|&&k| quoted(k)).count();
    inside > 0 && (inside * 10 >= words.len() * 8 || words.len() - inside <= 3)
}

/// "Jak przekazał na Telegramie Rusłan Umierow, główny negocjator, rozmowy dotyczyły …".
fn as_jak_clause(
    a: &Analysis,
    c: usize,
    sentence: Range<usize>,
    verb: VerbForm,
) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    if !(sentence.start..c)
        .all(|k| matches!(doc.lower(k), "jak" | "–" | "-" | "—") || !doc.is_word(k))
        || doc.lower(sentence.start) != "jak"
    {
        return None;
    }
    let comma = (c + 1..sentence.end).find(|&k| doc.is_punct(k, ','))?;
    let speaker = a
        .mentions_in(c + 1..comma)
        .find(|m| subject_capable(a, m) && m.tokens.end <= comma)?;
    let mut start = comma + 1;
    if let Some(role) = role_after(doc, speaker.tokens.end)
        && doc.is_punct(role.tokens.end, ',')
    {
        start = role.tokens.end + 1;
    }
    let _ = verb;
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens: start..sentence.end,
        speaker: Some(speaker.entity),
        cue: Some(c),
        continues: None,
    };
    Some((q, c))
}

/// "Według Rubio …", "Zdaniem Kallas, …": the source named at the start of a sentence.
fn source_phrase(a: &Analysis, sentence: Range<usize>) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    let first = (sentence.start..sentence.end).find(|&k| doc.is_word(k))?;
    if !SOURCE_PREPOSITIONS.contains(&doc.lower(first)) {
        return None;
    }
    let m = a.mentions_in(first + 1..first + 2).find(|m| {
        !m.embedded
            && matches!(
                a.kind_of(m),
                ActorKind::Person | ActorKind::Organization | ActorKind::Country
            )
    })?;
    let mut start = m.tokens.end;
    if let Some(role) = role_after(doc, m.tokens.end) {
        start = role.tokens.end;
    }
    if doc.is_punct(start, ',') {
        start += 1;
    }
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens: start..sentence.end,
        speaker: Some(m.entity),
        cue: None,
        continues: None,
    };
    Some((q, first))
}
