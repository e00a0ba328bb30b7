//! English reported speech: "said (that) …", "told reporters …", "According to X,
//! …", "…, according to X.", the wire lead "CLAUSE, X said." and the aside "The
//! talks, X said, were useful."

use std::ops::Range;

use crate::extract::analysis::Analysis;
use crate::extract::en::quotes::{Subject, resolve, sentence_subject, subject_at};
use crate::extract::lang::Tense;
use crate::extract::lang::en::{
    ADDRESSEE, ADVERBIAL, BARE_CLAUSE, DETERMINERS, FINITE, GLOSS, PREPOSITIONS, WEEKDAYS,
};
use crate::extract::quotes::FoundQuote;
use crate::extract::speaker::Said;
use crate::extract::text::Kind;
use crate::model::QuoteKind;

/// Reported speech in English: (quote, token to attribute from). A report whose
/// clause holds a quotation is found too, to mask and attribute the quotation, but
/// only the quotation is kept (see `quotes::find_quotes`).
pub fn reported_speech(a: &Analysis, quoted: &dyn Fn(usize) -> bool) -> Vec<(FoundQuote, usize)> {
    let doc = &a.doc;
    let mut out: Vec<(FoundQuote, usize)> = Vec::new();
    // Speakers found so far: "He added that …" goes on in their voice.
    let mut said: Vec<Said> = Vec::new();
    for s in &doc.sentences {
        let range = s.tokens.clone();
        let lead = according_to(a, range.clone());
        let whole = lead.is_some();
        let lead = lead.or_else(|| lead_attribution(a, range.clone(), &said, quoted));
        if let Some((q, at)) = lead {
            said.extend(q.speaker.map(|entity| Said { entity, at }));
            out.push((q, at));
        }
        if whole {
            continue;
        }
        for c in range.clone() {
            if quoted(c) || doc.speech_verb(c).is_none() || as_noun(a, c) {
                continue;
            }
            let Some(clause_start) = clause_after(a, c, range.end, quoted) else {
                continue;
            };
            let clause = clause_start..clause_end(a, c, clause_start, range.end);
            if clause.is_empty() || lone_speech_verb(a, clause.clone()) {
                continue;
            }
            // "Noting that …, Duda said": the participle's subject is the main clause's.
            let speaker = sentence_subject(a, range.start, c, &said, quoted).or_else(|| {
                let (subject, verb) = subject_at(a, clause.end + 1)?;
                let main_clause = clause.end < range.end && doc.starts_sentence(c);
                main_clause.then(|| resolve(a, subject, verb, &said, quoted))?
            });
            let q = FoundQuote {
                kind: QuoteKind::Reported,
                tokens: clause,
                speaker,
                cue: Some(c),
                continues: None,
            };
            said.extend(speaker.map(|entity| Said { entity, at: c }));
            out.push((q, c));
        }
    }
    out
}

/// "after reports that …", "the claims that …": a speech word after a determiner or
/// a preposition is a noun.
fn as_noun(a: &Analysis, c: usize) -> bool {
    let doc = &a.doc;
    c > 0
        && doc.lower(c).ends_with('s')
        && (DETERMINERS.contains(&doc.lower(c - 1))
            || PREPOSITIONS.contains(&doc.lower(c - 1))
            || matches!(
                doc.lower(c - 1),
                "amid" | "despite" | "media" | "these" | "those"
            ))
}

/// Where the reported clause after the speech verb at `c` starts: after "that"
/// ("said that …", "told reporters that …", "said on Tuesday that …"), or right
/// after the verb (past the one spoken to) when a clause follows without it.
fn clause_after(
    a: &Analysis,
    c: usize,
    end: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let doc = &a.doc;
    let verb = doc.speech_verb(c)?;
    // "said he was “honoured” that …": a pronoun after the verb opens the clause.
    let pronoun_clause = matches!(doc.lower(c + 1), "he" | "she" | "they" | "we");
    let that = (c + 1..end.min(c + 10))
        .find(|&k| doc.lower(k) == "that")
        .filter(|_| !pronoun_clause);
    if let Some(that) = that {
        let between = c + 1..that;
        let fits = if ADDRESSEE.contains(&verb.lemma) {
            // "told CBS' “Face the Nation” on Sunday that": a quoted title may
            // name the one spoken to.
            between.clone().all(|k| {
                doc.is_word(k)
                    || matches!(doc.kind(k), Some(Kind::Quote(_)))
                    || matches!(doc.word(k), "'" | "’")
            })
        } else {
            between.is_empty() || adverbial(a, between)
        };
        if fits {
            return Some(that + 1);
        }
    }
    if !BARE_CLAUSE.contains(&verb.lemma) {
        return None;
    }
    let mut k = c + 1;
    if verb.lemma == "tell" {
        k = past_addressee(a, k)?;
    }
    // "said on Tuesday …": a time phrase before the clause.
    if doc.lower(k) == "on" && doc.is_capitalized(k + 1) {
        k += 2;
    }
    opens_clause(a, k, end, quoted).then_some(k)
}

