use crate::extract::quotes::tests::check;
use crate::model::QuoteKind::{Direct, Reported};

#[test]
fn a_bare_title_in_an_aside_is_not_a_speaker_of_another_office() {
    check(&[
        (
            "Prezydent Jan Nowak powiedział, że Senat poprze ustawę. Ponadto – jak wskazał rzecznik MSZ – omówiona zostanie pomoc dla Kijowa.",
            &[(Reported, "Senat poprze ustawę", Some("Jan Nowak"), None)],
        ),
        (
            "Prezydent Jan Nowak powiedział, że Senat poprze ustawę.\n\nNowak – mówił rzecznik MSZ – przyjedzie do Kijowa w piątek.",
            &[(Reported, "Senat poprze ustawę", Some("Jan Nowak"), None)],
        ),
    ]);
}

#[test]
fn a_bare_title_after_a_comma_is_the_subject_of_its_verb() {
    check(&[(
        "Paweł Sowa przekazał, że minister spotka się z senatorami. Wizyta potrwa dwa dni, rzecznik MSZ dodał jednak, że plan może się zmienić.",
        &[
            (
                Reported,
                "minister spotka się z senatorami",
                Some("Paweł Sowa"),
                None,
            ),
            (Reported, "plan może się zmienić", Some("Paweł Sowa"), None),
        ],
    )]);
}

#[test]
fn a_verb_opening_the_article_has_no_one_to_report() {
    check(&[("Dodał, że rozmowy potrwają do piątku.", &[])]);
}

#[test]
fn a_bare_title_reaches_back_three_paragraphs_to_the_last_speaker() {
    check(&[
        (
            "Paweł Sowa przekazał, że minister spotka się z senatorami.\n\nRzecznik MSZ dodał, że wizyta potrwa trzy dni.",
            &[
                (
                    Reported,
                    "minister spotka się z senatorami",
                    Some("Paweł Sowa"),
                    None,
                ),
                (Reported, "wizyta potrwa trzy dni", Some("Paweł Sowa"), None),
            ],
        ),
        (
            "Paweł Sowa mówił o wizycie.\n\nPrzekazał, że minister spotka się z senatorami.\n\nDelegacje zjadły obiad.\n\nWieczorem odbyła się konferencja.\n\nRzecznik MSZ dodał, że wizyta potrwa trzy dni.",
            &[
                (
                    Reported,
                    "minister spotka się z senatorami",
                    Some("Paweł Sowa"),
                    None,
                ),
                (Reported, "wizyta potrwa trzy dni", Some("Paweł Sowa"), None),
            ],
        ),
        // Four paragraphs back is too far.
        (
            "Paweł Sowa mówił o wizycie.\n\nPrzekazał, że minister spotka się z senatorami.\n\nDelegacje zjadły obiad.\n\nWieczorem odbyła się konferencja.\n\nDelegacje wyjechały.\n\nRzecznik MSZ dodał, że wizyta potrwa trzy dni.",
            &[(
                Reported,
                "minister spotka się z senatorami",
                Some("Paweł Sowa"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_title_of_another_country_is_not_the_last_speaker() {
    check(&[
        (
            "Paweł Sowa przekazał, że minister spotka się z senatorami. Minister Ukrainy dodał, że wizyta potrwa trzy dni.",
            &[(
                Reported,
                "minister spotka się z senatorami",
                Some("Paweł Sowa"),
                None,
            )],
        ),
        (
            "Paweł Sowa przekazał, że minister spotka się z senatorami. Ukraiński minister dodał, że wizyta potrwa trzy dni.",
            &[(
                Reported,
                "minister spotka się z senatorami",
                Some("Paweł Sowa"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_bare_minister_may_be_the_titled_speaker_going_on() {
    check(&[
        // "w radiu" says where, not whose minister.
        (
            "Adam Wilk, szef gabinetu prezydenta, mówił o rozmowie. – Spotkanie było rzeczowe – powiedział Wilk.\n\n– Rada zbierze się w sierpniu – dodał minister w radiu.",
            &[
                (Direct, "Spotkanie było rzeczowe", Some("Adam Wilk"), None),
                (
                    Direct,
                    "Rada zbierze się w sierpniu",
                    Some("Adam Wilk"),
                    None,
                ),
            ],
        ),
        // The title three words after the verb.
        (
            "Adam Wilk, szef gabinetu prezydenta, mówił o rozmowie. – Spotkanie było rzeczowe – powiedział Wilk.\n\n– Rada zbierze się w sierpniu – powiedział Radiu ZET minister.",
            &[
                (Direct, "Spotkanie było rzeczowe", Some("Adam Wilk"), None),
                (
                    Direct,
                    "Rada zbierze się w sierpniu",
                    Some("Adam Wilk"),
                    None,
                ),
            ],
        ),
        // The title before its verb.
        (
            "Prezydent Jan Nowak powiedział, że Senat poprze ustawę. Minister dodał, że wizyta potrwa trzy dni.",
            &[
                (Reported, "Senat poprze ustawę", Some("Jan Nowak"), None),
                (Reported, "wizyta potrwa trzy dni", Some("Jan Nowak"), None),
            ],
        ),
    ]);
}

#[test]
fn a_mans_title_after_an_adverb_is_not_the_woman_who_spoke_last() {
    check(&[(
        "Prezydent Jan Nowak mówił o ustawie. – Senat ją poprze – powiedział Nowak.\n\nMinister Anna Lis także zabrała głos. – To dobra ustawa – dodała Lis.\n\n– Wizyta potrwa trzy dni – dodał również rzecznik.",
        &[
            (Direct, "Senat ją poprze", Some("Jan Nowak"), None),
            (Direct, "To dobra ustawa", Some("Anna Lis"), None),
            (Direct, "Wizyta potrwa trzy dni", None, None),
        ],
    )]);
}

#[test]
fn a_common_noun_subject_is_no_title_for_the_last_speaker() {
    check(&[(
        "Według Kremla rozmowy z Waszyngtonem były konstruktywne. Agencja podała, że prezydent przyjedzie w maju.",
        &[(
            Reported,
            "rozmowy z Waszyngtonem były konstruktywne",
            Some("Kreml"),
            None,
        )],
    )]);
}
