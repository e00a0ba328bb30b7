//! Meetings: a trigger (spotkanie, rozmowy, wizyta; spotkał się, rozmawiali,
//! przyjął, zadzwonił) with at least two identifiable parties, its place, date and
//! whether it was held or is planned.

pub(crate) mod parties;
mod setting;

use std::ops::Range;

use crate::extract::analysis::Analysis;
use crate::extract::dates::{DateFound, find_date};
use crate::extract::found::FoundMeeting;
use crate::extract::lang::pl::{
    CANCELLED, PARTICIPATION_VERBS, PROCESS_NOUNS, TAKING_PLACE, VERB_TRIGGERS,
};
use crate::extract::lang::{Aspect, Tense, VerbForm, class};
use crate::model::{ActorKind, Date, MeetingStatus};
use parties::{after_trigger, further_counterparts, mention_list, parties, party, with_list};

#[derive(Debug, Clone, Copy)]
pub(crate) enum Trigger {
    Noun(&'static str),
    Verb(VerbForm),
}

/// Status, and whether a verb or a time word in the sentence states it (a bare
/// later mention, "w rozmowie z Kallas", does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Status {
    status: MeetingStatus,
    explicit: bool,
}

pub fn find_meetings(
    a: &Analysis,
    article_date: Option<Date>,
    quoted: &dyn Fn(usize) -> bool,
) -> Vec<FoundMeeting> {
    let mut out: Vec<(FoundMeeting, bool, usize)> = Vec::new();
    for (si, s) in a.doc.sentences.iter().enumerate() {
        // The sentence listing the last meeting's participants is part of it.
        if out
            .last()
            .is_some_and(|(m, _, _)| m.tokens.end >= s.tokens.end)
        {
            continue;
        }
        let triggers = s
            .tokens
            .clone()
            .filter(|&k| !quoted(k))
            .filter_map(|k| trigger_at(a, k).map(|t| (k, t)));
        for (k, trigger) in triggers {
            let Some(status) = status(a, s.tokens.clone(), k, trigger) else {
                continue;
            };
            // The one whose meetings the last sentences reported.
            let recent_owner = out
                .last()
                .filter(|(_, _, at)| *at + 2 >= si)
                .and_then(|(m, _, _)| m.participants.first().copied());
            match meeting_at(a, si, k, trigger, status, article_date, recent_owner) {
                Some(m) => {
                    // A later trigger in the sentence is the same meeting again unless
                    // it names other parties.
                    let earlier = an_earlier_one(a, k);
                    for m in split_counterparts(a, s.tokens.clone(), k, trigger, m) {
                        // "ich pierwsze spotkanie" is never the one just told.
                        let repeated = if earlier {
                            None
                        } else {
                            out.iter_mut().find(|(o, _, at)| {
                                same_meeting(o, &m, status)
                                    || *at == si
                                        && m.participants.iter().all(|p| o.participants.contains(p))
                            })
                        };
                        match repeated {
                            // Told again, it may say where it was.
                            Some((o, _, _)) => {
                                if o.place.is_none() {
                                    o.place = m.place;
                                }
                            }
                            None => out.push((m, status.explicit, si)),
                        }
                    }
                }
                None => {
                    join_last(a, &mut out, si, s.tokens.clone());
                    fill_from_reference(a, &mut out, si, s.tokens.clone(), status, article_date)
                }
            }
        }
    }
    setting::place_by_setting(a, &mut out);
    out.into_iter().map(|(m, _, _)| m).collect()
}

/// "spotkał się z kanclerz Niemiec oraz z jej następcą": one meeting per "z" phrase
/// of a meeting verb, each with the verb's subjects.
fn split_counterparts(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
    trigger: Trigger,
    m: FoundMeeting,
) -> Vec<FoundMeeting> {
    if let Some(split) = bilateral(a, sentence.clone(), k, &m) {
        return split;
    }
    let Trigger::Verb(_) = trigger else {
        return vec![m];
    };
    let further = further_counterparts(a, sentence.clone(), k);
    if further.is_empty() {
        return vec![m];
    }
    let first = with_list(a, after_trigger(k, &sentence), sentence.end);
    let subjects: Vec<usize> = m
        .participants
        .iter()
        .copied()
        .filter(|p| !first.contains(p) && !further.iter().any(|g| g.contains(p)))
        .collect();
    if subjects.is_empty() || first.is_empty() {
        return vec![m];
    }
    std::iter::once(first)
        .chain(further)
        .map(|group| {
            let mut participants = subjects.clone();
            participants.extend(group.into_iter().filter(|p| !subjects.contains(p)));
            FoundMeeting {
                participants,
                ..m.clone()
            }
        })
        .collect()
}

