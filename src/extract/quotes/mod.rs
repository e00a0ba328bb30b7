//! Quotations: words in quotation marks, dash dialogue ("– … – dodał."), pieces of a
//! quote interrupted by its attribution or running over a paragraph break, and
//! reported speech ("poinformował, że …", "Jak przekazał X, …", "Według X …").

use std::ops::Range;

mod pieces;

use crate::extract::pl::attribution::{
    attribute_direct, bare_role_subject, introduces_aside, role_speaker,
};
use crate::extract::pl::dialogue::{dash_pieces, lead_pieces};
use crate::extract::pl::reported::reported_speech;
pub(crate) use pieces::cue_after;
use pieces::marked_pieces;

use crate::extract::analysis::Analysis;
use crate::extract::en;
use crate::extract::lang::Tense;
use crate::extract::lang::pl::TITLE_NOUNS;
use crate::extract::speaker::{Said, lacks_subject, zero_subject};
use crate::extract::text::Kind;
use crate::model::QuoteKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    pub kind: QuoteKind,
    /// The quoted words (tokens), without marks, dashes or `że`.
    pub tokens: Range<usize>,
    pub speaker: Option<usize>,
    /// The speech verb's token.
    pub cue: Option<usize>,
    /// Index (in the returned list) of the piece this one continues.
    pub continues: Option<usize>,
}

/// A stretch of quoted tokens before attribution.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub tokens: Range<usize>,
    /// The token right after the quote (closing mark or dash).
    pub after: usize,
    /// The opening mark or dash.
    pub opener: usize,
    pub dash: bool,
    /// The opener of the piece this one continues.
    pub continues: Option<usize>,
}

