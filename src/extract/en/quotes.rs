//! English attributions: `"…," Peskov said`, `"…," said Peskov`, `"…," he added`,
//! `Peskov said: "…"`, and the subject of a speech verb.

use crate::extract::analysis::{Analysis, Mention};
use crate::extract::found::is_acronym;
use crate::extract::lang::en::{ENGLISH, pronoun_gender};
use crate::extract::lang::{Agreement, Tense};
use crate::extract::pl::inflect::Gender;
use crate::extract::speaker::{Said, subject_capable, zero_subject};
use crate::extract::text::Kind;
use crate::model::ActorKind;

/// Who said it, from a speaker named next to a speech verb at `cue`.
pub(crate) enum Subject {
    Named(usize),
    Pronoun(Gender),
    None,
}

fn speaker_mention<'a>(a: &'a Analysis, k: usize) -> Option<&'a Mention> {
    a.mentions_in(k..k + 1).find(|m| {
        !m.embedded
            && matches!(
                a.kind_of(m),
                ActorKind::Person | ActorKind::Organization | ActorKind::Country | ActorKind::Group
            )
    })
}

/// The subject at token `k`: a name (its phrase may start with its role) or "he"/"she".
pub(crate) fn subject_at(a: &Analysis, k: usize) -> Option<(Subject, usize)> {
    if let Some(g) = pronoun_gender(a.doc.lower(k)) {
        return Some((Subject::Pronoun(g), skip_auxiliary(a, k + 1)));
    }
    // "the vice president added", "Mrs Badenoch said": the mention may start at the
    // determiner or title, or after it.
    let at = |k: usize| {
        a.mentions_in(k..k + 6)
            .find(|m| (m.lead == k || m.tokens.start == k) && !m.embedded)
    };
    let mut past = if a.doc.lower(k) == "the" { k + 1 } else { k };
    if ENGLISH.titles.contains(a.doc.lower(past)) && !is_acronym(a.doc.word(past)) {
        past += if a.doc.is_punct(past + 1, '.') { 2 } else { 1 };
    }
    let mut m = at(k)
        .or_else(|| at(past))
        .or_else(|| at(past_descriptor(a, past)))?;
    // "the US State Department": a country before a body names whose body it is.
    if a.kind_of(m) == ActorKind::Country
        && let Some(body) = at(m.tokens.end).filter(|b| a.kind_of(b) != ActorKind::Person)
    {
        m = body;
    }
    // "Putin's press secretary": the possessor is not the one speaking.
    let last = a.doc.word(m.tokens.end - 1);
    if last.ends_with("'s") || last.ends_with("’s") {
        return None;
    }
    speaker_mention(a, m.tokens.start)?;
    Some((Subject::Named(m.entity), skip_auxiliary(a, m.tokens.end)))
}

/// Plural nouns for sources a report leaves unnamed: "officials said".
const UNNAMED_SOURCES: &[&str] = &[
    "officials",
    "sources",
    "diplomats",
    "analysts",
    "experts",
    "aides",
    "people",
    "critics",
    "observers",
    "media",
];

/// Words that describe an outlet before its name: "Syrian state media
/// Al-Ikhbariya TV", "the state news agency".
const DESCRIPTORS: &[&str] = &[
    "state",
    "media",
    "news",
    "agency",
    "broadcaster",
    "television",
    "daily",
    "newspaper",
    "channel",
    "outlet",
    "public",
    "official",
];

/// Past a description of an outlet at `k` ("Syrian state media") to its name.
fn past_descriptor(a: &Analysis, k: usize) -> usize {
    let doc = &a.doc;
    let n = (k..k + 4)
        .take_while(|&x| doc.is_known_adjective(x) || DESCRIPTORS.contains(&doc.lower(x)))
        .count();
    k + n
}

/// "“…,” the ministry cited Wang as saying": the one cited, and the verb.
fn cited_as_saying(a: &Analysis, from: usize, end: usize) -> Option<(usize, usize)> {
    let doc = &a.doc;
    let cite = (from..end.min(from + 8))
        .find(|&x| matches!(doc.lower(x), "cited" | "quoted" | "quoting" | "citing"))?;
    let m = a.mentions_in(cite + 1..cite + 6).find(|m| {
        (m.lead == cite + 1 || m.tokens.start == cite + 1)
            && !m.embedded
            && a.kind_of(m) == ActorKind::Person
    })?;
    let verb = m.tokens.end + 1;
    (doc.lower(m.tokens.end) == "as" && doc.speech_verb(verb).is_some()).then_some((m.entity, verb))
}

/// "Downing Street has said": past the auxiliary to the verb.
fn skip_auxiliary(a: &Analysis, k: usize) -> usize {
    if matches!(a.doc.lower(k), "has" | "had" | "have" | "also") {
        k + 1
    } else {
        k
    }
}

pub(crate) fn resolve(
    a: &Analysis,
    subject: Subject,
    cue: usize,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    match subject {
        Subject::Named(e) => Some(e),
        Subject::Pronoun(g) => {
            let verb = a.doc.speech_verb(cue)?;
            let agreement = Some(match g {
                Gender::Masculine => Agreement::Masculine,
                Gender::Feminine => Agreement::Feminine,
            });
            zero_subject(
                a,
                cue,
                crate::extract::lang::VerbForm { agreement, ..verb },
                said,
                quoted,
            )
        }
        Subject::None => None,
    }
}

