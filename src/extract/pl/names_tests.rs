use super::*;
use crate::extract::lang::pl::LEXICON;
use crate::load::parse_article;

fn names(text: &str) -> Vec<(String, String, bool)> {
    let article = parse_article("t".into(), text);
    let doc = Doc::new(&article, &LEXICON);
    find_person_names(&doc)
        .into_iter()
        .map(|n| {
            let span = doc.span_of(n.tokens.clone());
            (
                doc.text[span.range()].to_string(),
                n.full_name(),
                n.nominative,
            )
        })
        .collect()
}

#[test]
fn declined_full_names_come_to_the_nominative() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Spotkanie przedstawiciela Władimira Putina.",
            "Władimira Putina",
            "Władimir Putin",
        ),
        (
            "Rozmawiał ze Steve'em Witkoffem.",
            "Steve'em Witkoffem",
            "Steve Witkoff",
        ),
        (
            "Przyjechał z Jaredem Kushnerem.",
            "Jaredem Kushnerem",
            "Jared Kushner",
        ),
        (
            "Mówiono o Donaldzie Tusku.",
            "Donaldzie Tusku",
            "Donald Tusk",
        ),
        (
            "Spotkał się z Emmanuelem Macronem.",
            "Emmanuelem Macronem",
            "Emmanuel Macron",
        ),
        (
            "Rozmowa z Ursulą von der Leyen.",
            "Ursulą von der Leyen",
            "Ursula von der Leyen",
        ),
        (
            "List do Wołodymyra Zełenskiego.",
            "Wołodymyra Zełenskiego",
            "Wołodymyr Zełenski",
        ),
        ("Wizyta Kai Kallas.", "Kai Kallas", "Kaja Kallas"),
        (
            "Z Władysławem Kosiniakiem-Kamyszem.",
            "Władysławem Kosiniakiem-Kamyszem",
            "Władysław Kosiniak-Kamysz",
        ),
        (
            "Wladimir Putin przyjechał.",
            "Wladimir Putin",
            "Wladimir Putin",
        ),
        // A first name that does not decline: the surname in -o the text also
        // writes in the nominative.
        (
            "Przyjechał Marco Rubio. Według Marco Rubia rozmowy były dobre.",
            "Marco Rubia",
            "Marco Rubio",
        ),
        (
            "Przyjechał Marco Rubio. Rozmawiano z Marco Rubiem.",
            "Marco Rubiem",
            "Marco Rubio",
        ),
        // A feminine role makes "Roberta" a woman's name; her surname in -a
        // declines, confirmed by its nominative in the text.
        (
            "Przewodnicząca Parlamentu Europejskiego Roberta Metsola przyjechała.",
            "Roberta Metsola",
            "Roberta Metsola",
        ),
        (
            "Przewodnicząca Parlamentu Europejskiego Roberta Metsola przyjechała. Według Roberty Metsoli to ważny dzień.",
            "Roberty Metsoli",
            "Roberta Metsola",
        ),
        // A foreign first name with its Polish ending after an apostrophe.
        (
            "Wspomniał wizytę byłego prezydenta USA Billy'ego Thorntona w Gdańsku.",
            "Billy'ego Thorntona",
            "Billy Thornton",
        ),
        // A Czech or Slovak woman's surname declines as an adjective.
        (
            "Wczoraj rozmawiał z Martą Novákovą o gazie.",
            "Martą Novákovą",
            "Marta Nováková",
        ),
        // ... also when the first name is left undeclined: no surname's
        // nominative ends in "-ą".
        (
            "Wczoraj rozmawiał z Marta Novákovą o gazie.",
            "Marta Novákovą",
            "Marta Nováková",
        ),
        // An unknown first name in the instrumental after a man's title, the
        // surname declined with it.
        (
            "Spotkał się z premierem Słowenii Matjażem Kovaczem w Lublanie.",
            "Matjażem Kovaczem",
            "Matjaż Kovacz",
        ),
    ];
    for (text, form, name) in cases {
        let found = names(text);
        assert!(
            found.iter().any(|(f, n, _)| f == form && n == name),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn surnames_alone_follow_known_people_and_roles() {
    let found =
        names("Spotkał się z Donaldem Trumpem. Potem Trump wyjechał, a kanclerz Merz został.");
    let forms: Vec<(&str, &str, bool)> = found
        .iter()
        .map(|(f, n, nom)| (f.as_str(), n.as_str(), *nom))
        .collect();
    assert_eq!(
        forms,
        [
            ("Donaldem Trumpem", "Donald Trump", false),
            ("Trump", "Trump", true),
            ("Merz", "Merz", true)
        ]
    );
}

#[test]
fn capitalised_words_that_are_not_names_are_left_alone() {
    for text in [
        "W Davos doszło do spotkania.",
        "Rozmowy odbyły się za zamkniętymi drzwiami.",
        "Ukraina także prowadzi ofensywę.",
        "Stany Zjednoczone i Unia Europejska rozmawiały.",
    ] {
        assert_eq!(names(text), vec![], "{text}");
    }
}

#[test]
fn a_first_name_alone_is_the_one_person_with_it() {
    let found = names(
        "Kanclerz Olaf Brandt przyjechał rano. – Drogi Olafie, witaj – powiedział gospodarz.",
    );
    assert!(
        found.contains(&("Olafie".to_string(), "Olaf Brandt".to_string(), false)),
        "{found:?}"
    );
}

#[test]
fn a_genitive_after_a_relation_noun_is_the_other_person() {
    let found =
        names("Doradca Hendersona zapowiedział wizytę. Henderson nie skomentował tych słów.");
    assert!(
        found.contains(&("Hendersona".to_string(), "Henderson".to_string(), false)),
        "{found:?}"
    );
}

#[test]
fn double_first_names_decline_in_each_part() {
    let found = names("Prezydent przyjął Franka-Waltera Steinmeiera w Pałacu.");
    assert!(
        found.contains(&(
            "Franka-Waltera Steinmeiera".to_string(),
            "Frank-Walter Steinmeier".to_string(),
            false
        )),
        "{found:?}"
    );
}

#[test]
fn korean_and_chinese_names_keep_their_order_and_decline_at_the_end() {
    let cases: &[(&str, &str, &str, bool)] = &[
        (
            "Delegację powitał Pak Jong Sik na lotnisku.",
            "Pak Jong Sik",
            "Pak Jong Sik",
            true,
        ),
        (
            "Rozmawiano z Kim Jong Hanem o sankcjach.",
            "Kim Jong Hanem",
            "Kim Jong Han",
            false,
        ),
        (
            "Przemówienie urzędnika Kim Jong Czola trwało krótko.",
            "Kim Jong Czola",
            "Kim Jong Czol",
            false,
        ),
        (
            "Minister spotkał się z Wang Chao w Pekinie.",
            "Wang Chao",
            "Wang Chao",
            true,
        ),
    ];
    for (text, span, name, nominative) in cases {
        let found = names(text);
        let want = (span.to_string(), name.to_string(), *nominative);
        assert!(found.contains(&want), "{text}: {found:?}");
    }
}

#[test]
fn a_declined_first_name_keeps_the_spelling_the_text_writes() {
    let found = names("Aleksandr Łukaszenka przyjął gości. Rozmawiali z Aleksandrem Łukaszenką.");
    let firsts: Vec<&str> = found.iter().map(|(_, name, _)| name.as_str()).collect();
    assert_eq!(firsts, ["Aleksandr Łukaszenka", "Aleksandr Łukaszenka"]);
}

#[test]
fn a_family_name_alone_is_a_person() {
    let found =
        names("Kolację wydano na cześć Xi i jego żony. Wcześniej prezydent spotkał się z Xi.");
    let people: Vec<&str> = found.iter().map(|(_, name, _)| name.as_str()).collect();
    assert_eq!(people, ["Xi", "Xi"]);
}

#[test]
fn a_first_name_alone_after_a_name_written_twice() {
    let found = names(
        "Kanclerz Olaf Scholz przyjechał. Olaf Scholz mówił długo. Prezydent zwrócił się do niego: drogi Olafie.",
    );
    assert_eq!(
        found.last().map(|(_, name, _)| name.as_str()),
        Some("Olaf Scholz")
    );
}
