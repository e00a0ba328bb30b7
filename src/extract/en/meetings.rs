//! English meetings: "X met Y", "X and Y held talks", "talks between X and Y",
//! "a phone call with Y", "will meet", "are due to meet", with place and date.

use std::ops::Range;

use crate::extract::analysis::{Analysis, Mention};
use crate::extract::dates::weekday_near;
use crate::extract::en::pairs::pair_for;
use crate::extract::en::places::{later_place, meeting_place};
use crate::extract::en::roles::{bare_role_at, role_determiner};
use crate::extract::found::FoundMeeting;
use crate::extract::lang::class;
use crate::extract::lang::en::{WEEKDAYS, pronoun_gender};
use crate::extract::speaker::subject_capable;
use crate::model::{ActorKind, Date, MeetingStatus};

pub fn find_meetings(
    a: &Analysis,
    article_date: Option<Date>,
    quoted: &dyn Fn(usize) -> bool,
) -> Vec<FoundMeeting> {
    let doc = &a.doc;
    let mut out: Vec<(FoundMeeting, bool)> = Vec::new();
    for s in &doc.sentences {
        let triggers = s.tokens.clone().filter(|&k| !quoted(k));
        for k in triggers {
            let lemma = match (doc.meeting_noun(k), doc.meeting_verb(k)) {
                (Some(n), _) => n.lemma,
                (_, Some(v)) => v.lemma,
                _ => continue,
            };
            // "spoke" is a meeting only as a call: "by phone", "on the telephone".
            let phone = |x: usize| matches!(doc.lower(x), "phone" | "telephone");
            if lemma == "speak" && !s.tokens.clone().any(phone) {
                continue;
            }
            if denied(a, s.tokens.start, k) {
                continue;
            }
            let participants = parties(a, s.tokens.clone(), k);
            if participants.len() < 2 {
                continue;
            }
            let (status, explicit) = status(a, s.tokens.clone(), k);
            let date = written_date(
                a,
                s.tokens.clone(),
                article_date,
                status == MeetingStatus::Planned,
            );
            let (date, date_inferred) = match (date, status) {
                (Some(d), _) => (Some(d), true),
                (None, MeetingStatus::Held) => (article_date, article_date.is_some()),
                (None, MeetingStatus::Planned) => (None, false),
            };
            let m = FoundMeeting {
                participants,
                place: meeting_place(doc, s.tokens.clone(), k).map(str::to_string),
                date,
                date_inferred,
                status,
                trigger: k,
                tokens: s.tokens.clone(),
                lemma,
            };
            record(&mut out, m, explicit, a);
            break;
        }
    }
    out.into_iter().map(|(m, _)| m).collect()
}

/// Adds a meeting unless it repeats one found before; a later sentence about the
/// same meeting may say where it was.
fn record(out: &mut Vec<(FoundMeeting, bool)>, m: FoundMeeting, explicit: bool, a: &Analysis) {
    let repeat = out
        .iter_mut()
        .find(|(o, _)| same_parties(o, &m) && (o.status == m.status || !explicit));
    match repeat {
        Some((o, _)) => {
            let later = later_place(&a.doc, m.tokens.clone(), m.trigger).map(str::to_string);
            o.place = o.place.take().or(later);
        }
        None => out.push((m, explicit)),
    }
}

fn same_parties(a: &FoundMeeting, b: &FoundMeeting) -> bool {
    let (mut x, mut y) = (a.participants.clone(), b.participants.clone());
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

/// "did not meet", "if they meet", "could meet": no meeting.
fn denied(a: &Analysis, start: usize, k: usize) -> bool {
    let from = k.saturating_sub(6).max(start);
    (from..k).any(|x| a.doc.has(x, class::IRREALIS) && !matches!(a.doc.lower(x), "called" | "off"))
}

fn party(a: &Analysis, m: &Mention) -> bool {
    let at_place = a.kind_of(m) != ActorKind::Person
        && matches!(
            a.doc.lower(m.tokens.start.saturating_sub(1)),
            "in" | "at" | "to"
        );
    !m.embedded
        && !at_place
        && matches!(
            a.kind_of(m),
            ActorKind::Person | ActorKind::Group | ActorKind::Country | ActorKind::Organization
        )
}

/// The party whose phrase (role included) starts at `k`, past "the", or named in
/// an apposition after its role: "the secretary of state, Marco Rubio".
fn party_at<'a>(a: &'a Analysis, k: usize) -> Option<&'a Mention> {
    let k = if role_determiner(a.doc.lower(k)) {
        k + 1
    } else {
        k
    };
    // "the U.S. Secretary of State, Rex Tillerson": a country before a title
    // describes the one named after it.
    let describes =
        |m: &Mention| a.kind_of(m) == ActorKind::Country && a.doc.role(m.tokens.end).is_some();
    if let Some(m) = a
        .mentions_in(k..k + 8)
        .find(|m| (m.lead == k || m.tokens.start == k) && party(a, m) && !describes(m))
    {
        return Some(m);
    }
    let comma = (k..k + 10).find(|&x| a.doc.is_punct(x, ','))?;
    if comma == k || a.doc.role(comma - 1).is_none() || !(k..comma).all(|x| role_phrase(a, x)) {
        return None;
    }
    // The name right after the comma (a comma starts no mention).
    a.mentions_in(comma..comma + 2).find(|m| party(a, m))
}

