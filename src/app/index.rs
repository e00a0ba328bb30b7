//! Lookups computed once when the reader opens, so no key press rescans the
//! briefing: per-actor quotes, meetings and mentions, the timeline order, the
//! mentions of each article, and the name forms the actor picker searches.

use crate::model::{ActorId, ArticleId, Briefing, Date, MeetingId, QuoteId, Span};

use std::collections::BTreeMap;

use super::activity::{Days, actor_days};
use super::fold::fold;

/// Something an actor is part of, at a place in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Mention(ActorId),
    Quote(QuoteId),
    Meeting(MeetingId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    pub article: ArticleId,
    pub span: Span,
    pub item: Item,
}

/// A row of the timeline: a meeting or a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineItem {
    Meeting(MeetingId),
    Quote(QuoteId),
}

#[derive(Debug, Clone, Default)]
pub struct ActorIndex {
    pub quotes: Vec<QuoteId>,
    pub meetings: Vec<MeetingId>,
    /// Mentions, quotes and meetings in text order (article, then byte offset).
    pub items: Vec<Located>,
    /// Every surface form the text uses, in order of first appearance.
    pub forms: Vec<String>,
    /// Everyone met in the actor's meetings, in order of first meeting.
    pub met: Vec<ActorId>,
    /// The folded canonical name, for sorting by name.
    pub sort_key: String,
    /// Mentions, quotes and meetings per day (days since the epoch), for the
    /// activity sparklines and the sort by activity.
    pub activity: BTreeMap<i64, u32>,
}

/// One searchable name in the actor picker.
#[derive(Debug, Clone)]
pub struct NameForm {
    pub form: String,
    pub folded: String,
    pub actor: ActorId,
}

#[derive(Debug, Clone, Default)]
pub struct Index {
    pub actors: Vec<ActorIndex>,
    pub timeline: Vec<TimelineItem>,
    /// Quotes in reading order.
    pub quotes: Vec<QuoteId>,
    /// Each article's mentions of any actor, sorted by start.
    pub article_mentions: Vec<Vec<(Span, ActorId)>>,
    pub names: Vec<NameForm>,
    /// Where each actor's canonical name is in `names`.
    pub canonical: Vec<usize>,
    /// The timeline's rows by day, for the day ruler.
    pub days: Days,
}

impl Index {
    pub fn new(b: &Briefing) -> Index {
        let mut actors: Vec<ActorIndex> = b.actors.iter().map(|_| ActorIndex::default()).collect();
        let mut article_mentions = vec![Vec::new(); b.articles.len()];
        for (id, actor) in b.actors.iter().enumerate() {
            let entry = &mut actors[id];
            entry.sort_key = fold(&actor.name);
            for m in &actor.mentions {
                article_mentions[m.article].push((m.span, id));
                entry.items.push(Located {
                    article: m.article,
                    span: m.span,
                    item: Item::Mention(id),
                });
                let form = b.text_of(m.article, m.span);
                if !entry.forms.iter().any(|f| f == form) {
                    entry.forms.push(form.to_owned());
                }
            }
        }
        index_quotes(b, &mut actors);
        index_meetings(b, &mut actors);
        for entry in &mut actors {
            entry
                .items
                .sort_by_key(|l| (l.article, l.span.start, l.span.end));
            entry.activity = actor_days(b, &entry.items);
        }
        for list in &mut article_mentions {
            list.sort_by_key(|&(span, actor)| (span.start, span.end, actor));
        }
        let (names, canonical) = name_forms(b, &actors);
        let timeline = timeline(b);
        Index {
            names,
            canonical,
            days: Days::new(b, &timeline),
            timeline,
            quotes: reading_order(b),
            actors,
            article_mentions,
        }
    }
}

fn index_quotes(b: &Briefing, actors: &mut [ActorIndex]) {
    for (qid, q) in b.quotes.iter().enumerate() {
        if let Some(entry) = q.speaker.and_then(|s| actors.get_mut(s)) {
            entry.quotes.push(qid);
            entry.items.push(Located {
                article: q.article,
                span: q.span,
                item: Item::Quote(qid),
            });
        }
    }
}

fn index_meetings(b: &Briefing, actors: &mut [ActorIndex]) {
    for (mid, m) in b.meetings.iter().enumerate() {
        for &p in &m.participants {
            let Some(entry) = actors.get_mut(p) else {
                continue;
            };
            if entry.meetings.contains(&mid) {
                continue;
            }
            entry.meetings.push(mid);
            entry.items.push(Located {
                article: m.article,
                span: m.span,
                item: Item::Meeting(mid),
            });
            for &other in &m.participants {
                if other != p && !entry.met.contains(&other) {
                    entry.met.push(other);
                }
            }
        }
    }
}

/// When a timeline row happened: the meeting's date, or for a statement the
/// date of the article that reports it. Undated rows go last.
pub fn timeline_date(b: &Briefing, item: TimelineItem) -> Option<Date> {
    match item {
        TimelineItem::Meeting(m) => b.meetings[m].date,
        TimelineItem::Quote(q) => b.articles[b.quotes[q].article].date,
    }
}

fn timeline(b: &Briefing) -> Vec<TimelineItem> {
    let meetings = (0..b.meetings.len()).map(TimelineItem::Meeting);
    let quotes = (0..b.quotes.len()).map(TimelineItem::Quote);
    let mut items: Vec<TimelineItem> = meetings.chain(quotes).collect();
    items.sort_by_key(|&item| {
        let date = timeline_date(b, item);
        let (article, start) = match item {
            TimelineItem::Meeting(m) => (b.meetings[m].article, b.meetings[m].span.start),
            TimelineItem::Quote(q) => (b.quotes[q].article, b.quotes[q].span.start),
        };
        (date.is_none(), date, article, start)
    });
    items
}

fn reading_order(b: &Briefing) -> Vec<QuoteId> {
    let mut quotes: Vec<QuoteId> = (0..b.quotes.len()).collect();
    quotes.sort_by_key(|&q| (b.quotes[q].article, b.quotes[q].span.start));
    quotes
}

/// The canonical name and every surface form, once per actor.
fn name_forms(b: &Briefing, actors: &[ActorIndex]) -> (Vec<NameForm>, Vec<usize>) {
    let mut names = Vec::new();
    let mut canonical = Vec::new();
    for (id, actor) in b.actors.iter().enumerate() {
        canonical.push(names.len());
        let forms = std::iter::once(&actor.name).chain(&actors[id].forms);
        let mut seen: Vec<&str> = Vec::new();
        for form in forms {
            if seen.contains(&form.as_str()) {
                continue;
            }
            seen.push(form);
            names.push(NameForm {
                form: form.clone(),
                folded: fold(form),
                actor: id,
            });
        }
    }
    (names, canonical)
}
