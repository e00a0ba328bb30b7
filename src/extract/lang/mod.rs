//! Per-language lexicons: the data the extraction rules consult. Each language builds
//! one [`Lexicon`] from its tables in `assets/lexicon/`.

pub mod en;
pub mod pl;
mod table;

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

pub use table::Phrases;
pub use table::rows as table_rows;

use crate::extract::fold::fold;
use crate::extract::pl::inflect::{Case, Gender};

const SAME_ACTORS: &str = include_str!("../../../assets/lexicon/same-actors.tsv");
const NATIONAL_BODIES: &str = include_str!("../../../assets/lexicon/national-bodies.tsv");

/// Folded name → the key of the one actor it names, in either language.
static SAME_ACTOR_KEYS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut keys = HashMap::default();
    for row in table::rows(SAME_ACTORS) {
        for name in &row {
            keys.insert(fold(name), row[0]);
        }
    }
    keys
});

/// The key a country's or body's name is merged under: "Russia", "Rosja" and
/// "Federacja Rosyjska" are one actor; a name in no row is its own key.
pub fn same_actor_key(name: &str) -> String {
    let folded = fold(name);
    SAME_ACTOR_KEYS.get(&folded).map_or(folded, |key| fold(key))
}

/// Folded names of the bodies every country has (a foreign ministry, a general
/// staff), in either language, with the gender of the Polish name (`-` for English).
static NATIONAL_BODY_NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    table::rows(NATIONAL_BODIES)
        .map(|row| (fold(row[0]), row.get(1).copied().unwrap_or("-")))
        .collect()
});

/// Whether `name` is a body every country has, so that it is one actor per country
/// ("MSZ Rosji" and the Polish "MSZ" are two), and the gender of its Polish name:
/// "m", "f", "n", or "-" for an English one.
pub fn national_body(name: &str) -> Option<&'static str> {
    NATIONAL_BODY_NAMES.get(&fold(name)).copied()
}

/// The key of country `owner`'s body `name`: the body's own key with the country's,
/// so "MSZ Rosji" and "Russian Foreign Ministry" are one actor.
pub fn owned_body_key(name: &str, owner: &str) -> String {
    format!("{}@{}", same_actor_key(name), same_actor_key(owner))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Perfective,
    Imperfective,
    /// SGJP gives both: tense alone cannot tell held from planned.
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// Present for imperfective verbs, future for perfective ones.
    NonPast,
    Infinitive,
    /// The impersonal -no/-to form: "spotkano się".
    Impersonal,
    /// The adverbial participle: "podkreślając", "spotkawszy".
    Participle,
}

/// Who a finite verb form agrees with: the past tense carries gender and number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Masculine,
    Feminine,
    Neuter,
    /// Plural with at least one man: "powiedzieli".
    Virile,
    /// Other plurals: "powiedziały".
    NonVirile,
    Singular,
    Plural,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForm {
    pub lemma: &'static str,
    pub aspect: Aspect,
    pub tense: Tense,
    pub agreement: Option<Agreement>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounForm {
    pub lemma: &'static str,
    pub plural: bool,
    /// Case when the form is unambiguous enough to matter (nominative vs other).
    pub nominative: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameForm {
    pub lemma: &'static str,
    pub gender: Gender,
    pub case: Case,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleForm {
    pub lemma: &'static str,
    pub gender: Gender,
    pub nominative: bool,
}

/// A group noun form ("delegacją", "przedstawicieli") and how to name the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupForm {
    pub lemma: &'static str,
    pub plural: bool,
    /// The nominative in the same number: "przedstawiciele" for "przedstawicieli".
    pub nominative: &'static str,
    /// The nominative plural, for forms that are also singular ("przywódcy").
    pub nominative_plural: &'static str,
    /// A noun for people (przedstawiciel, doradca): its plural is virile.
    pub personal: bool,
    pub feminine: bool,
}

/// Everything one language's rules look up.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// English rules run where this is set; Polish ones otherwise.
    pub english: bool,
    pub speech_verbs: HashMap<&'static str, VerbForm>,
    pub meeting_verbs: HashMap<&'static str, VerbForm>,
    pub meeting_nouns: HashMap<&'static str, NounForm>,
    /// Every case form of every known first name (lowercase key).
    pub first_names: HashMap<String, Vec<NameForm>>,
    /// The same forms under a folded key, for spellings without diacritics
    /// ("Wladimir") and transliterations ("Vladimir").
    pub first_names_folded: HashMap<String, Vec<NameForm>>,
    pub roles: HashMap<&'static str, RoleForm>,
    /// (office, role head lemma, words of which one must follow the head; none for
    /// the head alone): "szef dyplomacji" and "minister spraw zagranicznych" share one.
    pub offices: Vec<(&'static str, &'static str, Vec<&'static str>)>,
    pub groups: HashMap<&'static str, GroupForm>,
    /// Nationality and similar adjectives, any form → masculine lemma.
    pub adjectives: HashMap<&'static str, &'static str>,
    /// Nationality adjective lemma → its country ("węgierski" → "Węgry").
    pub adjective_country: HashMap<&'static str, &'static str>,
    pub places: Phrases,
    pub countries: Phrases,
    pub organizations: Phrases,
    /// Capitalised heads of institution names, any form (lowercase) → nominative.
    pub institutions: HashMap<String, &'static str>,
    /// Country → the form it takes in the name of one of its bodies: the Polish
    /// genitive after it ("MSZ Rosji"), the English adjective before ("Russian").
    pub owner_forms: HashMap<&'static str, &'static str>,
    /// Whose a body named with no country is: Polish press means Poland's ("MSZ");
    /// English leaves it open.
    pub home_country: Option<&'static str>,
    /// For every word form in the tables above, which tables have it: one lookup
    /// per token tells the passes which lookups are worth making.
    pub classes: HashMap<String, u16>,
    /// Words that put a meeting in the future, and words that make it hypothetical.
    pub future_markers: &'static [&'static str],
    pub irrealis_markers: &'static [&'static str],
}

