//! The bounds and joins of the party search, sentence by sentence.

use super::super::tests::check;
use crate::model::MeetingStatus::{Held, Planned};

#[test]
fn a_z_phrase_past_the_window_is_no_partner() {
    check(&[
        // "z Ukrainy" is where they came back from, ten words after the verb.
        (
            "Jan Kowalczyk i Marek Nowak spotkali się w piątek wieczorem w Warszawie tuż po powrocie z Ukrainy.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Warszawa"),
                Some("2026-01-16"),
            )],
        ),
        // A short aside lengthens the window by its own length only.
        (
            "Jan Kowalczyk i Marek Nowak spotkali się w Warszawie, tuż po szczycie, w piątek wieczorem po powrocie z Ukrainy.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Warszawa"),
                Some("2026-01-16"),
            )],
        ),
    ]);
}

#[test]
fn a_topic_before_any_partner_ends_the_search() {
    check(&[(
        "Minister Jan Kowalczyk rozmawiał w piątek o współpracy z Kanadą.",
        &[],
    )]);
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
                // Where she flew to.
                Some("Ottawa"),
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

#[test]
fn a_subject_of_its_own_is_not_replaced_or_joined() {
    check(&[
        // The president has no name: the minister named before is not him.
        (
            "Minister Jan Kowalczyk przyleciał rano do Gdańska. Wieczorem prezydent spotkał się tam z Markiem Nowakiem.",
            &[],
        ),
        // A comma alone joins no one to the subject.
        (
            "Godzinę po tym, jak wylądował Piotr Wrona, minister Jan Kowalczyk przyjął w Gdańsku Marka Nowaka.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Gdańsk"),
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn a_listed_party_after_a_title_only_past_role_words() {
    check(&[
        // An adverb between the titles does not cut the list.
        (
            "Prezydent Marek Nowak spotkał się z premier Anną Zielińską oraz wicepremierem i jednocześnie szefem MON Janem Kowalczykiem.",
            &[(
                Held,
                &["Marek Nowak", "Anna Zielińska", "Jan Kowalczyk"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // A note in brackets early in the sentence.
        (
            "Jan Tremblay spotkał się z premierem Janem Kowalczykiem (KO) i marszałkiem Piotrem Wroną (PSL).",
            &[(
                Held,
                &["Jan Tremblay", "Jan Kowalczyk", "Piotr Wrona"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // The country describes the adviser named after the comma: he is the party.
        (
            "Prezydent Marek Nowak spotkał się z premier Anną Zielińską i doradcą do spraw Kanady, Piotrem Wroną.",
            &[(
                Held,
                &["Marek Nowak", "Anna Zielińska", "Piotr Wrona"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // A clause or a verb between the title and a name: the name is no party.
        (
            "Jan Kowalczyk spotkał się z Markiem Nowakiem i premierem, który wcześniej krytykował Annę Zielińską.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-22"),
            )],
        ),
        (
            "Jan Kowalczyk spotkał się z Markiem Nowakiem i premierem oraz przekazał Annie Zielińskiej list.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}
