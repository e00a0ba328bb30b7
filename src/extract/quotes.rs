//! Quotations: words in quotation marks, dash dialogue ("– … – dodał."), pieces of a
//! quote interrupted by its attribution or running over a paragraph break, and
//! reported speech ("poinformował, że …", "Jak przekazał X, …", "Według X …").

use std::ops::Range;

use super::analysis::Analysis;
use super::en;
use super::lang::pl::{SOURCE_PREPOSITIONS, THAT, TITLE_NOUNS};
use super::lang::{Tense, VerbForm};
use super::roles::role_after;
use super::speaker::{Said, explicit_subject, lacks_subject, subject_capable, zero_subject};
use super::text::{Kind, Mark};
use crate::model::{ActorKind, QuoteKind};

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
        pieces.extend(dash_pieces(a, &pieces));
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
                && let Some(verb) = a.doc.speech_verb(*cue).filter(|_| lacks_subject(a, *cue))
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

/// Pairs of quotation marks in each paragraph; an unclosed quote runs to the end of
/// its paragraph and may be continued by the next one.
fn marked_pieces(a: &Analysis) -> Vec<Piece> {
    let doc = &a.doc;
    let mut out: Vec<Piece> = Vec::new();
    let mut open_ended: Option<usize> = None;
    for para in &doc.paragraphs {
        let mut depth = 0;
        let mut open = None;
        let carried = open_ended.take();
        for k in para.clone() {
            match doc.kind(k) {
                Some(Kind::Quote(Mark::Open)) => {
                    if depth == 0 {
                        open = Some(k);
                    }
                    depth += 1;
                }
                Some(Kind::Quote(Mark::Close)) if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        let o = open.take().unwrap_or(k);
                        let continues = carried.filter(|_| o == para.start);
                        out.push(Piece {
                            tokens: o + 1..k,
                            after: k,
                            opener: o,
                            dash: false,
                            continues,
                        });
                    }
                }
                Some(Kind::Quote(Mark::Close))
                    if carried.is_some()
                        && k > para.start
                        && out.last().is_none_or(|p| p.after <= para.start) =>
                {
                    out.push(Piece {
                        tokens: para.start..k,
                        after: k,
                        opener: para.start,
                        dash: false,
                        continues: carried,
                    });
                }
                _ => {}
            }
        }
        // One mark left open runs on to the next paragraph; several marks opened and
        // never closed are stray, not one quotation swallowing the paragraph.
        if let Some(o) = open.filter(|_| depth == 1) {
            let continues = carried.filter(|_| o == para.start);
            out.push(Piece {
                tokens: o + 1..para.end,
                after: para.end,
                opener: o,
                dash: false,
                continues,
            });
            open_ended = Some(o);
        }
    }
    out
}

/// Dash dialogue: a dash opening a paragraph or following a finished sentence starts
/// a quote that runs to the dash before a speech verb (or to the paragraph's end).
fn dash_pieces(a: &Analysis, marked: &[Piece]) -> Vec<Piece> {
    let doc = &a.doc;
    let marked_mask = mask(doc.len(), marked.iter().map(|p| p.opener..p.after));
    let mut out: Vec<Piece> = Vec::new();
    for para in &doc.paragraphs {
        let mut k = para.start;
        // After "– … – dodał." the next dash resumes the same quotation.
        let mut resumable = false;
        while k < para.end {
            let opens = doc.kind(k) == Some(Kind::Dash)
                && (k == para.start
                    || matches!(
                        doc.kind(k - 1),
                        Some(Kind::Punct('.' | '!' | '?' | '…')) | Some(Kind::Quote(Mark::Close))
                    ))
                && !marked_mask[k];
            if !opens {
                k += 1;
                continue;
            }
            let close = (k + 1..para.end)
                .find(|&e| doc.kind(e) == Some(Kind::Dash) && cue_after(a, e).is_some());
            if close.is_none() && k != para.start && !resumable {
                k += 1;
                continue;
            }
            let end = close.unwrap_or(para.end);
            let continues = out
                .last()
                .filter(|p| resumable && p.after > para.start && p.after < k)
                .map(|p| p.opener);
            resumable = close.is_some();
            out.push(Piece {
                tokens: k + 1..end,
                after: end,
                opener: k,
                dash: true,
                continues,
            });
            k = end + 1;
        }
    }
    out
}

/// A speech verb right after token `k` (a dash or closing mark): "– dodał", "”, powiedział".
fn cue_after(a: &Analysis, k: usize) -> Option<(usize, VerbForm)> {
    (k + 1..(k + 4).min(a.doc.len()))
        .find_map(|c| {
            let verb = a.doc.speech_verb(c)?;
            matches!(verb.tense, Tense::Past | Tense::NonPast).then_some((c, verb))
        })
        .filter(|(c, _)| {
            (k + 1..*c).all(|x| {
                matches!(a.doc.kind(x), Some(Kind::Punct(',')) | Some(Kind::Dash))
                    || a.doc.lower(x) == "jak"
            })
        })
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
            // "– oświadczył prezydent USA" names a speaker we could not resolve: no guess.
            (!names_someone_after(a, c))
                .then(|| zero_subject(a, c, verb, said, quoted))
                .flatten()
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

/// Reported speech: (quote, token to attribute from).
fn reported_speech(a: &Analysis, quoted: &dyn Fn(usize) -> bool) -> Vec<(FoundQuote, usize)> {
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

#[cfg(test)]
#[path = "quotes_tests.rs"]
mod tests;
