//! One article prepared for the extraction passes: tokens, their lowercase forms,
//! sentences and paragraphs.

use std::ops::Range;

use super::found::could_be_surname;
use crate::extract::lang::{
    GroupForm, Lexicon, NameForm, NounForm, Phrases, RoleForm, VerbForm, class,
};
use crate::extract::text::{Kind, Token, sentences, tokenize};
use crate::model::{Article, Span};

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Token indices of the sentence.
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

pub struct Doc<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub tokens: Vec<Token>,
    /// The tokens' lowercase forms; `lower_at[i]` is token i's byte range in it.
    lowered: String,
    lower_at: Vec<(u32, u32)>,
    /// Each token's lexicon classes (see `lang::class`).
    classes: Vec<u16>,
    /// First-name readings of capitalised tokens.
    first_names: Vec<&'a [NameForm]>,
    /// Capitalised tokens that can be (part of) a surname.
    nameable: Vec<bool>,
    /// Words starting with a capital letter, decided once per token.
    capitalized: Vec<bool>,
    pub sentences: Vec<Sentence>,
    /// Token ranges of the paragraphs (headings excluded).
    pub paragraphs: Vec<Range<usize>>,
    /// For each token, the index of its sentence.
    sentence_of: Vec<usize>,
}

/// "Franka-Waltera": a double first name reads as its last part when every part is
/// a first name.
fn hyphenated_first_name<'a>(lex: &'a Lexicon, lower: &str) -> &'a [NameForm] {
    let Some((head, last)) = lower.rsplit_once('-') else {
        return &[];
    };
    let all_names = head.split('-').all(|p| !lex.first_name(p).is_empty());
    if all_names { lex.first_name(last) } else { &[] }
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article, lex: &'a Lexicon) -> Self {
        let text = article.text.as_str();
        let tokens = tokenize(text);
        // Every token's lowercase form, one after another, so `lower` is one slice.
        let mut lowered = String::with_capacity(text.len());
        let lower_at = tokens
            .iter()
            .map(|t| {
                let s = &text[t.span.range()];
                let start = lowered.len();
                if s.is_ascii() {
                    lowered.push_str(s);
                    lowered[start..].make_ascii_lowercase();
                } else {
                    for c in s.chars() {
                        match c {
                            'A'..='Z' => lowered.push(c.to_ascii_lowercase()),
                            c if c.is_ascii() || c.is_lowercase() => lowered.push(c),
                            c => lowered.extend(c.to_lowercase()),
                        }
                    }
                }
                (start as u32, lowered.len() as u32)
            })
            .collect();
        let mut doc = Doc {
            text,
            lex,
            tokens,
            lowered,
            lower_at,
            classes: Vec::new(),
            first_names: Vec::new(),
            nameable: Vec::new(),
            capitalized: Vec::new(),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            sentence_of: Vec::new(),
        };
        doc.capitalized = (0..doc.tokens.len())
            .map(|i| doc.is_word(i) && doc.word(i).chars().next().is_some_and(char::is_uppercase))
            .collect();
        doc.classes = (0..doc.tokens.len())
            .map(|i| lex.classes.get(doc.lower(i)).copied().unwrap_or(0))
            .collect();
        doc.first_names = (0..doc.tokens.len())
            .map(|i| {
                // Spellings with other diacritics ("António") are only found by folding.
                let maybe = doc.has(i, class::FIRST_NAME) || !doc.lower(i).is_ascii();
                let lower = doc.lower(i);
                if !doc.is_capitalized(i) {
                    &[]
                } else if maybe {
                    lex.first_name(lower)
                } else {
                    hyphenated_first_name(lex, lower)
                }
            })
            .collect();
        doc.nameable = (0..doc.tokens.len())
            .map(|i| could_be_surname(&doc, i))
            .collect();
        doc.split(article);
        doc
    }

    /// Is token `i` a capitalised word that can be part of a surname?
    pub fn nameable(&self, i: usize) -> bool {
        self.nameable.get(i).copied().unwrap_or(false)
    }

    pub fn has(&self, i: usize, bit: u16) -> bool {
        self.classes.get(i).is_some_and(|c| c & bit != 0)
    }

    pub fn speech_verb(&self, i: usize) -> Option<VerbForm> {
        self.has(i, class::SPEECH_VERB)
            .then(|| self.lex.speech_verb(self.lower(i)))
            .flatten()
    }

    pub fn meeting_verb(&self, i: usize) -> Option<VerbForm> {
        self.has(i, class::MEETING_VERB)
            .then(|| self.lex.meeting_verb(self.lower(i)))
            .flatten()
    }

    pub fn role(&self, i: usize) -> Option<RoleForm> {
        self.has(i, class::ROLE)
            .then(|| self.lex.roles.get(self.lower(i)).copied())
            .flatten()
    }

    pub fn group(&self, i: usize) -> Option<GroupForm> {
        self.has(i, class::GROUP)
            .then(|| self.lex.groups.get(self.lower(i)).copied())
            .flatten()
    }

    pub fn meeting_noun(&self, i: usize) -> Option<NounForm> {
        self.has(i, class::MEETING_NOUN)
            .then(|| self.lex.meeting_nouns.get(self.lower(i)).copied())
            .flatten()
    }

    /// A nationality or similar adjective from the tables.
    pub fn is_known_adjective(&self, i: usize) -> bool {
        self.has(i, class::ADJECTIVE)
    }

    /// The nominative of an institution head ("Ministerstwa" → "Ministerstwo").
    pub fn institution(&self, i: usize) -> Option<&'static str> {
        self.has(i, class::INSTITUTION)
            .then(|| self.lex.institutions.get(self.lower(i)).copied())
            .flatten()
    }

    fn split(&mut self, article: &Article) {
        self.sentence_of = vec![usize::MAX; self.tokens.len()];
        for p in article.paragraphs.iter().filter(|p| !p.heading) {
            let range = self.token_range(p.span);
            let paragraph = self.paragraphs.len();
            self.paragraphs.push(range.clone());
            for span in sentences(self.text, &self.tokens[range], p.span) {
                let tokens = self.token_range(span);
                for k in tokens.clone() {
                    self.sentence_of[k] = self.sentences.len();
                }
                self.sentences.push(Sentence { tokens, paragraph });
            }
        }
    }

    /// The tokens lying inside `span`.
    pub fn token_range(&self, span: Span) -> Range<usize> {
        let start = self.tokens.partition_point(|t| t.span.start < span.start);
        let end = self.tokens.partition_point(|t| t.span.end <= span.end);
        start..end.max(start)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token as written ("" past the end).
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }

    /// The first-name readings of token `i`, if it is a capitalised word.
    pub fn first_name(&self, i: usize) -> &'a [NameForm] {
        self.first_names.get(i).copied().unwrap_or(&[])
    }

    /// The token in lowercase ("" past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.lower_at
            .get(i)
            .map_or("", |&(s, e)| &self.lowered[s as usize..e as usize])
    }

    /// The longest name from `phrases` starting at token `i` (capitalised there):
    /// (entry, number of tokens).
    pub fn phrase_at(&self, phrases: &Phrases, i: usize) -> Option<(usize, usize)> {
        let first_word = phrases.start_class == 0 || self.has(i, phrases.start_class);
        if !self.is_capitalized(i) || !first_word {
            return None;
        }
        phrases.match_with(i, |k| (k < self.tokens.len()).then(|| self.lower(k)))
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct(c))
    }

    /// A word starting with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.capitalized.get(i).copied().unwrap_or(false)
    }

    pub fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        self.sentence_of.get(i).and_then(|&s| self.sentences.get(s))
    }

    /// Does token `i` start its sentence (ignoring an opening dash or quote mark)?
    pub fn starts_sentence(&self, i: usize) -> bool {
        let Some(s) = self.sentence_of(i) else {
            return true;
        };
        (s.tokens.start..i).all(|k| !self.is_word(k) && self.kind(k) != Some(Kind::Number))
    }

    /// The text span covering `tokens` (an empty span where the range is empty).
    pub fn span_of(&self, tokens: Range<usize>) -> Span {
        let at = |k: usize| {
            self.tokens
                .get(k)
                .map_or(self.text.len(), |t| t.span.start as usize)
        };
        if tokens.start >= tokens.end {
            let p = at(tokens.start);
            return Span::new(p, p);
        }
        let end = self
            .tokens
            .get(tokens.end - 1)
            .map_or(self.text.len(), |t| t.span.end as usize);
        Span::new(at(tokens.start).min(end), end)
    }
}
