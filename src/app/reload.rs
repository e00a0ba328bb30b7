//! `r`: a new briefing from the same files, with the reader kept where it
//! was. Ids may all change, so the place is carried over by what the reader
//! sees: the actor's name, the article's source, the byte at the top.

use crate::model::{ActorId, Briefing, Skipped};

use super::index::Index;
use super::{App, History, ListCursor, jump, rows};

fn actor_named(b: &Briefing, name: &str) -> Option<ActorId> {
    b.actors.iter().position(|a| a.name == name)
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

        self.index = Index::new(&briefing);
        self.briefing = briefing;
        let b = &self.briefing;
        self.filter = filter.iter().filter_map(|n| actor_named(b, n)).collect();
        self.rows = rows::build(b, &self.index, self.narrow(), self.sort, self.voice);
        self.cursors = [ListCursor::default(); 3];
        self.cursors[0].selected = rows_at[0];
        self.cursors[2].selected = rows_at[1];
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
        let count = self.briefing.articles.len();
        self.message = Some(format!("reloaded: {count} articles"));
    }

    /// [`App::reload`] from a load that left `skipped` out.
    pub fn reload_with(&mut self, briefing: Briefing, skipped: Skipped) {
        self.skipped = skipped;
        self.reload(briefing);
        if !self.skipped.is_empty() {
            let note = format!("; {} (S lists them)", self.skipped.summary());
            self.message.get_or_insert_default().push_str(&note);
        }
    }
}
