//! The selected actor's dossier and who-met-whom table, as lines the reader
//! can scroll through and open. The lines are derived once per selected actor
//! (in `settle`), so drawing only reads them.

use crate::model::{ActorId, ArticleId, Briefing, MeetingId, QuoteId, Span};

use super::ListCursor;
use super::index::{Index, Item};
use super::reader::Target;

/// Which table the space below the participants list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DossierView {
    #[default]
    Dossier,
    WhoMet,
    /// Who met whom drawn as a graph around the actor; its lines are who met
    /// whom's, so moving and `Enter` work alike.
    Graph,
}

/// One line of the dossier: what it is about decides how it is drawn and
/// where `Enter` takes the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Name and kind.
    Title,
    /// Mentions, quotes and meetings.
    Counts,
    /// Mentions, quotes and meetings per day, when the briefing spans several.
    Activity,
    /// First or last appearance (`true` for the first) and where it is.
    Appearance(bool, Located),
    Heading(&'static str, usize),
    /// A name form and its first mention.
    Form(String, Located),
    /// A role and, where the text has its words, the article that gives it.
    Role(String, Option<Located>),
    /// An article the actor appears in, at its first mention there.
    Article(Located),
    Quote(QuoteId),
    Meeting(MeetingId),
    Partner(Partner),
}

/// An article and a byte span in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    pub article: ArticleId,
    pub span: Span,
}

/// Another actor who shares meetings with the dossier's actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub actor: ActorId,
    pub meetings: Vec<MeetingId>,
    /// Paragraphs where both are mentioned.
    pub together: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Dossier {
    /// The actor the lines are for.
    pub actor: Option<ActorId>,
    pub view: DossierView,
    /// The keyboard is in the dossier rather than the participants list.
    pub focused: bool,
    pub entries: Vec<Entry>,
    pub cursor: ListCursor,
}

impl Entry {
    /// Where `Enter` on this line goes, if anywhere.
    pub fn target(&self, b: &Briefing, actor: ActorId) -> Option<Target> {
        let at = |l: &Located| Target::mention(l.article, l.span, actor);
        match self {
            Entry::Appearance(_, l) | Entry::Form(_, l) | Entry::Article(l) => Some(at(l)),
            Entry::Role(_, l) => l.as_ref().map(at),
            Entry::Quote(q) => Some(Target::quote(b, *q)),
            Entry::Meeting(m) => Some(Target::meeting(b, *m)),
            Entry::Partner(p) => p.meetings.first().map(|&m| Target::meeting(b, m)),
            Entry::Title | Entry::Counts | Entry::Activity | Entry::Heading(..) => None,
        }
    }

    pub fn selectable(&self) -> bool {
        !matches!(
            self,
            Entry::Title
                | Entry::Counts
                | Entry::Activity
                | Entry::Heading(..)
                | Entry::Role(_, None)
        )
    }
}

impl Dossier {
    /// Rebuilds the lines when the actor or the view changed.
    pub fn sync(&mut self, b: &Briefing, index: &Index, actor: Option<ActorId>) {
        if actor == self.actor && !(self.entries.is_empty() && actor.is_some()) {
            return;
        }
        self.actor = actor;
        self.rebuild(b, index);
    }

    pub fn rebuild(&mut self, b: &Briefing, index: &Index) {
        self.entries = match (self.actor, self.view) {
            (None, _) => Vec::new(),
            (Some(a), DossierView::Dossier) => dossier(b, index, a),
            (Some(a), DossierView::WhoMet | DossierView::Graph) => who_met(b, index, a),
        };
        self.cursor = ListCursor::default();
        self.cursor.selected = self.first_selectable(0, true).unwrap_or(0);
    }

    /// Shows `view`, keeping the selected partner between the who-met-whom
    /// table and the graph, which share their lines.
    pub fn set_view(&mut self, view: DossierView, b: &Briefing, index: &Index) {
        let shared = |v| matches!(v, DossierView::WhoMet | DossierView::Graph);
        let keep = shared(self.view) && shared(view);
        self.view = view;
        if !keep {
            self.rebuild(b, index);
        }
    }

    pub fn selected(&self) -> Option<&Entry> {
        self.entries.get(self.cursor.selected)
    }

    /// The nearest selectable line from `from` in the direction given.
    fn first_selectable(&self, from: usize, forward: bool) -> Option<usize> {
        if forward {
            (from..self.entries.len()).find(|&i| self.entries[i].selectable())
        } else {
            (0..=from.min(self.entries.len().saturating_sub(1)))
                .rev()
                .find(|&i| self.entries.get(i).is_some_and(Entry::selectable))
        }
    }

    /// Moves by `delta` lines, passing over headings; stays put at the ends.
    pub fn move_by(&mut self, delta: isize) {
        let len = self.entries.len();
        let mut probe = self.cursor;
        probe.move_by(delta, len);
        let forward = delta > 0;
        let found = self
            .first_selectable(probe.selected, forward)
            .or_else(|| self.first_selectable(probe.selected, !forward));
        if let Some(at) = found {
            self.cursor.selected = at;
        }
        // At the top, show the headings above the first selectable line.
        if !forward && self.first_selectable(0, true) == Some(self.cursor.selected) {
            self.cursor.offset = 0;
        }
    }
}

