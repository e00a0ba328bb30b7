//! The Polish lexicon: SGJP verb and noun tables plus the project's name tables, all
//! compiled in from `assets/lexicon/pl/`.

use std::sync::LazyLock;

use super::table::{rows, variants};
use super::{Agreement, Aspect, GroupForm, Lexicon, NameForm, NounForm, RoleForm, Tense, VerbForm};
use crate::extract::fold::fold;
use crate::extract::pl::inflect::{Gender, first_name_forms};

const SPEECH_VERBS: &str = include_str!("../../../assets/lexicon/pl/pl-speech-verbs.tsv");
const MORE_SPEECH_VERBS: &str = include_str!("../../../assets/lexicon/pl/speech-verbs-extra.tsv");
const MEETING_VERBS: &str = include_str!("../../../assets/lexicon/pl/pl-meeting-verbs.tsv");
const MEETING_NOUNS: &str = include_str!("../../../assets/lexicon/pl/pl-meeting-nouns.tsv");
const FIRST_NAMES: &str = include_str!("../../../assets/lexicon/pl/first-names.tsv");
const PLACES: &str = include_str!("../../../assets/lexicon/pl/places.tsv");
const COUNTRIES: &str = include_str!("../../../assets/lexicon/pl/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../../../assets/lexicon/pl/organizations.tsv");
const ROLES: &str = include_str!("../../../assets/lexicon/pl/role-nouns.tsv");
const GROUPS: &str = include_str!("../../../assets/lexicon/pl/groups.tsv");
const INSTITUTIONS: &str = include_str!("../../../assets/lexicon/pl/institutions.tsv");
const OFFICES: &str = include_str!("../../../assets/lexicon/pl/offices.tsv");
const ADJECTIVES: &str = include_str!("../../../assets/lexicon/pl/nationality-adjectives.tsv");

/// Meeting nouns that name a meeting between parties; the SGJP table also lists
/// words (forum, konferencja, telefon) that rarely do on their own.
const MEETING_NOUN_LEMMAS: &[&str] = &[
    "spotkanie",
    "rozmowa",
    "szczyt",
    "wizyta",
    "negocjacja",
    "konsultacja",
    "rokowanie",
    "narada",
    "obrady",
    "audiencja",
    "kolacja",
    "lunch",
    "śniadanie",
    "obiad",
    "mityng",
];

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

fn build() -> Lexicon {
    let mut lex = Lexicon::default();
    add_verbs(&mut lex.speech_verbs, SPEECH_VERBS);
    add_verbs(&mut lex.speech_verbs, MORE_SPEECH_VERBS);
    add_verbs(&mut lex.meeting_verbs, MEETING_VERBS);
    add_meeting_nouns(&mut lex);
    add_first_names(&mut lex);
    for row in rows(PLACES) {
        lex.places
            .add(row[0], row.get(1).into_iter().flat_map(|c| variants(c)));
    }
    add_countries(&mut lex);
    lex.home_country = Some("Polska");
    for row in rows(COUNTRIES) {
        let genitive = row.get(1).and_then(|c| variants(c).next());
        lex.owner_forms.insert(row[0], genitive.unwrap_or(row[0]));
        if let Some(adj) = row.get(2) {
            lex.adjectives.entry(adj).or_insert(adj);
            if row[0].contains(' ') || row[0].chars().filter(|c| c.is_uppercase()).count() < 2 {
                lex.adjective_country.entry(adj).or_insert(row[0]);
            }
        }
    }
    for row in rows(ORGANIZATIONS) {
        lex.organizations
            .add(row[0], row.get(1).into_iter().flat_map(|c| variants(c)));
    }
    for row in rows(INSTITUTIONS) {
        for form in std::iter::once(row[0]).chain(row.get(1).into_iter().flat_map(|c| variants(c)))
        {
            lex.institutions
                .entry(form.to_lowercase())
                .or_insert(row[0]);
        }
    }
    add_roles(&mut lex);
    for row in rows(OFFICES) {
        let words: Vec<&'static str> = match row.get(2) {
            Some(&"-") | None => Vec::new(),
            Some(w) => w.split('/').collect(),
        };
        lex.offices.push((row[0], row[1], words));
    }
    add_groups(&mut lex);
    for row in rows(ADJECTIVES) {
        let lemma = row[0];
        lex.adjectives.insert(lemma, lemma);
        for form in row.get(1).into_iter().flat_map(|c| variants(c)) {
            lex.adjectives.entry(form).or_insert(lemma);
        }
    }
    lex.future_markers = FUTURE_MARKERS;
    lex.irrealis_markers = IRREALIS_MARKERS;
    lex.index_classes();
    lex
}

