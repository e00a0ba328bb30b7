//! English people, their mentions and the roles that stand for them, on sentences
//! written for these tests.

use crate::extract::analysis::{Analysis, canonical_name};
use crate::extract::doc::Doc;
use crate::extract::lang::en::ENGLISH;
use crate::load::parse_article;
use crate::model::ActorKind;

/// Each person's name with the texts of their mentions, in order of appearance.
fn people(text: &str) -> Vec<(String, Vec<String>)> {
    let mut article = parse_article("t".into(), &format!("date 2026-04-20\n\n{text}"));
    article.language = crate::model::Language::English;
    let a = Analysis::new(Doc::new(&article, &ENGLISH.lex));
    let mut out: Vec<(usize, String, Vec<String>)> = Vec::new();
    for m in &a.mentions {
        if a.kind_of(m) != ActorKind::Person {
            continue;
        }
        let span = a.doc.span_of(m.tokens.clone());
        let said = a.doc.text[span.range()].to_string();
        match out.iter_mut().find(|(e, _, _)| *e == m.entity) {
            Some((_, _, forms)) => forms.push(said),
            None => out.push((
                m.entity,
                canonical_name(&a.entities[m.entity].proposals),
                vec![said],
            )),
        }
    }
    out.into_iter().map(|(_, n, f)| (n, f)).collect()
}

fn person(name: &str, forms: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        forms.iter().map(|f| f.to_string()).collect(),
    )
}

#[test]
fn a_title_is_in_the_mention_not_in_the_name() {
    assert_eq!(
        people("President Paul Mensah spoke first. Later Mr Mensah left."),
        vec![person("Paul Mensah", &["Paul Mensah", "Mr Mensah"])]
    );
    // "DR Congo" is a country, not a doctor called Congo.
    assert_eq!(people("The DR Congo delegation left early."), Vec::new());
    // "First Lady" is a role, not the title "Lady".
    assert_eq!(
        people("First Lady Maria Mensah opened the school."),
        vec![person("Maria Mensah", &["Maria Mensah"])]
    );
}

#[test]
fn names_with_a_joined_article_or_after_a_role_and_comma() {
    assert_eq!(
        people(
            "Foreign Minister Asaad Hassan al-Rifai arrived. Al-Rifai spoke. It sent its ambassador to Poland, Jonas Berg, home."
        ),
        vec![
            person(
                "Asaad Hassan al-Rifai",
                &["Asaad Hassan al-Rifai", "Al-Rifai"]
            ),
            person("Jonas Berg", &["Jonas Berg"]),
        ]
    );
}

#[test]
fn a_given_name_alone_is_its_one_bearer() {
    assert_eq!(
        people("Minister Karol Nowicki came. Karol stayed for dinner."),
        vec![person("Karol Nowicki", &["Karol Nowicki", "Karol"])]
    );
}

#[test]
fn a_bare_surname_goes_to_the_namesake_mentioned_most() {
    let found = people(
        "President Mark Olsen arrived. Mr Olsen met the mayor. He showed a portrait of his uncle, Peter Olsen. Mr Olsen said more.",
    );
    assert_eq!(found[0].0, "Mark Olsen");
    assert_eq!(found[0].1.len(), 3, "{found:?}");
}

#[test]
fn bare_roles_keep_their_determiner_and_find_their_holder() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Kremlin spokesman Dmitry Peskov spoke. The Kremlin official added more.",
            "Dmitry Peskov",
            "The Kremlin official",
        ),
        (
            "Latvia's President Ilze Ozola met Lithuanian President Jonas Kairys. The Latvian leader left.",
            "Ilze Ozola",
            "The Latvian leader",
        ),
        (
            "Russian President Vladimir Putin met his French counterpart Emmanuel Macron. The French president left.",
            "Emmanuel Macron",
            "The French president",
        ),
        (
            "President Ivan Horak met Outgoing Polish President Adam Wrona. The Ukrainian president spoke.",
            "Ivan Horak",
            "The Ukrainian president",
        ),
        (
            "Ghana's President Kofi Mensah met Prime Minister Yao Agbo. Agbo praised his Ghanaian counterpart.",
            "Kofi Mensah",
            "his Ghanaian counterpart",
        ),
        (
            "Angolan President Joao Neto, the African Union's (AU) mediator in the crisis, left. The talks depend on the mediator.",
            "Joao Neto",
            "the mediator",
        ),
    ];
    for (text, name, form) in cases {
        let found = people(text);
        let holder = found.iter().find(|(n, _)| n == name);
        assert!(
            holder.is_some_and(|(_, forms)| forms.iter().any(|f| f == form)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn korean_names_keep_both_syllables_of_the_given_name() {
    assert_eq!(
        people("Kim Jong Un met Kim Yo Jong. Later Kim Jong Un left."),
        vec![
            person("Kim Jong Un", &["Kim Jong Un", "Kim Jong Un"]),
            person("Kim Yo Jong", &["Kim Yo Jong"]),
        ]
    );
}

#[test]
fn a_bare_surname_shared_by_father_and_son_is_the_one_named_first() {
    let found = people(
        "President Alexei Mensah met the envoy. Viktor Mensah, the president's son, joined the talks. Mensah later spoke to reporters.",
    );
    assert_eq!(
        found,
        vec![
            person("Alexei Mensah", &["Alexei Mensah", "Mensah"]),
            person("Viktor Mensah", &["Viktor Mensah"]),
        ]
    );
}

#[test]
fn a_royal_title_and_an_arabic_name_with_its_particle() {
    assert_eq!(
        people(
            "The talks were hosted by Prince Khalid bin Nasser in Jeddah. \
             Prince Khalid said both sides had been frank. Crown Prince Ahmed bin Adel \
             did not attend."
        ),
        vec![
            person(
                "Khalid bin Nasser",
                &["Prince Khalid bin Nasser", "Prince Khalid"]
            ),
            // "Crown Prince" is a role, not a title of the name.
            person("Ahmed bin Adel", &["Ahmed bin Adel"]),
        ]
    );
}

#[test]
fn a_surname_after_an_aide_is_a_person() {
    assert_eq!(
        people("The Kremlin aide Volkov told reporters the date was not set."),
        vec![person("Volkov", &["Volkov"])]
    );
}
