//! `r`: a new briefing from the same files, with the reader kept where it
//! was. Ids may all change, so the place is carried over by what the reader
//! sees: the actor's name, the article's source, the byte at the top.

use crate::model::{ActorId, Briefing, QuoteId, Skipped};

use super::index::{Index, TimelineItem};
use super::{App, History, ListCursor, jump, rows};

fn actor_named(b: &Briefing, name: &str) -> Option<ActorId> {
    b.actors.iter().position(|a| a.name == name)
}

/// What a timeline or quote row shows, by what a new briefing of the same files
/// keeps: a meeting or quote, its article's source and where it starts.
type Place = (bool, String, usize);

fn timeline_place(b: &Briefing, item: TimelineItem) -> Place {
    match item {
        TimelineItem::Meeting(m) => {
            let m = &b.meetings[m];
            (
                true,
                b.articles[m.article].source.clone(),
                m.span.start as usize,
            )
        }
        TimelineItem::Quote(q) => quote_place(b, q),
    }
}

fn quote_place(b: &Briefing, q: QuoteId) -> Place {
    let q = &b.quotes[q];
    (
        false,
        b.articles[q.article].source.clone(),
        q.span.start as usize,
    )
}

impl App {
    /// Swaps in `briefing`, keeping the focus, the selected actor (by name),
    /// the article (by source) and the scroll position, the filter and the
    /// sort. Jump history refers to the old ids and is dropped.
    pub fn reload(&mut self, briefing: Briefing) {
        let old = &self.briefing;
        let actor = self.selected_actor().map(|a| old.actors[a].name.clone());
        let filter: Vec<String> = self
            .filter
            .iter()
            .map(|&a| old.actors[a].name.clone())
            .collect();
        let source = old
            .articles
            .get(self.reader.article)
            .map(|a| a.source.clone());
        let top = self.reader.top_byte();
        let rows_at = [self.cursors[0].selected, self.cursors[2].selected];
        let timeline_at = self.rows.timeline.get(rows_at[0]);
        let timeline_at = timeline_at.map(|&t| timeline_place(old, t));
        let quote_at = self.rows.quotes.get(rows_at[1]);
        let quote_at = quote_at.map(|&q| quote_place(old, q));

        self.index = Index::new(&briefing);
        self.briefing = briefing;
        let b = &self.briefing;
        self.filter = filter.iter().filter_map(|n| actor_named(b, n)).collect();
        self.rows = rows::build(b, &self.index, self.narrow(), self.sort, self.voice);
        self.cursors = [ListCursor::default(); 3];
        // The same meeting or quote where the new briefing has it (rows arrive
        // above it as a load goes on), else the same row number.
        let rows = &self.rows;
        let timeline = rows
            .timeline
            .iter()
            .position(|&t| timeline_at.as_ref() == Some(&timeline_place(b, t)));
        let quote = rows
            .quotes
            .iter()
            .position(|&q| quote_at.as_ref() == Some(&quote_place(b, q)));
        self.cursors[0].selected = timeline.unwrap_or(rows_at[0]);
        self.cursors[2].selected = quote.unwrap_or(rows_at[1]);
        self.history = History::default();
        self.search.clear();
        self.dossier.actor = None;
        self.dossier.entries.clear();
        if let Some(actor) = actor.and_then(|n| actor_named(b, &n)) {
            jump::select_actor(self, actor);
        }
        let article = source
            .and_then(|s| self.briefing.articles.iter().position(|a| a.source == s))
            .unwrap_or(0);
        self.reader.target = None;
        self.reader.lines.clear();
        self.reader.open(&self.briefing, article);
        self.settle();
        let text_len = self
            .briefing
            .articles
            .get(article)
            .map_or(0, |a| a.text.len());
        self.reader.set_top_byte(top.min(text_len));
        self.settle();
        let count = crate::model::grouped(self.briefing.articles.len());
        self.message = Some(format!("reloaded: {count} articles"));
    }

    /// More of a briefing still loading: swapped in as [`App::reload`] does, with
    /// no message, the selection kept on the same items.
    pub fn grow(&mut self, briefing: Briefing) {
        let message = self.message.take();
        self.reload(briefing);
        self.message = message;
    }

    /// [`App::reload`] from a load that left `skipped` out.
    pub fn reload_with(&mut self, briefing: Briefing, skipped: Skipped) {
        self.skipped = skipped;
        self.reload(briefing);
        self.note_skipped();
    }

    /// The end of a load behind the reader: the whole briefing, in place of
    /// the part shown so far.
    pub fn loaded(&mut self, briefing: Briefing, skipped: Skipped) {
        self.loading = None;
        self.skipped = skipped;
        self.grow(briefing);
        let count = crate::model::grouped(self.briefing.articles.len());
        self.message = Some(format!("loaded: {count} articles"));
        self.note_skipped();
    }

    fn note_skipped(&mut self) {
        if !self.skipped.is_empty() {
            let note = format!("; {} (S lists them)", self.skipped.summary());
            self.message.get_or_insert_default().push_str(&note);
        }
    }
}
