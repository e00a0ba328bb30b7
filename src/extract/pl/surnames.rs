//! Surnames written without a first name or a role before them, found by where they
//! stand or by their shape: the subject right next to a speech verb ("– powiedział
//! Johnson", "We wtorek Trump zapowiedział") and Polish adjectival surnames
//! ("Sikorskiego", "Kaczyński"). Later forms of the same surname are found by
//! [`super::names`] once one of these is known.

use rustc_hash::FxHashSet as HashSet;

use crate::extract::doc::Doc;
use crate::extract::fold::name_key;
use crate::extract::found::PersonName;
use crate::extract::lang::pl::{PREPOSITIONS, VERB_TRIGGERS, ZERO_SUBJECT_FILLERS};
use crate::extract::lang::{Agreement, Tense};
use crate::extract::pl::inflect::{Case, Gender, surname_candidates};
use crate::extract::text::{Kind, Mark};

/// Endings of adjectival surnames (Kowalski, Nowicka, Zawadzkiego) in every case,
/// masculine first.
const ADJECTIVAL_MASCULINE: &[&str] = &[
    "ski", "cki", "dzki", "skiego", "ckiego", "dzkiego", "skiemu", "ckiemu", "dzkiemu", "skim",
    "ckim", "dzkim",
];
const ADJECTIVAL_FEMININE: &[&str] = &[
    "ska", "cka", "dzka", "skiej", "ckiej", "dzkiej", "ską", "cką", "dzką",
];

/// Nouns before a street or square name: the name after them is not a mention.
const STREET_NOUNS: &[&str] = &[
    "plac", "placu", "placem", "ulica", "ulicy", "ulicę", "ulicą", "ul", "aleja", "alei", "aleję",
    "al", "rondo", "ronda", "rondzie", "most", "mostu", "moście", "imienia", "im",
];

/// Nouns naming a medium: the capitalised word after them is its title ("agencja
/// Xinhua", "dziennik Kommiersant"), not a surname.
const MEDIA_NOUNS: &[&str] = &[
    "agencja",
    "agencji",
    "agencję",
    "agencją",
    "dziennik",
    "dziennika",
    "dziennikowi",
    "gazeta",
    "gazety",
    "gazecie",
    "portal",
    "portalu",
    "telewizja",
    "telewizji",
    "stacja",
    "stacji",
    "radio",
    "radia",
    "tygodnik",
    "tygodnika",
    "serwis",
    "serwisu",
];

/// Words that may stand between a speech verb and its subject: "powiedział też Nowak".
fn filler(doc: &Doc, k: usize) -> bool {
    doc.lower(k) == "się" || ZERO_SUBJECT_FILLERS.contains(&doc.lower(k))
}

/// Bare surnames not already `taken` by other names, in text order.
pub fn bare_surnames(
    doc: &Doc,
    taken: &[bool],
    in_thing: &[bool],
    attested: &HashSet<&str>,
    known: &HashSet<String>,
) -> Vec<PersonName> {
    // A form of a surname already found ("Tuska" beside "Donald Tusk") is that person.
    let known_form = |k: usize| {
        surname_candidates(doc.word(k), None)
            .iter()
            .chain(&surname_candidates(doc.word(k), Some(Gender::Feminine)))
            .any(|(c, _)| known.contains(&name_key(c)))
    };
    let after_medium = |k: usize| k > 0 && MEDIA_NOUNS.contains(&doc.lower(k - 1));
    let free = |k: usize| {
        k < doc.len()
            && !after_medium(k)
            && !taken[k]
            && !in_thing[k]
            && doc.nameable(k)
            && doc.first_name(k).is_empty()
            && !doc.is_known_adjective(k)
            && doc.group(k).is_none()
            && doc.meeting_noun(k).is_none()
            && doc.speech_verb(k).is_none()
            && !doc.word(k).contains(['\'', '’'])
    };
    let mut found: Vec<PersonName> = Vec::new();
    let mut seen = vec![false; doc.len()];
    let mut push = |name: PersonName, seen: &mut Vec<bool>| {
        if !seen[name.tokens.start] {
            seen[name.tokens.start] = true;
            found.push(name);
        }
    };
    for c in 0..doc.len() {
        let Some(verb) = doc.speech_verb(c) else {
            continue;
        };
        if !matches!(verb.tense, Tense::Past | Tense::NonPast) {
            continue;
        }
        let gender = match verb.agreement {
            Some(Agreement::Masculine) => Some(Gender::Masculine),
            Some(Agreement::Feminine) => Some(Gender::Feminine),
            Some(Agreement::Singular) | None => None,
            _ => continue,
        };
        let after = subject_after(doc, c).filter(|&k| free(k) && !oblique(doc, k, attested));
        if let Some(k) = after.filter(|&k| !known_form(k)) {
            push(subject(doc, k, gender), &mut seen);
        }
        if let Some(k) = subject_before(doc, c).filter(|&k| free(k) && !known_form(k)) {
            push(subject(doc, k, gender), &mut seen);
        }
    }
    // Each rule tests the word's shape first: most words are neither "…skiego" nor
    // "z …em", and the lookups in `free` come after.
    for k in 0..doc.len() {
        if !doc.is_capitalized(k) || seen[k] {
            continue;
        }
        let found = adjectival(doc, k, attested)
            .or_else(|| counterpart(doc, k, attested))
            .or_else(|| meeting_owner(doc, k, attested));
        if let Some(name) = found.filter(|_| free(k) && !known_form(k)) {
            push(name, &mut seen);
        }
    }
    found.sort_by_key(|n| n.tokens.start);
    found
}

