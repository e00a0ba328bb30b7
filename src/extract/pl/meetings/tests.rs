use super::*;
use crate::extract::analysis::canonical_name;
use crate::extract::doc::Doc;
use crate::extract::lang::pl::LEXICON;
use crate::extract::quotes::{find_quotes, meeting_mask};
use crate::load::parse_article;
use MeetingStatus::{Held, Planned};

/// A meeting as the tests compare it: status, participants' names, place, date.
type Found = (MeetingStatus, Vec<String>, Option<String>, Option<String>);
pub(super) type Want<'a> = (
    MeetingStatus,
    &'a [&'a str],
    Option<&'a str>,
    Option<&'a str>,
);

/// The meetings of an article dated Thursday 2026-01-22, words in direct quotations
/// left out as the extractor does.
fn meetings(text: &str) -> Vec<Found> {
    let article = parse_article("t".into(), &format!("date 2026-01-22\n\n{text}"));
    let a = Analysis::new(Doc::new(&article, &LEXICON));
    let direct = meeting_mask(&a, &find_quotes(&a));
    let quoted = |k: usize| direct.get(k).copied().unwrap_or(false);
    find_meetings(&a, article.date, &quoted)
        .into_iter()
        .map(|m| {
            (
                m.status,
                m.participants
                    .iter()
                    .map(|&e| canonical_name(&a.entities[e].proposals))
                    .collect(),
                m.place,
                m.date.map(|d| d.to_string()),
            )
        })
        .collect()
}

pub(super) fn check(cases: &[(&str, &[Want])]) {
    for (text, want) in cases {
        let want: Vec<Found> = want
            .iter()
            .map(|(status, parties, place, date)| {
                (
                    *status,
                    parties.iter().map(|p| p.to_string()).collect(),
                    place.map(str::to_string),
                    date.map(str::to_string),
                )
            })
            .collect();
        assert_eq!(meetings(text), want, "{text}");
    }
}