/// Countries with every form; an abbreviation row ("USA", "RFN") joins the country
/// with the same adjective, so "USA" and "Stanami Zjednoczonymi" are one actor.
fn add_countries(lex: &mut Lexicon) {
    let table: Vec<Vec<&'static str>> = rows(COUNTRIES).collect();
    // "USA", "ChRL", "KRLD": one word with several capitals.
    let is_abbreviation = |row: &Vec<&str>| {
        !row[0].contains(' ') && row[0].chars().filter(|c| c.is_uppercase()).count() >= 2
    };
    let same_adjective = |a: &Vec<&str>, b: &Vec<&str>| a.get(2).is_some() && a.get(2) == b.get(2);
    for row in &table {
        let forms = row.get(1).into_iter().flat_map(|c| variants(c));
        if !is_abbreviation(row) {
            let abbreviations = table
                .iter()
                .filter(|a| is_abbreviation(a) && same_adjective(a, row))
                .map(|a| a[0]);
            lex.countries.add(row[0], forms.chain(abbreviations));
        } else if !table
            .iter()
            .any(|r| !is_abbreviation(r) && same_adjective(r, row))
        {
            lex.countries.add(row[0], forms);
        }
    }
}

fn add_verbs(map: &mut rustc_hash::FxHashMap<&'static str, VerbForm>, table: &'static str) {
    use Agreement::*;
    const COLUMNS: [(Tense, Option<Agreement>); 9] = [
        (Tense::Past, Some(Masculine)),
        (Tense::Past, Some(Feminine)),
        (Tense::Past, Some(Neuter)),
        (Tense::Past, Some(Virile)),
        (Tense::Past, Some(NonVirile)),
        (Tense::NonPast, Some(Singular)),
        (Tense::NonPast, Some(Plural)),
        (Tense::Impersonal, None),
        (Tense::Participle, None),
    ];
    for row in rows(table) {
        let (lemma, aspect) = (row[0], aspect(row.get(1).copied().unwrap_or("")));
        let form = |tense, agreement| VerbForm {
            lemma,
            aspect,
            tense,
            agreement,
        };
        map.entry(lemma).or_insert(form(Tense::Infinitive, None));
        for (cell, (tense, agreement)) in row.iter().skip(2).zip(COLUMNS) {
            for v in variants(cell) {
                map.entry(v).or_insert(form(tense, agreement));
            }
        }
    }
}

fn aspect(cell: &str) -> Aspect {
    match cell {
        "perf" => Aspect::Perfective,
        "imperf" => Aspect::Imperfective,
        _ => Aspect::Both,
    }
}

fn add_meeting_nouns(lex: &mut Lexicon) {
    for row in rows(MEETING_NOUNS) {
        if !MEETING_NOUN_LEMMAS.contains(&row[0]) {
            continue;
        }
        for (k, cell) in row.iter().skip(1).enumerate() {
            for v in variants(cell) {
                lex.meeting_nouns.entry(v).or_insert(NounForm {
                    lemma: row[0],
                    plural: k >= 6,
                    nominative: k == 0 || k == 6,
                });
            }
        }
    }
}

