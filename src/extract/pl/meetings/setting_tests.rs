//! Where a meeting with no place of its own is, sentence by sentence.

use super::super::tests::check;
use crate::model::MeetingStatus::{Held, Planned};

#[test]
fn a_stay_still_to_come_is_where_the_planned_meeting_is() {
    check(&[(
        "W piątek Jan Kowalczyk będzie w Paryżu. Kowalczyk spotka się tam z prezydentem Francji Emmanuelem Macronem.",
        &[(
            Planned,
            &["Jan Kowalczyk", "Emmanuel Macron"],
            Some("Paryż"),
            None,
        )],
    )]);
}

#[test]
fn being_in_touch_with_an_embassy_abroad_is_not_being_there() {
    check(&[(
        "Jan Kowalczyk przyleciał do Gdańska. Kowalczyk był w stałym kontakcie z ambasadą w Berlinie. Wieczorem Kowalczyk spotkał się z Markiem Nowakiem.",
        &[(
            Held,
            &["Jan Kowalczyk", "Marek Nowak"],
            Some("Gdańsk"),
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn a_video_call_is_nowhere() {
    check(&[(
        "Jan Kowalczyk przyleciał do Gdańska. Wieczorem Kowalczyk rozmawiał z Markiem Nowakiem przez wideołącze.",
        &[(
            Held,
            &["Jan Kowalczyk", "Marek Nowak"],
            None,
            Some("2026-01-22"),
        )],
    )]);
}