/// After a closing mark: `," Peskov said`, `," said Peskov`, `," he added`.
pub fn attribution_after(
    a: &Analysis,
    after: usize,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(Option<usize>, usize)> {
    let doc = &a.doc;
    let mut k = after + 1;
    if doc.is_punct(k, ',') {
        k += 1;
    }
    // The attribution belongs to the quote's own sentence and paragraph.
    let paragraph = |x: usize| doc.sentence_of(x).map(|s| s.paragraph);
    if paragraph(k) != paragraph(after.saturating_sub(1))
        || matches!(doc.kind(after + 1), Some(Kind::Punct('.' | '!' | '?')))
    {
        return None;
    }
    if let Some(sentence) = doc.sentence_of(after)
        && let Some((speaker, verb)) = cited_as_saying(a, k, sentence.tokens.end)
    {
        return Some((Some(speaker), verb));
    }
    if let Some(verb) = doc.speech_verb(k) {
        let subject = subject_at(a, k + 1)
            .map(|(s, _)| s)
            .unwrap_or(Subject::None);
        // "described the contact as “important,” noting that …": the participle
        // goes on from the verb before the quote.
        if verb.tense == Tense::Participle && matches!(subject, Subject::None) {
            return None;
        }
        return Some((resolve(a, subject, k, said, quoted), k));
    }
    let (subject, end) = subject_at(a, k)?;
    doc.speech_verb(end)?;
    Some((resolve(a, subject, end, said, quoted), end))
}

/// The comma opening a relative clause or apposition that the comma at `k` closes
/// (", who met Rubio last week,", ", a former diplomat,").
fn relative_clause_before(a: &Analysis, start: usize, k: usize) -> Option<usize> {
    let doc = &a.doc;
    if !doc.is_punct(k, ',') {
        return None;
    }
    let open = (start..k).rev().find(|&x| doc.is_punct(x, ','))?;
    matches!(
        doc.lower(open + 1),
        "who" | "which" | "whose" | "where" | "a" | "an"
    )
    .then_some(open)
}

/// "what Poland and the EU call a “hybrid war”", "the so-called “shadow fleet”": a
/// phrase after a naming word is a term, not a quotation.
pub fn names_a_term(a: &Analysis, opener: usize) -> bool {
    let doc = &a.doc;
    let mut k = opener;
    if k > 0 && matches!(doc.lower(k - 1), "a" | "an" | "the") {
        k -= 1;
    }
    k > 0
        && (matches!(
            doc.lower(k - 1),
            "call" | "calls" | "called" | "dub" | "dubs" | "dubbed" | "termed" | "so-called"
        ) || doc.lower(k - 1) == "as" && k > 1 && doc.lower(k - 2) == "known")
}

/// Before an opening mark in its sentence: `Peskov said: "…"`, `She called it "…"`,
/// `praising the "…"` (the sentence's subject).
pub fn attribution_before(
    a: &Analysis,
    opener: usize,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(Option<usize>, usize)> {
    let doc = &a.doc;
    let s = doc.sentence_of(opener)?.tokens.clone();
    let cue = (s.start..opener)
        .rev()
        .filter(|&k| !quoted(k))
        .find(|&k| doc.speech_verb(k).is_some())?;
    Some((sentence_subject(a, s.start, cue, said, quoted), cue))
}

/// The subject of the verb at `cue`: the nearest name or pronoun before it in the
/// clause, else a name right after it ("said Peskov").
pub(crate) fn sentence_subject(
    a: &Analysis,
    start: usize,
    cue: usize,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let doc = &a.doc;
    let mut k = cue;
    while k > start {
        k -= 1;
        // The verb's clause starts after "that" or a conjunction ("although
        // officials said"); an unnamed source before it is the subject.
        if matches!(
            doc.lower(k),
            "that" | "although" | "though" | "while" | "whereas" | "because" | "but"
        ) {
            break;
        }
        if UNNAMED_SOURCES.contains(&doc.lower(k)) {
            return None;
        }
        // A quoted phrase inside the clause ("praised the “frank atmosphere” of the
        // talks and said"): passed over, and its words are no subject.
        if quoted(k) {
            continue;
        }
        // ", who met Rubio in Washington last week,": a relative clause is passed over.
        if let Some(o) = relative_clause_before(a, start, k) {
            k = o;
            continue;
        }
        if let Some(g) = pronoun_gender(doc.lower(k)) {
            return resolve(a, Subject::Pronoun(g), cue, said, quoted);
        }
        if let Some(m) = a
            .mentions_in(k..k + 1)
            .find(|m| m.tokens.end <= cue && subject_capable(a, m))
        {
            // "A Downing Street spokesperson said": the name describes the speaker.
            let describes = m.tokens.end < cue && doc.role(m.tokens.end).is_some();
            return (!describes).then_some(m.entity);
        }
    }
    subject_at(a, cue + 1).and_then(|(s, _)| resolve(a, s, cue, said, quoted))
}

#[cfg(test)]
#[path = "quotes_tests.rs"]
mod tests;
