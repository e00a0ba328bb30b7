//! English quotations and reported speech on sentences written for these tests.

use crate::extract::analysis::{Analysis, canonical_name};
use crate::extract::doc::Doc;
use crate::extract::lang::en::ENGLISH;
use crate::extract::quotes::find_quotes;
use crate::load::parse_article;
use crate::model::QuoteKind::{self, Direct, Reported};

/// Kind, speaker and words of each quotation in an English text.
fn quotes(text: &str) -> Vec<(QuoteKind, Option<String>, String)> {
    let mut article = parse_article("t".into(), &format!("date 2026-04-07\n\n{text}"));
    article.language = crate::model::Language::English;
    let a = Analysis::new(Doc::new(&article, &ENGLISH.lex));
    find_quotes(&a)
        .into_iter()
        .map(|q| {
            let span = a.doc.span_of(q.tokens.clone());
            let speaker = q.speaker.map(|e| canonical_name(&a.entities[e].proposals));
            (q.kind, speaker, a.doc.text[span.range()].to_string())
        })
        .collect()
}

/// A quotation expected: kind, words, speaker.
type Expected<'a> = (QuoteKind, &'a str, Option<&'a str>);

/// Each text gives exactly these quotations.
fn check(cases: &[(&str, &[Expected])]) {
    for (text, expected) in cases {
        let expected: Vec<(QuoteKind, Option<String>, String)> = expected
            .iter()
            .map(|(k, words, who)| (*k, who.map(str::to_string), words.to_string()))
            .collect();
        assert_eq!(quotes(text), expected, "{text}");
    }
}

#[test]
fn a_quotation_inside_a_reported_clause_is_only_direct() {
    check(&[
        (
            "Premier Li Qiang met EU leaders. Li praised the “frank atmosphere” of the talks and said that China was ready to “meet Europe halfway” on trade.",
            &[
                (Direct, "frank atmosphere", Some("Li Qiang")),
                (Direct, "meet Europe halfway", Some("Li Qiang")),
            ],
        ),
        (
            "President Recep Tayyip Erdogan said he was “honoured” that Istanbul had been chosen.",
            &[(Direct, "honoured", Some("Recep Tayyip Erdogan"))],
        ),
        // The lead's attribution gives the fragment its speaker.
        (
            "Sanctions will “bite harder” next year, Finance Minister Olga Berg predicted on Monday.",
            &[(Direct, "bite harder", Some("Olga Berg"))],
        ),
    ]);
}

#[test]
fn a_clause_without_that_needs_a_finite_verb() {
    check(&[
        (
            "Chancellor Friedrich Merz said the two governments had agreed on a new fund.",
            &[(
                Reported,
                "the two governments had agreed on a new fund",
                Some("Friedrich Merz"),
            )],
        ),
        (
            "Senator Tom Ellis argues today ahead of the vote in the chamber.",
            &[],
        ),
        (
            "Foreign Minister Ana Ruiz told reporters the border would reopen next week.",
            &[(
                Reported,
                "the border would reopen next week",
                Some("Ana Ruiz"),
            )],
        ),
    ]);
}

#[test]
fn that_after_a_say_verb_belongs_to_it_only_across_an_adverbial() {
    check(&[
        (
            "Mayor Lena Holm said on Friday that the bridge would close.",
            &[(Reported, "the bridge would close", Some("Lena Holm"))],
        ),
        (
            "Mayor Lena Holm said her talks with the minister showed that the city needed help.",
            &[(
                Reported,
                "her talks with the minister showed that the city needed help",
                Some("Lena Holm"),
            )],
        ),
    ]);
}

#[test]
fn a_report_ends_before_the_reporters_gloss_and_a_new_report() {
    check(&[
        (
            "Minister Jan Olsen said the deal protects fishermen, underscoring the weight of the industry.",
            &[(Reported, "the deal protects fishermen", Some("Jan Olsen"))],
        ),
        (
            "Noting that the winter had been mild, Minister Jan Olsen said gas stocks were high.",
            &[
                (Reported, "the winter had been mild", Some("Jan Olsen")),
                (Reported, "gas stocks were high", Some("Jan Olsen")),
            ],
        ),
    ]);
}