/// "rozmowy dwustronne z ministrami Kanady i Austrii": a bilateral meeting with each
/// party listed after "z", not one meeting of all.
fn bilateral(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
    m: &FoundMeeting,
) -> Option<Vec<FoundMeeting>> {
    let near = k.saturating_sub(1).max(sentence.start)..(k + 2).min(sentence.end);
    if !near
        .into_iter()
        .any(|x| a.doc.lower(x).starts_with("dwustronn"))
    {
        return None;
    }
    let others = with_list(a, after_trigger(k, &sentence), sentence.end);
    let hosts: Vec<usize> = m
        .participants
        .iter()
        .copied()
        .filter(|p| !others.contains(p))
        .collect();
    if others.len() < 2 || hosts.is_empty() {
        return None;
    }
    let one_each = others.iter().map(|&o| {
        let mut participants = hosts.clone();
        participants.push(o);
        FoundMeeting {
            participants,
            ..m.clone()
        }
    });
    Some(one_each.collect())
}

/// "Do rozmowy dojdzie w piątek w Rzymie": a sentence that only refers back to the
/// meeting just reported can still give its place and date.
fn fill_from_reference(
    a: &Analysis,
    out: &mut [(FoundMeeting, bool, usize)],
    si: usize,
    sentence: Range<usize>,
    status: Status,
    article_date: Option<Date>,
) {
    let Some((last, _, at)) = out.last_mut() else {
        return;
    };
    if *at + 2 < si || !status.explicit || last.status != status.status {
        return;
    }
    if last.place.is_none() {
        last.place = place(a, sentence.clone(), sentence.start);
    }
    if (last.date.is_none() || last.date_inferred && last.status == MeetingStatus::Held)
        && let Some(DateFound { date, inferred }) = find_date(
            &a.doc,
            sentence,
            article_date,
            last.status == MeetingStatus::Planned,
        )
    {
        last.date = Some(date);
        last.date_inferred = inferred;
    }
}

/// "W rozmowach wziął też udział szef dyplomacji Turcji": a sentence that adds a
/// participant to the meeting just reported, and may give its place.
fn join_last(
    a: &Analysis,
    out: &mut [(FoundMeeting, bool, usize)],
    si: usize,
    sentence: Range<usize>,
) {
    let Some((last, _, at)) = out.last_mut() else {
        return;
    };
    let also = says_also(a, sentence.clone());
    let Some(verb) = sentence.clone().find(|&x| takes_part(a, x)) else {
        return;
    };
    if *at + 2 < si || !also {
        return;
    }
    let joined = taking_part(a, verb, sentence.end);
    if joined.is_empty() {
        return;
    }
    add_new(&mut last.participants, joined);
    if last.place.is_none() {
        last.place = place(a, sentence.clone(), sentence.start);
    }
}

/// "ich pierwsze spotkanie", "poprzednia rozmowa": a meeting before the one the
/// text reports, not a repeat of it.
pub(super) fn an_earlier_one(a: &Analysis, k: usize) -> bool {
    (k.saturating_sub(2)..k).any(|x| {
        let w = a.doc.lower(x);
        ["pierwsz", "poprzedni", "wcześniejsz"]
            .iter()
            .any(|stem| w.starts_with(stem))
    })
}

/// A later mention of the same parties is the same meeting, unless its own verb
/// says otherwise ("odbyli rozmowę telefoniczną" after a planned visit).
fn same_meeting(a: &FoundMeeting, b: &FoundMeeting, b_status: Status) -> bool {
    let mut x = a.participants.clone();
    let mut y = b.participants.clone();
    x.sort_unstable();
    y.sort_unstable();
    x == y && (a.status == b.status || !b_status.explicit)
}

pub(crate) fn trigger_at(a: &Analysis, k: usize) -> Option<Trigger> {
    if let Some(n) = a.doc.meeting_noun(k) {
        return Some(Trigger::Noun(n.lemma));
    }
    let v = a.doc.meeting_verb(k)?;
    VERB_TRIGGERS.contains(&v.lemma).then_some(Trigger::Verb(v))
}