/// Is `between` an adverbial: "on Tuesday", "in a statement", "afterwards"?
fn adverbial(a: &Analysis, between: Range<usize>) -> bool {
    let doc = &a.doc;
    ADVERBIAL.contains(&doc.lower(between.start))
        && between.len() <= 6
        && between
            .clone()
            .all(|k| doc.is_word(k) || doc.kind(k) == Some(Kind::Number))
        && !between.clone().any(|k| doc.speech_verb(k).is_some())
}

/// "told reporters the …", "told MPs the …", "told the BBC the …": past the one
/// spoken to, a word or "the" and a word.
fn past_addressee(a: &Analysis, k: usize) -> Option<usize> {
    let doc = &a.doc;
    let words = if doc.lower(k) == "the" { 2 } else { 1 };
    let addressee = (k..k + words).all(|x| doc.is_word(x) && !finite(a, x));
    addressee.then_some(k + words)
}

/// Does a clause start at `k`: a few words with a finite verb before the next
/// comma or quotation mark ("said the talks were useful"), not "said Peskov." or
/// "claims today ahead of the summit"?
fn opens_clause(a: &Analysis, k: usize, end: usize, quoted: &dyn Fn(usize) -> bool) -> bool {
    let doc = &a.doc;
    let w = doc.lower(k);
    let words = (k..end).filter(|&x| doc.is_word(x)).count();
    let stop = matches!(
        w,
        "so" | "nothing" | "yes" | "later" | "earlier" | "previously"
    );
    if words < 3
        || !doc.is_word(k)
        || quoted(k)
        || PREPOSITIONS.contains(&w)
        || stop
        || doc.speech_verb(k).is_some()
    {
        return false;
    }
    (k + 1..end.min(k + 14))
        .take_while(|&x| {
            !matches!(
                doc.kind(x),
                Some(Kind::Punct(',' | ';')) | Some(Kind::Quote(_))
            )
        })
        .any(|x| finite(a, x))
}

/// A finite verb at `x`: an auxiliary, a past in -ed, or a present in -s after a
/// name or a noun with its determiner ("Tehran destabilizes", "the deal protects").
fn finite(a: &Analysis, x: usize) -> bool {
    let doc = &a.doc;
    let w = doc.lower(x);
    let after_name = doc.is_capitalized(x - 1) && !doc.is_capitalized(x);
    let after_noun = x > 1 && DETERMINERS.contains(&doc.lower(x - 2)) && doc.is_word(x - 1);
    FINITE.contains(&w)
        || w.len() > 4 && w.ends_with("ed") && !DETERMINERS.contains(&doc.lower(x - 1))
        || (after_name || after_noun) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Where the clause of the verb at `c` ends: at the end of the sentence, before a
/// gloss ("…, underscoring …") or a further report (", adding that …"); for an
/// opening participle ("Noting that …, Duda said"), at the comma before the main
/// clause.
fn clause_end(a: &Analysis, c: usize, start: usize, end: usize) -> usize {
    let doc = &a.doc;
    let opening = doc
        .speech_verb(c)
        .is_some_and(|v| v.tense == Tense::Participle)
        && doc.starts_sentence(c);
    (start..end)
        .find(|&k| {
            doc.is_punct(k, ',')
                && (GLOSS.contains(&doc.lower(k + 1))
                    || doc
                        .speech_verb(k + 1)
                        .is_some_and(|v| v.tense == Tense::Participle)
                        && doc.lower(k + 2) == "that"
                    || opening && (k + 1..end.min(k + 6)).any(|x| doc.speech_verb(x).is_some()))
        })
        .unwrap_or(end)
}

/// "said he told them": a clause that is only another speech verb reports nothing.
fn lone_speech_verb(a: &Analysis, clause: Range<usize>) -> bool {
    let words: Vec<usize> = clause.filter(|&k| a.doc.is_word(k)).collect();
    words.len() <= 3 && words.iter().any(|&k| a.doc.speech_verb(k).is_some())
}

/// "According to X, …" opening the sentence, or "…, according to X." closing it.
fn according_to(a: &Analysis, s: Range<usize>) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    let first = (s.start..s.end).find(|&k| doc.is_word(k))?;
    let opening = doc.lower(first) == "according" && doc.lower(first + 1) == "to";
    let at = if opening {
        first
    } else {
        (s.start..s.end).find(|&k| {
            doc.is_punct(k, ',') && doc.lower(k + 1) == "according" && doc.lower(k + 2) == "to"
        })? + 1
    };
    let (subject, end) = subject_at(a, at + 2)?;
    let Subject::Named(entity) = subject else {
        return None;
    };
    let tokens = if opening {
        (if doc.is_punct(end, ',') { end + 1 } else { end })..s.end
    } else {
        // The source closes the sentence: "…, according to the UN."
        if !matches!(doc.kind(end), Some(Kind::Punct('.')) | None) {
            return None;
        }
        after_dateline(a, s.start, at - 1)..at - 1
    };
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens,
        speaker: Some(entity),
        cue: None,
        continues: None,
    };
    Some((q, at))
}

