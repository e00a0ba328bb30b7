use crate::extract::quotes::tests::check;
use crate::model::QuoteKind::{Direct, Reported};

#[test]
fn the_that_clause_is_looked_for_within_thirteen_words_of_the_verb() {
    check(&[
        (
            "Minister Jan Nowak powiedział wczoraj wieczorem po długich obradach rządu w Warszawie i po spotkaniu, że rozmowy trwają.",
            &[(Reported, "rozmowy trwają", Some("Jan Nowak"), None)],
        ),
        // Two words more and the "że" is too far to be the verb's.
        (
            "Minister Jan Nowak powiedział wczoraj wieczorem po długich obradach rządu w Warszawie i po spotkaniu z ambasadorami, że rozmowy trwają.",
            &[],
        ),
    ]);
}

#[test]
fn a_colon_or_another_speech_verb_before_the_that_ends_the_search() {
    check(&[
        // What follows a colon is a list of topics, not the verb's clause.
        (
            "Premier Jan Nowak mówił w Sejmie o dwóch sprawach: że budżet jest bezpieczny i że podatki nie wzrosną.",
            &[],
        ),
        // The clause belongs to the nearer verb and its subject only.
        (
            "Rzecznik rządu Adam Wilk powiedział, a minister finansów Jan Nowak potwierdził, że podatki nie wzrosną.",
            &[(Reported, "podatki nie wzrosną", Some("Jan Nowak"), None)],
        ),
    ]);
}

#[test]
fn only_a_report_noun_between_the_verb_and_its_that_makes_the_clause_others_words() {
    check(&[(
        "Minister Jan Nowak pytany o te doniesienia powiedział, że rozmowy trwają.",
        &[(Reported, "rozmowy trwają", Some("Jan Nowak"), None)],
    )]);
}

#[test]
fn a_reported_clause_ends_before_a_dash_that_opens_a_quotation() {
    check(&[(
        "Minister Jan Nowak powiedział, że rozmowy są trudne – „Nie poddamy się”.",
        &[
            (Reported, "rozmowy są trudne", Some("Jan Nowak"), None),
            (Direct, "Nie poddamy się", Some("Jan Nowak"), None),
        ],
    )]);
}

#[test]
fn only_an_aside_with_a_speech_verb_after_a_clause_link_ends_a_reported_clause() {
    check(&[
        // "jak wiadomo" attributes nothing: the clause runs on.
        (
            "Minister Jan Nowak powiedział, że rozmowy trwają, ale porozumienie, jak wiadomo, jest jeszcze daleko.",
            &[(
                Reported,
                "rozmowy trwają, ale porozumienie, jak wiadomo, jest jeszcze daleko",
                Some("Jan Nowak"),
                None,
            )],
        ),
        // A comma with no conjunction after it is no clause boundary.
        (
            "Minister Jan Nowak powiedział, że rozmowy trwają od tygodnia, porozumienie – jak dodał – jest blisko.",
            &[(
                Reported,
                "rozmowy trwają od tygodnia, porozumienie – jak dodał – jest blisko",
                Some("Jan Nowak"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_sentence_opening_with_jak_co_roku_is_no_jak_clause() {
    check(&[(
        "Jak co roku prezydent Jan Nowak powiedział, że armia jest gotowa.",
        &[(Reported, "armia jest gotowa", Some("Jan Nowak"), None)],
    )]);
}

#[test]
fn a_jak_clause_reports_the_words_after_the_speakers_title() {
    check(&[
        (
            "Jak przekazał Jan Nowak, rzecznik resortu, rozmowy potrwają do piątku.",
            &[(
                Reported,
                "rozmowy potrwają do piątku",
                Some("Jan Nowak"),
                None,
            )],
        ),
        (
            "Minister Jan Nowak przyleciał do Oslo. Jak wskazał – rozmowy potrwają do piątku.",
            &[(
                Reported,
                "rozmowy potrwają do piątku",
                Some("Jan Nowak"),
                None,
            )],
        ),
    ]);
}

#[test]
fn an_aside_may_name_its_speaker_nine_words_after_the_verb() {
    check(&[(
        "Minister Jan Nowak przyleciał do Oslo. Rozmowy – jak powiedział w poniedziałek w rozmowie z dziennikarzami Jan Nowak – potrwają do piątku.",
        &[(
            Reported,
            "Rozmowy – jak powiedział w poniedziałek w rozmowie z dziennikarzami Jan Nowak – potrwają do piątku",
            Some("Jan Nowak"),
            None,
        )],
    )]);
}

#[test]
fn an_aside_with_no_subject_takes_the_last_speaker() {
    check(&[(
        "Minister Jan Nowak przyleciał do Oslo. Rozmowy – jak dodał – potrwają do piątku.",
        &[(
            Reported,
            "Rozmowy – jak dodał – potrwają do piątku",
            Some("Jan Nowak"),
            None,
        )],
    )]);
}

#[test]
fn a_source_phrase_names_a_person_an_organisation_or_a_country() {
    check(&[
        // A nation is no source.
        ("Według Polaków rozmowy były konstruktywne.", &[]),
        (
            "W ocenie Kremla, rozmowy z Waszyngtonem były konstruktywne.",
            &[(
                Reported,
                "rozmowy z Waszyngtonem były konstruktywne",
                Some("Kreml"),
                None,
            )],
        ),
    ]);
}

/// A name that runs on past a paragraph break ends after its sentence: there
/// are no words left to report, and no quote.
#[test]
fn a_source_whose_name_runs_past_its_sentence_reports_nothing() {
    check(&[(". Według Steve'em \n\n Według", &[])]);
}