/// Bits of [`Lexicon::classes`].
pub mod class {
    pub const SPEECH_VERB: u16 = 1;
    pub const MEETING_VERB: u16 = 1 << 1;
    pub const ROLE: u16 = 1 << 2;
    pub const GROUP: u16 = 1 << 3;
    pub const MEETING_NOUN: u16 = 1 << 4;
    pub const ADJECTIVE: u16 = 1 << 5;
    pub const INSTITUTION: u16 = 1 << 6;
    /// A first name in any spelling the lookup accepts.
    pub const FIRST_NAME: u16 = 1 << 7;
    /// The first word of a place, country or organisation name.
    pub const PLACE_START: u16 = 1 << 8;
    pub const COUNTRY_START: u16 = 1 << 9;
    pub const ORGANIZATION_START: u16 = 1 << 10;
    pub const FUTURE: u16 = 1 << 11;
    pub const IRREALIS: u16 = 1 << 12;
}

impl Lexicon {
    /// The country a nationality adjective form points to: "brytyjski" → Wielka Brytania.
    pub fn country_of_adjective(&self, form: &str) -> Option<&'static str> {
        let lemma = self.adjectives.get(form)?;
        self.adjective_country.get(lemma).copied()
    }

    /// Fills [`Lexicon::classes`] from the tables; called once they are complete.
    pub fn index_classes(&mut self) {
        let mut classes: HashMap<String, u16> = HashMap::default();
        let mut mark = |word: &str, bit: u16| *classes.entry(word.to_string()).or_default() |= bit;
        self.speech_verbs
            .keys()
            .for_each(|w| mark(w, class::SPEECH_VERB));
        self.meeting_verbs
            .keys()
            .for_each(|w| mark(w, class::MEETING_VERB));
        self.roles.keys().for_each(|w| mark(w, class::ROLE));
        self.groups.keys().for_each(|w| mark(w, class::GROUP));
        self.meeting_nouns
            .keys()
            .for_each(|w| mark(w, class::MEETING_NOUN));
        self.adjectives
            .keys()
            .for_each(|w| mark(w, class::ADJECTIVE));
        self.institutions
            .keys()
            .for_each(|w| mark(w, class::INSTITUTION));
        self.first_names
            .keys()
            .for_each(|w| mark(w, class::FIRST_NAME));
        for w in self.first_names_folded.keys() {
            // The folded key is how an ASCII spelling reads; "v" spellings fold to "w".
            mark(w, class::FIRST_NAME);
            if w.contains('w') {
                mark(&w.replace('w', "v"), class::FIRST_NAME);
            }
        }
        for (phrases, bit) in [
            (&mut self.places, class::PLACE_START),
            (&mut self.countries, class::COUNTRY_START),
            (&mut self.organizations, class::ORGANIZATION_START),
        ] {
            phrases.first_words().for_each(|w| mark(w, bit));
            phrases.start_class = bit;
        }
        self.future_markers
            .iter()
            .for_each(|w| mark(w, class::FUTURE));
        self.irrealis_markers
            .iter()
            .for_each(|w| mark(w, class::IRREALIS));
        self.classes = classes;
    }

    /// The office a role names, from its head lemma and the words after the head.
    pub fn office<'w>(
        &self,
        head: &str,
        words: impl Iterator<Item = &'w str> + Clone,
    ) -> Option<&'static str> {
        self.offices
            .iter()
            .filter(|(_, h, _)| *h == head)
            .find(|(_, _, needed)| needed.is_empty() || words.clone().any(|w| needed.contains(&w)))
            .map(|(office, _, _)| *office)
    }

    pub fn speech_verb(&self, word: &str) -> Option<VerbForm> {
        self.speech_verbs.get(word).copied()
    }

    pub fn meeting_verb(&self, word: &str) -> Option<VerbForm> {
        self.meeting_verbs.get(word).copied()
    }

    /// The first-name readings of a lowercase word, also under other spellings
    /// ("wladimir", "vladimir" for "władimir").
    pub fn first_name(&self, lower: &str) -> &[NameForm] {
        if let Some(forms) = self.first_names.get(lower) {
            return forms;
        }
        // ASCII needs no decomposition: folding is just v → w and no apostrophes.
        let key = if lower.is_ascii() {
            lower
                .chars()
                .filter(|&c| c != '\'')
                .map(|c| if c == 'v' { 'w' } else { c })
                .collect()
        } else {
            fold(lower)
        };
        self.first_names_folded
            .get(&key)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::same_actor_key;

    #[test]
    fn a_country_or_body_has_one_key_in_both_languages() {
        let same = [
            ("Rosja", "Russia"),
            ("Federacja Rosyjska", "Russia"),
            ("Stany Zjednoczone", "United States"),
            ("USA", "United States"),
            ("Unia Europejska", "UE"),
            ("European Union", "UE"),
            ("Kreml", "Kremlin"),
            ("Biały Dom", "White House"),
            ("Sojusz Północnoatlantycki", "NATO"),
        ];
        for (a, b) in same {
            assert_eq!(same_actor_key(a), same_actor_key(b), "{a} / {b}");
        }
        // Different bodies keep their own keys.
        assert_ne!(same_actor_key("Kreml"), same_actor_key("Biały Dom"));
        assert_ne!(same_actor_key("Sejm"), same_actor_key("Senate"));
    }
}
