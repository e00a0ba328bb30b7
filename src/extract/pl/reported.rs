//! Reported speech: "poinformował, że …", "Jak przekazał X, …", "Według X …".

use std::ops::Range;

use crate::extract::analysis::{Analysis, Mention};
use crate::extract::lang::pl::{
    CLAUSE_LINKS, REPORT_NOUNS, SOURCE_NOUNS, SOURCE_PREPOSITIONS, THAT, ZERO_SUBJECT_FILLERS,
};
use crate::extract::lang::{Agreement, Tense};
use crate::extract::pl::roles::role_after;
use crate::extract::quotes::FoundQuote;
use crate::extract::speaker::{explicit_subject, subject_capable};
use crate::extract::text::Kind;
use crate::model::{ActorKind, QuoteKind};

/// Reported speech: (quote, token to attribute from).
pub(crate) fn reported_speech(
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
            let reported_here = out
                .last()
                .is_some_and(|(q, _): &(FoundQuote, usize)| q.tokens.start >= range.start);
            if let Some(found) = as_jak_clause(a, c, range.clone()).or_else(|| {
                (!reported_here)
                    .then(|| aside_attribution(a, c, range.clone()))
                    .flatten()
            }) {
                out.push(found);
                break;
            }
            let Some(k) = that_after(a, c, range.end) else {
                continue;
            };
            let from = k + 1;
            let clause = from..clause_end(a, from, range.end, quoted);
            if clause.is_empty() || holds_quotation(clause.clone(), quoted) {
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
    // "odniósł się do informacji, że …": what others reported, not what the speaker
    // says.
    let mut of_a_report = false;
    // "powiedział również we wtorkowym wywiadzie dla stacji Fox News, że": a verb's
    // adverbials may take a dozen words.
    for k in cue + 1..sentence_end.min(cue + 14) {
        let word = doc.lower(k);
        if THAT.contains(&word) {
            return (!of_a_report).then_some(k);
        }
        of_a_report |= REPORT_NOUNS.iter().any(|stem| word.starts_with(stem));
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
    let doc = &a.doc;
    let end = (from..sentence_end)
        .find(|&k| {
            let dash_quote = doc.kind(k) == Some(Kind::Dash) && quoted(k + 1) && !quoted(k);
            // "…, i podkreślił, że …": a second speech verb of the same subject starts
            // a statement of its own.
            let next_statement = matches!(doc.lower(k), "i" | "oraz" | "a")
                && doc.speech_verb(k + 1).is_some()
                && that_after(a, k + 1, sentence_end).is_some();
            dash_quote || next_statement
        })
        .unwrap_or(sentence_end);
    // "…, że oba kraje się różnią, ale współpraca – jak dodał – …": the clause with an
    // attribution of its own is another statement; this one ends at the comma before it.
    let aside = (from..end).find(|&k| {
        (doc.kind(k) == Some(Kind::Dash) || doc.is_punct(k, ','))
            && doc.lower(k + 1) == "jak"
            && doc.speech_verb(k + 2).is_some()
    });
    let boundary = aside.and_then(|aside| {
        (from..aside)
            .rev()
            .find(|&k| doc.is_punct(k, ',') && CLAUSE_LINKS.contains(&doc.lower(k + 1)))
    });
    boundary.unwrap_or(end)
}

/// A reported clause that quotes the speaker's own words ("…, że rozmowy były
/// „bardzo trudne”") is recorded as the direct quotation only, as the annotation of
/// real news does.
fn holds_quotation(clause: Range<usize>, quoted: &dyn Fn(usize) -> bool) -> bool {
    clause.into_iter().any(quoted)
}

/// "Jak przekazał na Telegramie Rusłan Umierow, główny negocjator, rozmowy dotyczyły …",
/// "Jak tłumaczył, rozmowa trwała godzinę", "Jak wskazał – są to …": the speaker (if
/// named) between the verb and the comma or dash, the words after it reported ("Jak
/// podkreślił: …" opens a direct quote instead).
fn as_jak_clause(a: &Analysis, c: usize, sentence: Range<usize>) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    if !(sentence.start..c)
        .all(|k| matches!(doc.lower(k), "jak" | "–" | "-" | "—") || !doc.is_word(k))
        || doc.lower(sentence.start) != "jak"
    {
        return None;
    }
    // The verb itself is neither a comma nor a dash.
    let separator = (c..sentence.end)
        .find(|&k| matches!(doc.kind(k), Some(Kind::Punct(',')) | Some(Kind::Dash)))?;
    let speaker = aside_speaker(a, c, separator)?;
    // The words start after the separator, or after the speaker's title set off by
    // commas; the quote's edges drop the comma or dash before them.
    let mut start = separator;
    if let Some(role) = speaker.and_then(|m| role_after(doc, m.tokens.end))
        && doc.is_punct(role.tokens.end, ',')
    {
        start = role.tokens.end;
    }
    reported_words(a, start..sentence.end, speaker.map(|m| m.entity), c)
}

/// "Ponadto – jak wskazał rzecznik – podniesiona zostanie kwestia …", "Nowak – mówił
/// rzecznik – przyjedzie w piątek": an attribution set off by dashes or commas inside
/// the sentence it reports. Only connectives before it, or a clause opened by a
/// conjunction or "który": the words after it are the quote; a subject before it:
/// the whole sentence.
fn aside_attribution(
    a: &Analysis,
    c: usize,
    sentence: Range<usize>,
) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    let jak = c > 0 && doc.lower(c - 1) == "jak";
    let opener = if jak {
        c.checked_sub(2)?
    } else {
        c.checked_sub(1)?
    };
    let opens = |k: usize| doc.kind(k) == Some(Kind::Dash) || jak && doc.is_punct(k, ',');
    if opener <= sentence.start || !opens(opener) {
        return None;
    }
    // The verb itself is neither a comma nor a dash.
    let close = (c..sentence.end.min(c + 10)).find(|&k| doc.kind(k) == doc.kind(opener))?;
    let plural = matches!(
        doc.speech_verb(c).and_then(|v| v.agreement),
        Some(Agreement::Virile | Agreement::NonVirile | Agreement::Plural)
    );
    if plural {
        return None;
    }
    let speaker = aside_speaker(a, c, close)?.map(|m| m.entity);
    let before: Vec<usize> = (sentence.start..opener)
        .filter(|&k| doc.is_word(k))
        .collect();
    // "…, które – jak przypomniał rzecznik – odbywa się …", "bo – jak ocenił – …":
    // after a conjunction or a relative pronoun, too, the words after the aside.
    let connective = before
        .iter()
        .all(|&k| ZERO_SUBJECT_FILLERS.contains(&doc.lower(k)))
        || before
            .last()
            .is_some_and(|&k| CLAUSE_LINKS.contains(&doc.lower(k)));
    // The quote's edges drop the closing dash or comma.
    let start = if connective { close } else { sentence.start };
    reported_words(a, start..sentence.end, speaker, c)
}

