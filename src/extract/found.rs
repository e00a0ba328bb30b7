//! What the passes find, shared by the languages: grammatical case and gender, a
//! person's name, a role phrase, a meeting; and the word-shape tests every language's
//! name rules start from.

use std::ops::Range;

use crate::extract::doc::Doc;
use crate::model::{Date, MeetingStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Inst,
    Loc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// Korean and Chinese family names, written first: "Kim Jong Un", "Ri Jong Ho", "Xi
/// Jinping". The given name may be two short words; in Polish only the last of them
/// takes a case ending ("z Kim Dzong Unem") and the family name never does.
pub const FAMILY_FIRST: &[&str] = &[
    "kim", "ri", "pak", "choe", "mun", "moon", "yoon", "jang", "lee", "park", "xi", "wang", "li",
    "zhang", "chen", "liu", "zhao", "han", "mao", "lai",
];

/// A person named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub tokens: Range<usize>,
    /// First name in the nominative, if written.
    pub first: Option<String>,
    /// Surname in the nominative ("Putin", "von der Leyen").
    pub surname: String,
    pub gender: Option<Gender>,
    /// Written in the nominative: may be the subject of a verb.
    pub nominative: bool,
}

impl PersonName {
    pub fn full_name(&self) -> String {
        match &self.first {
            Some(f) => format!("{f} {}", self.surname),
            None => self.surname.clone(),
        }
    }
}

/// A role phrase found next to a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role in the nominative: "prezydent USA".
    pub text: String,
    /// Head noun lemma and the modifiers that follow it, lowercase: the key a later
    /// bare role phrase is matched by.
    pub head: &'static str,
    pub modifiers: Vec<String>,
    /// Countries the role names, by adjective or by name: "premier Węgier" and
    /// "węgierski premier" both give Węgry.
    pub countries: Vec<&'static str>,
    pub tokens: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundMeeting {
    pub participants: Vec<usize>,
    pub place: Option<String>,
    pub date: Option<Date>,
    pub date_inferred: bool,
    pub status: MeetingStatus,
    pub trigger: usize,
    /// Sentences the meeting was read from (token range).
    pub tokens: Range<usize>,
    pub lemma: &'static str,
}

/// Is token `i` a capitalised word that can be part of a surname?
pub fn could_be_surname(doc: &Doc, i: usize) -> bool {
    doc.is_capitalized(i)
        && doc.word(i).chars().count() >= 2
        && doc.phrase_at(&doc.lex.places, i).is_none()
        && doc.phrase_at(&doc.lex.countries, i).is_none()
        && doc.phrase_at(&doc.lex.organizations, i).is_none()
        && doc.role(i).is_none()
        && doc.institution(i).is_none()
        && !doc.word(i).chars().all(|c| c.is_uppercase())
        // "PiS", "KOd": short words with several capitals are abbreviations.
        && !(doc.word(i).chars().count() <= 5 && doc.word(i).chars().filter(|c| c.is_uppercase()).count() >= 2)
}

pub fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}
