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
        (
            "Rakieta wystrzelona z Korei Płn. spadła do morza.",
            &[(Country, "Korea Północna")],
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

/// The organisations of `text` read with `lex`: name and the key they merge under.
fn bodies(text: &str, lex: &crate::extract::lang::Lexicon) -> Vec<(String, String)> {
    let article = parse_article("t".into(), text);
    let doc = Doc::new(&article, lex);
    let key = |t: &ThingName| {
        t.key
            .clone()
            .unwrap_or_else(|| crate::extract::lang::same_actor_key(&t.name))
    };
    let mut named = find_named_things(&doc);
    if lex.english {
        named.extend(crate::extract::en::things::institutions(&doc, &named));
    }
    named
        .iter()
        .filter(|t| t.kind == Organization)
        .map(|t| (t.name.clone(), key(t)))
        .collect()
}

#[test]
fn a_ministry_every_country_has_is_keyed_with_its_country() {
    let pl = |text| bodies(text, &LEXICON);
    let en = |text| bodies(text, &crate::extract::lang::en::ENGLISH.lex);
    let russian = pl("Komunikat wydało MSZ Rosji.")[0].clone();
    assert_eq!(russian.0, "MSZ Rosji");
    // The genitive after, the adjective before, the full name and English all
    // name the one Russian ministry.
    for (text, found) in [
        ("Rosyjskie MSZ milczy.", pl("Rosyjskie MSZ milczy.")),
        (
            "Rzecznik Ministerstwa Spraw Zagranicznych Rosji nie odpowiedział.",
            pl("Rzecznik Ministerstwa Spraw Zagranicznych Rosji nie odpowiedział."),
        ),
        (
            "Russia's Foreign Ministry said nothing.",
            en("Russia's Foreign Ministry said nothing."),
        ),
        (
            "The Russian Foreign Ministry said nothing.",
            en("The Russian Foreign Ministry said nothing."),
        ),
    ] {
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].1, russian.1, "{text}");
    }
    // Named as the text writes it, the adjective brought to the nominative.
    assert_eq!(
        en("The Russian Foreign Ministry said nothing.")[0].0,
        "Russian Foreign Ministry"
    );
    assert_eq!(
        pl("Rzeczniczka rosyjskiego MSZ zabrała głos.")[0].0,
        "rosyjskie MSZ"
    );
    assert_eq!(
        pl("Zdaniem rosyjskiego Sztabu Generalnego atak odparto.")[0].0,
        "rosyjski Sztab Generalny"
    );
    // The bare Polish "MSZ" is Poland's, and so is "polskie MSZ"; never Russia's.
    let polish = pl("MSZ wezwało ambasadora.")[0].clone();
    assert_eq!(polish.0, "MSZ");
    assert_eq!(pl("Polskie MSZ wezwało ambasadora.")[0].1, polish.1);
    assert_ne!(polish.1, russian.1);
    // A lower-case English ministry with its country joins the same actor.
    assert_eq!(
        en("Officials at the Russian defence ministry declined to comment.")[0].1,
        en("The Russian Defence Ministry declined to comment.")[0].1,
    );
}

#[test]
fn a_bare_ministry_is_the_one_its_paragraph_just_named() {
    let pl = |text| bodies(text, &LEXICON);
    let found = pl(
        "MSZ Ukrainy wydało komunikat. MSZ podkreśliło też, że odpowie.\n\nMSZ wezwało ambasadora.",
    );
    let keys: Vec<&str> = found.iter().map(|(_, k)| k.as_str()).collect();
    assert_eq!(keys[0], keys[1], "the same paragraph: Ukraine's");
    assert_ne!(keys[1], keys[2], "the next paragraph: Poland's again");
    assert_eq!(found[2].0, "MSZ");
    // Several countries after the body: no one country's, and not Poland's.
    let list = pl("Szefowie MSZ Francji, Niemiec i Polski spotkali się w Weimarze.");
    assert_ne!(list[0].1, pl("MSZ wezwało ambasadora.")[0].1);
    assert_eq!(list[0].0, "MSZ");
}
