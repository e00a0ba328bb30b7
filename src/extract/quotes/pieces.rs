//! Where direct quotations are: pairs of quotation marks, and the speech verb that
//! may follow a quotation.

use super::Piece;
use crate::extract::analysis::Analysis;
use crate::extract::lang::{Tense, VerbForm};
use crate::extract::text::{Kind, Mark};

/// Pairs of quotation marks in each paragraph; an unclosed quote runs to the end of
/// its paragraph and may be continued by the next one.
pub(super) fn marked_pieces(a: &Analysis) -> Vec<Piece> {
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

/// A speech verb right after token `k` (a dash or closing mark): "– dodał", "”, powiedział".
pub(crate) fn cue_after(a: &Analysis, k: usize) -> Option<(usize, VerbForm)> {
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
