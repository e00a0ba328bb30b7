//! One article prepared for the extraction passes: tokens, their lowercase forms,
//! sentences and paragraphs.

use std::ops::Range;

use super::lang::Lexicon;
use super::text::{Kind, Token, sentences, tokenize};
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
    lower: Vec<String>,
    pub sentences: Vec<Sentence>,
    /// Token ranges of the paragraphs (headings excluded).
    pub paragraphs: Vec<Range<usize>>,
    /// For each token, the index of its sentence.
    sentence_of: Vec<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article, lex: &'a Lexicon) -> Self {
        let text = article.text.as_str();
        let tokens = tokenize(text);
        let lower = tokens
            .iter()
            .map(|t| {
                let s = &text[t.span.start..t.span.end];
                if s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
                    s.to_lowercase()
                } else {
                    s.to_string()
                }
            })
            .collect();
        let mut doc = Doc {
            text,
            lex,
            tokens,
            lower,
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            sentence_of: Vec::new(),
        };
        doc.split(article);
        doc
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
            .map_or("", |t| &self.text[t.span.start..t.span.end])
    }

    /// The token in lowercase ("" past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map(String::as_str).unwrap_or("")
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
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
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
        let at = |k: usize| self.tokens.get(k).map_or(self.text.len(), |t| t.span.start);
        if tokens.start >= tokens.end {
            let p = at(tokens.start);
            return Span::new(p, p);
        }
        let end = self
            .tokens
            .get(tokens.end - 1)
            .map_or(self.text.len(), |t| t.span.end);
        Span::new(at(tokens.start).min(end), end)
    }
}
