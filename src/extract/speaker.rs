//! Who said it: the subject of a speech verb, found next to the verb, or — when the
//! verb has no subject ("– dodał.") — the most recent person its gender agrees with.

use crate::extract::analysis::{Analysis, Mention};
use crate::extract::lang::pl::{PREPOSITIONS, SPEAKING_GROUPS, ZERO_SUBJECT_FILLERS};
use crate::extract::lang::{Agreement, Tense, VerbForm};
use crate::extract::pl::inflect::Gender;
use crate::extract::pl::roles::is_acronym_dot;
use crate::extract::text::Kind;
use crate::model::ActorKind;

/// How many paragraphs back an earlier speaker still answers a verb with no subject.
const SPEAKER_REACH: usize = 4;

/// A speaker found earlier in the article, for zero-subject verbs.
#[derive(Debug, Clone, Copy)]
pub struct Said {
    pub entity: usize,
    pub at: usize,
}

/// Can this mention be the subject of a verb? Nominative, not embedded in another
/// actor's description, not the object of a preposition.
pub fn subject_capable(a: &Analysis, m: &Mention) -> bool {
    let prepositions = if a.doc.lex.english {
        crate::extract::lang::en::PREPOSITIONS
    } else {
        PREPOSITIONS
    };
    // "z prezydentem USA Donaldem Trumpem", "with German Economy Minister Katherina
    // Reiche": the preposition stands before the whole phrase, role included.
    let start = m.lead.min(m.tokens.start);
    let after_preposition = start > 0 && prepositions.contains(&a.doc.lower(start - 1));
    m.nominative && !m.embedded && !after_preposition
}

fn agrees(a: &Analysis, entity: usize, agreement: Option<Agreement>) -> bool {
    let e = &a.entities[entity];
    // "podkreślali unijni dyplomaci" is an unnamed source; a delegation or a
    // government speaks as a body.
    if e.kind == ActorKind::Group && !SPEAKING_GROUPS.iter().any(|g| e.key.contains(g)) {
        return false;
    }
    match agreement {
        Some(Agreement::Masculine) => {
            e.kind == ActorKind::Person && e.gender != Some(Gender::Feminine)
        }
        Some(Agreement::Feminine) => {
            e.kind == ActorKind::Person && e.gender != Some(Gender::Masculine)
                || e.kind == ActorKind::Country
                || e.kind == ActorKind::Group && !e.key.ends_with('i')
        }
        Some(Agreement::Virile | Agreement::NonVirile | Agreement::Plural) => {
            e.kind == ActorKind::Group
        }
        Some(Agreement::Neuter) => e.kind != ActorKind::Person,
        Some(Agreement::Singular) | None => e.kind != ActorKind::Group || !e.key.ends_with('e'),
    }
}

/// The explicit subject of the speech verb at `cue`: right before it ("Maria
/// Zacharowa nazwała", "Putin już zapowiedział"), right after it ("oświadczył
/// prezydent USA", "wypowiedział się Witkoff") or earlier in its clause ("Donald
/// Trump stwierdził w wywiadzie"). Tokens in `skip` (quoted words) are not searched.
pub fn explicit_subject(
    a: &Analysis,
    cue: usize,
    verb: VerbForm,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let doc = &a.doc;
    let sentence = doc.sentence_of(cue)?.tokens.clone();
    let fits = |m: &&Mention| subject_capable(a, m) && agrees(a, m.entity, verb.agreement);
    // "… Jurija Uszakowa, który zasugerował, że …": the relative pronoun stands for
    // the name before its comma, whatever that name's case.
    if let Some(entity) = relative_antecedent(a, cue, sentence.start, verb) {
        return Some(entity);
    }
    // A subject before the verb in its clause wins over a name after it, which is
    // more often the one spoken to ("zapewnił Marco Rubio, że …").
    if let Some(entity) = subject_before(a, cue, sentence.start, skip, &fits) {
        return Some(entity);
    }
    if verb.tense != Tense::Participle {
        let mut k = cue + 1;
        while k < sentence.end && !clause_break(a, k) && k <= cue + 24 {
            if let Some(m) = a.mentions_in(k..k + 1).find(|m| fits(m)) {
                return Some(m.entity);
            }
            k += 1;
        }
        // "– powiedział w czwartek po rozmowach, szef ukraińskiej dyplomacji": the
        // subject set off by a comma after the verb's adverbials.
        if k > cue + 1 && a.doc.is_punct(k, ',') {
            return a
                .mentions_in(k + 1..k + 2)
                .find(|m| fits(m) && a.kind_of(m) == ActorKind::Person)
                .map(|m| m.entity);
        }
    }
    None
}

