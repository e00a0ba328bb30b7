//! Who said a Polish direct quotation: the speech verb after it ("” – powiedział
//! X"), a name and a colon before it, or the sentence that introduces it; a bare role
//! after the verb for the speaker who holds it; an aside ("– jak wskazał –").

use crate::extract::analysis::Analysis;
use crate::extract::lang::Tense;
use crate::extract::quotes::{FoundQuote, Piece, cue_after};
use crate::extract::speaker::{
    Said, explicit_subject, lacks_subject, subject_capable, zero_subject,
};
use crate::extract::text::Kind;
use crate::model::QuoteKind;

/// "– jak wskazał –", "Jak tłumaczył,": a verb whose subject, if any, follows it.
pub(crate) fn introduces_aside(a: &Analysis, cue: usize) -> bool {
    cue > 0 && (a.doc.lower(cue - 1) == "jak" || a.doc.kind(cue - 1) == Some(Kind::Dash))
}

pub(crate) fn attribute_direct(
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

/// The speaker of the latest quote in this or the previous two paragraphs, when the
/// role word after the verb at `cue` ("– tłumaczył polityk") can stand for them.
fn continuing_holder(a: &Analysis, cue: usize, said: &[Said]) -> Option<usize> {
    let doc = &a.doc;
    let k = (cue + 1..cue + 4).find(|&k| doc.role(k).is_some())?;
    let paragraph = doc.sentence_of(cue)?.paragraph;
    let last = said.iter().rev().find(|s| s.at < cue)?;
    let near = |reach: usize| {
        doc.sentence_of(last.at)
            .is_some_and(|s| s.paragraph + reach >= paragraph)
    };
    let holders = a.role_holders(k);
    // "– podkreślił prezydencki minister" when no one in the article holds that
    // title: the reporter's other name for the one speaking (the quotes may be
    // paragraphs of their own, each followed by its attribution paragraph).
    let names_country = doc.is_capitalized(k + 1)
        || k > 0 && doc.lex.country_of_adjective(doc.lower(k - 1)).is_some();
    // "– pytała dziennikarka" is not the minister who spoke before.
    let same_gender = a.entities[last.entity]
        .gender
        .is_none_or(|g| doc.role(k).is_some_and(|r| r.gender == g));
    let unheld = holders.is_empty() && !names_country && near(3) && same_gender;
    (near(2) && holders.contains(&last.entity) || unheld).then_some(last.entity)
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
