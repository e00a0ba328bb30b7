//! One article's findings as the briefing-wide merge takes them: plain owned
//! data with character spans and nothing borrowed from the tables, so they can
//! be kept on disk and read back (`crate::pipeline`'s cache) and give the same
//! briefing either way.

use serde::{Deserialize, Serialize};

use super::analysis::Entity;
use super::found::{FoundMeeting, Gender};
use super::quotes::FoundQuote;
use crate::model::{ActorKind, Article, Date, MeetingStatus, QuoteKind, Span};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ArticleFindings {
    pub entities: Vec<EntityFound>,
    /// (entity, where the text names it).
    pub mentions: Vec<(usize, Span)>,
    pub quotes: Vec<QuoteFound>,
    pub meetings: Vec<MeetingFound>,
}

/// An actor as one article knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct EntityFound {
    pub kind: ActorKind,
    /// Folded key: the surname for people, the name for the rest.
    pub key: String,
    pub first_key: Option<String>,
    /// Name spellings proposed by the mentions, one per mention.
    pub proposals: Vec<String>,
    pub gender: Option<Gender>,
    /// The roles the article gives, as written.
    pub roles: Vec<String>,
}

impl From<Entity> for EntityFound {
    fn from(e: Entity) -> Self {
        EntityFound {
            kind: e.kind,
            key: e.key,
            first_key: e.first_key,
            proposals: e.proposals,
            gender: e.gender,
            roles: e.roles.into_iter().map(|r| r.text).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct QuoteFound {
    pub kind: QuoteKind,
    pub span: Span,
    /// The speaker's entity.
    pub speaker: Option<usize>,
    /// The speech verb.
    pub cue: Option<Span>,
    /// The article's earlier quote this piece continues.
    pub continues: Option<usize>,
}

impl QuoteFound {
    pub fn new(q: FoundQuote, span: Span, cue: Option<Span>) -> Self {
        QuoteFound {
            kind: q.kind,
            span,
            speaker: q.speaker,
            cue,
            continues: q.continues,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct MeetingFound {
    /// The participants' entities.
    pub participants: Vec<usize>,
    pub place: Option<String>,
    pub date: Option<Date>,
    pub date_inferred: bool,
    pub status: MeetingStatus,
    /// The meeting noun or verb's lemma, for the summary line.
    pub lemma: String,
    pub span: Span,
    pub trigger: Span,
}

impl MeetingFound {
    pub fn new(m: FoundMeeting, span: Span, trigger: Span) -> Self {
        MeetingFound {
            participants: m.participants,
            place: m.place,
            date: m.date,
            date_inferred: m.date_inferred,
            status: m.status,
            lemma: m.lemma.to_owned(),
            span,
            trigger,
        }
    }
}

impl ArticleFindings {
    /// Cuts `article`'s text down to what an export reads (see
    /// [`Article::cut_to`]): the words of mentions, quotes and speech verbs,
    /// and the ends of meetings' sentences; the spans move with it. Of a quote
    /// that `repeats` an earlier article's, only where it starts and ends is
    /// kept: its words are the earlier quote's. A meeting's trigger word, which
    /// only the reader marks, becomes the point where its sentence starts.
    pub fn cut(&mut self, article: &mut Article, repeats: &[bool]) {
        let point = |at: u32| Span { start: at, end: at };
        let ends = |s: Span| [point(s.start), point(s.end)];
        let quotes = self.quotes.iter().zip(repeats).flat_map(|(q, &repeat)| {
            let [first, second] = if repeat {
                ends(q.span).map(Some)
            } else {
                [Some(q.span), q.cue]
            };
            [first, second].into_iter().flatten()
        });
        let keep = (self.mentions.iter().map(|&(_, s)| s))
            .chain(quotes)
            .chain(self.meetings.iter().flat_map(|m| ends(m.span)))
            .collect();
        let remap = article.cut_to(keep);
        for (_, s) in &mut self.mentions {
            *s = remap.span(*s);
        }
        for (q, &repeat) in self.quotes.iter_mut().zip(repeats) {
            q.span = remap.span(q.span);
            q.cue = q.cue.filter(|_| !repeat).map(|c| remap.span(c));
        }
        for m in &mut self.meetings {
            m.span = remap.span(m.span);
            m.trigger = point(m.span.start);
        }
    }

    /// Whether these findings could have come from `text`: every index points
    /// at an entity or an earlier quote and every span lies on its character
    /// boundaries. What is read back from disk is checked so, never trusted.
    pub fn fits(&self, text: &str) -> bool {
        let entities = self.entities.len();
        let entity = |e: usize| e < entities;
        let span = |s: Span| {
            s.start <= s.end
                && text.is_char_boundary(s.start as usize)
                && text.is_char_boundary(s.end as usize)
        };
        self.mentions.iter().all(|&(e, s)| entity(e) && span(s))
            && self.quotes.iter().enumerate().all(|(i, q)| {
                span(q.span)
                    && q.cue.is_none_or(span)
                    && q.speaker.is_none_or(entity)
                    && q.continues.is_none_or(|c| c < i)
            })
            && self.meetings.iter().all(|m| {
                span(m.span) && span(m.trigger) && m.participants.iter().all(|&p| entity(p))
            })
    }
}
