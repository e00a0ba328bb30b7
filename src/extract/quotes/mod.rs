//! Quotations: words in quotation marks, dash dialogue ("– … – dodał."), pieces of a
//! quote interrupted by its attribution or running over a paragraph break, and
//! reported speech ("poinformował, że …", "Jak przekazał X, …", "Według X …").

use std::ops::Range;

mod pieces;
mod reported;

use pieces::{cue_after, dash_pieces, lead_pieces, marked_pieces};
use reported::reported_speech;

use super::analysis::Analysis;
use super::en;
use super::lang::Tense;
use super::lang::pl::TITLE_NOUNS;
use super::speaker::{Said, explicit_subject, lacks_subject, subject_capable, zero_subject};
use super::text::Kind;
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
struct Piece {
    tokens: Range<usize>,
    /// The token right after the quote (closing mark or dash).
    after: usize,
    /// The opening mark or dash.
    opener: usize,
    dash: bool,
    /// The opener of the piece this one continues.
    continues: Option<usize>,
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
        en::quotes::reported_speech(a, &in_piece)
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
            // goes on in the voice of the quote before it in the paragraph.
            if english && q.speaker.is_none() && q.cue.is_none() {
                let paragraph = a.doc.sentence_of(p.opener).map(|s| s.paragraph);
                let previous = out.iter().rev().find(|o| o.kind == QuoteKind::Direct);
                if let Some(o) = previous
                    .filter(|o| a.doc.sentence_of(o.tokens.start).map(|s| s.paragraph) == paragraph)
                {
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
                && let Some(verb) = a
                    .doc
                    .speech_verb(*cue)
                    .filter(|_| lacks_subject(a, *cue) || introduces_aside(a, *cue))
            {
                q.speaker = zero_subject(a, *cue, verb, &said, &quoted);
            }
            // Reported speech with no one to report it ("Media podały, że …") is no quote.
            if q.speaker.is_none() {
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
    out
}

/// "– jak wskazał –", "Jak tłumaczył,": a verb whose subject, if any, follows it.
fn introduces_aside(a: &Analysis, cue: usize) -> bool {
    cue > 0 && (a.doc.lower(cue - 1) == "jak" || a.doc.kind(cue - 1) == Some(Kind::Dash))
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
    cue_after(a, p.after).is_some()
        || (s.tokens.start..p.opener).any(|k| {
            doc.speech_verb(k)
                .is_some_and(|v| v.tense != Tense::Infinitive)
        })
        || doc.is_punct(p.opener.saturating_sub(1), ':')
}

fn attribute_direct(
    a: &Analysis,
    p: &Piece,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> FoundQuote {
    let doc = &a.doc;
    let mut q = FoundQuote {
        kind: QuoteKind::Direct,
        tokens: p.tokens.clone(),
        speaker: None,
        cue: None,
        continues: None,
    };
    if let Some((c, verb)) = cue_after(a, p.after) {
        q.cue = Some(c);
        q.speaker = explicit_subject(a, c, verb, quoted).or_else(|| {
            if names_someone_after(a, c) {
                // "– dodał prezydent" where several are presidents: the one who has
                // been speaking, if they hold the role; otherwise no guess.
                continuing_holder(a, c, said)
            } else {
                zero_subject(a, c, verb, said, quoted)
            }
        });
        return q;
    }
    // "Tusk: „…”" — a name and a colon.
    if doc.is_punct(p.opener.saturating_sub(1), ':') {
        let name = a.mentions.iter().rev().find(|m| {
            m.tokens.end + 1 == p.opener
                && subject_capable(a, m)
                && doc.starts_sentence(m.tokens.start)
        });
        if let Some(m) = name {
            q.speaker = Some(m.entity);
            return q;
        }
    }
    // A quotation opening its paragraph after "…, gdzie mówił o przyszłości NATO:" is
    // introduced by the previous paragraph's last sentence.
    let intro_end = if doc.is_punct(p.opener.saturating_sub(1), ':') {
        p.opener - 1
    } else {
        p.opener
    };
    let Some(s) = doc.sentence_of(intro_end) else {
        return q;
    };
    let cue = (s.tokens.start..intro_end)
        .rev()
        .filter(|&k| !quoted(k))
        .find_map(|k| {
            let v = doc.speech_verb(k)?;
            matches!(v.tense, Tense::Past | Tense::NonPast | Tense::Participle).then_some((k, v))
        });
    if let Some((c, verb)) = cue {
        q.cue = Some(c);
        q.speaker = explicit_subject(a, c, verb, quoted).or_else(|| {
            lacks_subject(a, c)
                .then(|| zero_subject(a, c, verb, said, quoted))
                .flatten()
        });
    }
    q
}

fn english_direct(
    a: &Analysis,
    p: &Piece,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> FoundQuote {
    let found = en::quotes::attribution_after(a, p.after, said, quoted)
        .or_else(|| en::quotes::attribution_before(a, p.opener, said, quoted));
    FoundQuote {
        kind: QuoteKind::Direct,
        tokens: p.tokens.clone(),
        speaker: found.and_then(|(s, _)| s),
        cue: found.map(|(_, c)| c),
        continues: None,
    }
}

/// The speaker of the latest quote in this or the previous two paragraphs, when the
/// role word after the verb at `cue` ("– tłumaczył polityk") can stand for them.
fn continuing_holder(a: &Analysis, cue: usize, said: &[Said]) -> Option<usize> {
    let doc = &a.doc;
    let k = (cue + 1..cue + 4).find(|&k| doc.role(k).is_some())?;
    let paragraph = doc.sentence_of(cue)?.paragraph;
    let last = said.iter().rev().find(|s| s.at < cue)?;
    let near = doc
        .sentence_of(last.at)
        .is_some_and(|s| s.paragraph + 2 >= paragraph);
    (near && a.role_holders(k).contains(&last.entity)).then_some(last.entity)
}

/// Does a subject follow the verb: a role noun or a capitalised word ("– dodał
/// minister", "– powiedział Kowalski"), as opposed to "– dodał." or "– powiedział
/// dziennikarzom"?
fn names_someone_after(a: &Analysis, cue: usize) -> bool {
    let doc = &a.doc;
    let mut k = cue + 1;
    while matches!(
        doc.lower(k),
        "się" | "również" | "także" | "też" | "jeszcze" | "wówczas" | "wtedy"
    ) {
        k += 1;
    }
    doc.is_word(k) && (doc.role(k).is_some() || doc.is_capitalized(k))
}

#[cfg(test)]
mod tests;
