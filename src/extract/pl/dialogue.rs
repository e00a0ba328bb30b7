//! Polish dash dialogue ("– … – dodał."), including the hyphen journalists type for
//! a dash, and quotes with no opening mark closed by a dash and their attribution.

use crate::extract::analysis::Analysis;
use crate::extract::quotes::{Piece, cue_after, mask};
use crate::extract::text::{Kind, Mark};

/// Dash dialogue: a dash opening a paragraph or following a finished sentence starts
/// a quote that runs to the dash before a speech verb (or to the paragraph's end).
pub(crate) fn dash_pieces(a: &Analysis, marked: &[Piece]) -> Vec<Piece> {
    let doc = &a.doc;
    let marked_mask = mask(doc.len(), marked.iter().map(|p| p.opener..p.after));
    let mut out: Vec<Piece> = Vec::new();
    // "- Premier zapowiedział spotkanie." in two or more paragraphs in a row, none
    // with an attribution: a list of points, not dialogue.
    let unattributed: Vec<bool> = doc
        .paragraphs
        .iter()
        .map(|p| {
            doc.kind(p.start) == Some(Kind::Dash)
                && !p
                    .clone()
                    .any(|e| doc.kind(e) == Some(Kind::Dash) && cue_after(a, e).is_some())
        })
        .collect();
    let listed = |n: usize| {
        unattributed[n]
            && (n > 0 && unattributed[n - 1] || unattributed.get(n + 1).copied().unwrap_or(false))
    };
    for (n, para) in doc.paragraphs.iter().enumerate() {
        if listed(n) {
            continue;
        }
        let mut k = para.start;
        // After "– … – dodał." the next dash resumes the same quotation.
        let mut resumable = false;
        while k < para.end {
            // "— mówił minister." opening a paragraph attributes the one before it;
            // "„…” - powiedział" after a quotation attributes that quotation.
            let attribution = cue_after(a, k).is_some();
            let opens = doc.kind(k) == Some(Kind::Dash)
                && !attribution
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

/// Quotes with no opening mark, closed by a dash and their attribution:
/// "Nie podpiszemy tego - powiedział minister." A paragraph's unquoted words up to
/// such a dash are the quote, starting after any earlier quote or attribution in the
/// paragraph, or after "Jak podkreślił:"; a paragraph that is only "— dodał." after
/// a paragraph of words makes that whole paragraph the quote.
pub(crate) fn lead_pieces(a: &Analysis, known: &[Piece]) -> Vec<Piece> {
    let doc = &a.doc;
    let covered = mask(doc.len(), known.iter().map(|p| p.opener..p.after + 1));
    let mut out = Vec::new();
    for (n, para) in doc.paragraphs.iter().enumerate() {
        let opens_with_attribution =
            doc.kind(para.start) == Some(Kind::Dash) && cue_after(a, para.start).is_some();
        if opens_with_attribution {
            let previous = n.checked_sub(1).and_then(|p| doc.paragraphs.get(p));
            if let Some(prev) = previous.filter(|p| unmarked_words(a, (*p).clone(), &covered)) {
                out.push(Piece {
                    tokens: prev.clone(),
                    after: para.start,
                    opener: prev.start,
                    dash: true,
                    continues: None,
                });
            }
            continue;
        }
        let mut start = para.start;
        for k in para.clone() {
            if covered[k] {
                start = k + 1;
                continue;
            }
            if doc.is_punct(k, ':')
                && (k.saturating_sub(3)..k).any(|v| doc.speech_verb(v).is_some())
            {
                start = k + 1;
                continue;
            }
            // The verb right after the dash: "– jak przekazali urzędnicy –" is an aside.
            let closes =
                doc.kind(k) == Some(Kind::Dash) && cue_after(a, k).is_some_and(|(c, _)| c == k + 1);
            if !closes {
                continue;
            }
            if unmarked_words(a, start..k, &covered) {
                out.push(Piece {
                    tokens: start..k,
                    after: k,
                    opener: start,
                    dash: true,
                    continues: None,
                });
            }
            // The attribution runs to the end of its sentence.
            let end = doc.sentence_of(k).map_or(k + 1, |s| s.tokens.end);
            start = end.max(k + 1);
        }
    }
    out
}

/// Are `tokens` a stretch of at least three words with no quotation mark, dash or
/// known quote in them?
fn unmarked_words(a: &Analysis, tokens: std::ops::Range<usize>, covered: &[bool]) -> bool {
    let doc = &a.doc;
    let clean = tokens
        .clone()
        .all(|k| !covered[k] && !matches!(doc.kind(k), Some(Kind::Quote(_)) | Some(Kind::Dash)));
    clean && tokens.filter(|&k| doc.is_word(k)).count() >= 3
}