/// After a dateline ("MOSCOW, Feb 10 - …") a sentence's own words start past the dash.
fn after_dateline(a: &Analysis, start: usize, end: usize) -> usize {
    (start..end)
        .rev()
        .find(|&k| a.doc.kind(k) == Some(Kind::Dash))
        .map_or(start, |d| d + 1)
}

/// The speaker of an attribution after the comma at `comma`: ", X said", ", said
/// X", ", he said", ", X told reporters on Tuesday"; with the verb's token and the
/// token after the attribution.
fn attribution_at(
    a: &Analysis,
    comma: usize,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize, usize)> {
    let doc = &a.doc;
    if let Some((subject, verb)) = subject_at(a, comma + 1)
        && doc.speech_verb(verb).is_some()
    {
        let speaker = resolve(a, subject, verb, said, quoted)?;
        return Some((speaker, verb, past_object(a, verb)));
    }
    if doc.speech_verb(comma + 1).is_some()
        && let Some((Subject::Named(e), end)) = subject_at(a, comma + 2)
    {
        return Some((e, comma + 1, end));
    }
    None
}

/// The token after a speech verb and the one it was told to: "told journalists",
/// "told the press".
fn past_object(a: &Analysis, verb: usize) -> usize {
    if a.doc.lower(verb) != "told" {
        return verb + 1;
    }
    past_addressee(a, verb + 1).unwrap_or(verb + 1)
}

/// Does the attribution end its sentence, perhaps with a time or place ("… said
/// on Tuesday.", "… said in a statement.")?
fn closes(a: &Analysis, x: usize) -> bool {
    matches!(a.doc.kind(x), Some(Kind::Punct('.' | ';')) | None)
        || WEEKDAYS.contains(&a.doc.lower(x))
        || matches!(
            a.doc.lower(x),
            "on" | "in"
                | "at"
                | "after"
                | "late"
                | "earlier"
                | "this"
                | "last"
                | "following"
                | "today"
                | "yesterday"
                | "ahead"
                | "during"
        )
}

/// The attribution that closes a sentence's lead clause or stands as an aside:
/// (comma, speaker, verb, whether it is an aside). A participle after the
/// attribution ("…, X said, adding that …") goes on with the speaker's words.
fn lead_parts(
    a: &Analysis,
    s: Range<usize>,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize, usize, bool)> {
    let doc = &a.doc;
    (s.start..s.end)
        .filter(|&k| doc.is_punct(k, ',') && !quoted(k))
        .find_map(|k| {
            let (entity, cue, after) = attribution_at(a, k, said, quoted)?;
            let goes_on = doc.is_punct(after, ',')
                && doc
                    .speech_verb(after + 1)
                    .is_some_and(|v| v.tense == Tense::Participle);
            let aside = doc.is_punct(after, ',')
                && !goes_on
                && (after + 1..s.end).filter(|&x| doc.is_word(x)).count() >= 3;
            (closes(a, after) || goes_on || aside).then_some((k, entity, cue, aside))
        })
}

/// The speaker of a quotation inside a lead clause: "Brexit will “strengthen”
/// ties, Theresa May claims." (speaker, verb).
pub fn lead_speaker(a: &Analysis, opener: usize) -> Option<(usize, usize)> {
    let s = a.doc.sentence_of(opener)?.tokens.clone();
    let (comma, entity, cue, _) = lead_parts(a, s, &[], &|_| false)?;
    (opener < comma).then_some((entity, cue))
}

/// The wire lead: "Russia and the United States will hold talks, Kremlin spokesman
/// Dmitry Peskov said on Tuesday." — the clause before ", X said"; and the aside
/// "The administration, Mr Merz said, is open to discussion." — the whole sentence.
fn lead_attribution(
    a: &Analysis,
    s: Range<usize>,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    let (comma, entity, cue, aside) = lead_parts(a, s.clone(), said, quoted)?;
    let start = after_dateline(a, s.start, comma);
    let words = (start..comma).filter(|&k| doc.is_word(k)).count();
    let tokens = match (aside, words) {
        (_, 0) => return None,
        (true, _) => start..s.end,
        (false, 4..) => start..comma,
        _ => return None,
    };
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens,
        speaker: Some(entity),
        cue: Some(cue),
        continues: None,
    };
    Some((q, cue))
}
