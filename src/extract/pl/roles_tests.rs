use super::*;
use crate::extract::lang::pl::LEXICON;
use crate::extract::pl::names::find_person_names;
use crate::load::parse_article;

/// What the role passes say about one named person: the role before the name,
/// whether that role is a relation to someone else, and the apposition after it.
#[derive(Debug, PartialEq)]
struct Described {
    before: Option<String>,
    relation: bool,
    after: Option<String>,
}

fn described(text: &str, name: &str) -> Described {
    let article = parse_article("t".into(), text);
    let doc = Doc::new(&article, &LEXICON);
    let names = find_person_names(&doc);
    let person = names
        .iter()
        .find(|n| n.full_name() == name)
        .unwrap_or_else(|| panic!("{name} not found in {text}"));
    let before = role_before(&doc, person.tokens.start, person.gender, person.nominative);
    Described {
        relation: before
            .as_ref()
            .is_some_and(|r| is_relation(r, person.nominative)),
        before: before.map(|r| r.text),
        after: role_after(&doc, person.tokens.end).map(|r| r.text),
    }
}

/// Text, person, role before, relation, apposition after.
type Case<'a> = (&'a str, &'a str, Option<&'a str>, bool, Option<&'a str>);

fn check(cases: &[Case]) {
    for (text, name, before, relation, after) in cases {
        let want = Described {
            before: before.map(str::to_string),
            relation: *relation,
            after: after.map(str::to_string),
        };
        assert_eq!(described(text, name), want, "{name} in {text}");
    }
}

#[test]
fn roles_before_a_name_come_to_the_nominative() {
    check(&[
        (
            "Do Ankary przyleciał rosyjski minister spraw zagranicznych Siergiej Ławrow.",
            "Siergiej Ławrow",
            Some("rosyjski minister spraw zagranicznych"),
            false,
            None,
        ),
        (
            "Rozmowa z rosyjskim ministrem spraw zagranicznych Siergiejem Ławrowem trwała godzinę.",
            "Siergiej Ławrow",
            Some("rosyjski minister spraw zagranicznych"),
            false,
            None,
        ),
        (
            "List do prezydenta USA Donalda Trumpa wysłano w piątek.",
            "Donald Trump",
            Some("prezydent USA"),
            false,
            None,
        ),
        (
            "Wywiad z prezydentem USA Donaldem Trumpem ukazał się w sobotę.",
            "Donald Trump",
            Some("prezydent USA"),
            false,
            None,
        ),
        (
            "Kanclerz Niemiec Friedrich Merz przyleciał do Paryża.",
            "Friedrich Merz",
            Some("kanclerz Niemiec"),
            false,
            None,
        ),
        (
            "Szef MSZ Radosław Sikorski odwiedził Kijów.",
            "Radosław Sikorski",
            Some("szef MSZ"),
            false,
            None,
        ),
        (
            "Przewodnicząca Komisji Europejskiej Ursula von der Leyen przemawiała długo.",
            "Ursula von der Leyen",
            Some("przewodnicząca Komisji Europejskiej"),
            false,
            None,
        ),
        (
            "Rozmawiał z sekretarzem stanu USA Marco Rubio.",
            "Marco Rubio",
            Some("sekretarz stanu USA"),
            false,
            None,
        ),
        (
            "Minister pojechał do Bratysławy, aby rozmawiać z premierem Słowacji Robertem Fico.",
            "Robert Fico",
            Some("premier Słowacji"),
            false,
            None,
        ),
    ]);
}

#[test]
fn a_preposition_before_the_name_ends_the_role() {
    check(&[
        (
            "Rozmowa premiera z Peterem Novakiem trwała godzinę.",
            "Peter Novak",
            None,
            false,
            None,
        ),
        (
            "Wcześniej głos zabrał szef PO Jan Nowicki.",
            "Jan Nowicki",
            Some("szef PO"),
            false,
            None,
        ),
        (
            "Kanclerz spotkał się z ministrem Heiko Maasem w Berlinie.",
            "Heiko Maas",
            Some("minister"),
            false,
            None,
        ),
    ]);
}