fn add_first_names(lex: &mut Lexicon) {
    for row in rows(FIRST_NAMES) {
        let gender = if row.get(1) == Some(&"f") {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        for (form, case) in first_name_forms(row[0], gender) {
            let entry = NameForm {
                lemma: row[0],
                gender,
                case,
            };
            for (map, key) in [
                (&mut lex.first_names, form.to_lowercase()),
                (&mut lex.first_names_folded, fold(&form)),
            ] {
                let forms = map.entry(key).or_default();
                if !forms.contains(&entry) {
                    forms.push(entry);
                }
            }
        }
    }
}

fn add_roles(lex: &mut Lexicon) {
    for row in rows(ROLES) {
        let gender = if row.get(1) == Some(&"f") {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        let role = |nominative| RoleForm {
            lemma: row[0],
            gender,
            nominative,
        };
        lex.roles.insert(row[0], role(true));
        for v in row.get(2).into_iter().flat_map(|c| variants(c)) {
            lex.roles.entry(v).or_insert(role(false));
        }
    }
}

fn add_groups(lex: &mut Lexicon) {
    for row in rows(GROUPS) {
        let (lemma, gender) = (row[0], row[1]);
        let forms = &row[2..];
        for (k, cell) in forms.iter().enumerate() {
            let plural = k >= 6;
            let group = GroupForm {
                lemma,
                plural,
                nominative: forms[if plural { 6 } else { 0 }],
                nominative_plural: forms[6],
                personal: gender == "v",
                feminine: gender == "f",
            };
            for v in variants(cell) {
                lex.groups.entry(v).or_insert(group);
            }
        }
    }
}

/// Words after which a capitalised word is not a name: sentence adverbs and function
/// words that start sentences.
pub const FUNCTION_WORDS: &[&str] = &[
    "w", "we", "z", "ze", "na", "do", "od", "o", "po", "przy", "za", "przez", "dla", "i", "oraz",
    "a", "ale", "lub", "czy", "że", "iż", "to", "jak", "jest", "są", "był", "była", "się", "nie",
];

/// Prepositions that govern an object: a name after them is not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "z",
    "ze",
    "o",
    "do",
    "dla",
    "przez",
    "od",
    "wobec",
    "przeciw",
    "przeciwko",
    "u",
    "po",
    "przy",
    "na",
    "w",
    "we",
    "za",
    "nad",
    "pod",
    "między",
    "pomiędzy",
    "według",
    "zdaniem",
    "dzięki",
];

/// Conjunctions that introduce reported speech after a speech verb.
pub const THAT: &[&str] = &["że", "iż", "jakoby"];

/// Phrases naming the source of a statement: "według X", "zdaniem X".
pub const SOURCE_PREPOSITIONS: &[&str] = &["według", "zdaniem", "wg"];

/// Stems of nouns whose "że" clause is what others have said or written:
/// "informacji, że", "doniesień, że", "zarzuty, że", "spekulacje, że".
pub const REPORT_NOUNS: &[&str] = &[
    "informac",
    "doniesie",
    "doniesień",
    "pogłos",
    "plotk",
    "spekulac",
    "zarzut",
];

/// Words that open a clause of their own after a comma.
pub const CLAUSE_LINKS: &[&str] = &[
    "ale",
    "lecz",
    "a",
    "jednak",
    "natomiast",
    "bo",
    "ponieważ",
    "gdyż",
    "który",
    "która",
    "które",
    "którzy",
];

/// Nouns of opinion after "w" that name a source the same way: "W ocenie Uszakowa …",
/// "W opinii rzecznika …".
pub const SOURCE_NOUNS: &[&str] = &["ocenie", "opinii", "przekonaniu", "odczuciu"];

/// Words that put a meeting in the future.
pub const FUTURE_MARKERS: &[&str] = &[
    "będzie",
    "będą",
    "ma",
    "mają",
    "miałby",
    "planach",
    "planowane",
    "planowanego",
    "planowanym",
    "planowana",
    "planowanej",
    "planowaną",
    "zaplanowane",
    "zaplanowanego",
    "zaplanowanym",
    "zaplanowana",
    "zaplanowanej",
    "zapowiadane",
    "zapowiadanego",
    "przyszłym",
    "przyszłego",
    "przyszłej",
    "jutro",
    "jutrzejsze",
    "jutrzejszym",
    "nadchodzącym",
    "kolejnym",
    "najbliższym",
    "najbliższy",
    "zaplanował",
    "zaplanowali",
    "planuje",
    "planują",
    "zamierza",
    "zamierzają",
    "zapowiedział",
    "zapowiedziała",
    "zapowiedzieli",
    "zapowiada",
    "zapowiadają",
    "zapowiadając",
    "zapowiedź",
    "zapowiedzi",
    "umówili",
    "umówiliśmy",
    "umówiły",
];

/// Words that make a meeting hypothetical or denied.
pub const IRREALIS_MARKERS: &[&str] = &[
    "gdyby",
    "jeśli",
    "jeżeli",
    "jeśliby",
    "gdy",
    "ewentualne",
    "ewentualnego",
    "ewentualnym",
    "możliwe",
    "możliwego",
    "możliwym",
    "odwołane",
    "odwołał",
    "odwołała",
    "odwołali",
    "odwołano",
];

pub const MONTHS: &[&str] = &[
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// Weekdays after "w"/"we", Monday first, as the accusative after the preposition.
pub const WEEKDAYS: &[&str] = &[
    "poniedziałek",
    "wtorek",
    "środę",
    "czwartek",
    "piątek",
    "sobotę",
    "niedzielę",
];

/// Adjectives that open a role phrase besides nationality ones: "główny negocjator".
pub const ROLE_ADJECTIVES: &[&str] = &[
    "główny",
    "były",
    "obecny",
    "nowy",
    "specjalny",
    "wieloletni",
    "ówczesny",
    "pierwszy",
    "naczelny",
    "generalny",
    "stały",
    "tymczasowy",
    "wysoki",
    "osobisty",
    "prasowy",
    "najbliższy",
];

/// Participles that introduce a role after a name: "uznawany za wysłannika Kremla".
pub const ROLE_INTRODUCERS: &[&str] = &[
    "uznawany",
    "uznawana",
    "uważany",
    "uważana",
    "nazywany",
    "nazywana",
    "określany",
    "określana",
    "pełniący",
    "pełniąca",
    "mianowany",
    "mianowana",
    "obecnie",
    "wówczas",
];

/// Words that may stand before a verb that has no subject of its own: "Dodał
/// również", "Jak podkreślił", "Wcześniej zaznaczyła".
pub const ZERO_SUBJECT_FILLERS: &[&str] = &[
    "również",
    "także",
    "też",
    "jednak",
    "ponadto",
    "przy",
    "tym",
    "wówczas",
    "wtedy",
    "później",
    "wcześniej",
    "potem",
    "następnie",
    "natomiast",
    "a",
    "i",
    "oraz",
    "jak",
    "jednocześnie",
    "dodatkowo",
    "ponownie",
    "wcześniej",
    "już",
    "nie",
    "zaś",
    "potem",
    "dalej",
    "wreszcie",
    "ale",
    "lecz",
    "jeszcze",
    "przy",
    "okazji",
    "tej",
    "zarazem",
    "mimo",
    "to",
    "co",
    "więcej",
    "dziś",
    "wczoraj",
    "ponadto",
];

/// Nouns before quotation marks that make the quoted words a title, not a quote.
pub const TITLE_NOUNS: &[&str] = &[
    "gazeta",
    "gazety",
    "gazecie",
    "gazetą",
    "dziennik",
    "dziennika",
    "dzienniku",
    "dziennikowi",
    "tygodnik",
    "tygodnika",
    "tygodniku",
    "portal",
    "portalu",
    "portalem",
    "program",
    "programu",
    "programie",
    "książka",
    "książki",
    "książce",
    "film",
    "filmu",
    "filmie",
    "serwis",
    "serwisu",
    "serwisie",
    "stacja",
    "stacji",
    "telewizja",
    "telewizji",
    "magazyn",
    "magazynu",
    "magazynie",
    "operacja",
    "operacji",
    "operację",
    "akcja",
    "akcji",
    "plan",
    "planu",
    "ustawa",
    "ustawy",
    "ustawie",
    "projekt",
    "projektu",
    "radio",
    "radia",
    "radiu",
    "agencja",
    "agencji",
    "tzw",
    "zwany",
    "zwanej",
    "zwanego",
    "zwanym",
    "zwaną",
    "zwane",
    "zwanych",
    "hasło",
    "hasłem",
    "partia",
    "partii",
    "ugrupowanie",
    "ugrupowania",
    "rozgłośni",
    "rozgłośnia",
];

/// Meeting verbs that make a meeting on their own, with their parties around them.
pub const VERB_TRIGGERS: &[&str] = &[
    "zaprosić",
    "spotkać",
    "spotykać",
    "rozmawiać",
    "porozmawiać",
    "rozmówić",
    "negocjować",
    "wynegocjować",
    "przyjąć",
    "przyjmować",
    "gościć",
    "ugościć",
    "odwiedzić",
    "odwiedzać",
    "zadzwonić",
    "dzwonić",
    "konferować",
    "naradzać",
    "obradować",
    "powitać",
];

/// Verbs that list who took part: "w spotkaniu uczestniczyli …", "udział wzięli …".
/// Taking part in a meeting, or leading one side of it ("delegacji przewodniczył").
pub const PARTICIPATION_VERBS: &[&str] = &["uczestniczyć", "wziąć", "brać", "przewodniczyć"];

/// How a meeting is labelled in its one-line summary, from its trigger's lemma.
pub fn meeting_label(lemma: &str, status: crate::model::MeetingStatus) -> &'static str {
    let (held, planned) = match lemma {
        "meet" | "meeting" => ("Meeting", "Planned meeting"),
        "talks" => ("Talks", "Planned talks"),
        "summit" => ("Summit", "Planned summit"),
        "visit" | "host" | "receive" => ("Visit", "Planned visit"),
        "call" | "speak" => ("Phone call", "Planned phone call"),
        "rozmawiać" | "porozmawiać" | "rozmówić" | "rozmowa" => {
            ("Rozmowa", "Planowana rozmowa")
        }
        "zadzwonić" | "dzwonić" => ("Rozmowa telefoniczna", "Planowana rozmowa telefoniczna"),
        "przyjąć" | "przyjmować" | "gościć" | "ugościć" | "odwiedzić" | "odwiedzać" | "powitać"
        | "wizyta" => ("Wizyta", "Planowana wizyta"),
        "negocjować" | "wynegocjować" | "negocjacja" | "rokowanie" => {
            ("Negocjacje", "Planowane negocjacje")
        }
        "szczyt" => ("Szczyt", "Planowany szczyt"),
        "konsultacja" => ("Konsultacje", "Planowane konsultacje"),
        _ => ("Spotkanie", "Planowane spotkanie"),
    };
    match status {
        crate::model::MeetingStatus::Held => held,
        crate::model::MeetingStatus::Planned => planned,
    }
}

/// Verbs that end a role phrase read backwards from a name: "zostanie Andrzej Sikorski".
pub const COPULAS: &[&str] = &[
    "jest",
    "są",
    "był",
    "była",
    "było",
    "byli",
    "będzie",
    "będą",
    "zostanie",
    "zostaną",
    "został",
    "została",
    "zostali",
    "mianował",
    "mianowała",
    "powołał",
    "powołała",
    "wybrano",
    "pozostaje",
    "pozostał",
];

/// Meeting nouns that often name a process rather than one meeting ("negocjacje
/// akcesyjne"): they count only with a verb, place or date.
pub const PROCESS_NOUNS: &[&str] = &["negocjacja", "rokowanie", "konsultacja"];

/// Group names (folded stems) that speak as one body: a delegation, a government,
/// the authorities, a side in talks. Plural people ("dyplomaci") are unnamed sources.
pub const SPEAKING_GROUPS: &[&str] = &["delegacj", "rzad", "wladz", "stron", "misj", "ekip"];

/// "Do spotkania … nie doszło": verbs of taking place, denied after the noun.
pub const TAKING_PLACE: &[&str] = &[
    "doszło",
    "doszła",
    "dojdzie",
    "odbyło",
    "odbyła",
    "odbyły",
    "odbędzie",
    "odbędą",
];

/// Words that call a meeting off, wherever they stand in its sentence.
pub const CANCELLED: &[&str] = &[
    "odwołane",
    "odwołano",
    "odwołał",
    "odwołała",
    "odwołali",
    "anulowano",
    "anulowane",
    "odwołanie",
    "zerwane",
    "zerwano",
];