/// A word of a role phrase before its holder's name: role words, "of", "for",
/// possessors ("the EU's"), and lowercase modifiers ("foreign policy chief").
fn role_phrase(a: &Analysis, x: usize) -> bool {
    let word = a.doc.word(x);
    // "the U.S. Secretary of State, Rex Tillerson": a country, its letters and dots.
    let country = a.doc.phrase_at(&a.doc.lex.countries, x).is_some()
        || a.doc.is_punct(x, '.')
        || word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    a.doc.role(x).is_some()
        || country
        || matches!(a.doc.lower(x), "of" | "for")
        || word.ends_with("'s")
        || word.ends_with("’s")
        || word.chars().all(|c| c.is_lowercase())
}

/// "Saudi Crown Prince Mohammed bin Salman and EU leaders": coordinated parties.
fn party_list(a: &Analysis, from: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = from;
    while k < end {
        let Some(m) = party_at(a, k) else { break };
        // "… with President Macron, Kremlin spokesman Dmitry Peskov told reporters":
        // after a comma, the one who reports is no party.
        let reports = a.doc.speech_verb(m.tokens.end).is_some()
            || matches!(a.doc.lower(m.tokens.end), "has" | "had")
                && a.doc.speech_verb(m.tokens.end + 1).is_some();
        if !out.is_empty() && reports {
            break;
        }
        out.push(m.entity);
        k = m.tokens.end;
        if a.doc.is_punct(k, ',') {
            k += 1;
        }
        if a.doc.lower(k) != "and" && !a.doc.is_punct(k - 1, ',') {
            break;
        }
        if a.doc.lower(k) == "and" {
            k += 1;
        }
    }
    out
}

fn parties(a: &Analysis, sentence: Range<usize>, k: usize) -> Vec<usize> {
    let doc = &a.doc;
    if let Some(pair) = pair_for(a, sentence.start, k) {
        return pair.map(Vec::from).unwrap_or_default();
    }
    // The trigger and the eight words after it (the trigger itself is neither
    // "between" nor "with").
    let window = k..(k + 9).min(sentence.end);
    if let Some(x) = window.clone().find(|&x| doc.lower(x) == "between") {
        return party_list(a, x + 1, sentence.end);
    }
    // "talks with X", "spoke to X by phone".
    let partner = |x: usize| {
        doc.lower(x) == "with"
            || doc.lower(x) == "to"
                && matches!(
                    doc.lower(k),
                    "spoke" | "spoken" | "speak" | "speaks" | "talked"
                )
    };
    let mut other = window
        .clone()
        .find(|&x| partner(x))
        .map(|x| party_list(a, x + 1, sentence.end))
        .unwrap_or_default();
    if other.is_empty() && doc.meeting_verb(k).is_some() {
        other = party_list(a, k + 1, sentence.end);
    }
    let mut first = subjects_before(a, sentence.start, k);
    // "He is expected to meet …": the pronoun subject's antecedent.
    if first.is_empty()
        && let Some(e) = (sentence.start..k)
            .find(|&x| pronoun_gender(doc.lower(x)).is_some())
            .and_then(|x| pronoun_antecedent(a, x))
    {
        first.push(e);
    }
    first.retain(|e| !other.contains(e));
    first.extend(
        other
            .into_iter()
            .filter(|e| !first.contains(e))
            .collect::<Vec<_>>(),
    );
    first
}

