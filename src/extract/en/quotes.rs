//! English attributions: `"…," Peskov said`, `"…," said Peskov`, `"…," he added`,
//! `Peskov said: "…"`; reported speech (`said that …`, `according to X, …`) and the
//! wire lead `CLAUSE, X said.`

use std::ops::Range;

use crate::extract::analysis::{Analysis, Mention};
use crate::extract::lang::Agreement;
use crate::extract::lang::en::{ENGLISH, PREPOSITIONS, pronoun_gender};
use crate::extract::pl::inflect::Gender;
use crate::extract::quotes::FoundQuote;
use crate::extract::speaker::{Said, subject_capable, zero_subject};
use crate::extract::text::{Kind, Mark};
use crate::model::{ActorKind, QuoteKind};

/// Who said it, from a speaker named next to a speech verb at `cue`.
enum Subject {
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
fn subject_at(a: &Analysis, k: usize) -> Option<(Subject, usize)> {
    if let Some(g) = pronoun_gender(a.doc.lower(k)) {
        return Some((Subject::Pronoun(g), skip_auxiliary(a, k + 1)));
    }
    // "Mrs Badenoch said": the title is not part of the mention; nor is "the" of
    // "the vice president added".
    let mut k = if a.doc.lower(k) == "the" { k + 1 } else { k };
    if ENGLISH.titles.contains(a.doc.lower(k)) {
        k += if a.doc.is_punct(k + 1, '.') { 2 } else { 1 };
    }
    let m = a
        .mentions_in(k..k + 6)
        .find(|m| (m.lead == k || m.tokens.start == k) && !m.embedded)?;
    speaker_mention(a, m.tokens.start)?;
    Some((Subject::Named(m.entity), skip_auxiliary(a, m.tokens.end)))
}

/// "Downing Street has said": past the auxiliary to the verb.
fn skip_auxiliary(a: &Analysis, k: usize) -> usize {
    if matches!(a.doc.lower(k), "has" | "had" | "have" | "also") {
        k + 1
    } else {
        k
    }
}

fn resolve(
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
    if doc.speech_verb(k).is_some() {
        let subject = subject_at(a, k + 1)
            .map(|(s, _)| s)
            .unwrap_or(Subject::None);
        return Some((resolve(a, subject, k, said, quoted), k));
    }
    let (subject, end) = subject_at(a, k)?;
    doc.speech_verb(end)?;
    Some((resolve(a, subject, end, said, quoted), end))
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
fn sentence_subject(
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
        if matches!(doc.lower(k), "that") {
            break;
        }
        // A quoted phrase inside the clause ("praised the “frank atmosphere” of the
        // talks and said"): passed over, and its words are no subject.
        if quoted(k) {
            continue;
        }
        // ", who met Rubio in Washington last week,": a relative clause is passed over.
        if doc.is_punct(k, ',') {
            let open = (start..k).rev().find(|&x| doc.is_punct(x, ','));
            if let Some(o) = open.filter(|&o| {
                matches!(
                    doc.lower(o + 1),
                    "who" | "which" | "whose" | "where" | "a" | "an"
                )
            }) {
                k = o;
                continue;
            }
        }
        if let Some(g) = pronoun_gender(doc.lower(k)) {
            return resolve(a, Subject::Pronoun(g), cue, said, quoted);
        }
        if let Some(m) = a
            .mentions_in(k..k + 1)
            .find(|m| m.tokens.end <= cue && subject_capable(a, m))
        {
            return Some(m.entity);
        }
    }
    subject_at(a, cue + 1).and_then(|(s, _)| resolve(a, s, cue, said, quoted))
}

/// Reported speech in English: (quote, token to attribute from).
pub fn reported_speech(a: &Analysis, quoted: &dyn Fn(usize) -> bool) -> Vec<(FoundQuote, usize)> {
    let doc = &a.doc;
    let mut out = Vec::new();
    for s in &doc.sentences {
        let range = s.tokens.clone();
        if let Some(found) = according_to(a, range.clone()) {
            out.push(found);
            continue;
        }
        out.extend(lead_attribution(a, range.clone(), quoted));
        for c in range.clone() {
            if quoted(c) || doc.speech_verb(c).is_none() {
                continue;
            }
            let Some(clause_start) = clause_after(a, c, range.end, quoted) else {
                continue;
            };
            let clause = clause_start..range.end;
            if clause.is_empty() || mostly_quoted(a, clause.clone(), quoted) {
                continue;
            }
            let speaker = sentence_subject(a, range.start, c, &[], quoted);
            let q = FoundQuote {
                kind: QuoteKind::Reported,
                tokens: clause,
                speaker,
                cue: Some(c),
                continues: None,
            };
            out.push((q, c));
        }
    }
    out
}

/// Where the reported clause after the speech verb at `c` starts: after "that"
/// ("said that …", "told reporters that …"), or right after the verb when a clause
/// follows without it ("said there were no plans", "said Ukraine would not …").
fn clause_after(
    a: &Analysis,
    c: usize,
    end: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let doc = &a.doc;
    // "said he was “honoured” that …": a pronoun after the verb opens the clause.
    let pronoun_clause = matches!(doc.lower(c + 1), "he" | "she" | "they" | "we");
    if let Some(that) = (c + 1..end.min(c + 10))
        .find(|&k| doc.lower(k) == "that")
        .filter(|_| !pronoun_clause)
    {
        // "told CBS' “Face the Nation” on Sunday that": a quoted title may name
        // the one spoken to.
        return (c + 1..that)
            .all(|k| {
                doc.is_word(k)
                    || matches!(doc.kind(k), Some(Kind::Quote(_)))
                    || doc.word(k) == "'"
                    || doc.word(k) == "’"
            })
            .then_some(that + 1);
    }
    let verb = doc.speech_verb(c)?;
    let bare_clause = matches!(
        verb.lemma,
        "say"
            | "add"
            | "warn"
            | "insist"
            | "argue"
            | "claim"
            | "predict"
            | "suggest"
            | "admit"
            | "stress"
    );
    if !bare_clause {
        return None;
    }
    let mut k = c + 1;
    // "said on Tuesday …": a time phrase before the clause.
    if doc.lower(k) == "on" && doc.is_capitalized(k + 1) {
        k += 2;
    }
    let w = doc.lower(k);
    // "said Peskov." names the speaker; a clause has a few words.
    let words = (k..end).filter(|&x| doc.is_word(x)).count();
    let opens_clause = words >= 3
        && doc.is_word(k)
        && !quoted(k)
        && !PREPOSITIONS.contains(&w)
        && !matches!(
            w,
            "it" | "so" | "nothing" | "this" | "yes" | "no" | "later" | "earlier" | "previously"
        );
    (opens_clause && doc.speech_verb(k).is_none()).then_some(k)
}

fn mostly_quoted(a: &Analysis, clause: Range<usize>, quoted: &dyn Fn(usize) -> bool) -> bool {
    let words: Vec<usize> = clause.filter(|&k| a.doc.is_word(k)).collect();
    let inside = words.iter().filter(|&&k| quoted(k)).count();
    inside > 0 && (inside * 10 >= words.len() * 8 || words.len() - inside <= 2)
}

/// "According to X, …".
fn according_to(a: &Analysis, s: Range<usize>) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    let first = (s.start..s.end).find(|&k| doc.is_word(k))?;
    if doc.lower(first) != "according" || doc.lower(first + 1) != "to" {
        return None;
    }
    let (subject, end) = subject_at(a, first + 2)?;
    let Subject::Named(entity) = subject else {
        return None;
    };
    let start = if doc.is_punct(end, ',') { end + 1 } else { end };
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens: start..s.end,
        speaker: Some(entity),
        cue: None,
        continues: None,
    };
    Some((q, first))
}

