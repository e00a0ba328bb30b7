//! The briefing model: articles and what was found in them.
//!
//! Spans are byte offsets into the article text, so the reader can slice the
//! text directly; the JSON export converts them to character offsets.

mod date;
pub mod escapes;
mod excerpt;
mod few;
pub mod safe;
mod skipped;
mod span;

pub use excerpt::{Piece, Remap, chars_in};
pub use few::Few;
pub use safe::SafeText;
pub use skipped::{Skipped, grouped};
pub use span::{MAX_TEXT, Span};

/// Index of an article in [`Briefing::articles`].
pub type ArticleId = usize;
/// Index of an actor in [`Briefing::actors`].
pub type ActorId = usize;
/// Index of a quote in [`Briefing::quotes`].
pub type QuoteId = usize;
/// Index of a meeting in [`Briefing::meetings`].
pub type MeetingId = usize;

/// Everything loaded and extracted from one or more articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Briefing {
    pub articles: Vec<Article>,
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
    pub meetings: Vec<Meeting>,
}

pub use date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Polish,
    English,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Polish => "pl",
            Language::English => "en",
        }
    }

    /// The quotation marks a quote in this language is shown in: „…” in Polish,
    /// “…” in English.
    pub fn quote_marks(self) -> (&'static str, &'static str) {
        match self {
            Language::Polish => ("„", "”"),
            Language::English => ("“", "”"),
        }
    }

    /// `words` in this language's quotation marks.
    pub fn quoted(self, words: &str) -> String {
        let (open, close) = self.quote_marks();
        format!("{open}{words}{close}")
    }
}

/// One article: its body text after loading, with its header fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The path as given on the command line (`-` for stdin).
    pub source: String,
    pub url: Option<String>,
    pub date: Option<Date>,
    pub title: Option<String>,
    pub language: Language,
    /// The body: header removed, line endings `\n`, control characters removed.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// `None` for the whole text; for a text cut down to what an export reads
    /// (see [`Article::cut_to`]), where its pieces are.
    pub excerpt: Option<Box<[Piece]>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// A short line without final punctuation: a subheading, not prose.
    pub heading: bool,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Group,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
        }
    }
}

/// A person, delegation, organisation or country, with every place it is named.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Canonical name in the nominative ("Władimir Putin").
    pub name: String,
    pub kind: ActorKind,
    /// Descriptions the text gives, in the nominative where possible.
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    pub article: ArticleId,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum QuoteKind {
    /// The speaker's own words, in quotation marks or dash dialogue.
    Direct,
    /// Indirect speech: a speech verb with its `że` clause, or "według X".
    Reported,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub article: ArticleId,
    pub kind: QuoteKind,
    /// The quoted words, without quotation marks or the `że`.
    pub span: Span,
    pub speaker: Option<ActorId>,
    /// The speech verb as written.
    pub cue: Option<Span>,
    /// The earlier piece this one continues (interrupted or multi-paragraph quotes).
    pub continues: Option<QuoteId>,
    /// Every later article that reports the same words from the same speaker, in
    /// order: the first report is this quote's own (see [`Quote::sources`]). Kept
    /// apart so that a quote reported once allocates nothing for it.
    pub later_reports: Few<Source>,
}

impl Quote {
    /// Every report of these words, this one first.
    pub fn sources(&self) -> impl Iterator<Item = Source> + '_ {
        reports(self.article, self.span, &self.later_reports)
    }

    pub fn source_count(&self) -> usize {
        1 + self.later_reports.len()
    }
}

/// A first report and the later ones, in order.
fn reports(article: ArticleId, span: Span, later: &[Source]) -> impl Iterator<Item = Source> + '_ {
    std::iter::once(Source { article, span }).chain(later.iter().copied())
}

/// One report of a quote or meeting: where it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Source {
    pub article: ArticleId,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum MeetingStatus {
    Held,
    Planned,
}

impl MeetingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingStatus::Held => "held",
            MeetingStatus::Planned => "planned",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub article: ArticleId,
    pub participants: Vec<ActorId>,
    /// Nominative place name ("Moskwa").
    pub place: Option<String>,
    pub date: Option<Date>,
    /// True when the date was not written as a date in the text.
    pub date_inferred: bool,
    pub status: MeetingStatus,
    pub summary: String,
    /// The sentence (or sentences) the meeting was found in.
    pub span: Span,
    /// Where the trigger word ("spotkanie", "spotkał się") is.
    pub trigger: Span,
    /// Every later article that reports this meeting, in order (see
    /// [`Meeting::sources`]).
    pub later_reports: Few<Source>,
    /// What the reports disagree on ("place: Davos / Genewa").
    pub disagreements: Few<String>,
}

impl Meeting {
    /// Every report of this meeting, this one first.
    pub fn sources(&self) -> impl Iterator<Item = Source> + '_ {
        reports(self.article, self.span, &self.later_reports)
    }

    pub fn source_count(&self) -> usize {
        1 + self.later_reports.len()
    }
}

/// Pushes `item`, growing a full vector by an eighth rather than doubling it: the
/// briefing's largest vectors (every quote, meeting and mention of a big archive)
/// then carry at most an eighth of unused room at the end of a load, when memory
/// peaks, instead of up to a half. Growing a large block moves no data where the
/// allocator can remap it.
pub fn push_lean<T>(items: &mut Vec<T>, item: T) {
    if items.len() == items.capacity() {
        items.reserve_exact((items.len() / 8).max(4));
    }
    items.push(item);
}

impl Briefing {
    pub fn text_of(&self, article: ArticleId, span: Span) -> &str {
        &self.articles[article].text[span.range()]
    }

    /// `words` in the quotation marks of the article's language.
    pub fn quoted(&self, article: ArticleId, words: &str) -> String {
        self.articles[article].language.quoted(words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_shown_in_their_language_marks() {
        assert_eq!(
            Language::Polish.quoted("Nie zgodzimy się"),
            "„Nie zgodzimy się”"
        );
        assert_eq!(
            Language::English.quoted("We will not agree"),
            "“We will not agree”"
        );
    }
}