pub fn find_quotes(a: &Analysis) -> Vec<FoundQuote> {
    let english = a.doc.lex.english;
    let mut pieces = marked_pieces(a);
    if !english {
        let dashes = dash_pieces(a, &pieces);
        pieces.extend(dashes);
        pieces.sort_by_key(|p| p.tokens.start);
        let lead = lead_pieces(a, &pieces);
        pieces.extend(lead);
    }
    pieces.sort_by_key(|p| p.tokens.start);
    let piece_mask = mask(a.doc.len(), pieces.iter().map(|p| p.opener..p.after));
    let in_piece = |k: usize| piece_mask.get(k).copied().unwrap_or(false);
    let reported = if english {
        en::reported::reported_speech(a, &in_piece)
    } else {
        reported_speech(a, &in_piece)
    };
    // Words inside any quotation, direct or reported, are not subjects of later verbs.
    let reported_mask = mask(a.doc.len(), reported.iter().map(|(q, _)| q.tokens.clone()));
    let quoted = |k: usize| in_piece(k) || reported_mask.get(k).copied().unwrap_or(false);
    let mut out: Vec<FoundQuote> = Vec::new();
    let mut said: Vec<Said> = Vec::new();
    let mut direct: Vec<(usize, usize)> = Vec::new();
    let mut events: Vec<(usize, bool, usize)> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| (p.tokens.start, true, i))
        .collect();
    events.extend(
        reported
            .iter()
            .enumerate()
            .map(|(i, r)| (r.0.tokens.start, false, i)),
    );
    events.sort();
    for (_, is_direct, i) in events {
        let (mut q, at) = if is_direct {
            let p = &pieces[i];
            if !is_real_quote(a, p) {
                continue;
            }
            let continues = p.continues.and_then(|c| {
                direct
                    .iter()
                    .find(|(opener, _)| *opener == c)
                    .map(|(_, q)| *q)
            });
            let mut q = if english {
                english_direct(a, p, &said, &quoted)
            } else {
                attribute_direct(a, p, &said, &quoted)
            };
            // "According to Abdelatty, Egypt is ready … “as soon as the parties are
            // ready”": a quotation inside reported speech is the reporter's words.
            if english && q.speaker.is_none() {
                let inside = reported
                    .iter()
                    .find(|(r, _)| r.tokens.start <= p.opener && p.after <= r.tokens.end);
                q.speaker = inside.and_then(|(r, _)| r.speaker);
            }
            // "“…,” Dr Marsh said. “That is the real danger.”": an unattributed quote
            // goes on in the voice of the quote before it in the paragraph, or in
            // the paragraph before when it opens its own.
            if english && q.speaker.is_none() && q.cue.is_none() {
                let paragraph = |k: usize| a.doc.sentence_of(k).map_or(0, |s| s.paragraph);
                let here = paragraph(p.opener);
                let opens = a
                    .doc
                    .paragraphs
                    .get(here)
                    .is_some_and(|r| r.start == p.opener);
                let previous = out.iter().rev().find(|o| o.kind == QuoteKind::Direct);
                if let Some(o) = previous.filter(|o| {
                    let there = paragraph(o.tokens.start);
                    there == here || opens && there + 1 == here
                }) {
                    q.speaker = o.speaker;
                }
            }
            if let Some(c) = continues {
                q.continues = Some(c);
                q.speaker = q.speaker.or(out[c].speaker);
            }
            (q, p.opener)
        } else {
            let (q, cue) = &reported[i];
            let mut q = q.clone();
            if q.speaker.is_none()
                && let Some(verb) = a.doc.speech_verb(*cue)
            {
                // "Rzecznik MSZ dodał, że …": a title no one is named with.
                let role = (!english).then(|| bare_role_subject(a, *cue)).flatten();
                q.speaker = match role {
                    Some(k) => role_speaker(a, k, *cue, &said),
                    None => (lacks_subject(a, *cue) || introduces_aside(a, *cue))
                        .then(|| zero_subject(a, *cue, verb, &said, &quoted))
                        .flatten(),
                };
            }
            // Reported speech with no one to report it ("Media podały, że …") is no quote.
            if q.speaker.is_none() {
                continue;
            }
            // English news gives a quotation inside reported speech as the quotation
            // only ("said he would “never forget” …").
            let holds_quote = |p: &Piece| {
                q.tokens.start <= p.opener && p.after < q.tokens.end && is_real_quote(a, p)
            };
            if english && pieces.iter().any(holds_quote) {
                continue;
            }
            (q, *cue)
        };
        q.tokens = trim(a, q.tokens);
        if q.tokens.is_empty() {
            continue;
        }
        if let Some(entity) = q.speaker {
            said.push(Said { entity, at });
        }
        if is_direct {
            direct.push((at, out.len()));
        }
        out.push(q);
    }
    // "„… ⏎⏎ …” – mówiła.": a later piece's speaker is the earlier pieces' too.
    for i in (0..out.len()).rev() {
        if let Some(c) = out[i].continues
            && out[c].speaker.is_none()
        {
            out[c].speaker = out[i].speaker;
        }
    }
    give_pull_quotes_their_speaker(a, &mut out);
    out
}

/// A paragraph that is nothing but a short quotation, with no attribution, is a
/// pull quote set as a subheading: the words are those of the next speaker quoted in
/// the paragraphs below it.
fn give_pull_quotes_their_speaker(a: &Analysis, out: &mut [FoundQuote]) {
    let doc = &a.doc;
    let paragraph_of = |k: usize| doc.sentence_of(k).map(|s| s.paragraph);
    for i in 0..out.len() {
        let q = &out[i];
        if q.kind != QuoteKind::Direct || q.speaker.is_some() || q.cue.is_some() {
            continue;
        }
        let Some(p) = paragraph_of(q.tokens.start) else {
            continue;
        };
        let para = doc.paragraphs[p].clone();
        let words = para.clone().filter(|&k| doc.is_word(k)).count();
        let quoted_words = q.tokens.clone().filter(|&k| doc.is_word(k)).count();
        if words > 12 || quoted_words < words {
            continue;
        }
        let next = out[i + 1..].iter().find(|o| {
            o.kind == QuoteKind::Direct
                && o.speaker.is_some()
                && paragraph_of(o.tokens.start).is_some_and(|n| n > p && n <= p + 3)
        });
        out[i].speaker = next.and_then(|o| o.speaker);
    }
}

