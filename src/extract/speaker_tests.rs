use super::*;
use crate::extract::analysis::canonical_name;
use crate::extract::doc::Doc;
use crate::extract::lang::pl::LEXICON;
use crate::load::parse_article;

/// What the speaker rules say about the speech verb written `cue` (its first
/// occurrence): the explicit subject, whether the verb lacks one, and the zero
/// subject it would take, as names.
#[derive(Debug, PartialEq)]
struct Verdict {
    explicit: Option<String>,
    lacks: bool,
    zero: Option<String>,
}

fn verdict(text: &str, cue: &str) -> Verdict {
    let article = parse_article("t".into(), text);
    let a = Analysis::new(Doc::new(&article, &LEXICON));
    let k = (0..a.doc.len())
        .find(|&k| a.doc.word(k) == cue)
        .unwrap_or_else(|| panic!("{cue} not in {text}"));
    let verb = a
        .doc
        .speech_verb(k)
        .unwrap_or_else(|| panic!("{cue} is no speech verb"));
    let unquoted = |_: usize| false;
    let name = |e: usize| canonical_name(&a.entities[e].proposals);
    Verdict {
        explicit: explicit_subject(&a, k, verb, &unquoted).map(name),
        lacks: lacks_subject(&a, k),
        zero: zero_subject(&a, k, verb, &[], &unquoted).map(name),
    }
}

/// Text, cue, explicit subject, lacks a subject, zero subject.
type Case<'a> = (&'a str, &'a str, Option<&'a str>, bool, Option<&'a str>);

fn check(cases: &[Case]) {
    for (text, cue, explicit, lacks, zero) in cases {
        let want = Verdict {
            explicit: explicit.map(str::to_string),
            lacks: *lacks,
            zero: zero.map(str::to_string),
        };
        assert_eq!(verdict(text, cue), want, "{cue} in {text}");
    }
}

#[test]
fn the_subject_stands_before_or_after_the_verb() {
    check(&[
        (
            "Donald Tusk powiedział, że rozmowy były trudne.",
            "powiedział",
            Some("Donald Tusk"),
            false,
            Some("Donald Tusk"),
        ),
        (
            "„Nie ustąpimy” – oświadczył Friedrich Merz.",
            "oświadczył",
            Some("Friedrich Merz"),
            true,
            None,
        ),
        (
            "Wczoraj w Brukseli oświadczył premier Donald Tusk, że rozmowy były trudne.",
            "oświadczył",
            Some("Donald Tusk"),
            false,
            None,
        ),
        // Earlier in the clause, with words between.
        (
            "Donald Tusk w rozmowie z dziennikarzami powiedział, że sankcje zostaną utrzymane.",
            "powiedział",
            Some("Donald Tusk"),
            false,
            Some("Donald Tusk"),
        ),
    ]);
}

#[test]
fn a_subject_right_before_the_verb_beats_a_later_object() {
    check(&[(
        "Donald Tusk zapewnił Marco Rubio, że Polska jest gotowa.",
        "zapewnił",
        Some("Donald Tusk"),
        false,
        Some("Donald Tusk"),
    )]);
}

#[test]
fn an_object_of_a_preposition_is_never_the_subject() {
    check(&[
        (
            "„Rozmowy były owocne” – powiedział w rozmowie z Marco Rubio.",
            "powiedział",
            None,
            true,
            None,
        ),
        (
            "Spotkanie z Marco Rubio trwało godzinę. Zapowiedział, że wróci.",
            "Zapowiedział",
            None,
            true,
            None,
        ),
    ]);
}

#[test]
fn a_zero_subject_agrees_in_gender() {
    check(&[
        (
            "Anna Kowalska przemawiała w Sejmie. Dodała, że ustawa wejdzie w życie.",
            "Dodała",
            None,
            true,
            Some("Anna Kowalska"),
        ),
        (
            "Jan Kowalski przemawiał w Sejmie. Dodała, że ustawa wejdzie w życie.",
            "Dodała",
            None,
            true,
            None,
        ),
        (
            "Jan Kowalski przemawiał w Sejmie. Dodał, że ustawa wejdzie w życie.",
            "Dodał",
            None,
            true,
            Some("Jan Kowalski"),
        ),
        (
            "Jan Kowalski przemawiał w Sejmie. Później jednak dodał, że ustawa wejdzie w życie.",
            "dodał",
            None,
            true,
            Some("Jan Kowalski"),
        ),
        // Two paragraphs back the verb has lost its antecedent.
        (
            "Jan Kowalski przemawiał w Sejmie.\n\nSala była pełna.\n\nDodał, że ustawa wejdzie w życie.",
            "Dodał",
            None,
            true,
            None,
        ),
    ]);
}