/// The subject nearest before the trigger in its clause, with those coordinated
/// with it: "Russia and the United States will hold talks".
fn subjects_before(a: &Analysis, start: usize, k: usize) -> Vec<usize> {
    let doc = &a.doc;
    // A "that" clause holds the trigger only if no comma closed it before.
    let clause_start = (start..k)
        .rev()
        .take_while(|&x| !doc.is_punct(x, ','))
        .find(|&x| doc.lower(x) == "that")
        .unwrap_or(start);
    let Some(nearest) = a
        .mentions_in(clause_start..k)
        .filter(|m| {
            m.tokens.end <= k
                && party(a, m)
                && (subject_capable(a, m) || doc.word(m.tokens.end - 1).ends_with("'s"))
        })
        .last()
    else {
        return Vec::new();
    };
    let mut out = vec![nearest.entity];
    let mut from = nearest.lead.min(nearest.tokens.start);
    loop {
        let x = phrase_start(a, clause_start, from);
        if x <= clause_start || doc.lower(x - 1) != "and" {
            break;
        }
        let previous = a
            .mentions_in(clause_start..x)
            .filter(|m| m.tokens.end == x - 1 && party(a, m))
            .last();
        match previous {
            Some(m) => {
                out.insert(0, m.entity);
                from = m.lead.min(m.tokens.start);
            }
            None => {
                // "he and Rubio are due to meet": the pronoun's antecedent.
                if x >= clause_start + 2
                    && let Some(e) = pronoun_antecedent(a, x - 2).filter(|e| !out.contains(e))
                {
                    out.insert(0, e);
                }
                break;
            }
        }
    }
    out
}

/// Where the phrase of a party starting at `x` begins, past its determiner and a
/// role set off before it ("X and his Japanese counterpart, Y,").
fn phrase_start(a: &Analysis, clause_start: usize, mut x: usize) -> usize {
    let doc = &a.doc;
    if x > clause_start && doc.is_punct(x - 1, ',') {
        // A role set off by commas starts at its own determiner, "his".
        x = (x.saturating_sub(7).max(clause_start)..x)
            .find(|&r| bare_role_at(doc, r).is_some_and(|(t, _)| t.end == x - 1))
            .unwrap_or(x);
    }
    if x > clause_start && role_determiner(doc.lower(x - 1)) {
        x -= 1;
    }
    x
}

/// The person "he" or "she" at `k` stands for: the most recent person of that
/// gender named before it in the same or the previous paragraph.
fn pronoun_antecedent(a: &Analysis, k: usize) -> Option<usize> {
    let gender = pronoun_gender(a.doc.lower(k))?;
    let paragraph = a.doc.sentence_of(k)?.paragraph;
    let before = a.mentions.partition_point(|m| m.tokens.start < k);
    a.mentions[..before]
        .iter()
        .rev()
        .take_while(|m| {
            a.doc
                .sentence_of(m.tokens.start)
                .is_some_and(|s| s.paragraph + 1 >= paragraph)
        })
        .find(|m| {
            let e = &a.entities[m.entity];
            e.kind == ActorKind::Person && e.gender.is_none_or(|g| g == gender)
        })
        .map(|m| m.entity)
}

/// Planned when a future word stands in the clause ("will", "due to", "next week"),
/// held otherwise; and whether the sentence says so itself.
fn status(a: &Analysis, sentence: Range<usize>, k: usize) -> (MeetingStatus, bool) {
    let doc = &a.doc;
    // The clause around the trigger decides, not the verb that reports it.
    let clause_start = (sentence.start..k)
        .rev()
        .find(|&x| doc.lower(x) == "that" || doc.is_punct(x, ','))
        .unwrap_or(sentence.start);
    let clause = clause_start..(k + 8).min(sentence.end);
    let past = clause.clone().any(|x| {
        matches!(
            doc.lower(x),
            "met"
                | "held"
                | "arrived"
                | "travelled"
                | "traveled"
                | "flew"
                | "came"
                | "visited"
                | "hosted"
                | "received"
                | "spoke"
                | "had"
                | "last"
                | "discussed"
                | "was"
                | "were"
        )
    });
    let future =
        clause.clone().any(|x| doc.has(x, class::FUTURE)) || doc.lower(k.saturating_sub(1)) == "to";
    let status = if future && !past {
        MeetingStatus::Planned
    } else {
        MeetingStatus::Held
    };
    (status, future || past)
}

/// "on Tuesday", "yesterday", "today", "tomorrow", resolved against the article date.
fn written_date(
    a: &Analysis,
    sentence: Range<usize>,
    article: Option<Date>,
    ahead: bool,
) -> Option<Date> {
    let base = article?;
    let doc = &a.doc;
    for x in sentence {
        let days = match doc.lower(x) {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(d) = days {
            return Some(base.add_days(d));
        }
        // "announced on Wednesday": the day the news was given, not the meeting's.
        let reported_day = x > 0 && doc.speech_verb(x - 1).is_some();
        if doc.lower(x) == "on"
            && !reported_day
            && let Some(day) = WEEKDAYS.iter().position(|w| *w == doc.lower(x + 1))
        {
            return Some(weekday_near(base, day, ahead));
        }
    }
    None
}

#[cfg(test)]
#[path = "meetings_tests.rs"]
mod tests;