/// The wire lead: "Russia and the United States will hold talks, Kremlin spokesman
/// Dmitry Peskov said on Tuesday, adding that …" — the clause before ", X said".
fn lead_attribution(
    a: &Analysis,
    s: Range<usize>,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    // The attribution closes the sentence: "…, X said (on Tuesday)." or "…, said X."
    let closes = |x: usize| {
        matches!(doc.kind(x), Some(Kind::Punct('.' | ',' | ';')) | None)
            || matches!(
                doc.lower(x),
                "on" | "in" | "at" | "after" | "late" | "earlier" | "this" | "last" | "told"
            )
    };
    let attributed = |comma: usize| match subject_at(a, comma + 1) {
        Some((Subject::Named(e), end)) if doc.speech_verb(end).is_some() && closes(end + 1) => {
            Some((e, end))
        }
        _ if doc.speech_verb(comma + 1).is_some() => match subject_at(a, comma + 2) {
            Some((Subject::Named(e), end)) if closes(end) => Some((e, comma + 1)),
            _ => None,
        },
        _ => None,
    };
    let (comma, (entity, cue)) = (s.start..s.end)
        .filter(|&k| doc.is_punct(k, ',') && !quoted(k))
        .find_map(|k| attributed(k).map(|found| (k, found)))?;
    // After a dateline ("MOSCOW, Feb 10 - …") the clause starts past the dash.
    let start = (s.start..comma)
        .rev()
        .find(|&k| doc.kind(k) == Some(Kind::Dash))
        .map_or(s.start, |d| d + 1);
    let opens_quote = (start..comma).any(|k| doc.kind(k) == Some(Kind::Quote(Mark::Open)));
    if comma < start + 4 || opens_quote {
        return None;
    }
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens: start..comma,
        speaker: Some(entity),
        cue: Some(cue),
        continues: None,
    };
    Some((q, cue))
}