/// The mention of the subject between a speech verb at `cue` and the end of its
/// aside: `Some(None)`
/// when there are only adverbs or a bare title ("wskazał rzecznik"; the speaker is
/// found from the context), `None` when the words there name no one we know
/// ("podaje agencja").
fn aside_speaker<'a>(a: &'a Analysis, cue: usize, end: usize) -> Option<Option<&'a Mention>> {
    let doc = &a.doc;
    let after = cue + 1;
    let words: Vec<usize> = (after..end).filter(|&k| doc.is_word(k)).collect();
    if words
        .iter()
        .all(|&k| ZERO_SUBJECT_FILLERS.contains(&doc.lower(k)))
    {
        return Some(None);
    }
    let role_first = words.first().is_some_and(|&k| doc.role(k).is_some());
    let m = a.mentions_in(after..end).find(|m| {
        subject_capable(a, m)
            && m.tokens.end <= end
            && (!role_first || a.kind_of(m) == ActorKind::Person)
    });
    match m {
        Some(m) => Some(Some(m)),
        // "jak wskazał rzecznik MSZ": the title's holder is found with the quotes.
        None if role_first => Some(None),
        None => None,
    }
}

/// A reported quote of `tokens`, if they hold at least three words.
fn reported_words(
    a: &Analysis,
    tokens: Range<usize>,
    speaker: Option<usize>,
    cue: usize,
) -> Option<(FoundQuote, usize)> {
    if tokens.clone().filter(|&k| a.doc.is_word(k)).count() < 3 {
        return None;
    }
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens,
        speaker,
        cue: Some(cue),
        continues: None,
    };
    Some((q, cue))
}

/// "Według Rubio …", "Zdaniem Kallas, …", "W ocenie Uszakowa …": the source named at
/// the start of a sentence.
fn source_phrase(a: &Analysis, sentence: Range<usize>) -> Option<(FoundQuote, usize)> {
    let doc = &a.doc;
    let first = (sentence.start..sentence.end).find(|&k| doc.is_word(k))?;
    let name = if SOURCE_PREPOSITIONS.contains(&doc.lower(first)) {
        first + 1
    } else if doc.lower(first) == "w" && SOURCE_NOUNS.contains(&doc.lower(first + 1)) {
        first + 2
    } else {
        return None;
    };
    // A name the sentence ends inside (one run on past a paragraph break) leaves
    // no words to report.
    let m = a.mentions_in(name..name + 1).find(|m| {
        !m.embedded
            && m.tokens.end <= sentence.end
            && matches!(
                a.kind_of(m),
                ActorKind::Person | ActorKind::Organization | ActorKind::Country
            )
    })?;
    // After the source's title, if any; the quote's edges drop a comma after it.
    let start = role_after(doc, m.tokens.end).map_or(m.tokens.end, |role| role.tokens.end);
    let q = FoundQuote {
        kind: QuoteKind::Reported,
        tokens: start..sentence.end,
        speaker: Some(m.entity),
        cue: None,
        continues: None,
    };
    Some((q, first))
}

#[cfg(test)]
#[path = "reported_tests.rs"]
mod tests;