/// The person a "który"/"która" right before the verb refers to: the mention ending
/// just before the pronoun's comma, if its gender agrees.
fn relative_antecedent(a: &Analysis, cue: usize, start: usize, verb: VerbForm) -> Option<usize> {
    let doc = &a.doc;
    let mut k = cue.checked_sub(1)?;
    while k > start && ZERO_SUBJECT_FILLERS.contains(&doc.lower(k)) {
        k -= 1;
    }
    if !matches!(doc.lower(k), "który" | "która") || k < 2 || !doc.is_punct(k - 1, ',') {
        return None;
    }
    let m = a
        .mentions
        .iter()
        .rfind(|m| m.tokens.end == k - 1 && a.kind_of(m) == ActorKind::Person)?;
    let gender_ok = match verb.agreement {
        Some(Agreement::Masculine) => a.entities[m.entity].gender != Some(Gender::Feminine),
        Some(Agreement::Feminine) => a.entities[m.entity].gender != Some(Gender::Masculine),
        _ => false,
    };
    gender_ok.then_some(m.entity)
}

/// The nearest subject before the verb in its clause.
fn subject_before(
    a: &Analysis,
    cue: usize,
    start: usize,
    skip: &dyn Fn(usize) -> bool,
    fits: &dyn Fn(&&Mention) -> bool,
) -> Option<usize> {
    let mut k = cue;
    while k > start {
        k -= 1;
        if is_that(a, k) {
            return None;
        }
        if skip(k) {
            continue;
        }
        if let Some(m) = a
            .mentions_in(k..k + 1)
            .filter(|m| m.tokens.end <= cue)
            .find(|m| fits(m))
        {
            return Some(m.entity);
        }
    }
    None
}

fn is_that(a: &Analysis, k: usize) -> bool {
    matches!(a.doc.lower(k), "że" | "iż")
}

fn clause_break(a: &Analysis, k: usize) -> bool {
    !is_acronym_dot(&a.doc, k)
        && matches!(
            a.doc.kind(k),
            Some(Kind::Punct(',' | ':' | ';' | '.')) | Some(Kind::Quote(_)) | Some(Kind::Dash)
        )
}

/// Is the verb at `cue` without a subject of its own: only adverbs and conjunctions
/// between the start of its clause and the verb?
pub fn lacks_subject(a: &Analysis, cue: usize) -> bool {
    let doc = &a.doc;
    let Some(s) = doc.sentence_of(cue) else {
        return true;
    };
    let mut k = cue;
    while k > s.tokens.start {
        k -= 1;
        match doc.kind(k) {
            Some(Kind::Word) if ZERO_SUBJECT_FILLERS.contains(&doc.lower(k)) => continue,
            Some(Kind::Word | Kind::Number) => return participle_phrase(a, k, cue),
            _ => return true,
        }
    }
    true
}

/// "Opisując rozmowę ocenił, …": an adverbial participle and its object before the
/// verb, with no name or title among them, leave the verb without a subject.
fn participle_phrase(a: &Analysis, word: usize, cue: usize) -> bool {
    let doc = &a.doc;
    let Some(s) = doc.sentence_of(word) else {
        return false;
    };
    let mut start = word;
    while start > s.tokens.start && doc.is_word(start - 1) {
        start -= 1;
    }
    doc.lower(start).ends_with("ąc")
        && (start + 1..cue).all(|k| {
            doc.is_word(k)
                && !doc.is_capitalized(k)
                && doc.role(k).is_none()
                && doc.group(k).is_none()
        })
}

