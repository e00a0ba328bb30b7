//! Meetings: a trigger (spotkanie, rozmowy, wizyta; spotkał się, rozmawiali,
//! przyjął, zadzwonił) with at least two identifiable parties, its place, date and
//! whether it was held or is planned.

use std::ops::Range;

use super::analysis::{Analysis, Mention};
use super::dates::{DateFound, find_date};
use super::lang::pl::{FUTURE_MARKERS, IRREALIS_MARKERS, PARTICIPATION_VERBS, VERB_TRIGGERS};
use super::lang::{Aspect, Tense, VerbForm};
use super::speaker::subject_capable;
use crate::model::{ActorKind, Date, MeetingStatus};

#[derive(Debug, Clone, PartialEq)]
pub struct FoundMeeting {
    pub participants: Vec<usize>,
    pub place: Option<String>,
    pub date: Option<Date>,
    pub date_inferred: bool,
    pub status: MeetingStatus,
    pub trigger: usize,
    /// Sentences the meeting was read from (token range).
    pub tokens: Range<usize>,
    pub lemma: &'static str,
}

pub fn find_meetings(
    a: &Analysis,
    article_date: Option<Date>,
    quoted: &dyn Fn(usize) -> bool,
) -> Vec<FoundMeeting> {
    let mut out: Vec<FoundMeeting> = Vec::new();
    for (si, s) in a.doc.sentences.iter().enumerate() {
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            if quoted(k) {
                k += 1;
                continue;
            }
            let Some(trigger) = trigger_at(a, k) else {
                k += 1;
                continue;
            };
            if let Some(m) = meeting_at(a, si, k, trigger, article_date) {
                let repeat = out.iter().any(|o| same_meeting(o, &m));
                if !repeat {
                    out.push(m);
                }
                break;
            }
            k += 1;
        }
    }
    out
}

fn same_meeting(a: &FoundMeeting, b: &FoundMeeting) -> bool {
    let mut x = a.participants.clone();
    let mut y = b.participants.clone();
    x.sort_unstable();
    y.sort_unstable();
    x == y && a.status == b.status && (a.place == b.place || a.place.is_none() || b.place.is_none())
}