/// A form that reads as an object rather than a subject: an oblique ending
/// ("Nowakowi", "Nowakiem") or a genitive whose nominative the text writes ("Tuska"
/// beside "Tusk").
fn oblique(doc: &Doc, k: usize, attested: &HashSet<&str>) -> bool {
    const OBLIQUE: &[&str] = &["owi", "em", "ego", "emu", "ą", "ę"];
    let word = doc.word(k);
    OBLIQUE.iter().any(|e| word.ends_with(e))
        || surname_candidates(word, None)
            .iter()
            .any(|(c, case)| *case != Case::Nom && c != word && attested.contains(c.as_str()))
}

fn subject(doc: &Doc, k: usize, gender: Option<Gender>) -> PersonName {
    PersonName {
        tokens: k..k + 1,
        first: None,
        surname: doc.word(k).to_string(),
        gender,
        nominative: true,
    }
}

/// "– powiedział Johnson.": one capitalised word after the verb, not the start of a
/// longer name ("podała Polska Agencja Prasowa").
fn subject_after(doc: &Doc, verb: usize) -> Option<usize> {
    let mut k = verb + 1;
    while k < doc.len() && filler(doc, k) && k <= verb + 2 {
        k += 1;
    }
    (doc.is_capitalized(k) && !doc.is_capitalized(k + 1) && !doc.is_punct(k + 1, '\'')).then_some(k)
}

/// "We wtorek Trump zapowiedział": one capitalised word before the verb, not at the
/// start of its sentence (where any word is capitalised) and not after a preposition.
fn subject_before(doc: &Doc, verb: usize) -> Option<usize> {
    let mut k = verb.checked_sub(1)?;
    while filler(doc, k) && k + 2 >= verb && k > 0 {
        k -= 1;
    }
    let before = k.checked_sub(1)?;
    // After a capitalised word that is not a first name, the word is part of a
    // longer name ("Downing Street").
    let inside_name =
        doc.is_capitalized(before) && doc.first_name(before).is_empty() && doc.nameable(before);
    let ok = doc.is_capitalized(k)
        && !doc.starts_sentence(k)
        && !PREPOSITIONS.contains(&doc.lower(before))
        && !inside_name;
    ok.then_some(k)
}

/// "rozmowa Nowaka z Hendersonem", "spotkał się z Okaforem": the one capitalised
/// word after "z" in an instrumental masculine form, next to a meeting word, is
/// the person met.
fn counterpart(doc: &Doc, k: usize, attested: &HashSet<&str>) -> Option<PersonName> {
    let word = doc.word(k);
    let after_with = k > 0 && matches!(doc.lower(k - 1), "z" | "ze");
    if !after_with || !word.ends_with("em") || doc.is_capitalized(k + 1) {
        return None;
    }
    let meeting_near = (k.saturating_sub(6)..k).any(|x| {
        doc.meeting_noun(x).is_some()
            || doc
                .meeting_verb(x)
                .is_some_and(|v| VERB_TRIGGERS.contains(&v.lemma))
    });
    if !meeting_near || inside_quotation(doc, k) {
        return None;
    }
    masculine_in(word, k, Case::Inst, attested)
}