/// A name in an enumeration of people ("Macron, Merkel, Zełenski i Putin"): none
/// of them is the one the next sentence goes on about.
fn enumerated(a: &Analysis, m: &Mention) -> bool {
    let doc = &a.doc;
    let start = m.lead.min(m.tokens.start);
    let joined_before = start > 0
        && (doc.is_punct(start - 1, ',') || matches!(doc.lower(start - 1), "i" | "oraz"))
        && a.mentions
            .iter()
            .any(|o| o.tokens.end + 1 == start && a.kind_of(o) == ActorKind::Person);
    let joined_after = (doc.is_punct(m.tokens.end, ',')
        || matches!(doc.lower(m.tokens.end), "i" | "oraz"))
        && a.mentions_in(m.tokens.end + 1..m.tokens.end + 2)
            .any(|o| a.kind_of(o) == ActorKind::Person);
    joined_before || joined_after
}

/// The most recent actor the verb's gender and number agree with: a subject
/// mention outside quotations, or an earlier quotation's speaker.
pub fn zero_subject(
    a: &Analysis,
    cue: usize,
    verb: VerbForm,
    said: &[Said],
    quoted: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if matches!(
        verb.agreement,
        Some(Agreement::Virile | Agreement::NonVirile | Agreement::Plural)
    ) {
        return None;
    }
    let paragraph = a.doc.sentence_of(cue)?.paragraph;
    // Only the same or the previous paragraph: further back, a bare verb has lost
    // its antecedent. A paragraph that is only the attribution ("– powiedział.")
    // reaches over the quotation paragraph before it.
    let start = a.doc.paragraphs[paragraph].start;
    let attribution = a.doc.kind(start) == Some(Kind::Dash) && cue <= start + 2;
    let reach = if attribution { 2 } else { 1 };
    let near = |m: &Mention| {
        a.doc
            .sentence_of(m.tokens.start)
            .is_some_and(|s| s.paragraph + reach >= paragraph)
    };
    let before = a.mentions.partition_point(|m| m.tokens.start < cue);
    let subject = a.mentions[..before]
        .iter()
        .rev()
        .take_while(|m| near(m))
        .filter(|m| m.tokens.end <= cue && !quoted(m.tokens.start))
        .find(|m| {
            a.kind_of(m) == ActorKind::Person
                && subject_capable(a, m)
                && agrees(a, m.entity, verb.agreement)
                && !enumerated(a, m)
                && !asked_about(a, m)
        })
        .map(|m| (m.tokens.start, m.entity));
    // An earlier speaker carries further: a run of quote paragraphs ("– … – dodał.")
    // keeps its voice until someone else is named as a subject.
    let speaker = said
        .iter()
        .rev()
        .filter(|s| s.at < cue)
        .take_while(|s| {
            a.doc
                .sentence_of(s.at)
                .is_some_and(|x| x.paragraph + SPEAKER_REACH >= paragraph)
        })
        .find(|s| agrees(a, s.entity, verb.agreement))
        .filter(|s| {
            let between = a.mentions.partition_point(|m| m.tokens.start <= s.at);
            !a.mentions[between..before].iter().any(|m| {
                m.entity != s.entity
                    && !quoted(m.tokens.start)
                    && a.kind_of(m) == ActorKind::Person
                    && subject_capable(a, m)
                    && agrees(a, m.entity, verb.agreement)
            })
        })
        .map(|s| (s.at, s.entity));
    // The most recent antecedent the verb's gender and number agree with.
    let latest = match (subject, speaker) {
        (Some(s), Some(p)) => Some(if s.0 >= p.0 { s } else { p }),
        (s, p) => s.or(p),
    };
    latest.map(|(_, e)| e)
}

/// "nie odpowiedział na pytanie, czy Putin jest zadowolony": the subject of the
/// question someone was asked is not the one who goes on speaking.
fn asked_about(a: &Analysis, m: &Mention) -> bool {
    let start = m.lead.min(m.tokens.start);
    start > 0 && matches!(a.doc.lower(start - 1), "czy" | "whether")
}

#[cfg(test)]
#[path = "speaker_tests.rs"]
mod tests;
