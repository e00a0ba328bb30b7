//! English meetings on sentences written for these tests.

use super::*;
use crate::extract::analysis::canonical_name;
use crate::extract::doc::Doc;
use crate::extract::lang::en::ENGLISH;
use crate::load::parse_article;

/// Status, participants and place of each meeting an English paragraph reports.
fn found(text: &str) -> Vec<(MeetingStatus, Vec<String>, Option<String>)> {
    let mut article = parse_article("t".into(), &format!("date 2026-04-20\n\n{text}"));
    article.language = crate::model::Language::English;
    let a = Analysis::new(Doc::new(&article, &ENGLISH.lex));
    find_meetings(&a, article.date, &|_| false)
        .into_iter()
        .map(|m| {
            let names = m
                .participants
                .iter()
                .map(|&e| canonical_name(&a.entities[e].proposals))
                .collect();
            (m.status, names, m.place)
        })
        .collect()
}

/// Status and participants of each meeting.
fn meetings(text: &str) -> Vec<(MeetingStatus, Vec<String>)> {
    found(text).into_iter().map(|(s, p, _)| (s, p)).collect()
}

/// The date of each meeting, in an article dated Monday 2026-04-20.
fn dates(text: &str) -> Vec<Option<String>> {
    let mut article = parse_article("t".into(), &format!("date 2026-04-20\n\n{text}"));
    article.language = crate::model::Language::English;
    let a = Analysis::new(Doc::new(&article, &ENGLISH.lex));
    find_meetings(&a, article.date, &|_| false)
        .into_iter()
        .map(|m| m.date.map(|d| d.to_string()))
        .collect()
}

/// Participants and place of each meeting.
fn places(text: &str) -> Vec<(Vec<String>, Option<String>)> {
    found(text)
        .into_iter()
        .map(|(_, p, place)| (p, place))
        .collect()
}

#[test]
fn a_party_named_after_its_role_phrase_is_found() {
    let cases: &[(&str, MeetingStatus, &[&str])] = &[
        (
            "Foreign Minister Wang Yi will meet the EU's foreign policy chief, Kaja Kallas, in Beijing next month.",
            MeetingStatus::Planned,
            &["Wang Yi", "Kaja Kallas"],
        ),
        (
            "Chancellor Friedrich Merz met the country's new prime minister, Anna Kowalska, on Monday.",
            MeetingStatus::Held,
            &["Friedrich Merz", "Anna Kowalska"],
        ),
    ];
    for (text, status, names) in cases {
        assert_eq!(
            meetings(text),
            vec![(*status, names.iter().map(|n| n.to_string()).collect())],
            "{text}"
        );
    }
}

#[test]
fn phone_calls_are_found_in_every_tense() {
    for text in [
        "Prime Minister Keir Starmer had spoken by phone with President Donald Trump on Saturday.",
        "Prime Minister Keir Starmer phoned President Donald Trump on Saturday.",
        "Prime Minister Keir Starmer spoke to President Donald Trump on the telephone on Saturday.",
    ] {
        assert_eq!(
            meetings(text),
            vec![(
                MeetingStatus::Held,
                vec!["Keir Starmer".to_string(), "Donald Trump".to_string()]
            )],
            "{text}"
        );
    }
}

#[test]
fn he_or_she_coordinated_with_a_name_is_the_person_named_before() {
    assert_eq!(
        meetings(
            "Foreign Minister Andrii Sybiha spoke after the vote. According to Sybiha, he and Secretary of State Marco Rubio are due to meet in Brussels."
        ),
        vec![(
            MeetingStatus::Planned,
            vec!["Andrii Sybiha".to_string(), "Marco Rubio".to_string()]
        )]
    );
    // No woman was named before "she": no party is invented.
    assert_eq!(
        meetings(
            "Foreign Minister Andrii Sybiha spoke after the vote. She and Secretary of State Marco Rubio are due to meet in Brussels."
        ),
        Vec::new()
    );
}

#[test]
fn a_press_briefing_is_not_a_party() {
    assert_eq!(
        meetings("Foreign Minister Wang Yi will meet the press, Kallas said."),
        Vec::new()
    );
}

fn pair(a: &str, b: &str) -> Vec<String> {
    vec![a.to_string(), b.to_string()]
}

#[test]
fn their_talks_and_the_two_ministers_are_the_pair_named_before() {
    assert_eq!(
        meetings(
            "Prime Minister Ana Costa and President Luis Vega signed a water treaty on Friday. Their talks lasted four hours."
        ),
        vec![(MeetingStatus::Held, pair("Ana Costa", "Luis Vega"))]
    );
    // The envoy named with one of them in between is not a minister.
    assert_eq!(
        meetings(
            "Foreign Minister Lina Sorensen and Defence Minister Marek Tamm signed a pact. Envoy Pavel Rudak thanked Sorensen in a letter. The two ministers will meet again in June."
        ),
        vec![(MeetingStatus::Planned, pair("Lina Sorensen", "Marek Tamm"))]
    );
}