#[test]
fn held_meetings_take_the_article_date() {
    check(&[
        (
            "Premier Donald Tusk spotkał się z prezydentem Emmanuelem Macronem w Paryżu.",
            &[(
                Held,
                &["Donald Tusk", "Emmanuel Macron"],
                Some("Paryż"),
                Some("2026-01-22"),
            )],
        ),
        (
            "W Monachium doszło do spotkania Donalda Tuska z Wołodymyrem Zełenskim.",
            &[(
                Held,
                &["Donald Tusk", "Wołodymyr Zełenski"],
                Some("Monachium"),
                Some("2026-01-22"),
            )],
        ),
        (
            "Donald Tusk i Friedrich Merz rozmawiali telefonicznie o sytuacji na Ukrainie.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                None,
                Some("2026-01-22"),
            )],
        ),
        (
            "Władimir Putin przyjął na Kremlu Viktora Orbána.",
            &[(
                Held,
                &["Władimir Putin", "Viktor Orbán"],
                Some("Kreml"),
                Some("2026-01-22"),
            )],
        ),
        (
            "W Stambule odbyły się rozmowy między Rosją a Ukrainą.",
            &[(
                Held,
                &["Rosja", "Ukraina"],
                Some("Stambuł"),
                Some("2026-01-22"),
            )],
        ),
        (
            "W Rzymie odbyły się rozmowy między Donaldem Tuskiem a Friedrichem Merzem.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Rzym"),
                Some("2026-01-22"),
            )],
        ),
        (
            "Rozmowa telefoniczna Donalda Tuska z Wołodymyrem Zełenskim trwała godzinę.",
            &[(
                Held,
                &["Donald Tusk", "Wołodymyr Zełenski"],
                None,
                Some("2026-01-22"),
            )],
        ),
        (
            "Donald Tusk spotkał się w Paryżu z Emmanuelem Macronem i Friedrichem Merzem.",
            &[(
                Held,
                &["Donald Tusk", "Emmanuel Macron", "Friedrich Merz"],
                Some("Paryż"),
                Some("2026-01-22"),
            )],
        ),
        (
            "Premier Węgier Viktor Orbán odwiedził Moskwę, gdzie spotkał się z Władimirem Putinem.",
            &[(
                Held,
                &["Viktor Orbán", "Władimir Putin"],
                Some("Moskwa"),
                Some("2026-01-22"),
            )],
        ),
        // Groups take part too.
        (
            "Delegacja USA spotkała się z ukraińskimi przedstawicielami w Rijadzie.",
            &[(
                Held,
                &["delegacja USA", "ukraińscy przedstawiciele"],
                Some("Rijad"),
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn planned_meetings_have_no_date_unless_one_is_written() {
    check(&[
        (
            "Donald Tusk spotka się z Friedrichem Merzem w Berlinie.",
            &[(
                Planned,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Berlin"),
                None,
            )],
        ),
        (
            "Donald Tusk ma się spotkać z Friedrichem Merzem w przyszłym tygodniu.",
            &[(Planned, &["Donald Tusk", "Friedrich Merz"], None, None)],
        ),
        (
            "Według Kremla dojdzie do spotkania Władimira Putina z Donaldem Trumpem w Moskwie.",
            &[(
                Planned,
                &["Władimir Putin", "Donald Trump"],
                Some("Moskwa"),
                None,
            )],
        ),
        (
            "Friedrich Merz zaprosił Donalda Tuska do Berlina.",
            &[(
                Planned,
                &["Friedrich Merz", "Donald Tusk"],
                Some("Berlin"),
                None,
            )],
        ),
        (
            "Spotkanie Donalda Tuska z Friedrichem Merzem odbędzie się w Warszawie.",
            &[(
                Planned,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Warszawa"),
                None,
            )],
        ),
        (
            "Władimir Putin i Donald Trump spotkają się w Budapeszcie.",
            &[(
                Planned,
                &["Władimir Putin", "Donald Trump"],
                Some("Budapeszt"),
                None,
            )],
        ),
    ]);
}

#[test]
fn denied_hypothetical_and_one_sided_meetings_are_none() {
    check(&[
        (
            "Nie doszło do spotkania Donalda Tuska z Viktorem Orbánem.",
            &[],
        ),
        (
            "Gdyby doszło do spotkania Donalda Trumpa z Władimirem Putinem, rozmowy byłyby trudne.",
            &[],
        ),
        (
            "Jeśli dojdzie do spotkania Donalda Trumpa z Władimirem Putinem, Europa musi być przy stole.",
            &[],
        ),
        ("Donald Tusk nie spotkał się z Viktorem Orbánem.", &[]),
        ("Anna Kowalska spotkała się z krytyką opozycji.", &[]),
        (
            "Do zapowiadanego spotkania Donalda Tuska z Viktorem Orbánem ostatecznie w Brukseli nie doszło.",
            &[],
        ),
        (
            "Rozmowy Donalda Tuska z Viktorem Orbánem w tym tygodniu się nie odbędą.",
            &[],
        ),
    ]);
}

#[test]
fn a_short_aside_does_not_hide_the_partner() {
    check(&[
        (
            "Premier Donald Tusk spotkał się w środę w Brukseli, na marginesie szczytu UE, z kanclerzem Friedrichem Merzem.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Bruksela"),
                Some("2026-01-21"),
            )],
        ),
        // The summit is the occasion: NATO meets no one, here or in the clause after.
        (
            "Prezydent Marek Nowak spotkał się w Hadze, na marginesie szczytu NATO, z premierem Kanady Janem Tremblayem, z którym rozmawiał o cłach.",
            &[(
                Held,
                &["Marek Nowak", "Jan Tremblay"],
                Some("Haga"),
                Some("2026-01-22"),
            )],
        ),
        (
            "Prezydent Marek Nowak rozmawiał w Hadze, przy okazji szczytu NATO, z premierem Kanady Janem Tremblayem.",
            &[(
                Held,
                &["Marek Nowak", "Jan Tremblay"],
                Some("Haga"),
                Some("2026-01-22"),
            )],
        ),
        // An aside with a clause of its own ends the search.
        (
            "Premier Donald Tusk spotkał się w środę w Brukseli, gdzie trwał szczyt, ze swoim doradcą.",
            &[],
        ),
    ]);
}

#[test]
fn a_foreign_title_no_one_holds_goes_to_a_name_of_that_country() {
    // The given names tell who is Polish: "Kot" does not look Polish and
    // "Zarewski" does, yet the president of Ukraine is Ołeksandr Zarewski.
    check(&[(
        "Odbyły się konsultacje Marka Kota i Ołeksandra Zarewskiego. Prezydent Ukrainy rozmawiał potem z kanclerzem Niemiec Olafem Scholzem.",
        &[
            (
                Held,
                &["Marek Kot", "Ołeksandr Zarewski"],
                None,
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Ołeksandr Zarewski", "Olaf Scholz"],
                None,
                Some("2026-01-22"),
            ),
        ],
    )]);
}

#[test]
fn a_body_a_title_is_of_is_no_party() {
    check(&[
        // The ministry only says whose minister it is; the minister is the
        // party, named elsewhere.
        (
            "Wicepremier Jan Malec wrócił rano z Kijowa. Prezydent Marek Nowak spotka się z wicepremierem i szefem MSZ jeszcze w tym tygodniu.",
            &[(Planned, &["Marek Nowak", "Jan Malec"], None, None)],
        ),
        // Unheld, the title's body does not stand in for the person.
        ("Prezydent Marek Nowak spotkał się z ambasadorem USA.", &[]),
    ]);
}