fn meeting_at(
    a: &Analysis,
    si: usize,
    k: usize,
    trigger: Trigger,
    status: Status,
    article_date: Option<Date>,
    recent_owner: Option<usize>,
) -> Option<FoundMeeting> {
    let sentence = a.doc.sentences[si].tokens.clone();
    let lemma = match trigger {
        Trigger::Noun(l) => l,
        Trigger::Verb(v) => v.lemma,
    };
    // "na marginesie szczytu NATO", "przy okazji forum": the occasion of a meeting,
    // not one.
    let occasion = k >= 2
        && matches!(
            (a.doc.lower(k - 2), a.doc.lower(k - 1)),
            ("na", "marginesie") | ("przy", "okazji")
        );
    if occasion || irrealis(a, sentence.clone(), k) {
        return None;
    }
    if matches!(lemma, "spotkać" | "spotykać") {
        // "spotkał się z Y" meets; "spotkała się z krytyką" does not.
        let reflexive =
            (k.saturating_sub(2)..(k + 3).min(a.doc.len())).any(|x| a.doc.lower(x) == "się");
        if !reflexive {
            return None;
        }
    }
    let place = place(a, sentence.clone(), k);
    let date = find_date(
        &a.doc,
        sentence.clone(),
        article_date,
        status.status == MeetingStatus::Planned,
    );
    // Negotiations and consultations are often a process, not a meeting: they need a
    // verb, a place or a date to count.
    if PROCESS_NOUNS.contains(&lemma) && !status.explicit && place.is_none() && date.is_none() {
        return None;
    }
    let mut tokens = sentence.clone();
    let mut participants = parties(a, sentence.clone(), k, trigger);
    // "Spotkał się z A. W planach jest także rozmowa z B": one more meeting of the
    // person the last ones were about.
    let also = says_also(a, sentence.clone());
    let ownerless = matches!(trigger, Trigger::Noun(_))
        && participants.len() == 1
        && !a.mentions_in(sentence.start..k).any(|m| party(a, m));
    if let Some(owner) = recent_owner.filter(|o| also && ownerless && !participants.contains(o)) {
        participants.insert(0, owner);
    }
    if let Some((next, listed)) = listed_participants(a, si, k)
        && listed.len() >= 2
    {
        // "W rozmowach uczestniczyli także …" adds to the parties already named.
        let also = says_also(a, next.clone());
        if !also || participants.len() < 2 {
            participants.clear();
        }
        add_new(&mut participants, listed);
        tokens.end = next.end;
    }
    if participants.len() < 2 {
        return None;
    }
    let (date, date_inferred) = match date {
        Some(DateFound { date, inferred }) => (Some(date), inferred),
        None if status.status == MeetingStatus::Held => (article_date, article_date.is_some()),
        None => (None, false),
    };
    Some(FoundMeeting {
        participants,
        place,
        date,
        date_inferred,
        status: status.status,
        trigger: k,
        tokens,
        lemma,
    })
}

/// Denied or hypothetical: "nie doszło do spotkania", "do spotkania … nie doszło",
/// "gdyby doszło", "ewentualne".
pub(crate) fn irrealis(a: &Analysis, sentence: Range<usize>, k: usize) -> bool {
    let end = sentence.end;
    let near = k.saturating_sub(4).max(sentence.start)..k;
    // "Spotkanie … zostało odwołane": a cancellation anywhere in the sentence.
    sentence
        .clone()
        .any(|x| CANCELLED.contains(&a.doc.lower(x)))
        || (sentence.start..k).any(|x| a.doc.has(x, class::IRREALIS))
        || near.clone().any(|x| a.doc.lower(x) == "nie")
        || a.doc.lower(k.saturating_sub(1)) == "bez"
        || (k..end).any(|x| a.doc.lower(x) == "nie" && TAKING_PLACE.contains(&a.doc.lower(x + 1)))
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
            if !takes_part(a, x) || !s.tokens.clone().any(|y| a.doc.meeting_noun(y).is_some()) {
                continue;
            }
            let listed = taking_part(a, x, s.tokens.end);
            if listed.is_empty() {
                return None;
            }
            let mut listed = named_after_colon(a, x, s.tokens.end, listed);
            // "…, natomiast delegacji Iranu przewodniczył minister X": each side's
            // people, in clauses of their own.
            for y in (x + 1..s.tokens.end).filter(|&y| takes_part(a, y)) {
                add_new(&mut listed, taking_part(a, y, s.tokens.end));
            }
            return Some((s.tokens.clone(), listed));
        }
    }
    None
}

/// The parties listed after the verb of taking part at `verb`, up to `end`.
fn taking_part(a: &Analysis, verb: usize, end: usize) -> Vec<usize> {
    a.mentions_in(verb..end)
        .find(|m| party(a, m))
        .map(|m| mention_list(a, m.lead.min(m.tokens.start), end))
        .unwrap_or_default()
}

/// "także", "również", "też" somewhere in `tokens`: more of what was said before.
fn says_also(a: &Analysis, mut tokens: Range<usize>) -> bool {
    tokens.any(|x| matches!(a.doc.lower(x), "także" | "również" | "też"))
}

/// Appends the entities of `more` not yet in `list`, in order.
fn add_new(list: &mut Vec<usize>, more: Vec<usize>) {
    for e in more {
        if !list.contains(&e) {
            list.push(e);
        }
    }
}