#[derive(Debug, Clone, Copy)]
enum Trigger {
    Noun(&'static str),
    Verb(VerbForm),
}

fn trigger_at(a: &Analysis, k: usize) -> Option<Trigger> {
    let w = a.doc.lower(k);
    if let Some(n) = a.doc.lex.meeting_nouns.get(w) {
        return Some(Trigger::Noun(n.lemma));
    }
    let v = a.doc.lex.meeting_verb(w)?;
    VERB_TRIGGERS.contains(&v.lemma).then_some(Trigger::Verb(v))
}

fn meeting_at(
    a: &Analysis,
    si: usize,
    k: usize,
    trigger: Trigger,
    article_date: Option<Date>,
) -> Option<FoundMeeting> {
    let s = &a.doc.sentences[si];
    let sentence = s.tokens.clone();
    let lemma = match trigger {
        Trigger::Noun(l) => l,
        Trigger::Verb(v) => v.lemma,
    };
    if irrealis(a, sentence.clone(), k) {
        return None;
    }
    if lemma == "spotkać" || lemma == "spotykać" {
        // "spotkał się z Y" meets; "spotkała się z krytyką" does not.
        let reflexive =
            (k.saturating_sub(2)..(k + 3).min(a.doc.len())).any(|x| a.doc.lower(x) == "się");
        if !reflexive {
            return None;
        }
    }
    let mut tokens = sentence.clone();
    let mut participants = parties(a, sentence.clone(), k, trigger);
    if let Some((next, listed)) = listed_participants(a, si, k)
        && listed.len() >= 2
    {
        participants = listed;
        tokens.end = next.end;
    }
    participants.dedup();
    let mut unique = Vec::new();
    for p in participants {
        if !unique.contains(&p) {
            unique.push(p);
        }
    }
    if unique.len() < 2 {
        return None;
    }
    let status = status(a, sentence.clone(), k, trigger)?;
    let date = find_date(
        &a.doc,
        sentence.clone(),
        article_date,
        status == MeetingStatus::Planned,
    );
    let (date, date_inferred) = match date {
        Some(DateFound { date, inferred }) => (Some(date), inferred),
        None if status == MeetingStatus::Held => (article_date, article_date.is_some()),
        None => (None, false),
    };
    Some(FoundMeeting {
        participants: unique,
        place: place(a, sentence, k),
        date,
        date_inferred,
        status,
        trigger: k,
        tokens,
        lemma,
    })
}

fn irrealis(a: &Analysis, sentence: Range<usize>, k: usize) -> bool {
    let near = k.saturating_sub(4).max(sentence.start)..k;
    sentence
        .clone()
        .take_while(|&x| x < k)
        .any(|x| IRREALIS_MARKERS.contains(&a.doc.lower(x)))
        || near.clone().any(|x| a.doc.lower(x) == "nie")
        || a.doc.lower(k.saturating_sub(1)) == "bez"
}

/// A usable party: a person, group, country or organisation, not embedded in
/// another's description.
fn party(a: &Analysis, m: &Mention) -> bool {
    !m.embedded
        && matches!(
            a.kind_of(m),
            ActorKind::Person | ActorKind::Group | ActorKind::Country | ActorKind::Organization
        )
}

/// The coordinated mentions starting at token `from`: "Steve'em Witkoffem i Jaredem
/// Kushnerem", "Kiriłł Dmitrijew, uznawany za wysłannika Kremla, oraz Steve Witkoff".
fn mention_list(a: &Analysis, from: usize, end: usize) -> Vec<usize> {
    let doc = &a.doc;
    let mut out = Vec::new();
    let mut k = from;
    let mut after_separator = true;
    let mut in_apposition = false;
    while k < end {
        let here = a
            .mentions_in(k..(k + 8).min(end))
            .find(|m| (m.lead == k || m.tokens.start == k) && party(a, m));
        if after_separator && let Some(m) = here {
            out.push(m.entity);
            k = m.tokens.end;
            after_separator = false;
            in_apposition = false;
            continue;
        }
        if out.is_empty() {
            break;
        }
        let w = doc.lower(k);
        if doc.is_punct(k, ',') {
            in_apposition = !after_separator || in_apposition;
            after_separator = true;
        } else if matches!(w, "i" | "oraz" | "a") {
            after_separator = true;
        } else if in_apposition
            && doc.is_word(k)
            && !STOP_APPOSITION.contains(&w)
            && doc.lex.speech_verb(w).is_none()
        {
            after_separator = false;
        } else if !(in_apposition
            && doc.is_punct(k, '.')
            && matches!(doc.lower(k - 1), "ds" | "ws"))
        {
            break;
        }
        k += 1;
    }
    out
}

/// Words that end an apposition inside a list of participants.
const STOP_APPOSITION: &[&str] = &[
    "gdzie", "który", "która", "które", "którzy", "że", "iż", "aby", "by", "gdy", "kiedy",
];

fn parties(a: &Analysis, sentence: Range<usize>, k: usize, trigger: Trigger) -> Vec<usize> {
    let doc = &a.doc;
    let window = k + 1..(k + 10).min(sentence.end);
    let mut side_b = Vec::new();
    let mut side_a = Vec::new();
    for x in window.clone() {
        match doc.lower(x) {
            "z" | "ze" if side_b.is_empty() => side_b = mention_list(a, x + 1, sentence.end),
            "między" | "pomiędzy" if side_b.is_empty() => {
                return mention_list(a, x + 1, sentence.end);
            }
            "do" if matches!(trigger, Trigger::Verb(v) if v.lemma.ends_with("dzwonić")) => {
                side_b = mention_list(a, x + 1, sentence.end)
            }
            _ => {}
        }
        if doc.is_punct(x, ',') || doc.is_punct(x, '.') {
            break;
        }
    }
    match trigger {
        Trigger::Noun(_) => {
            // "spotkanie X z Y": X in the genitive right after the noun (or its adjective).
            let after = if doc.lex.meeting_nouns.contains_key(doc.lower(k + 1)) {
                k + 2
            } else {
                k + 1
            };
            if let Some(m) = a.mentions_in(after..after + 1).find(|m| party(a, m)) {
                side_a = mention_list(a, m.tokens.start, sentence.end);
                side_a.retain(|e| !side_b.contains(e));
            }
        }
        Trigger::Verb(v) => {
            side_a = verb_subjects(a, sentence.clone(), k);
            if side_b.is_empty()
                && matches!(
                    v.lemma,
                    "przyjąć"
                        | "przyjmować"
                        | "gościć"
                        | "ugościć"
                        | "odwiedzić"
                        | "odwiedzać"
                        | "powitać"
                        | "witać"
                )
            {
                side_b = mention_list(a, k + 1, sentence.end);
            }
        }
    }
    if side_a.is_empty() && !side_b.is_empty() {
        side_a = clause_subject(a, sentence, k).into_iter().collect();
    }
    side_a.into_iter().chain(side_b).collect()
}

/// Subjects of a meeting verb: "Nawrocki i Trump odbyli", "spotkali się X i Y".
fn verb_subjects(a: &Analysis, sentence: Range<usize>, k: usize) -> Vec<usize> {
    let after: Vec<usize> = {
        let mut x = k + 1;
        while matches!(a.doc.lower(x), "się" | "dziś" | "wczoraj" | "w" | "we") && x < sentence.end
        {
            x += 1;
        }
        a.mentions_in(x..x + 1)
            .filter(|m| party(a, m) && subject_capable(a, m))
            .map(|m| m.tokens.start)
            .collect()
    };
    if let Some(&start) = after.first() {
        return mention_list(a, start, sentence.end);
    }
    clause_subject(a, sentence.clone(), k)
        .map(|e| {
            let first = a
                .mentions
                .iter()
                .filter(|m| {
                    m.entity == e && sentence.contains(&m.tokens.start) && m.tokens.end <= k
                })
                .map(|m| m.tokens.start)
                .next_back();
            first.map_or(vec![e], |s| mention_list(a, s, k))
        })
        .unwrap_or_default()
}

/// The nearest subject before the trigger in its sentence (the person announcing a
/// meeting "with" someone takes part in it).
fn clause_subject(a: &Analysis, sentence: Range<usize>, k: usize) -> Option<usize> {
    let mut best = None;
    for m in a.mentions_in(sentence.start..k) {
        if m.tokens.end <= k && party(a, m) && subject_capable(a, m) {
            best = Some(m.entity);
        }
    }
    best
}

/// "W spotkaniu uczestniczyli A, B oraz C" in the trigger's sentence or the next one.
fn listed_participants(a: &Analysis, si: usize, k: usize) -> Option<(Range<usize>, Vec<usize>)> {
    for s in a.doc.sentences.iter().skip(si).take(2) {
        let start = if s.tokens.contains(&k) {
            k
        } else {
            s.tokens.start
        };
        for x in start..s.tokens.end {
            let Some(v) = a.doc.lex.meeting_verb(a.doc.lower(x)) else {
                continue;
            };
            if !PARTICIPATION_VERBS.contains(&v.lemma) {
                continue;
            }
            let mentioned = (s.tokens.start..s.tokens.end)
                .any(|y| a.doc.lex.meeting_nouns.contains_key(a.doc.lower(y)));
            if !mentioned {
                continue;
            }
            let first = a.mentions_in(x + 1..s.tokens.end).find(|m| party(a, m))?;
            return Some((
                s.tokens.clone(),
                mention_list(a, first.tokens.start, s.tokens.end),
            ));
        }
    }
    None
}

fn status(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
    trigger: Trigger,
) -> Option<MeetingStatus> {
    let doc = &a.doc;
    let verb = match trigger {
        Trigger::Verb(v) => Some(v),
        Trigger::Noun(_) => sentence
            .clone()
            .filter_map(|x| doc.lex.meeting_verb(doc.lower(x)))
            .find(|v| v.tense != Tense::Participle),
    };
    let future_word = sentence
        .clone()
        .any(|x| FUTURE_MARKERS.contains(&doc.lower(x)));
    let planned = match verb {
        Some(v) if v.tense == Tense::NonPast && v.aspect == Aspect::Perfective => true,
        Some(v) if v.tense == Tense::Infinitive => true,
        Some(v) if matches!(v.tense, Tense::Past | Tense::Impersonal) => {
            // "zaplanował spotkanie" is past, but the meeting is ahead.
            matches!(
                v.lemma,
                "zaplanować" | "planować" | "zaprosić" | "zapraszać"
            ) || future_word && x_after_past(doc, k)
        }
        _ => future_word,
    };
    Some(if planned {
        MeetingStatus::Planned
    } else {
        MeetingStatus::Held
    })
}

/// A future marker right before the trigger noun: "planowane spotkanie".
fn x_after_past(doc: &super::doc::Doc, k: usize) -> bool {
    k > 0 && FUTURE_MARKERS.contains(&doc.lower(k - 1))
}

/// The place: "w Davos", "na Kremlu", "w Białym Domu", nearest to the trigger.
fn place(a: &Analysis, sentence: Range<usize>, k: usize) -> Option<String> {
    let doc = &a.doc;
    let mut best: Option<(usize, &'static str)> = None;
    for x in sentence.clone() {
        if !matches!(doc.lower(x), "w" | "we" | "na" | "do")
            && doc
                .lex
                .meeting_verb(doc.lower(x))
                .is_none_or(|v| !v.lemma.starts_with("odwiedz"))
        {
            continue;
        }
        let Some((entry, _)) = doc.lex.places.match_at(doc.text, &doc.tokens, x + 1) else {
            continue;
        };
        let distance = x.abs_diff(k) + if doc.lower(x) == "do" { 20 } else { 0 };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, doc.lex.places.name(entry)));
        }
    }
    best.map(|(_, name)| name.to_string())
}