#[test]
fn places_come_to_the_nominative() {
    check(&[
        (
            "Donald Tusk spotkał się z Donaldem Trumpem w Białym Domu.",
            &[(
                Held,
                &["Donald Tusk", "Donald Trump"],
                Some("Biały Dom"),
                Some("2026-01-22"),
            )],
        ),
        // Where someone goes or strikes is not where they meet.
        (
            "Po ataku na Lwów premier Jan Kowalczyk rozmawiał z Markiem Nowakiem.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-22"),
            )],
        ),
        (
            "Władimir Putin zapowiedział, że w Budapeszcie dojdzie do spotkania z Donaldem Trumpem.",
            &[(
                Planned,
                &["Władimir Putin", "Donald Trump"],
                Some("Budapeszt"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_later_reference_is_the_same_meeting() {
    check(&[(
        "Donald Tusk spotkał się z Wołodymyrem Zełenskim w Kijowie. Rozmowy trwały dwie godziny.",
        &[(
            Held,
            &["Donald Tusk", "Wołodymyr Zełenski"],
            Some("Kijów"),
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn a_meeting_with_no_place_of_its_own_is_where_its_people_went() {
    let held = |parties, place| (Held, parties, place, Some("2026-01-22"));
    check(&[
        // Arrived somewhere, then met "there".
        (
            "Donald Tusk przyleciał do Berlina. Spotkał się tam z kanclerzem Friedrichem Merzem.",
            &[held(&["Donald Tusk", "Friedrich Merz"][..], Some("Berlin"))],
        ),
        // "był w", "udał się do": where the people were.
        (
            "Rano Donald Tusk był w Wilnie. Po południu Tusk rozmawiał z Gitanasem Nausėdą.",
            &[held(&["Donald Tusk", "Gitanas Nausėda"][..], Some("Wilno"))],
        ),
        // A summit placed once is where everyone at it met.
        (
            "Szczyt w Paryżu zakończył się bez porozumienia – oświadczył Donald Tusk. W szczycie uczestniczyli Donald Tusk, Friedrich Merz i Emmanuel Macron.",
            &[held(
                &["Donald Tusk", "Friedrich Merz", "Emmanuel Macron"][..],
                Some("Paryż"),
            )],
        ),
        // Someone who did not go there met elsewhere, for all the text says.
        (
            "Donald Tusk przyleciał do Berlina. Andrzej Duda spotkał się z Friedrichem Merzem.",
            &[held(&["Andrzej Duda", "Friedrich Merz"][..], None)],
        ),
        // A trip still to come is not where a meeting was held.
        (
            "Donald Tusk ma przylecieć do Berlina. Wcześniej rozmawiał z Emmanuelem Macronem.",
            &[held(&["Donald Tusk", "Emmanuel Macron"][..], None)],
        ),
        // A phone call is nowhere.
        (
            "Donald Tusk przyleciał do Berlina. Wieczorem Tusk rozmawiał telefonicznie z Emmanuelem Macronem.",
            &[held(&["Donald Tusk", "Emmanuel Macron"][..], None)],
        ),
    ]);
    // A place after its own adjective.
    check(&[(
        "Emmanuel Macron i Friedrich Merz rozmawiali w paryskim Pałacu Elizejskim.",
        &[held(
            &["Emmanuel Macron", "Friedrich Merz"][..],
            Some("Pałac Elizejski"),
        )],
    )]);
    // The same meeting told again may say where it was.
    check(&[(
        "Emmanuel Macron spotkał się też z Andrzejem Dudą. Macron rozmawiał z Dudą w Pałacu Prezydenckim przez godzinę.",
        &[held(
            &["Emmanuel Macron", "Andrzej Duda"][..],
            Some("Pałac Prezydencki"),
        )],
    )]);
    // What is planned is planned where the people are now.
    check(&[(
        "Friedrich Merz przybył do Brukseli. Spotkał się tam z Donaldem Tuskiem. W planach jest także rozmowa z Emmanuelem Macronem.",
        &[
            (
                Held,
                &["Friedrich Merz", "Donald Tusk"],
                Some("Bruksela"),
                Some("2026-01-22"),
            ),
            (
                Planned,
                &["Friedrich Merz", "Emmanuel Macron"],
                Some("Bruksela"),
                None,
            ),
        ],
    )]);
}

#[test]
fn a_later_reference_can_give_the_place_and_date() {
    check(&[
        (
            "Donald Tusk spotka się z Friedrichem Merzem. Do spotkania dojdzie w piątek w Berlinie.",
            &[(
                Planned,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Berlin"),
                Some("2026-01-23"),
            )],
        ),
        (
            "Donald Tusk spotka się z Friedrichem Merzem w Berlinie. Celem spotkania będzie omówienie pomocy dla Ukrainy.",
            &[(
                Planned,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Berlin"),
                None,
            )],
        ),
        // Two sentences on still; three are too far.
        (
            "Premier Jan Kowalczyk spotka się z premierem Kanady Janem Tremblayem. Tematem będzie handel. Do spotkania dojdzie w piątek w Ottawie.",
            &[(
                Planned,
                &["Jan Kowalczyk", "Jan Tremblay"],
                Some("Ottawa"),
                Some("2026-01-23"),
            )],
        ),
        (
            "Premier Jan Kowalczyk spotka się z premierem Kanady Janem Tremblayem. Tematem będzie handel. Delegacje przygotowują dokumenty. Do spotkania dojdzie w piątek w Ottawie.",
            &[(Planned, &["Jan Kowalczyk", "Jan Tremblay"], None, None)],
        ),
        // A written day replaces the article's date of a held meeting.
        (
            "Premier Jan Kowalczyk spotkał się z premierem Kanady Janem Tremblayem. Do spotkania doszło w poniedziałek w Ottawie.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                Some("Ottawa"),
                Some("2026-01-19"),
            )],
        ),
        // Talks held a year ago are not the planned meeting.
        (
            "Premier Jan Kowalczyk spotka się w piątek z premierem Kanady Janem Tremblayem. Rok temu rozmowy odbyły się w Ottawie.",
            &[(
                Planned,
                &["Jan Kowalczyk", "Jan Tremblay"],
                None,
                Some("2026-01-23"),
            )],
        ),
    ]);
}

#[test]
fn participants_listed_in_the_next_sentence() {
    check(&[(
        "W Genewie doszło do spotkania w sprawie pokoju. W spotkaniu uczestniczyli Marco Rubio, Rusłan Umierow oraz Kiriłł Dmitrijew.",
        &[(
            Held,
            &["Marco Rubio", "Rusłan Umierow", "Kiriłł Dmitrijew"],
            Some("Genewa"),
            Some("2026-01-22"),
        )],
    )]);
    // "także": the list adds to the parties the meeting sentence names.
    check(&[(
        "Prezydent Karol Nawrocki przyjął w Pałacu Prezydenckim kanclerza Niemiec Friedricha Merza. W rozmowach uczestniczyli także minister Radosław Sikorski i ambasador Anna Nowak.",
        &[(
            Held,
            &[
                "Karol Nawrocki",
                "Friedrich Merz",
                "Radosław Sikorski",
                "Anna Nowak",
            ],
            Some("Pałac Prezydencki"),
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn weekdays_resolve_against_the_article_date() {
    check(&[
        (
            "Donald Tusk spotkał się z Friedrichem Merzem w piątek.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                None,
                Some("2026-01-16"),
            )],
        ),
        (
            "Donald Tusk spotka się z Friedrichem Merzem w piątek.",
            &[(
                Planned,
                &["Donald Tusk", "Friedrich Merz"],
                None,
                Some("2026-01-23"),
            )],
        ),
        (
            "Wczoraj Donald Tusk rozmawiał z Friedrichem Merzem.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                None,
                Some("2026-01-21"),
            )],
        ),
        (
            "Donald Tusk spotkał się z Friedrichem Merzem 20 stycznia w Berlinie.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                Some("Berlin"),
                Some("2026-01-20"),
            )],
        ),
        // The article's own weekday.
        (
            "W czwartek Donald Tusk przyjął w Warszawie premiera Słowacji Roberta Fico.",
            &[(
                Held,
                &["Donald Tusk", "Robert Fico"],
                Some("Warszawa"),
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn the_announcer_is_a_party_but_a_reporter_is_not() {
    check(&[
        (
            "Władimir Putin zapowiedział, że dojdzie do spotkania z Donaldem Trumpem i Viktorem Orbánem.",
            &[(
                Planned,
                &["Władimir Putin", "Donald Trump", "Viktor Orbán"],
                None,
                None,
            )],
        ),
        (
            "Minister Radosław Sikorski poinformował, że Donald Tusk spotkał się z Friedrichem Merzem.",
            &[(
                Held,
                &["Donald Tusk", "Friedrich Merz"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn a_meeting_inside_a_quotation_is_not_reported() {
    check(&[(
        "„Spotkanie Donalda Tuska z Friedrichem Merzem było bardzo udane” – powiedział Radosław Sikorski.",
        &[],
    )]);
}

#[test]
fn cancelled_meetings_and_phone_calls_to_someone() {
    check(&[
        (
            "Spotkanie Donalda Tuska z Viktorem Orbánem zostało odwołane.",
            &[],
        ),
        (
            "Donald Tusk zadzwonił do Wołodymyra Zełenskiego.",
            &[(
                Held,
                &["Donald Tusk", "Wołodymyr Zełenski"],
                None,
                Some("2026-01-22"),
            )],
        ),
        (
            "Amerykańska delegacja spotkała się z ukraińskimi przedstawicielami w Rijadzie.",
            &[(
                Held,
                &["amerykańska delegacja", "ukraińscy przedstawiciele"],
                Some("Rijad"),
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn each_further_z_phrase_of_a_verb_is_its_own_meeting() {
    check(&[(
        "Minister Jan Kowalczyk spotkał się w Rydze z premierem Łotwy Markiem Ozolsem oraz z szefową tamtejszego MSZ Anną Kalnińską.",
        &[
            (
                Held,
                &["Jan Kowalczyk", "Marek Ozols"],
                Some("Ryga"),
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Jan Kowalczyk", "Anna Kalnińska"],
                Some("Ryga"),
                Some("2026-01-22"),
            ),
        ],
    )]);
}

#[test]
fn a_verb_without_a_subject_meets_for_the_person_last_named() {
    check(&[(
        "Premier Anna Zielińska przyleciała w środę do Wilna. Następnie spotkała się z prezydentem Litwy Janem Petrauskasem.",
        &[(
            Held,
            &["Anna Zielińska", "Jan Petrauskas"],
            // Where she flew to.
            Some("Wilno"),
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn the_leaders_of_named_countries_are_the_countries() {
    check(&[(
        "Przywódcy Litwy i Łotwy rozmawiali w poniedziałek w Wilnie.",
        &[(Held, &["Litwa", "Łotwa"], Some("Wilno"), Some("2026-01-19"))],
    )]);
}

#[test]
fn an_announced_meeting_is_planned() {
    check(&[(
        "Prezydent Marek Nowak zapowiedział spotkanie z kanclerzem Austrii Janem Huberem.",
        &[(Planned, &["Marek Nowak", "Jan Huber"], None, None)],
    )]);
}

#[test]
fn an_unmarked_lead_quote_still_reports_its_meeting() {
    check(&[(
        "Wiceminister Piotr Wrona spotka się w piątek z ambasadorem Kanady Janem Tremblayem - poinformowało ministerstwo.",
        &[(
            Planned,
            &["Piotr Wrona", "Jan Tremblay"],
            None,
            Some("2026-01-23"),
        )],
    )]);
}

#[test]
fn the_one_who_reports_is_no_party() {
    check(&[
        (
            "Minister Jan Kowalczyk – mówił rzecznik Piotr Wrona – będzie rozmawiał z ambasadorem Kanady Janem Tremblayem.",
            &[(Planned, &["Jan Kowalczyk", "Jan Tremblay"], None, None)],
        ),
        (
            "Jak przekazał rzecznik Piotr Wrona, minister Jan Kowalczyk spotka się w piątek z ambasadorem Kanady Janem Tremblayem.",
            &[(
                Planned,
                &["Jan Kowalczyk", "Jan Tremblay"],
                None,
                Some("2026-01-23"),
            )],
        ),
    ]);
}

#[test]
fn a_topic_is_not_a_party() {
    check(&[(
        "Minister Jan Kowalczyk rozmawiał z premierem Anną Zielińską o współpracy z Kanadą.",
        &[(
            Held,
            &["Jan Kowalczyk", "Anna Zielińska"],
            None,
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn m_in_does_not_end_the_sentence() {
    check(&[
        (
            "Minister Jan Kowalczyk będzie rozmawiał m.in. z ambasadorem Kanady Janem Tremblayem.",
            &[(Planned, &["Jan Kowalczyk", "Jan Tremblay"], None, None)],
        ),
        // Written out, "między innymi" is no "między A a B".
        (
            "Minister Jan Kowalczyk rozmawiał między innymi z ambasadorem Kanady Janem Tremblayem.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn a_plural_title_before_the_names_met() {
    check(&[(
        "Notatkę po spotkaniu prezydentów Marka Nowaka i Jana Huberta przesłano do kancelarii.",
        &[(
            Held,
            &["Marek Nowak", "Jan Hubert"],
            None,
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn two_meetings_in_one_sentence() {
    check(&[(
        "Wiceminister Piotr Wrona rozmawiał z ambasadorem Kanady Janem Tremblayem i spotkał się z premier Anną Zielińską.",
        &[
            (
                Held,
                &["Piotr Wrona", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Piotr Wrona", "Anna Zielińska"],
                None,
                Some("2026-01-22"),
            ),
        ],
    )]);
}

#[test]
fn the_host_after_u_is_a_party() {
    check(&[(
        "Przewodniczący Jan Kowalczyk poszedł na spotkanie u premier Anny Zielińskiej.",
        &[(
            Held,
            &["Jan Kowalczyk", "Anna Zielińska"],
            None,
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn a_title_owning_the_meeting_is_not_the_sentence_subject() {
    // The title names someone the text never ties to a name: the one who reports
    // the talk, or the party the title belongs to, is not its owner.
    check(&[
        (
            "Rzecznik Piotr Wrona przekazał, że rozmowa prezydenta z Janem Tremblayem trwała godzinę.",
            &[],
        ),
        (
            "Po południu odbyła się rozmowa prezesa PiS z Janem Tremblayem.",
            &[],
        ),
    ]);
}

#[test]
fn the_owners_of_a_meeting_in_the_genitive() {
    check(&[(
        "W piątek zaczęły się rozmowy Hendersona i Okafora w Warszawie.",
        &[(
            Held,
            &["Henderson", "Okafor"],
            Some("Warszawa"),
            Some("2026-01-16"),
        )],
    )]);
}

#[test]
fn the_leaders_named_after_a_colon() {
    check(&[
        (
            "W rozmowach uczestniczyli przywódcy Kanady i Austrii: Jan Tremblay i Jan Hubert.",
            &[(
                Held,
                &["Jan Tremblay", "Jan Hubert"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // Countries after a colon are what was talked about, not the people listed.
        (
            "W rozmowach uczestniczyli premier Jan Kowalczyk i minister Anna Zielińska, którzy omówili dwie sprawy: Kanadę i Austrię.",
            &[(
                Held,
                &["Jan Kowalczyk", "Anna Zielińska"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn a_country_stands_for_its_leader_named_in_the_text() {
    check(&[
        (
            "Prezydent Kanady Jan Tremblay przyleciał w nocy. Rano zaczęło się spotkanie prezydentów Kanady i Austrii.",
            &[(Held, &["Jan Tremblay", "Austria"], None, Some("2026-01-22"))],
        ),
        (
            // Leaders are heads of state or government, not any official of the country.
            "Kanadyjski minister spraw zagranicznych Jan Tremblay przyleciał w nocy. Rano spotkali się liderzy Kanady i Austrii.",
            &[(Held, &["Kanada", "Austria"], None, Some("2026-01-22"))],
        ),
    ]);
}

#[test]
fn one_more_participant_joins_the_meeting_just_reported() {
    check(&[(
        "Minister Jan Kowalczyk spotkał się z ministrem Kanady Janem Tremblayem. W rozmowach w Ankarze wziął też udział szef dyplomacji Austrii Jan Hubert.",
        &[(
            Held,
            &["Jan Kowalczyk", "Jan Tremblay", "Jan Hubert"],
            Some("Ankara"),
            Some("2026-01-22"),
        )],
    )]);
    check(&[(
        "Minister Jan Kowalczyk spotkał się z ministrem Kanady Janem Tremblayem. Ambasador Piotr Wrona też nie weźmie udziału w rozmowach.",
        &[(
            Held,
            &["Jan Kowalczyk", "Jan Tremblay"],
            None,
            Some("2026-01-22"),
        )],
    )]);
    // Two sentences on still; three are too far.
    check(&[
        (
            "Minister Jan Kowalczyk spotkał się z ministrem Kanady Janem Tremblayem. Tematem był handel. W rozmowach w Ankarze wziął też udział szef dyplomacji Austrii Jan Hubert.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay", "Jan Hubert"],
                Some("Ankara"),
                Some("2026-01-22"),
            )],
        ),
        (
            "Minister Jan Kowalczyk spotkał się z ministrem Kanady Janem Tremblayem. Tematem był handel. Obiad trwał długo. W rozmowach w Ankarze wziął też udział szef dyplomacji Austrii Jan Hubert.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn the_verb_first_and_the_place_nearest_the_meeting() {
    check(&[
        (
            "Spotkali się w Ottawie premier Jan Kowalczyk i premier Kanady Jan Tremblay.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                Some("Ottawa"),
                Some("2026-01-22"),
            )],
        ),
        // Where the visitor came to, not where from.
        (
            "Premier Kanady Jan Tremblay przyleciał z Berlina do Warszawy, gdzie spotkał się z premierem Janem Kowalczykiem.",
            &[(
                Held,
                &["Jan Tremblay", "Jan Kowalczyk"],
                Some("Warszawa"),
                Some("2026-01-22"),
            )],
        ),
        (
            "Premier Jan Kowalczyk, który wcześniej odwiedził Berlin, spotkał się w Ottawie z premierem Kanady Janem Tremblayem.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                Some("Ottawa"),
                Some("2026-01-22"),
            )],
        ),
    ]);
}

#[test]
fn taking_part_later_is_planned() {
    check(&[(
        "W rozmowach w Ottawie weźmie udział premier Jan Kowalczyk oraz premier Kanady Jan Tremblay.",
        &[(
            Planned,
            &["Jan Kowalczyk", "Jan Tremblay"],
            Some("Ottawa"),
            None,
        )],
    )]);
}

#[test]
fn those_listed_with_also_join_a_meeting_of_three() {
    check(&[(
        "Premier Jan Kowalczyk spotkał się z Janem Tremblayem i Janem Hubertem. W spotkaniu uczestniczyli także Piotr Wrona i Anna Zielińska.",
        &[(
            Held,
            &[
                "Jan Kowalczyk",
                "Jan Tremblay",
                "Jan Hubert",
                "Piotr Wrona",
                "Anna Zielińska",
            ],
            None,
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn also_meeting_others_does_not_bring_in_the_last_host() {
    check(&[
        (
            "Premier Jan Kowalczyk spotkał się w Ottawie z premierem Kanady Janem Tremblayem. W planach jest także rozmowa ministrów Piotra Wrony i Anny Zielińskiej.",
            &[
                (
                    Held,
                    &["Jan Kowalczyk", "Jan Tremblay"],
                    Some("Ottawa"),
                    Some("2026-01-22"),
                ),
                (Planned, &["Piotr Wrona", "Anna Zielińska"], None, None),
            ],
        ),
        (
            "Minister Piotr Wrona spotkał się w Berlinie z ministrem Kanady Janem Tremblayem. Spotkała się także Anna Zielińska z ministrem Janem Hubertem.",
            &[
                (
                    Held,
                    &["Piotr Wrona", "Jan Tremblay"],
                    Some("Berlin"),
                    Some("2026-01-22"),
                ),
                (
                    Held,
                    &["Anna Zielińska", "Jan Hubert"],
                    None,
                    Some("2026-01-22"),
                ),
            ],
        ),
    ]);
}

#[test]
fn their_first_meeting_is_another_meeting() {
    check(&[(
        "Premier Jan Kowalczyk spotkał się w Ottawie z premierem Kanady Janem Tremblayem. Tremblay powiedział, że Kowalczyk dobrze pamięta ich pierwsze spotkanie sprzed lat.",
        &[
            (
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                Some("Ottawa"),
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Jan Tremblay", "Jan Kowalczyk"],
                None,
                Some("2026-01-22"),
            ),
        ],
    )]);
}

#[test]
fn bilateral_talks_are_one_meeting_per_party() {
    check(&[(
        "Minister spraw zagranicznych Kanady Jan Tremblay przyleciał w nocy, a minister rolnictwa Austrii Jan Hubert rano. Gospodarz szczytu, premier Piotr Wrona, przybył na miejsce wcześniej. Wcześniej przeprowadził on rozmowy dwustronne z ministrami Kanady oraz Austrii.",
        &[
            (
                Held,
                &["Piotr Wrona", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Piotr Wrona", "Jan Hubert"],
                None,
                Some("2026-01-22"),
            ),
        ],
    )]);
}

#[test]
fn bilateral_talks_with_three_ministers_are_three_meetings() {
    check(&[(
        "Minister Kanady Jan Tremblay przyleciał w nocy, minister Austrii Jan Hubert rano, a minister Szwecji Lars Berg po południu. Gospodyni szczytu, premier Anna Zielińska, przeprowadziła rozmowy dwustronne z ministrami Kanady, Austrii oraz Szwecji.",
        &[
            (
                Held,
                &["Anna Zielińska", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Anna Zielińska", "Jan Hubert"],
                None,
                Some("2026-01-22"),
            ),
            (
                Held,
                &["Anna Zielińska", "Lars Berg"],
                None,
                Some("2026-01-22"),
            ),
        ],
    )]);
}

#[test]
fn bilateral_agreements_on_the_agenda_make_no_bilateral_talks() {
    check(&[(
        "Minister Kanady Jan Tremblay i minister Austrii Jan Hubert przylecieli rano. Premier Piotr Wrona spotkał się z ministrami Kanady i Austrii, by omówić nowe umowy dwustronne.",
        &[(
            Held,
            &["Piotr Wrona", "Jan Tremblay", "Jan Hubert"],
            None,
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn each_side_of_the_talks_named_in_its_own_clause() {
    check(&[(
        "W sobotę odbyły się negocjacje między Kanadą i Austrią. W rozmowach uczestniczył ambasador Kanady Jan Tremblay i doradca premiera Kanady, Piotr Wrona, natomiast austriackiej delegacji przewodniczył minister Jan Hubert.",
        &[(
            Held,
            &["Jan Tremblay", "Piotr Wrona", "Jan Hubert"],
            None,
            Some("2026-01-17"),
        )],
    )]);
}

#[test]
fn a_note_in_brackets_does_not_end_the_list() {
    check(&[(
        "Wieczorem liderzy spotkali się w Warszawie. W rozmowach wzięli udział premier Jan Kowalczyk (KO), marszałek Sejmu Piotr Wrona (PSL) oraz minister Anna Zielińska.",
        &[(
            Held,
            &["Jan Kowalczyk", "Piotr Wrona", "Anna Zielińska"],
            Some("Warszawa"),
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn one_more_talk_of_the_person_the_text_is_about() {
    check(&[(
        "Premier Jan Kowalczyk spotkał się w Ottawie z premierem Kanady Janem Tremblayem. W planach jest także rozmowa z ministrem Piotrem Wroną.",
        &[
            (
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                Some("Ottawa"),
                Some("2026-01-22"),
            ),
            // "W planach jest": still to come, where he is.
            (
                Planned,
                &["Jan Kowalczyk", "Piotr Wrona"],
                Some("Ottawa"),
                None,
            ),
        ],
    )]);
}

#[test]
fn the_one_told_to_meet_and_the_one_the_possessive_names() {
    check(&[
        (
            "Prezydent Marek Nowak polecił Janowi Kowalczykowi spotkać się z Janem Tremblayem, a minister Piotr Wrona będzie rozmawiał z Austrią.",
            &[
                (Planned, &["Jan Kowalczyk", "Jan Tremblay"], None, None),
                (Planned, &["Piotr Wrona", "Austria"], None, None),
            ],
        ),
        (
            "Doradca radził, jak rozmawiać z Janem Kowalczykiem przed jego spotkaniem z Janem Tremblayem.",
            &[(Planned, &["Jan Kowalczyk", "Jan Tremblay"], None, None)],
        ),
        // "jej": the woman among the people just named, not the man.
        (
            "Minister Piotr Wrona i premier Anna Zielińska przylecieli rano do Rzymu. Jej rozmowa z Janem Tremblayem odbędzie się po południu.",
            &[(
                Planned,
                &["Anna Zielińska", "Jan Tremblay"],
                Some("Rzym"),
                None,
            )],
        ),
    ]);
}

#[test]
fn the_one_who_comments_on_a_meeting_is_no_party_and_a_last_meeting_was_held() {
    check(&[
        (
            "Piotr Wrona ocenił, że plan Jana Kowalczyka powstał tuż po rozmowie z Janem Tremblayem.",
            &[(
                Held,
                &["Jan Kowalczyk", "Jan Tremblay"],
                None,
                Some("2026-01-22"),
            )],
        ),
        (
            "Jan Kowalczyk zamierza spotkać się z Anną Zielińską. Kowalczyk długo wspominał niedawne spotkanie z Janem Tremblayem.",
            &[
                (Planned, &["Jan Kowalczyk", "Anna Zielińska"], None, None),
                (
                    Held,
                    &["Jan Kowalczyk", "Jan Tremblay"],
                    None,
                    Some("2026-01-22"),
                ),
            ],
        ),
    ]);
}

#[test]
fn bilateral_talks_of_two_named_together_are_one_meeting() {
    check(&[(
        "Jan Kowalczyk i Anna Zielińska odbyli w Gdańsku rozmowy dwustronne.",
        &[(
            Held,
            &["Jan Kowalczyk", "Anna Zielińska"],
            Some("Gdańsk"),
            Some("2026-01-22"),
        )],
    )]);
}

#[test]
fn a_later_reference_keeps_the_written_date_of_a_held_meeting() {
    check(&[(
        "Premier Jan Kowalczyk spotkał się 19 stycznia z premierem Kanady Janem Tremblayem. Do spotkania doszło w Ottawie, a obie delegacje wyjechały 20 stycznia.",
        &[(
            Held,
            &["Jan Kowalczyk", "Jan Tremblay"],
            Some("Ottawa"),
            Some("2026-01-19"),
        )],
    )]);
}

#[test]
fn where_the_place_after_w_is_and_is_not() {
    check(&[
        // On behalf of a city is not in it.
        (
            "Jan Kowalczyk rozmawiał z Markiem Nowakiem w imieniu Warszawy.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-22"),
            )],
        ),
        // A place after its own adjective, at the start of the sentence.
        (
            "W warszawskim Pałacu Prezydenckim Jan Kowalczyk spotkał się z Markiem Nowakiem.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                Some("Pałac Prezydencki"),
                Some("2026-01-22"),
            )],
        ),
        // The city the one visited once ran is not where he was visited.
        (
            "Premier Jan Kowalczyk odwiedził w szpitalu Marka Nowaka, byłego burmistrza Gdańska.",
            &[(
                Held,
                &["Jan Kowalczyk", "Marek Nowak"],
                None,
                Some("2026-01-22"),
            )],
        ),
    ]);
}
