//! The English lexicon: speech verbs, meeting words, roles, titles, countries,
//! places and organisations from `assets/lexicon/en/`, first names from both the
//! Polish gazetteer (names are shared) and an English-spelling supplement.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::table::{rows, variants};
use super::{Aspect, Lexicon, NameForm, NounForm, RoleForm, Tense, VerbForm};
use crate::extract::fold::fold;
use crate::extract::pl::inflect::{Case, Gender};

const SPEECH_VERBS: &str = include_str!("../../../assets/lexicon/en/speech-verbs.tsv");
const MEETING_WORDS: &str = include_str!("../../../assets/lexicon/en/meeting-words.tsv");
const ROLES: &str = include_str!("../../../assets/lexicon/en/roles.tsv");
const TITLES: &str = include_str!("../../../assets/lexicon/en/titles.tsv");
const FIRST_NAMES: &str = include_str!("../../../assets/lexicon/en/first-names.tsv");
const POLISH_FIRST_NAMES: &str = include_str!("../../../assets/lexicon/pl/first-names.tsv");
const COUNTRIES: &str = include_str!("../../../assets/lexicon/en/countries.tsv");
const PLACES: &str = include_str!("../../../assets/lexicon/en/places.tsv");
const ORGANIZATIONS: &str = include_str!("../../../assets/lexicon/en/organizations.tsv");

/// The English lexicon, and the English words the rules look for.
pub struct English {
    pub lex: Lexicon,
    /// Titles that stand before a name without being part of it: "Mr", "Sir".
    pub titles: HashSet<&'static str>,
    /// English place names with their Polish names: "Paris" → "Paryż".
    pub places_in_polish: rustc_hash::FxHashMap<&'static str, &'static str>,
}

/// Do two place names, perhaps in different languages, name the same place?
pub fn same_place(a: &str, b: &str) -> bool {
    let polish = |p: &str| ENGLISH.places_in_polish.get(p).copied();
    a == b || polish(a) == Some(b) || polish(b) == Some(a)
}

pub static ENGLISH: LazyLock<English> = LazyLock::new(build);

fn build() -> English {
    let mut lex = Lexicon {
        english: true,
        ..Lexicon::default()
    };
    for row in rows(SPEECH_VERBS) {
        let lemma = row[0];
        let forms = std::iter::once(lemma).chain(row.get(1).into_iter().flat_map(|c| variants(c)));
        for form in forms {
            lex.speech_verbs.entry(form).or_insert(verb(lemma, form));
        }
    }
    for row in rows(MEETING_WORDS) {
        if row.get(1) == Some(&"noun") {
            lex.meeting_nouns.entry(row[0]).or_insert(NounForm {
                lemma: row[2],
                plural: row[0].ends_with('s'),
                nominative: true,
            });
        } else {
            lex.meeting_verbs
                .entry(row[0])
                .or_insert(verb(row[2], row[0]));
        }
    }
    for row in rows(ROLES) {
        let role = RoleForm {
            lemma: row[0],
            gender: Gender::Masculine,
            nominative: true,
        };
        lex.roles.insert(row[0], role);
    }
    for table in [POLISH_FIRST_NAMES, FIRST_NAMES] {
        for row in rows(table) {
            add_first_name(&mut lex, row[0], row.get(1) == Some(&"f"));
        }
    }
    for row in rows(COUNTRIES) {
        let forms = std::iter::once(row[0]).chain(row.get(1).into_iter().flat_map(|c| variants(c)));
        lex.countries
            .add(row[0], with_possessives(forms).into_iter());
        if let Some(adjective) = row.get(2) {
            lex.owner_forms.insert(row[0], adjective);
            let lower: &'static str = Box::leak(adjective.to_lowercase().into_boxed_str());
            lex.adjectives.insert(lower, lower);
            lex.adjective_country.insert(lower, row[0]);
        }
    }
    let mut places_in_polish = rustc_hash::FxHashMap::default();
    for row in rows(PLACES) {
        lex.places
            .add(row[0], row.get(1).into_iter().flat_map(|c| variants(c)));
        if let Some(polish) = row.get(2).filter(|p| **p != "-") {
            places_in_polish.insert(row[0], *polish);
        }
    }
    for row in rows(ORGANIZATIONS) {
        lex.organizations
            .add(row[0], row.get(1).into_iter().flat_map(|c| variants(c)));
    }
    lex.future_markers = FUTURE_MARKERS;
    lex.irrealis_markers = IRREALIS_MARKERS;
    lex.index_classes();
    English {
        lex,
        titles: rows(TITLES).map(|r| r[0]).collect(),
        places_in_polish,
    }
}

