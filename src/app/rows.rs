//! The rows each list pane shows: everything, or only what involves the
//! actors of the filter; participants in the chosen sort order.

use crate::model::{ActorId, ActorKind, Briefing, QuoteId};

use super::activity::DaySpan;
use super::index::{Index, TimelineItem, timeline_date};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Mentions,
    Name,
    Quotes,
    Meetings,
    /// The days an actor is mentioned, quoted or meets someone on.
    Activity,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Mentions => SortKey::Name,
            SortKey::Name => SortKey::Quotes,
            SortKey::Quotes => SortKey::Meetings,
            SortKey::Meetings => SortKey::Activity,
            SortKey::Activity => SortKey::Mentions,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Mentions => "mentions",
            SortKey::Name => "name",
            SortKey::Quotes => "quotes",
            SortKey::Meetings => "meetings",
            SortKey::Activity => "activity",
        }
    }
}

/// Who speaks and who is only spoken about: which participants are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    #[default]
    All,
    QuotedOnly,
    NeverQuoted,
}

impl Voice {
    pub fn next(self) -> Voice {
        match self {
            Voice::All => Voice::QuotedOnly,
            Voice::QuotedOnly => Voice::NeverQuoted,
            Voice::NeverQuoted => Voice::All,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Voice::All => "all",
            Voice::QuotedOnly => "quoted only",
            Voice::NeverQuoted => "never quoted",
        }
    }

    pub fn keeps(self, quotes: usize) -> bool {
        match self {
            Voice::All => true,
            Voice::QuotedOnly => quotes > 0,
            Voice::NeverQuoted => quotes == 0,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub timeline: Vec<TimelineItem>,
    pub actors: Vec<ActorId>,
    pub quotes: Vec<QuoteId>,
}

impl Rows {
    pub fn len(&self, list: usize) -> usize {
        match list {
            0 => self.timeline.len(),
            1 => self.actors.len(),
            _ => self.quotes.len(),
        }
    }
}

/// Does this timeline row involve one of `actors`?
pub fn timeline_involves(b: &Briefing, item: TimelineItem, actors: &[ActorId]) -> bool {
    match item {
        TimelineItem::Meeting(m) => b.meetings[m]
            .participants
            .iter()
            .any(|p| actors.contains(p)),
        TimelineItem::Quote(q) => b.quotes[q].speaker.is_some_and(|s| actors.contains(&s)),
    }
}

/// What the rows are narrowed to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Narrow<'a> {
    /// Only rows involving these actors; empty: everyone.
    pub actors: &'a [ActorId],
    /// Only timeline rows on these days.
    pub days: Option<DaySpan>,
    /// Only participants of this kind (the other panes are not narrowed by it).
    pub kind: Option<ActorKind>,
}

/// `t` cycles the participant list through every kind, then one kind at a time.
pub fn next_kind(kind: Option<ActorKind>) -> Option<ActorKind> {
    match kind {
        None => Some(ActorKind::Person),
        Some(ActorKind::Person) => Some(ActorKind::Country),
        Some(ActorKind::Country) => Some(ActorKind::Organization),
        Some(ActorKind::Organization) => Some(ActorKind::Group),
        Some(ActorKind::Group) => None,
    }
}

/// How the participant list names the kind it shows.
pub fn kind_label(kind: Option<ActorKind>) -> &'static str {
    match kind {
        None => "every kind",
        Some(ActorKind::Person) => "people",
        Some(ActorKind::Country) => "countries",
        Some(ActorKind::Organization) => "organisations",
        Some(ActorKind::Group) => "groups",
    }
}

/// The rows for `narrow`; participants also by `voice`.
pub fn build(b: &Briefing, index: &Index, narrow: Narrow, sort: SortKey, voice: Voice) -> Rows {
    let filter = narrow.actors;
    let on_day = |item: TimelineItem| {
        narrow
            .days
            .is_none_or(|span| timeline_date(b, item).is_some_and(|d| span.contains(d)))
    };
    let keep_quote = |q: &QuoteId| {
        filter.is_empty() || b.quotes[*q].speaker.is_some_and(|s| filter.contains(&s))
    };
    let timeline = index
        .timeline
        .iter()
        .copied()
        .filter(|&item| filter.is_empty() || timeline_involves(b, item, filter))
        .filter(|&item| on_day(item))
        .collect();
    let mut actors: Vec<ActorId> = if filter.is_empty() {
        (0..b.actors.len()).collect()
    } else {
        filter.to_vec()
    };
    actors.retain(|&a| voice.keeps(index.actors[a].quotes.len()));
    actors.retain(|&a| narrow.kind.is_none_or(|k| b.actors[a].kind == k));
    sort_actors(b, index, &mut actors, sort);
    Rows {
        timeline,
        actors,
        quotes: index.quotes.iter().copied().filter(keep_quote).collect(),
    }
}

pub fn sort_actors(b: &Briefing, index: &Index, actors: &mut [ActorId], sort: SortKey) {
    let name = |a: ActorId| (&index.actors[a].sort_key, &b.actors[a].name, a);
    match sort {
        SortKey::Mentions => actors.sort_by(|&x, &y| {
            let (mx, my) = (b.actors[x].mentions.len(), b.actors[y].mentions.len());
            my.cmp(&mx).then_with(|| name(x).cmp(&name(y)))
        }),
        SortKey::Name => actors.sort_by(|&x, &y| name(x).cmp(&name(y))),
        SortKey::Quotes => actors.sort_by(|&x, &y| {
            let (qx, qy) = (index.actors[x].quotes.len(), index.actors[y].quotes.len());
            qy.cmp(&qx).then_with(|| name(x).cmp(&name(y)))
        }),
        SortKey::Meetings => actors.sort_by(|&x, &y| {
            let (mx, my) = (
                index.actors[x].meetings.len(),
                index.actors[y].meetings.len(),
            );
            my.cmp(&mx).then_with(|| name(x).cmp(&name(y)))
        }),
        SortKey::Activity => actors.sort_by(|&x, &y| {
            let (dx, dy) = (
                index.actors[x].activity.len(),
                index.actors[y].activity.len(),
            );
            dy.cmp(&dx).then_with(|| name(x).cmp(&name(y)))
        }),
    }
}