/// "rozmowy Nowaka i Hendersona", "wizyta Okafora w Rzymie": one capitalised word in
/// the masculine genitive right after a meeting noun, followed by another party ("i",
/// "z") or the meeting's place ("w", "na"), is the person whose meeting it is.
fn meeting_owner(doc: &Doc, k: usize, attested: &HashSet<&str>) -> Option<PersonName> {
    let genitive_shape = |x: usize| {
        let w = doc.word(x);
        doc.is_capitalized(x) && w.ends_with('a') && !w.ends_with("ia")
    };
    if !genitive_shape(k) || k == 0 || doc.is_capitalized(k + 1) || inside_quotation(doc, k) {
        return None;
    }
    let owner = doc.meeting_noun(k - 1).is_some();
    let next = doc.lower(k + 1);
    let continues = match next {
        "i" | "oraz" | "z" | "ze" => doc.is_capitalized(k + 2) || doc.role(k + 2).is_some(),
        "w" | "we" | "na" | "do" => doc.is_capitalized(k + 2),
        _ => false,
    };
    // The second of two owners: "rozmowy Nowaka i Hendersona".
    let second = k >= 3
        && matches!(doc.lower(k - 1), "i" | "oraz")
        && genitive_shape(k - 2)
        && doc.meeting_noun(k - 3).is_some();
    if !(owner && continues || second) {
        return None;
    }
    masculine_in(doc.word(k), k, Case::Gen, attested)
}

/// A man's surname written at token `k` in `case`: the reading the text attests
/// elsewhere, else the likeliest one.
fn masculine_in(word: &str, k: usize, case: Case, attested: &HashSet<&str>) -> Option<PersonName> {
    let readings: Vec<String> = surname_candidates(word, Some(Gender::Masculine))
        .into_iter()
        .filter(|(_, c)| *c == case)
        .map(|(c, _)| c)
        .collect();
    let surname = readings
        .iter()
        .find(|c| attested.contains(c.as_str()))
        .or(readings.first())?
        .clone();
    Some(PersonName {
        tokens: k..k + 1,
        first: None,
        surname,
        gender: Some(Gender::Masculine),
        nominative: false,
    })
}

/// Is token `k` inside quotation marks opened earlier in its paragraph? ("rozmawiać
/// nawet z Belzebubem" in a quote is a figure of speech.)
fn inside_quotation(doc: &Doc, k: usize) -> bool {
    let Some(para) = doc.paragraphs.iter().find(|p| p.contains(&k)) else {
        return false;
    };
    let mut open = false;
    for x in para.start.max(k.saturating_sub(200))..k {
        match doc.kind(x) {
            Some(Kind::Quote(Mark::Open)) => open = true,
            Some(Kind::Quote(Mark::Close)) => open = false,
            _ => {}
        }
    }
    open
}

