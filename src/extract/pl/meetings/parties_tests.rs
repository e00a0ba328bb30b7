//! The bounds and joins of the party search, sentence by sentence.

use super::super::tests::check;
use crate::model::MeetingStatus::{Held, Planned};

#[test]
fn a_z_phrase_past_the_window_is_no_partner() {
    check(&[
        // "z Ukrainy" is where they came back from, ten words after the verb.
        (
            "Jan Kowalczyk i Marek Nowak spotkali się w piątek w Warszawie po powrocie obu polityków z Ukrainy.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Warszawa"),
                Some("2026-01-16"),
            )],
        ),
        // A short aside lengthens the window by its own length only.
        (
            "Jan Kowalczyk i Marek Nowak spotkali się w Warszawie, tuż po szczycie, dzień po powrocie obu polityków z Ukrainy.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Warszawa"),
                Some("2026-01-22"),
            )],
        ),
        // "między" in a later clause is not between whom the meeting was.
        (
            "Premier Jan Kowalczyk spotkał się w piątek z prezydentem Markiem Nowakiem, aby złagodzić spór między rządem a opozycją.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-16"),
            )],
        ),
    ]);
}

#[test]
fn a_topic_before_any_partner_ends_the_search() {
    check(&[("Minister Jan Kowalczyk rozmawiał w piątek o współpracy z Kanadą.", &[])]);
}

#[test]
fn the_subjects_after_the_verb_are_the_parties_not_the_one_reporting() {
    check(&[(
        "Piotr Wrona potwierdził, że w poniedziałek w Gdańsku spotkali się Jan Kowalczyk i Marek Nowak.",
        &[(
            Held,
            &["Jan Kowalczyk", "Marek Nowak"],
            Some("Gdańsk"),
            Some("2026-01-19"),
        )],
    )]);
}

#[test]
fn the_title_after_the_noun_is_checked_for_a_capital_not_the_word_before() {
    check(&[(
        "Rzecznik Piotr Wrona przekazał, że w Ottawie rozmowa prezydenta z Janem Tremblayem trwała godzinę.",
        &[],
    )]);
}

#[test]
fn the_possessive_points_to_a_person_of_its_gender() {
    check(&[
        // Canada, named in between, is no "jego".
        (
            "Doradcy radzili, jak rozmawiać z Janem Kowalczykiem o Kanadzie przed jego spotkaniem z Janem Tremblayem.",
            &[(Planned, &["Jan Kowalczyk", "Jan Tremblay"], None, None)],
        ),
        (
            "Anna Zielińska przyleciała do Ottawy z Janem Kowalczykiem. Jej rozmowa z premierem Janem Tremblayem trwała godzinę.",
            &[(
                Held,
                &["Anna Zielińska", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // "Rozmowy te" refer back; the country after them is what they were about.
        (
            "Prezydent Marek Nowak spotkał się z Janem Tremblayem. Rozmowy te dotyczyły głównie Kanady.",
            &[(
                Held,
                &["Marek Nowak", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn coordinated_subjects_and_where_a_list_ends() {
    check(&[
        (
            "Jan Kowalczyk, Marek Nowak i Anna Zielińska spotkali się w Gdańsku.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak", "Anna Zielińska"],
                Some("Gdańsk"),
                Some("2026-01-22"),
            )],
        ),
        (
            "W Brukseli spotkali się Jan Kowalczyk, Marek Nowak, a także Anna Zielińska.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak", "Anna Zielińska"],
                Some("Bruksela"),
                Some("2026-01-22"),
            )],
        ),
        // After the colon the two are subjects of clauses of their own.
        (
            "Jan Kowalczyk i Anna Zielińska rozmawiali krótko: Kowalczyk pytał o budżet, a Zielińska odpowiadała.",
            &[(
                Held,
                &["Jan Kowalczyk", "Anna Zielińska"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // "także" after a verb of its own adds no one to the list.
        (
            "Premier Jan Kowalczyk rozmawiał z Markiem Nowakiem, chwalił także Annę Zielińską.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // A place ends the list: whoever comes after "i" is in a clause of their own.
        (
            "Jan Kowalczyk spotkał się z Markiem Nowakiem w Gdańsku i premier Anna Zielińska to potwierdziła.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Gdańsk"),
                Some("2026-01-22"),
            )],
        ),
    ]);
}
