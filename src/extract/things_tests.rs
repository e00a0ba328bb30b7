use super::*;
use crate::extract::analysis::Analysis;
use crate::extract::lang::pl::LEXICON;
use crate::load::parse_article;
use ActorKind::{Country, Group, Organization};

/// Countries, organisations and groups in text order, with their nominative names.
fn things(text: &str) -> Vec<(ActorKind, String)> {
    let article = parse_article("t".into(), text);
    let doc = Doc::new(&article, &LEXICON);
    let named = find_named_things(&doc);
    let countries: Vec<ThingName> = named
        .iter()
        .filter(|t| t.kind == Country)
        .cloned()
        .collect();
    let mut all = named;
    all.extend(find_groups(&doc, &countries));
    all.sort_by_key(|t| t.tokens.start);
    all.into_iter().map(|t| (t.kind, t.name)).collect()
}

fn check(cases: &[(&str, &[(ActorKind, &str)])]) {
    for (text, want) in cases {
        let want: Vec<(ActorKind, String)> =
            want.iter().map(|(k, n)| (*k, n.to_string())).collect();
        assert_eq!(things(text), want, "{text}");
    }
}

#[test]
fn countries_come_to_the_nominative() {
    check(&[
        (
            "Rząd podpisał porozumienie ze Stanami Zjednoczonymi.",
            &[(Country, "Stany Zjednoczone")],
        ),
        (
            "Rząd podpisał porozumienie z USA.",
            &[(Country, "Stany Zjednoczone")],
        ),
        (
            "Komunikat wydała Komisja Europejska, a Niemcy go poparły.",
            &[(Organization, "Komisja Europejska"), (Country, "Niemcy")],
        ),
    ]);
}

#[test]
fn an_abbreviation_is_the_same_country() {
    let article = parse_article(
        "t".into(),
        "Umowę ze Stanami Zjednoczonymi podpisano w maju. USA zapowiedziały kolejne.",
    );
    let a = Analysis::new(Doc::new(&article, &LEXICON));
    let countries: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.kind == Country)
        .map(|e| e.key.as_str())
        .collect();
    assert_eq!(countries.len(), 1, "{countries:?}");
    let mentions = a
        .mentions
        .iter()
        .filter(|m| a.kind_of(m) == Country)
        .count();
    assert_eq!(mentions, 2);
}

#[test]
fn institutions_are_organisations() {
    check(&[
        (
            "Ministerstwo Klimatu i Środowiska wydało komunikat.",
            &[(Organization, "Ministerstwo Klimatu i Środowiska")],
        ),
        (
            "Raport trafił do Ministerstwa Klimatu i Środowiska.",
            &[(Organization, "Ministerstwo Klimatu i Środowiska")],
        ),
        (
            "Raport przygotowało Ministerstwo Spraw Zagranicznych.",
            &[(Organization, "Ministerstwo Spraw Zagranicznych")],
        ),
    ]);
}

#[test]
fn groups_take_what_tells_whose_they_are() {
    check(&[
        (
            "Premier rozmawiał z amerykańską delegacją.",
            &[(Group, "amerykańska delegacja")],
        ),
        (
            "Do Genewy przyjechało kilku ukraińskich przedstawicieli.",
            &[(Group, "ukraińscy przedstawiciele")],
        ),
        (
            "Rząd prowadzi konsultacje z państwami europejskimi.",
            &[(Group, "państwa europejskie")],
        ),
        (
            "Sekretarz stanu spotkał się z doradcami ds. bezpieczeństwa narodowego z Francji, Niemiec i Wielkiej Brytanii.",
            &[
                (
                    Group,
                    "doradcy ds. bezpieczeństwa narodowego z Francji, Niemiec i Wielkiej Brytanii",
                ),
                (Country, "Francja"),
                (Country, "Niemcy"),
                (Country, "Wielka Brytania"),
            ],
        ),
        (
            "Minister rozmawiał z przedstawicielami brytyjskiego przemysłu obronnego.",
            &[(Group, "przedstawiciele brytyjskiego przemysłu obronnego")],
        ),
        (
            "Rozmowy prowadziła delegacja USA.",
            &[(Group, "delegacja USA"), (Country, "Stany Zjednoczone")],
        ),
        (
            "W Berlinie obradowali ministrowie spraw zagranicznych państw NATO.",
            &[(Group, "państwa NATO"), (Organization, "NATO")],
        ),
    ]);
}

#[test]
fn one_person_or_an_unqualified_noun_is_no_group() {
    check(&[
        ("Wiceminister przyjął przedstawiciela ambasady.", &[]),
        ("Głos zabrali przedstawiciele.", &[]),
    ]);
}