#[test]
fn plural_verbs_give_no_single_speaker() {
    check(&[
        (
            "Donald Tusk i Friedrich Merz podkreślili, że sankcje zostaną utrzymane.",
            "podkreślili",
            None,
            false,
            None,
        ),
        (
            "Donald Tusk przyjechał do Berlina. Podkreślili, że sankcje zostaną utrzymane.",
            "Podkreślili",
            None,
            true,
            None,
        ),
    ]);
}

#[test]
fn only_nominative_free_mentions_can_be_subjects() {
    let cases: &[(&str, &[(&str, bool)])] = &[
        (
            "Marco Rubio przyleciał do Warszawy.",
            &[("Marco Rubio", true)],
        ),
        (
            "Z Marco Rubio rozmawiał Donald Tusk.",
            &[("Marco Rubio", false), ("Donald Tusk", true)],
        ),
        (
            "Donald Tusk rozmawiał z Kają Kallas.",
            &[("Donald Tusk", true), ("Kają Kallas", false)],
        ),
        (
            "Delegacja spotkała się z przedstawicielem Władimira Putina.",
            &[("Władimira Putina", false)],
        ),
        (
            "Polska i Ukraina podpisały umowę.",
            &[("Polska", true), ("Ukraina", true)],
        ),
    ];
    for (text, want) in cases {
        let article = parse_article("t".into(), text);
        let a = Analysis::new(Doc::new(&article, &LEXICON));
        let got: Vec<(String, bool)> = a
            .mentions
            .iter()
            .map(|m| {
                let span = a.doc.span_of(m.tokens.clone());
                (a.doc.text[span.range()].to_string(), subject_capable(&a, m))
            })
            .collect();
        let want: Vec<(String, bool)> = want.iter().map(|(s, c)| (s.to_string(), *c)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn the_agreeing_antecedent_and_the_subject_before_an_addressee() {
    check(&[
        // The nearest antecedent of the verb's gender, past a man mentioned later.
        (
            "Anna Kowalska przemawiała jako pierwsza. Potem głos zabrał Jan Nowak. Dodała, że rok był trudny.",
            "Dodała",
            None,
            true,
            Some("Anna Kowalska"),
        ),
        // An undeclined name after the verb is the one spoken to, not the speaker.
        (
            "Donald Tusk po rozmowie zapewnił Marco Rubio, że Polska jest gotowa.",
            "zapewnił",
            Some("Donald Tusk"),
            false,
            Some("Donald Tusk"),
        ),
    ]);
}

#[test]
fn a_role_before_a_shared_surname_picks_its_holder() {
    // Two people named Nowak: "wiceminister Nowak" is the deputy minister, even
    // though the ambassador was named last.
    check(&[(
        "W rozmowach uczestniczyli wiceminister Marcin Nowak oraz ambasador Anna Nowak. Rozmowy były trudne – mówił wiceminister Nowak.",
        "mówił",
        Some("Marcin Nowak"),
        true,
        Some("Marcin Nowak"),
    )]);
}

#[test]
fn the_subject_after_the_verb_stays_in_its_sentence() {
    check(&[
        // Set off by a comma after the verb's adverbials.
        (
            "Rozmowy były trudne – powiedział w czwartek po rozmowach, Jan Nowak, minister obrony.",
            "powiedział",
            Some("Jan Nowak"),
            true,
            None,
        ),
        // The verb opening the article, its subject after it.
        (
            "Zapowiedział Jan Nowak, że rząd przyjmie ustawę.",
            "Zapowiedział",
            Some("Jan Nowak"),
            true,
            None,
        ),
        // Not someone named after "Jak zapowiedział," or after "powiedział," in a
        // clause of their own, nor one the verb does not agree with.
        (
            "Jak zapowiedział, minister Jan Nowak nie weźmie udziału w szczycie.",
            "zapowiedział",
            None,
            true,
            None,
        ),
        (
            "– Nie ustąpimy – powiedział, Jan Nowak zaś tylko skinął głową.",
            "powiedział",
            None,
            true,
            None,
        ),
        (
            "Rozmowy były trudne – powiedział w czwartek, Anna Zielińska zaś milczała.",
            "powiedział",
            None,
            true,
            None,
        ),
        // Not in the next sentence, after a full stop or a question mark.
        (
            "Rozmowy były trudne – powiedział w czwartek. Jan Nowak przyleciał do Kijowa.",
            "powiedział",
            None,
            true,
            None,
        ),
        (
            "Kto pierwszy to powiedział? Jan Nowak nie pamięta.",
            "powiedział",
            None,
            false,
            None,
        ),
        // A speaker named after the verb in a "że" clause, not the one before "że".
        (
            "Jan Nowak przypomniał, że o sankcjach mówił już premier Marek Lis.",
            "mówił",
            Some("Marek Lis"),
            false,
            Some("Jan Nowak"),
        ),
    ]);
}

#[test]
fn a_relative_pronoun_stands_for_the_person_before_its_comma() {
    check(&[
        (
            "Premier spotkał się z doradczynią Anną Kowalską, która zasugerowała, że sankcje zostaną zniesione.",
            "zasugerowała",
            Some("Anna Kowalska"),
            false,
            None,
        ),
        (
            "Premier spotkał się z doradcą Janem Malinowskim, który również zasugerował, że sankcje zostaną zniesione.",
            "zasugerował",
            Some("Jan Malinowski"),
            false,
            None,
        ),
        // Only a person: not a delegation, nor a name later in the sentence.
        (
            "Premier rozmawiał z delegacją, która zapowiedziała, że Anna Zielińska przyjedzie do Kijowa.",
            "zapowiedziała",
            None,
            false,
            None,
        ),
        // Not any word after a comma.
        (
            "Premier rozmawiał z Janem Nowakiem, wieczorem powiedział, że umowa jest gotowa.",
            "powiedział",
            None,
            false,
            None,
        ),
    ]);
}

#[test]
fn agreement_with_people_groups_and_names_ending_in_e() {
    check(&[
        (
            "– Inflacja spada – mówi Christine Lagarde.",
            "mówi",
            Some("Christine Lagarde"),
            true,
            None,
        ),
        (
            "Ukraińska delegacja przekazała, że rozmowy potrwają do piątku.",
            "przekazała",
            Some("ukraińska delegacja"),
            false,
            None,
        ),
        (
            "– Jesteśmy gotowi do rozmów – przekonuje ukraińska delegacja.",
            "przekonuje",
            Some("ukraińska delegacja"),
            true,
            None,
        ),
    ]);
}

#[test]
fn a_verb_without_subject_after_a_list_or_far_from_its_antecedent() {
    check(&[
        // No one of a list of speakers.
        (
            "Na konferencji przemawiali kolejno Jan Nowak, Piotr Lis, Marek Wójcik. Dodał, że rozmowy potrwają.",
            "Dodał",
            None,
            true,
            None,
        ),
        // Verbs or fillers only before it, at the start of the article.
        (
            "Później dodał, że ustawa wejdzie w życie.",
            "dodał",
            None,
            true,
            None,
        ),
        // A participle phrase after a comma leaves the verb without a subject; a role
        // among its words is the subject.
        (
            "Rzecznik rządu Piotr Wrona zabrał głos. Wieczorem, opisując rozmowę ocenił, że była rzeczowa.",
            "ocenił",
            None,
            true,
            Some("Piotr Wrona"),
        ),
        (
            "Rzecznik rządu Piotr Wrona zabrał głos. Rozmawiając z dziennikarzami minister ocenił, że rozmowa była rzeczowa.",
            "ocenił",
            None,
            false,
            Some("Piotr Wrona"),
        ),
        (
            "Rozmawiając z dziennikarzami Jan Nowak ocenił, że rozmowa była rzeczowa.",
            "ocenił",
            Some("Jan Nowak"),
            false,
            Some("Jan Nowak"),
        ),
        // A dialogue paragraph reaches back one paragraph only, unless it is only the
        // attribution.
        (
            "Jan Nowak przyjechał do Kijowa.\n\nSala była pełna.\n\n– Rozmowy były trudne – powiedział.",
            "powiedział",
            None,
            true,
            None,
        ),
    ]);
}