#[cfg(test)]
mod tests {
    use crate::extract::analysis::{Analysis, canonical_name};
    use crate::extract::doc::Doc;
    use crate::extract::lang::en::ENGLISH;
    use crate::extract::quotes::find_quotes;
    use crate::load::parse_article;
    use crate::model::QuoteKind;

    /// Kind, speaker and words of each quotation in an English text.
    fn quotes(text: &str) -> Vec<(QuoteKind, Option<String>, String)> {
        let mut article = parse_article("t".into(), &format!("date 2026-04-07\n\n{text}"));
        article.language = crate::model::Language::English;
        let a = Analysis::new(Doc::new(&article, &ENGLISH.lex));
        find_quotes(&a)
            .into_iter()
            .map(|q| {
                let span = a.doc.span_of(q.tokens.clone());
                let speaker = q.speaker.map(|e| canonical_name(&a.entities[e].proposals));
                (
                    q.kind,
                    speaker,
                    a.doc.text[span.start..span.end].to_string(),
                )
            })
            .collect()
    }

    fn said_by(text: &str, words: &str) -> Option<String> {
        let found = quotes(text);
        found
            .iter()
            .find(|(_, _, t)| t == words)
            .unwrap_or_else(|| panic!("no quote {words:?} in {found:?}"))
            .1
            .clone()
    }

    #[test]
    fn a_quoted_phrase_between_subject_and_verb_is_passed_over() {
        let text = "Premier Li Qiang met EU leaders. Li praised the “frank atmosphere” of the talks and said that China was ready to “meet Europe halfway” on trade.";
        assert_eq!(
            said_by(text, "China was ready to “meet Europe halfway” on trade"),
            Some("Li Qiang".to_string())
        );
        assert_eq!(
            said_by(text, "meet Europe halfway"),
            Some("Li Qiang".to_string())
        );
    }

    #[test]
    fn a_pronoun_after_the_verb_opens_the_reported_clause() {
        let text =
            "President Recep Tayyip Erdogan said he was “honoured” that Istanbul had been chosen.";
        assert_eq!(
            said_by(text, "he was “honoured” that Istanbul had been chosen"),
            Some("Recep Tayyip Erdogan".to_string())
        );
    }
}
