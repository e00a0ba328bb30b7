//! Who said a Polish direct quotation: the speech verb after it ("” – powiedział
//! X"), a name and a colon before it, or the sentence that introduces it; a bare role
//! after the verb for the speaker who holds it; an aside ("– jak wskazał –").

use crate::extract::analysis::Analysis;
use crate::extract::lang::Tense;
use crate::extract::lang::pl::{PREPOSITIONS, ZERO_SUBJECT_FILLERS};
use crate::extract::quotes::{FoundQuote, Piece, cue_after};
use crate::extract::speaker::{
    Said, explicit_subject, lacks_subject, subject_capable, zero_subject,
};
use crate::extract::text::Kind;
use crate::model::{ActorKind, QuoteKind};

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
    // The verb and the three words after it; the verb is no role.
    let k = (cue..cue + 4).find(|&k| a.doc.role(k).is_some())?;
    role_speaker(a, k, cue, said)
}

/// The role word that is all the subject of the speech verb at `cue`, no one being
/// named with it: "Rzecznik MSZ dodał, że …", "– jak wskazał rzecznik MSZ –".
pub(crate) fn bare_role_subject(a: &Analysis, cue: usize) -> Option<usize> {
    let doc = &a.doc;
    let sentence = doc.sentence_of(cue)?.tokens.clone();
    let subject = if introduces_aside(a, cue) {
        let after = cue + 1;
        let end = (after..sentence.end)
            .find(|&k| !doc.is_word(k))
            .unwrap_or(sentence.end);
        after..end
    } else {
        let mut start = cue;
        while start > sentence.start && doc.is_word(start - 1) {
            start -= 1;
        }
        start..cue
    };
    let k = subject
        .clone()
        .find(|&k| !ZERO_SUBJECT_FILLERS.contains(&doc.lower(k)))?;
    let named = a
        .mentions_in(subject)
        .any(|m| a.kind_of(m) == ActorKind::Person);
    (doc.role(k).is_some() && !named).then_some(k)
}

/// Who the role word at `k`, the subject of the speech verb at `cue`, stands for:
/// the latest speaker (in this or the previous two paragraphs) if they hold it, or
/// if no one in the article does ("Rzecznik MSZ dodał" after the spokesman's own
/// words, his title not given before).
pub(crate) fn role_speaker(a: &Analysis, k: usize, cue: usize, said: &[Said]) -> Option<usize> {
    let doc = &a.doc;
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
    let names_country = doc.phrase_at(&doc.lex.countries, k + 1).is_some()
        || k.checked_sub(1)
            .is_some_and(|before| doc.lex.country_of_adjective(doc.lower(before)).is_some());
    // "– pytała dziennikarka" is not the minister who spoke before.
    let same_gender = a.entities[last.entity]
        .gender
        .is_none_or(|g| doc.role(k).is_some_and(|r| r.gender == g));
    // A president is not the spokesman of a ministry the report goes on to quote
    // ("dodał rzecznik MSZ"), though he may be "minister" or "polityk" to it.
    let titled = !a.entities[last.entity].roles.is_empty();
    let unheld = holders.is_empty()
        && !(titled && names_office(a, k))
        && !names_country
        && near(3)
        && same_gender;
    (near(2) && holders.contains(&last.entity) || unheld).then_some(last.entity)
}

/// Is the role word at `k` followed by words saying whose it is ("rzecznik MSZ",
/// "rzecznik rządu"), as opposed to a bare "minister" ("– dodał minister w radiu")?
fn names_office(a: &Analysis, k: usize) -> bool {
    let doc = &a.doc;
    let next = doc.lower(k + 1);
    doc.is_word(k + 1)
        && doc.speech_verb(k + 1).is_none()
        && !PREPOSITIONS.contains(&next)
        && !matches!(next, "podczas" | "przed" | "jako")
        && !ZERO_SUBJECT_FILLERS.contains(&next)
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
#[path = "attribution_tests.rs"]
mod tests;
