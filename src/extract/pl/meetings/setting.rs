//! Where a meeting is when its own sentence does not say: the place the article
//! last took its people to. Reports name the place once, with the visit or the
//! summit ("szczyt w Paryżu", "przybył do Brukseli"), and the meetings that follow
//! are there ("Spotkał się tam z…", "W szczycie uczestniczyli…").

use std::ops::Range;

use super::{an_earlier_one, place, status, trigger_at};
use crate::extract::analysis::Analysis;
use crate::extract::found::FoundMeeting;
use crate::extract::lang::Tense;
use crate::model::MeetingStatus;

/// Verbs of getting somewhere: they set the scene without being meetings, and
/// the place after them is where the people went ("przybył do Brukseli").
pub(super) const ARRIVING: &[&str] = &[
    "przyjechać",
    "przylecieć",
    "przybyć",
    "przybywać",
    "dotrzeć",
    "docierać",
    "odwiedzić",
    "odwiedzać",
    "udać",
    "udawać",
];

/// Where a sentence takes its people, and whether they are there or will be.
struct Scene {
    place: String,
    status: MeetingStatus,
    people: Vec<usize>,
}

/// Gives each meeting without a place (`found` holds each meeting with the index
/// of its sentence, in text order) the place of the latest scene up to its
/// sentence that has one of its participants and its status: the people who
/// came to Brussels meet there, not whoever the article names next. A phone
/// call or a video link is nowhere, and "their first meeting" was somewhere else.
pub(super) fn place_by_setting(a: &Analysis, found: &mut [(FoundMeeting, bool, usize)]) {
    let mut scenes: Vec<Scene> = Vec::new();
    let mut next = 0;
    for (si, s) in a.doc.sentences.iter().enumerate() {
        // Nothing after the last meeting's sentence can set its scene.
        if next == found.len() {
            break;
        }
        scenes.extend(scene(a, s.tokens.clone()));
        while next < found.len() && found[next].2 <= si {
            let m = &mut found[next].0;
            if m.place.is_none() && !remote(a, m) && !an_earlier_one(a, m.trigger) {
                // Plans are made where the people are; what was held, only
                // where they were.
                let set = scenes.iter().rev().find(|c| {
                    (c.status == m.status || m.status == MeetingStatus::Planned)
                        && m.participants.iter().any(|p| c.people.contains(p))
                });
                m.place = set.map(|c| c.place.clone());
            }
            next += 1;
        }
    }
}

/// The place a sentence sets: where a verb of arriving takes its people or
/// where they are ("był w Paryżu"), else where its first meeting word is.
fn scene(a: &Analysis, sentence: Range<usize>) -> Option<Scene> {
    let arriving = sentence
        .clone()
        .rev()
        .find_map(|k| being_there(a, k).map(|status| (k, status)));
    let (k, status) = arriving.or_else(|| {
        sentence.clone().find_map(|k| {
            let trigger = trigger_at(a, k)?;
            Some((k, status(a, sentence.clone(), k, trigger)?.status))
        })
    })?;
    Some(Scene {
        place: place(a, sentence.clone(), k)?,
        status,
        people: a.mentions_in(sentence).map(|m| m.entity).collect(),
    })
}

/// A verb of arriving at `k`, or a form of "być" right before "w Paryżu": whether
/// the people were or will be at the place after it.
fn being_there(a: &Analysis, k: usize) -> Option<MeetingStatus> {
    let doc = &a.doc;
    if let Some(v) = doc.meeting_verb(k).filter(|v| ARRIVING.contains(&v.lemma)) {
        let held = matches!(v.tense, Tense::Past | Tense::Impersonal);
        return Some(if held {
            MeetingStatus::Held
        } else {
            MeetingStatus::Planned
        });
    }
    let status = match doc.lower(k) {
        "był" | "była" | "było" | "byli" | "były" => MeetingStatus::Held,
        "będzie" | "będą" => MeetingStatus::Planned,
        _ => return None,
    };
    let located = matches!(doc.lower(k + 1), "w" | "we" | "na");
    (located && doc.phrase_at(&doc.lex.places, k + 2).is_some()).then_some(status)
}

/// "rozmawiali telefonicznie", "zadzwonił", "wideokonferencja": no place to be at.
fn remote(a: &Analysis, m: &FoundMeeting) -> bool {
    matches!(m.lemma, "zadzwonić" | "dzwonić")
        || m.tokens.clone().any(|x| {
            let w = a.doc.lower(x);
            w.starts_with("telefon") || w.starts_with("wideo") || w == "online"
        })
}

#[cfg(test)]
#[path = "setting_tests.rs"]
mod tests;