#[test]
fn feminine_roles_agree_with_the_woman_named() {
    check(&[
        (
            "Do Brukseli przyjechała francuska minister Catherine Colonna.",
            "Catherine Colonna",
            Some("francuska minister"),
            false,
            None,
        ),
        (
            "Rozmawiał z niemiecką minister spraw zagranicznych Annaleną Baerbock.",
            "Annalena Baerbock",
            Some("niemiecka minister spraw zagranicznych"),
            false,
            None,
        ),
        (
            "Wcześniej szefowa dyplomacji Kaja Kallas odwiedziła Kijów.",
            "Kaja Kallas",
            Some("szefowa dyplomacji"),
            false,
            None,
        ),
        (
            "W Londynie przemawiała była premier Wielkiej Brytanii Theresa May.",
            "Theresa May",
            Some("była premier Wielkiej Brytanii"),
            false,
            None,
        ),
    ]);
}

#[test]
fn appositions_after_a_name() {
    check(&[
        (
            "Kiriłł Dmitrijew, uznawany za wysłannika Kremla, przyleciał do Miami.",
            "Kiriłł Dmitrijew",
            None,
            false,
            Some("wysłannik Kremla"),
        ),
        (
            "Władysław Kosiniak-Kamysz, wicepremier i szef MON, przyjechał do Rzeszowa.",
            "Władysław Kosiniak-Kamysz",
            None,
            false,
            Some("wicepremier i szef MON"),
        ),
        (
            "Spotkał się z Anną Kowalską, ministrą klimatu, w Katowicach.",
            "Anna Kowalska",
            None,
            false,
            Some("ministra klimatu"),
        ),
        // The next item of a list, not an apposition of the first.
        (
            "Na naradzie byli Donald Tusk, wicepremier i szef MON Władysław Kosiniak-Kamysz.",
            "Donald Tusk",
            None,
            false,
            None,
        ),
        (
            "Na naradzie byli Donald Tusk, wicepremier i szef MON Władysław Kosiniak-Kamysz.",
            "Władysław Kosiniak-Kamysz",
            Some("szef MON"),
            false,
            None,
        ),
    ]);
}

#[test]
fn a_relation_names_someone_else() {
    check(&[
        (
            "Delegacja rozmawiała z przedstawicielem Władimira Putina.",
            "Władimir Putin",
            Some("przedstawiciel"),
            true,
            None,
        ),
        (
            "Na lotnisku czekał przedstawiciel Władimira Putina.",
            "Władimir Putin",
            Some("przedstawiciel"),
            true,
            None,
        ),
        // With a modifier, or before a name in the nominative, it is a title.
        (
            "Rozmawiał z rzecznikiem Kremla Dmitrijem Pieskowem.",
            "Dmitrij Pieskow",
            Some("rzecznik Kremla"),
            false,
            None,
        ),
        (
            "W rozmowach uczestniczył wysłannik Kiriłł Dmitrijew.",
            "Kiriłł Dmitrijew",
            Some("wysłannik"),
            false,
            None,
        ),
    ]);
}

#[test]
fn roles_name_their_countries() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Kanclerz Niemiec Friedrich Merz przyleciał do Paryża.",
            "Friedrich Merz",
            &["Niemcy"],
        ),
        (
            "Do Brukseli przyjechała francuska minister Catherine Colonna.",
            "Catherine Colonna",
            &["Francja"],
        ),
        (
            "List do prezydenta USA Donalda Trumpa wysłano w piątek.",
            "Donald Trump",
            &["Stany Zjednoczone"],
        ),
        (
            "Szef MSZ Radosław Sikorski odwiedził Kijów.",
            "Radosław Sikorski",
            &[],
        ),
    ];
    for (text, name, want) in cases {
        let article = parse_article("t".into(), text);
        let doc = Doc::new(&article, &LEXICON);
        let names = find_person_names(&doc);
        let person = names.iter().find(|n| n.full_name() == *name).unwrap();
        let role =
            role_before(&doc, person.tokens.start, person.gender, person.nominative).unwrap();
        assert_eq!(role.countries, *want, "{text}");
    }
}