/// A counterpart is a party, arriving to meet was held, the one who reports a call is
/// no party to it, and "talked by phone" is a call.
#[test]
fn held_meetings_of_two() {
    let cases = [
        "President Ana Costa has met with her Latvian counterpart Luis Vega.",
        "President Ana Costa arrived in Riga to meet Prime Minister Luis Vega.",
        "President Ana Costa has had a telephone conversation with Prime Minister Luis Vega, spokesman Tom Reyes told reporters.",
        "Media reported that Costa talked by phone on Thursday with Vega. President Ana Costa and Prime Minister Luis Vega later left.",
    ];
    for text in cases {
        assert_eq!(
            meetings(text),
            vec![(MeetingStatus::Held, pair("Ana Costa", "Luis Vega"))],
            "{text}"
        );
    }
}

#[test]
fn the_place_of_a_meeting() {
    let cases = [
        (
            "President Ana Costa held talks with Prime Minister Luis Vega in Angola's capital Luanda on Monday.",
            Some("Luanda"),
        ),
        (
            "The Moscow meeting between President Ana Costa and Prime Minister Luis Vega lasted five hours.",
            Some("Moscow"),
        ),
        (
            "RIGA, May 4 (Reuters) - President Ana Costa and Prime Minister Luis Vega met here on Monday.",
            Some("Riga"),
        ),
        (
            "President Ana Costa spoke by phone with Prime Minister Luis Vega, who was in Riga.",
            None,
        ),
    ];
    for (text, place) in cases {
        assert_eq!(
            places(text),
            vec![(pair("Ana Costa", "Luis Vega"), place.map(str::to_string))],
            "{text}"
        );
    }
}

#[test]
fn a_later_sentence_about_the_meeting_gives_its_place() {
    assert_eq!(
        places(
            "President Ana Costa met Prime Minister Luis Vega on Monday. Costa called their Oval Office meeting warm."
        ),
        vec![(
            pair("Ana Costa", "Luis Vega"),
            Some("White House".to_string())
        )]
    );
}

#[test]
fn people_met_as_a_group_are_a_party() {
    assert_eq!(
        places("Chancellor Anna Berg said she met with US senators on Capitol Hill."),
        vec![(
            pair("Anna Berg", "US senators"),
            Some("Capitol Hill".to_string())
        )]
    );
}

#[test]
fn a_party_after_a_long_title_and_a_pronoun_subject() {
    assert_eq!(
        places(
            "President Ana Costa received the U.S. Secretary of State, Luis Vega, in capital Lisbon on Monday."
        ),
        vec![(pair("Ana Costa", "Luis Vega"), Some("Lisbon".to_string()))]
    );
    assert_eq!(
        meetings(
            "Secretary Luis Vega landed in Lisbon. He is expected to meet Prime Minister Ana Costa on Friday."
        ),
        vec![(MeetingStatus::Planned, pair("Luis Vega", "Ana Costa"))]
    );
    // Named in the paragraph before.
    assert_eq!(
        meetings(
            "Secretary Luis Vega landed in Lisbon.\n\nHe is expected to meet Prime Minister Ana Costa on Friday."
        ),
        vec![(MeetingStatus::Planned, pair("Luis Vega", "Ana Costa"))]
    );
}

#[test]
fn a_person_after_to_is_the_one_called() {
    assert_eq!(
        meetings("President Ana Costa spoke by phone to Luis Vega on Sunday."),
        vec![(MeetingStatus::Held, pair("Ana Costa", "Luis Vega"))]
    );
}

#[test]
fn a_weekday_is_the_one_before_a_held_meeting_and_after_a_planned_one() {
    let cases = [
        (
            "President Ana Costa met Prime Minister Luis Vega on Friday.",
            "2026-04-17",
        ),
        (
            "President Ana Costa will meet Prime Minister Luis Vega on Friday.",
            "2026-04-24",
        ),
        (
            "President Ana Costa met Prime Minister Luis Vega yesterday.",
            "2026-04-19",
        ),
        (
            "President Ana Costa will meet Prime Minister Luis Vega today.",
            "2026-04-20",
        ),
        (
            "President Ana Costa will meet Prime Minister Luis Vega tomorrow.",
            "2026-04-21",
        ),
    ];
    for (text, date) in cases {
        assert_eq!(dates(text), vec![Some(date.to_string())], "{text}");
    }
    // The day the news was given is not the meeting's.
    assert_eq!(
        dates(
            "Officials announced on Wednesday that President Ana Costa will meet Prime Minister Luis Vega."
        ),
        vec![None]
    );
}