/// The tokens no meeting is read from: words in quotation marks or dash dialogue. An
/// unmarked lead quote ("X spotka się z Y – podało MSZ.") still reports its meeting.
pub fn meeting_mask(a: &Analysis, found: &[FoundQuote]) -> Vec<bool> {
    let marked = |q: &&FoundQuote| {
        q.kind == QuoteKind::Direct
            && q.tokens.start > 0
            && matches!(
                a.doc.kind(q.tokens.start - 1),
                Some(Kind::Quote(_) | Kind::Dash)
            )
    };
    mask(
        a.doc.len(),
        found.iter().filter(marked).map(|q| q.tokens.clone()),
    )
}

/// One flag per token: is it inside any of the ranges?
pub fn mask(len: usize, ranges: impl Iterator<Item = Range<usize>>) -> Vec<bool> {
    let mut m = vec![false; len];
    for r in ranges {
        m[r.start.min(len)..r.end.min(len)].fill(true);
    }
    m
}

/// Drops punctuation at the edges of a quote: "porozumienia." → "porozumienia".
fn trim(a: &Analysis, mut t: Range<usize>) -> Range<usize> {
    while t.start < t.end
        && matches!(
            a.doc.kind(t.start),
            Some(Kind::Punct(',' | ':' | ';')) | Some(Kind::Dash)
        )
    {
        t.start += 1;
    }
    while t.start < t.end
        && matches!(
            a.doc.kind(t.end - 1),
            Some(Kind::Punct(',' | '.' | ':' | ';')) | Some(Kind::Dash)
        )
    {
        t.end -= 1;
    }
    t
}

/// Scare quotes and titles are not quotations: a short quoted phrase needs a
/// speech verb in its sentence; a title noun or "tzw." before the marks rules it out.
fn is_real_quote(a: &Analysis, p: &Piece) -> bool {
    let doc = &a.doc;
    if p.dash || p.continues.is_some() {
        return true;
    }
    let before = p.opener.checked_sub(1).map(|k| doc.lower(k)).unwrap_or("");
    let before = if before == "." {
        p.opener.checked_sub(2).map(|k| doc.lower(k)).unwrap_or("")
    } else {
        before
    };
    if TITLE_NOUNS.contains(&before) {
        return false;
    }
    let words: Vec<usize> = p.tokens.clone().filter(|&k| doc.is_word(k)).collect();
    // Titles: every word capitalised, or in English title case ("Face the Nation").
    let capitals = words.iter().filter(|&&k| doc.is_capitalized(k)).count();
    let all_capitalized = capitals == words.len()
        || doc.lex.english && capitals * 3 >= words.len() * 2 && capitals >= 2;
    let ends_sentence = p
        .tokens
        .clone()
        .any(|k| matches!(doc.kind(k), Some(Kind::Punct('.' | '!' | '?'))));
    if all_capitalized && words.len() <= 5 && !ends_sentence {
        return false;
    }
    let short = if doc.lex.english { 4 } else { 3 };
    if words.len() > short {
        return true;
    }
    let Some(s) = doc.sentence_of(p.opener) else {
        return false;
    };
    if doc.lex.english && en::quotes::names_a_term(a, p.opener) {
        return false;
    }
    cue_after(a, p.after).is_some()
        || doc.lex.english && en::reported::lead_speaker(a, p.opener).is_some()
        || (s.tokens.start..p.opener).any(|k| {
            doc.speech_verb(k)
                .is_some_and(|v| v.tense != Tense::Infinitive)
        })
        || doc.is_punct(p.opener.saturating_sub(1), ':')
}

fn english_direct(
    a: &Analysis,
    p: &Piece,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> FoundQuote {
    let found = en::quotes::attribution_after(a, p.after, said, quoted)
        .or_else(|| en::quotes::attribution_before(a, p.opener, said, quoted))
        .or_else(|| en::reported::lead_speaker(a, p.opener).map(|(s, c)| (Some(s), c)));
    FoundQuote {
        kind: QuoteKind::Direct,
        tokens: p.tokens.clone(),
        speaker: found.and_then(|(s, _)| s),
        cue: found.map(|(_, c)| c),
        continues: None,
    }
}

#[cfg(test)]
pub(crate) mod tests;