#[test]
fn bare_roles_match_the_words_of_a_known_role() {
    let cases: &[(&str, &str, &[&str], Option<usize>)] = &[
        (
            "– Nie ustąpimy – oświadczył prezydent USA.",
            "prezydent",
            &["usa"],
            Some(1),
        ),
        (
            "– Nie ustąpimy – dodał prezydent.",
            "prezydent",
            &["usa"],
            Some(0),
        ),
        // The text may skip some of the role's words.
        (
            "– To ważny dzień – powiedział szef MSZ.",
            "szef",
            &["polskiego", "msz"],
            Some(1),
        ),
        (
            "– Zgoda – zapewniła szefowa polskiego rządu.",
            "szefowa",
            &["polskiego", "rządu"],
            Some(2),
        ),
        // An abbreviation of the remaining words.
        (
            "– Zgoda – odpowiedziała przewodnicząca KE.",
            "przewodnicząca",
            &["komisji", "europejskiej"],
            Some(1),
        ),
        // A name, another country or another nationality: someone else.
        (
            "Głos zabrał prezydent Francji.",
            "prezydent",
            &["usa"],
            None,
        ),
        (
            "Głos zabrał prezydent Donald Trump.",
            "prezydent",
            &["usa"],
            None,
        ),
        (
            "– Zgoda – zapewniła szefowa włoskiego rządu.",
            "szefowa",
            &["polskiego", "rządu"],
            None,
        ),
    ];
    for (text, role, modifiers, want) in cases {
        let article = parse_article("t".into(), text);
        let doc = Doc::new(&article, &LEXICON);
        let i = (0..doc.len()).find(|&k| doc.lower(k) == *role).unwrap();
        let modifiers: Vec<String> = modifiers.iter().map(|m| m.to_string()).collect();
        assert_eq!(bare_role_length(&doc, i, &modifiers), *want, "{text}");
    }
}

#[test]
fn a_capitalised_adjective_opening_the_sentence_belongs_to_the_role() {
    check(&[
        (
            "Rosyjski minister spraw zagranicznych Siergiej Ławrow przyleciał do Ankary.",
            "Siergiej Ławrow",
            Some("rosyjski minister spraw zagranicznych"),
            false,
            None,
        ),
        (
            "Francuska minister Catherine Colonna zabrała głos.",
            "Catherine Colonna",
            Some("francuska minister"),
            false,
            None,
        ),
        // "był" is a verb, not the adjective "były".
        (
            "W Rzymie był premier Węgier Viktor Orbán.",
            "Viktor Orbán",
            Some("premier Węgier"),
            false,
            None,
        ),
    ]);
}

/// The office, the words after the head that belong to the phrase, the countries.
type Office<'a> = Option<(&'a str, usize, &'a [&'a str])>;

/// Text, the role head, and what the phrase says as an office.
#[test]
fn bare_role_phrases_name_offices() {
    let cases: &[(&str, &str, Office)] = &[
        (
            "Szef ukraińskiej dyplomacji przyjechał.",
            "szef",
            Some(("foreign-minister", 2, &["Ukraina"])),
        ),
        (
            "Potem minister spraw zagranicznych Litwy dodał.",
            "minister",
            Some(("foreign-minister", 3, &["Litwa"])),
        ),
        (
            "Dodał też szef MSZ w wywiadzie.",
            "szef",
            Some(("foreign-minister", 1, &[])),
        ),
        (
            "Węgierski premier nie przyjechał.",
            "premier",
            Some(("prime-minister", 0, &["Węgry"])),
        ),
        (
            "Chiński przywódca stwierdził, że tak.",
            "przywódca",
            Some(("*", 0, &["Chiny"])),
        ),
        ("Szef kuchni nie przyjechał.", "szef", None),
    ];
    for (text, head, want) in cases {
        let article = parse_article("t".into(), text);
        let doc = Doc::new(&article, &LEXICON);
        let i = (0..doc.len()).find(|&k| doc.lower(k) == *head).expect(head);
        let lemma = doc.role(i).expect("a role noun").lemma;
        let got = bare_office(&doc, i, lemma);
        let got = got.as_ref().map(|(o, n, c)| (*o, *n, c.as_slice()));
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn a_genitive_role_noun_belongs_to_the_longer_title() {
    let d = described(
        "– Jesteśmy gotowi – powiedział szef kancelarii prezydenta Litwy Jonas Petraitis.",
        "Jonas Petraitis",
    );
    assert_eq!(
        d.before.as_deref(),
        Some("szef kancelarii prezydenta Litwy")
    );
    // Before a genitive name the nearer noun is the name's own title.
    let d = described(
        "Rozmawiał z doradcą prezydenta Litwy Jonasa Petraitisa.",
        "Jonas Petraitis",
    );
    assert_eq!(d.before.as_deref(), Some("prezydent Litwy"));
}