/// A verb of taking part at token `x`, not denied: "wziął udział", "uczestniczyli";
/// "nie weźmie udziału" declines.
fn takes_part(a: &Analysis, x: usize) -> bool {
    let denied = (x.saturating_sub(2)..x).any(|y| a.doc.lower(y) == "nie");
    !denied
        && a.doc
            .meeting_verb(x)
            .is_some_and(|v| PARTICIPATION_VERBS.contains(&v.lemma))
}

/// "uczestniczyli przywódcy Francji i Niemiec: Jan Nowak i Anna Kowalska": the
/// people named after a colon are the ones the list before it describes.
fn named_after_colon(a: &Analysis, from: usize, end: usize, listed: Vec<usize>) -> Vec<usize> {
    let Some(colon) = (from..end).find(|&x| a.doc.is_punct(x, ':')) else {
        return listed;
    };
    let named = mention_list(a, colon + 1, end);
    let people = named
        .iter()
        .all(|&e| a.entities[e].kind == ActorKind::Person);
    if named.len() >= 2 && people && named.len() >= listed.len() {
        named
    } else {
        listed
    }
}

pub(crate) fn status(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
    trigger: Trigger,
) -> Option<Status> {
    let doc = &a.doc;
    let verb = match trigger {
        Trigger::Verb(v) => Some(v),
        Trigger::Noun(_) => sentence
            .clone()
            .filter_map(|x| doc.meeting_verb(x))
            .find(|v| {
                v.tense != Tense::Participle && !PARTICIPATION_VERBS.contains(&v.lemma)
                    || v.lemma == "wziąć" && v.tense == Tense::NonPast
            }),
    };
    // "ostatniego spotkania", "po niedawnym spotkaniu": a meeting already held,
    // whatever else the sentence plans.
    let past = matches!(trigger, Trigger::Noun(_))
        && (k.saturating_sub(2)..k).any(|x| {
            let w = doc.lower(x);
            ["ostatni", "niedawn", "wczorajsz"]
                .iter()
                .any(|p| w.starts_with(p))
        });
    if past {
        return Some(Status {
            status: MeetingStatus::Held,
            explicit: true,
        });
    }
    let future_word = sentence.clone().any(|x| doc.has(x, class::FUTURE));
    let planned = match verb {
        Some(v) if v.tense == Tense::NonPast => v.aspect == Aspect::Perfective || future_word,
        Some(v) if v.tense == Tense::Infinitive => true,
        // "zaprosił" and "zaplanował" are past, but the meeting is ahead.
        Some(v) => {
            matches!(
                v.lemma,
                "zaplanować" | "planować" | "zaprosić" | "zapraszać"
            ) || k > 0 && doc.has(k - 1, class::FUTURE)
        }
        None => future_word,
    };
    let status = if planned {
        MeetingStatus::Planned
    } else {
        MeetingStatus::Held
    };
    Some(Status {
        status,
        explicit: verb.is_some() || future_word,
    })
}

/// The place: "w Davos", "na Kremlu", "odwiedzi Kijów", "zaprosił do Berlina",
/// nearest to the trigger.
fn place(a: &Analysis, sentence: Range<usize>, k: usize) -> Option<String> {
    let doc = &a.doc;
    let mut best: Option<(usize, &'static str)> = None;
    for x in sentence.clone() {
        let w = doc.lower(x);
        let visit = doc.meeting_verb(x).is_some_and(|v| {
            setting::ARRIVING.contains(&v.lemma) || matches!(v.lemma, "zaprosić" | "zapraszać")
        });
        let located = matches!(w, "w" | "we" | "na");
        let candidates: Vec<usize> = if located {
            // "w paryskim Pałacu Elizejskim": past a place's own adjective.
            let adjective = !doc.is_capitalized(x + 1)
                && ["skim", "ckim", "skiej", "ckiej"]
                    .iter()
                    .any(|end| doc.lower(x + 1).ends_with(end));
            if adjective {
                vec![x + 1, x + 2]
            } else {
                vec![x + 1]
            }
        } else if visit {
            (x + 1..(x + 5).min(sentence.end))
                .filter(|&y| doc.lower(y - 1) != "z")
                .collect()
        } else {
            continue;
        };
        for y in candidates {
            let Some((entry, n)) = doc.phrase_at(&doc.lex.places, y) else {
                continue;
            };
            // "atak na Kijów": after "w" or "na" a place is where something happens
            // in its locative ("w Kijowie"); a declinable name in the nominative's
            // form is where something goes. ("w Davos" reads the same in every case.)
            let span = doc.span_of(y..y + n);
            let name = doc.lex.places.name(entry);
            if located && doc.lex.places.declines(entry) && &doc.text[span.range()] == name {
                continue;
            }
            let distance = x.abs_diff(k);
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, doc.lex.places.name(entry)));
            }
        }
    }
    best.map(|(_, name)| name.to_string())
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