/// The forms and their possessives ("Rwanda's", "Rwanda’s"): a country's
/// possessive opens a role phrase ("Rwanda's President Paul Kagame").
fn with_possessives(forms: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    forms
        .flat_map(|f| {
            let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
            [f, leak(format!("{f}'s")), leak(format!("{f}’s"))]
        })
        .collect()
}

/// Tense from the form: "said" past, "says" present, "saying" participle.
fn verb(lemma: &'static str, form: &str) -> VerbForm {
    let tense = if form.ends_with("ing") && form != lemma {
        Tense::Participle
    } else if form == lemma || form.ends_with('s') && !form.ends_with("ss") {
        Tense::NonPast
    } else {
        Tense::Past
    };
    VerbForm {
        lemma,
        aspect: Aspect::Both,
        tense,
        agreement: None,
    }
}

fn add_first_name(lex: &mut Lexicon, name: &'static str, feminine: bool) {
    let form = NameForm {
        lemma: name,
        gender: if feminine {
            Gender::Feminine
        } else {
            Gender::Masculine
        },
        case: Case::Nom,
    };
    for (map, key) in [
        (&mut lex.first_names, name.to_lowercase()),
        (&mut lex.first_names_folded, fold(name)),
    ] {
        let forms = map.entry(key).or_default();
        if !forms.iter().any(|f| f.lemma == name) {
            forms.push(form);
        }
    }
}

/// Words that put a meeting ahead.
pub const FUTURE_MARKERS: &[&str] = &[
    "will",
    "due",
    "expected",
    "plans",
    "planned",
    "planning",
    "upcoming",
    "next",
    "tomorrow",
    "scheduled",
    "set",
    "intends",
    "hopes",
    "wants",
    "going",
];

/// Words that make a meeting hypothetical or denied.
pub const IRREALIS_MARKERS: &[&str] = &[
    "if",
    "could",
    "would",
    "might",
    "possible",
    "possibly",
    "not",
    "never",
    "no",
    "n't",
    "whether",
    "cancelled",
    "canceled",
    "called",
    "off",
];

/// Words after which a name is not the subject.
pub const PREPOSITIONS: &[&str] = &[
    "with", "to", "by", "for", "from", "of", "about", "on", "at", "in", "against", "between",
    "than", "as", "without", "toward", "towards", "after", "before", "over", "under",
];

/// Verbs whose clause may follow without "that": "said the talks were useful".
pub const BARE_CLAUSE: &[&str] = &[
    "say", "add", "warn", "insist", "argue", "claim", "predict", "suggest", "admit", "stress",
    "note", "think", "believe", "tell",
];

/// Verbs that take the one spoken to before "that": "told reporters that",
/// "assured Kyiv that".
pub const ADDRESSEE: &[&str] = &[
    "tell", "assure", "warn", "remind", "inform", "urge", "promise",
];

/// Words that open an adverbial between a verb and its "that": "said on Tuesday
/// that", "said in a statement that", "said afterwards that".
pub const ADVERBIAL: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "via",
    "through",
    "afterwards",
    "later",
    "earlier",
    "again",
    "also",
    "repeatedly",
    "publicly",
    "today",
    "yesterday",
    "separately",
];

/// Participles that add the reporter's gloss, not the speaker's words: the report
/// ends before them ("…, underscoring the ties between the two").
pub const GLOSS: &[&str] = &[
    "underscoring",
    "underlining",
    "highlighting",
    "signalling",
    "signaling",
    "reflecting",
    "amid",
];

/// Finite forms that show a clause: auxiliaries, modals and common irregular pasts.
pub const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "must", "may", "might", "did", "does", "do", "met", "said", "told", "took", "made", "gave",
    "went", "came", "saw", "held", "spoke", "sent", "won", "lost", "left", "kept", "felt",
    "brought", "thought", "knew", "became", "began", "ran", "put", "set", "sought", "led", "meant",
    "remains", "wants", "needs", "hopes", "plans", "seeks", "backs", "supports",
];

/// Determiners before a noun: "the deal protects".
pub const DETERMINERS: &[&str] = &["the", "a", "an", "this", "its", "his", "her", "their"];

/// Months, January first.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekdays, Monday first.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Pronouns that stand for a speaker, with the gender they carry.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" => Some(Gender::Masculine),
        "she" => Some(Gender::Feminine),
        _ => None,
    }
}