fn paragraph_of(b: &Briefing, article: ArticleId, byte: usize) -> usize {
    let paragraphs = &b.articles[article].paragraphs;
    paragraphs
        .partition_point(|p| p.span.end as usize <= byte)
        .min(paragraphs.len().saturating_sub(1))
}

fn mentions(index: &Index, actor: ActorId) -> impl Iterator<Item = Located> + '_ {
    index.actors[actor]
        .items
        .iter()
        .filter(|l| matches!(l.item, Item::Mention(_)))
        .map(|l| Located {
            article: l.article,
            span: l.span,
        })
}

/// How many of the actor's articles are searched for a role's words, so a
/// key press in a briefing of thousands of articles stays quick.
const ROLE_SEARCH_ARTICLES: usize = 256;

/// Where the text gives a role: the role's words in an article the actor
/// appears in, else with its first letter's case changed.
fn role_source(b: &Briefing, articles: &[ArticleId], role: &str) -> Option<Located> {
    let mut chars = role.chars();
    let first = chars.next()?;
    let flipped: String = if first.is_uppercase() {
        first.to_lowercase().chain(chars).collect()
    } else {
        first.to_uppercase().chain(chars).collect()
    };
    for needle in [role, flipped.as_str()] {
        for &a in articles.iter().take(ROLE_SEARCH_ARTICLES) {
            if let Some(start) = b.articles[a].text.find(needle) {
                let span = Span::new(start, start + needle.len());
                return Some(Located { article: a, span });
            }
        }
    }
    None
}

fn dossier(b: &Briefing, index: &Index, actor: ActorId) -> Vec<Entry> {
    let entry = &index.actors[actor];
    let mut out = vec![Entry::Title, Entry::Counts];
    if index.days.several() {
        out.push(Entry::Activity);
    }
    let first_mentions: Vec<Located> = mentions(index, actor).collect();
    let date = |l: &&Located| b.articles[l.article].date;
    let first = first_mentions
        .iter()
        .min_by_key(|l| (date(l).is_none(), date(l), l.article, l.span.start));
    let last = first_mentions
        .iter()
        .max_by_key(|l| (date(l).is_some(), date(l), l.article, l.span.start));
    if let (Some(first), Some(last)) = (first, last) {
        out.push(Entry::Appearance(true, *first));
        out.push(Entry::Appearance(false, *last));
    }
    let mut articles: Vec<Located> = Vec::new();
    for l in &first_mentions {
        if articles.last().is_none_or(|a| a.article != l.article) {
            articles.push(*l);
        }
    }
    let article_ids: Vec<ArticleId> = articles.iter().map(|l| l.article).collect();
    let roles = &b.actors[actor].roles;
    out.push(Entry::Heading("roles", roles.len()));
    // Grouped by the language of the article that gives them: Polish, then English,
    // then roles no article is found for.
    let mut sourced: Vec<(String, Option<Located>)> = roles
        .iter()
        .map(|r| (r.clone(), role_source(b, &article_ids, r)))
        .collect();
    sourced.sort_by_key(|(_, l)| l.map_or(2, |l| b.articles[l.article].language as usize));
    out.extend(sourced.into_iter().map(|(r, l)| Entry::Role(r, l)));
    out.push(Entry::Heading("name forms", entry.forms.len()));
    for form in &entry.forms {
        let first = first_mentions
            .iter()
            .find(|l| b.text_of(l.article, l.span) == form);
        out.extend(first.map(|l| Entry::Form(form.clone(), *l)));
    }
    out.push(Entry::Heading("articles", articles.len()));
    out.extend(articles.into_iter().map(Entry::Article));
    out.push(Entry::Heading("quotes", entry.quotes.len()));
    out.extend(entry.quotes.iter().map(|&q| Entry::Quote(q)));
    out.push(Entry::Heading("meetings", entry.meetings.len()));
    out.extend(entry.meetings.iter().map(|&m| Entry::Meeting(m)));
    out
}

/// Everyone the actor shares a meeting with: the shared meetings, the
/// paragraphs where both are mentioned; most meetings first.
pub fn partners(b: &Briefing, index: &Index, actor: ActorId) -> Vec<Partner> {
    let paragraphs = |who: ActorId| {
        let mut list: Vec<(ArticleId, usize)> = mentions(index, who)
            .map(|l| (l.article, paragraph_of(b, l.article, l.span.start as usize)))
            .collect();
        list.dedup();
        list
    };
    let own: std::collections::HashSet<(ArticleId, usize)> =
        paragraphs(actor).into_iter().collect();
    let mut out: Vec<Partner> = index.actors[actor]
        .met
        .iter()
        .map(|&other| Partner {
            actor: other,
            meetings: index.actors[actor]
                .meetings
                .iter()
                .copied()
                .filter(|&m| b.meetings[m].participants.contains(&other))
                .collect(),
            together: paragraphs(other).iter().filter(|p| own.contains(p)).count(),
        })
        .collect();
    out.sort_by(|x, y| {
        (y.meetings.len(), y.together)
            .cmp(&(x.meetings.len(), x.together))
            .then_with(|| {
                index.actors[x.actor]
                    .sort_key
                    .cmp(&index.actors[y.actor].sort_key)
            })
    });
    out
}

fn who_met(b: &Briefing, index: &Index, actor: ActorId) -> Vec<Entry> {
    let partners = partners(b, index, actor);
    let mut out = vec![Entry::Title, Entry::Heading("met", partners.len())];
    out.extend(partners.into_iter().map(Entry::Partner));
    out
}