#[test]
fn talks_between_three_parties_listed_with_commas() {
    assert_eq!(
        meetings(
            "Talks between President Ana Costa, Prime Minister Luis Vega and Chancellor Tom Reyes were held in Riga on Monday."
        ),
        vec![(
            MeetingStatus::Held,
            vec![
                "Ana Costa".to_string(),
                "Luis Vega".to_string(),
                "Tom Reyes".to_string()
            ]
        )]
    );
}

/// A meeting as the tables write it: status and participants' names.
type Want<'a> = (MeetingStatus, &'a [&'a str]);

/// Each text with the meetings it reports.
fn check(cases: &[(&str, &[Want])]) {
    for (text, want) in cases {
        let want: Vec<(MeetingStatus, Vec<String>)> = want
            .iter()
            .map(|(s, names)| (*s, names.iter().map(|n| n.to_string()).collect()))
            .collect();
        assert_eq!(meetings(text), want, "{text}");
    }
}

#[test]
fn where_a_list_of_parties_starts_and_ends() {
    use MeetingStatus::{Held, Planned};
    check(&[
        // Countries are parties of their own, with no title after them.
        (
            "Talks between Chile and Peru were held in Madrid on Friday.",
            &[(Held, &["Chile", "Peru"])],
        ),
        // After a comma, whoever "has said" it reports the meeting.
        (
            "President Ana Costa met Prime Minister Luis Vega, spokeswoman Eva Lind has said.",
            &[(Held, &["Ana Costa", "Luis Vega"])],
        ),
        // "said a spokesman" follows the comma, not the name: the name is listed.
        (
            "President Ana Costa met Prime Minister Luis Vega and Chancellor Tom Reyes, said a spokesman.",
            &[(Held, &["Ana Costa", "Luis Vega", "Tom Reyes"])],
        ),
        // "with China" is far past the verb, in a clause of its own.
        (
            "President Ana Costa and Prime Minister Luis Vega met in Lima on Friday to discuss trade ties with China.",
            &[(Held, &["Ana Costa", "Luis Vega"])],
        ),
        // The possessive names the owner of the talks.
        (
            "President Ana Costa's talks with Prime Minister Luis Vega lasted two hours.",
            &[(Held, &["Ana Costa", "Luis Vega"])],
        ),
        // A role set off by commas before the name, after "and his".
        (
            "Foreign Minister Tom Reyes and his Spanish counterpart, Luis Vega, met in Madrid on Friday.",
            &[(Held, &["Tom Reyes", "Luis Vega"])],
        ),
        // A sentence opening with "And" joins no one to the subject.
        (
            "And President Ana Costa met Prime Minister Luis Vega in Lima.",
            &[(Held, &["Ana Costa", "Luis Vega"])],
        ),
        // A past meeting after the comma does not make the coming one held.
        (
            "President Ana Costa will meet Prime Minister Luis Vega in Lima on Friday, a week after the two leaders met in Quito.",
            &[(Planned, &["Ana Costa", "Luis Vega"])],
        ),
    ]);
}

#[test]
fn a_name_after_a_comma_is_no_party_unless_a_role_leads_to_it() {
    check(&[
        // "them" is no role: the one after the comma says it.
        (
            "President Ana Costa will meet them tomorrow, Luis Vega told reporters.",
            &[],
        ),
        // The minister is not named: the name in the clause after is someone else.
        (
            "President Ana Costa will meet the finance minister, who replaced Luis Vega in March, on Friday.",
            &[],
        ),
        // A role phrase is short: ten words before the comma describe no one
        // named after it, and the name is the one who says it.
        (
            "President Ana Costa will meet officials from the agency that advises the new prime minister, Luis Vega said.",
            &[],
        ),
        // A city or a company's letters are no part of a role phrase either.
        (
            "President Ana Costa will meet the Riga mayor's chief adviser, Luis Vega said.",
            &[],
        ),
        (
            "President Ana Costa will meet the KGHM board's adviser, Luis Vega said.",
            &[],
        ),
    ]);
}

#[test]
fn whoever_tells_of_talks_or_sends_aides_is_no_party() {
    check(&[
        // The spokesman reports the talks he did not hold.
        (
            "Spokesman Tom Reyes said that talks with President Ana Costa were held on Monday.",
            &[],
        ),
        // Her aides met the prime minister, not she.
        (
            "Before President Ana Costa arrived, her aides and Prime Minister Luis Vega met in Riga.",
            &[],
        ),
    ]);
}