#[test]
fn leads_asides_and_sources_at_the_end_of_a_sentence() {
    check(&[
        (
            "The ceasefire is holding, Defence Minister Piotr Nowak told journalists on Tuesday.",
            &[(Reported, "The ceasefire is holding", Some("Piotr Nowak"))],
        ),
        (
            "Minister Piotr Nowak spoke in Gdansk. The army will grow by a third, he said.",
            &[(
                Reported,
                "The army will grow by a third",
                Some("Piotr Nowak"),
            )],
        ),
        (
            "The new budget, Mr Nowak said, would favour the navy.",
            &[(
                Reported,
                "The new budget, Mr Nowak said, would favour the navy",
                Some("Nowak"),
            )],
        ),
        (
            "Prices rose by four percent in the spring, according to the IMF.",
            &[(
                Reported,
                "Prices rose by four percent in the spring",
                Some("IMF"),
            )],
        ),
        (
            "The talks were useful, the DR Congo presidency said.",
            &[(
                Reported,
                "The talks were useful",
                Some("DR Congo presidency"),
            )],
        ),
        (
            "The talks were useful, the Norwegian government said.",
            &[(
                Reported,
                "The talks were useful",
                Some("Norwegian government"),
            )],
        ),
    ]);
}

#[test]
fn the_one_quoted_as_saying_is_the_speaker() {
    check(&[(
        "“The port will stay open,” the Greek foreign ministry quoted Minister Nikos Pappas as saying.",
        &[(Direct, "The port will stay open", Some("Nikos Pappas"))],
    )]);
}

#[test]
fn a_term_after_call_is_no_quotation() {
    check(&[(
        "Minister Jan Olsen said the fleet faced what officials call a “grey zone” threat.",
        &[(
            Reported,
            "the fleet faced what officials call a “grey zone” threat",
            Some("Jan Olsen"),
        )],
    )]);
}

#[test]
fn a_quote_paragraph_goes_on_in_the_voice_of_the_one_before() {
    check(&[
        (
            "“We will rebuild the school,” Mayor Lena Holm said.\n\n“It will open by September.”",
            &[
                (Direct, "We will rebuild the school", Some("Lena Holm")),
                (Direct, "It will open by September", Some("Lena Holm")),
            ],
        ),
        // Only the paragraph right after: past a paragraph of narrative the voice is lost.
        (
            "“We will rebuild the school,” Mayor Lena Holm said.\n\nThe fire destroyed two classrooms last week.\n\n“Nobody expected the roof to fall so quickly.”",
            &[
                (Direct, "We will rebuild the school", Some("Lena Holm")),
                (Direct, "Nobody expected the roof to fall so quickly", None),
            ],
        ),
    ]);
}

#[test]
fn a_programme_title_is_no_quotation() {
    check(&[
        (
            "Senator Jane Doe told “Meet the Press” that the bill would pass.",
            &[(Reported, "the bill would pass", Some("Jane Doe"))],
        ),
        // Three capitals in five words are names in a sentence, not a title.
        (
            "“Paris and Berlin back Kyiv,” Foreign Minister Olga Berg said.",
            &[(Direct, "Paris and Berlin back Kyiv", Some("Olga Berg"))],
        ),
    ]);
}

#[test]
fn a_possessor_before_a_role_is_not_the_speaker() {
    check(&[(
        "President Anna Berg met the press. According to Berg's spokesman, the visit was a success.",
        &[],
    )]);
}

#[test]
fn a_participle_after_a_quote_goes_on_from_the_verb_before_it() {
    check(&[(
        "Mayor Lena Holm described the plan as “sensible,” noting that the council would vote soon.",
        &[
            (Direct, "sensible", Some("Lena Holm")),
            (Reported, "the council would vote soon", Some("Lena Holm")),
        ],
    )]);
}

#[test]
fn told_mps_and_said_it() {
    check(&[
        (
            "Prime Minister Anna Berg met Polish Prime Minister Jan Nowak. The prime minister told MPs the two governments had signed a pact.",
            &[(
                Reported,
                "the two governments had signed a pact",
                Some("Anna Berg"),
            )],
        ),
        (
            "The Kremlin said it was not consulted.",
            &[(Reported, "it was not consulted", Some("Kremlin"))],
        ),
    ]);
}

#[test]
fn a_speech_word_after_a_preposition_is_a_noun() {
    check(&[(
        "Minister Jan Olsen resigned on Monday, after reports that the budget had been leaked.",
        &[],
    )]);
}