/// "Sikorskiego", "Nowicka": an adjectival surname standing alone, mid-sentence,
/// not part of a longer capitalised name ("Pałac Prezydencki").
fn adjectival(doc: &Doc, k: usize, attested: &HashSet<&str>) -> Option<PersonName> {
    let lower = doc.lower(k);
    let gender = if ADJECTIVAL_MASCULINE.iter().any(|e| lower.ends_with(e)) {
        Gender::Masculine
    } else if ADJECTIVAL_FEMININE.iter().any(|e| lower.ends_with(e)) {
        Gender::Feminine
    } else {
        return None;
    };
    // "plac Piłsudskiego", "ulica Mickiewicza": a street named after a person;
    // "Ministerstwo Klimatu i Środowiska": the end of an institution's name.
    let street = k > 0 && STREET_NOUNS.contains(&doc.lower(k - 1));
    let name_goes_on = k > 1
        && matches!(doc.lower(k - 1), "i" | "oraz")
        && doc.is_capitalized(k - 2)
        && doc.first_name(k - 2).is_empty()
        && !doc.starts_sentence(k - 2);
    let alone = !street
        && !name_goes_on
        && !doc.starts_sentence(k)
        && !doc.is_capitalized(k + 1)
        && k.checked_sub(1).is_some_and(|b| {
            !doc.is_capitalized(b) || doc.starts_sentence(b) && doc.first_name(b).is_empty()
        });
    if !alone || doc.word(k).chars().count() < 5 {
        return None;
    }
    let word = doc.word(k);
    let (surname, case) = surname_candidates(word, Some(gender))
        .into_iter()
        .find(|(c, _)| {
            let l = c.to_lowercase();
            attested.contains(c.as_str())
                || ["ski", "cki", "dzki", "ska", "cka", "dzka"]
                    .iter()
                    .any(|e| l.ends_with(e))
        })?;
    Some(PersonName {
        tokens: k..k + 1,
        first: None,
        surname,
        gender: Some(gender),
        nominative: case == Case::Nom,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::pl::LEXICON;
    use crate::load::parse_article;

    fn surnames(text: &str) -> Vec<(String, bool)> {
        let article = parse_article("t".into(), text);
        let doc = Doc::new(&article, &LEXICON);
        let taken = vec![false; doc.len()];
        let attested: HashSet<&str> = (0..doc.len()).map(|i| doc.word(i)).collect();
        bare_surnames(&doc, &taken, &taken, &attested, &HashSet::default())
            .into_iter()
            .map(|n| (n.surname, n.nominative))
            .collect()
    }

    #[test]
    fn subjects_next_to_speech_verbs() {
        let cases: &[(&str, &[&str])] = &[
            (
                "– Nie zgodzimy się na to – powiedział Hartmann.",
                &["Hartmann"],
            ),
            (
                "W piątek Lindqvist zapowiedział, że przyjedzie.",
                &["Lindqvist"],
            ),
            ("– To dobry dzień – dodała też Okafor.", &["Okafor"]),
            // Sentence-initial words are capitalised anyway: no evidence.
            ("Tak powiedział w wywiadzie.", &[]),
            // A longer capitalised name after the verb is not one surname.
            (
                "Jak podała Agencja Informacyjna Wschód, rozmowy trwają.",
                &[],
            ),
            // After a preposition the word is an object, not a subject.
            ("Przyszedł z Okaforem, a potem powiedział, że wraca.", &[]),
            // A medium's title after its noun.
            ("Wczoraj agencja Tanjug napisała, że rozmowy trwają.", &[]),
            // An object after the verb: an oblique ending, or a nominative written elsewhere.
            ("Wczoraj zaprosił Okaforowi wszystkich.", &[]),
            (
                "Lindqvist nie przyszedł. W piątek zaprosił Lindqvista na obiad.",
                &[],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<String> = surnames(text).into_iter().map(|(s, _)| s).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn the_one_met_after_z() {
        assert_eq!(
            surnames("Wieczorem doszło do rozmowy ministra z Hendersonem w ambasadzie."),
            vec![("Henderson".to_string(), false)]
        );
        // Inside a quotation it is a figure of speech.
        assert!(
            surnames("Dodał: „Minister będzie rozmawiał nawet z Lucyferem, jeśli trzeba”.")
                .is_empty()
        );
        // No meeting word: "z Hendersonem" may be anything.
        assert!(surnames("Wczoraj przyleciał z Hendersonem do stolicy.").is_empty());
    }

    #[test]
    fn the_owner_of_a_meeting_in_the_genitive() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Wczoraj zaczęły się rozmowy Hendersona i Okafora w stolicy.",
                &["Henderson", "Okafor"],
            ),
            (
                "Po południu była wizyta Lindqvista w Sztokholmie.",
                &["Lindqvist"],
            ),
            // A word that is not followed by another party or a place says nothing.
            ("Trwało spotkanie Zarządu.", &[]),
            // Feminine and plural genitives end otherwise; "-ia" is a country's.
            ("Były rozmowy Kolumbii z Peru.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = surnames(text).into_iter().map(|(s, _)| s).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn adjectival_surnames_alone_mid_sentence() {
        assert_eq!(
            surnames("Wizyta Zawadzkiego w stolicy potrwa dwa dni."),
            vec![("Zawadzki".to_string(), false)]
        );
        assert_eq!(
            surnames("Delegację prowadziła wiceminister, a Nowicka została w kraju."),
            vec![("Nowicka".to_string(), true)]
        );
        // Part of a longer name, or at the start of a sentence: not a person.
        assert!(surnames("Spotkali się w Pałacu Prezydenckim rano.").is_empty());
        assert!(surnames("Polski rząd nie zmienił zdania.").is_empty());
        assert!(surnames("Manifestanci zebrali się na placu Zawadzkiego rano.").is_empty());
        assert!(
            surnames("Wniosek złożył Instytut Prawa i Zarządzania Kryzysowego wczoraj.").is_empty()
        );
    }
}
