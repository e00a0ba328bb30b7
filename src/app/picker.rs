//! The fuzzy actor pickers: `a` goes to an actor by any name form the text
//! uses ("Putina" finds Władimir Putin); `f` marks actors to filter by.

use crate::model::ActorId;

use super::fold::{fold, fuzzy_score};
use super::index::Index;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    GoTo,
    Filter,
}

impl PickerKind {
    pub fn title(self) -> &'static str {
        match self {
            PickerKind::GoTo => "Go to actor",
            PickerKind::Filter => "Filter to actors",
        }
    }
}

/// An actor offered by the picker, with the name form that matched best.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub actor: ActorId,
    /// Index into [`Index::names`].
    pub form: usize,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub kind: PickerKind,
    pub query: String,
    pub candidates: Vec<Candidate>,
    pub selected: usize,
    /// Actors marked with Tab (filter picker).
    pub marked: Vec<ActorId>,
}

impl Picker {
    /// `order` is how actors are listed while the query is empty.
    pub fn new(kind: PickerKind, index: &Index, order: &[ActorId], marked: Vec<ActorId>) -> Picker {
        let mut picker = Picker {
            kind,
            query: String::new(),
            candidates: Vec::new(),
            selected: 0,
            marked,
        };
        picker.refresh(index, order);
        picker
    }

    /// Re-ranks the candidates for the current query.
    pub fn refresh(&mut self, index: &Index, order: &[ActorId]) {
        self.selected = 0;
        if self.query.trim().is_empty() {
            self.candidates = order
                .iter()
                .map(|&actor| Candidate {
                    actor,
                    form: index.canonical[actor],
                })
                .collect();
            return;
        }
        let query = fold(&self.query);
        let mut best: Vec<Option<(i32, usize)>> = vec![None; index.actors.len()];
        for (i, name) in index.names.iter().enumerate() {
            let Some(score) = fuzzy_score(&query, &name.folded) else {
                continue;
            };
            let slot = &mut best[name.actor];
            if slot.is_none_or(|(s, _)| score > s) {
                *slot = Some((score, i));
            }
        }
        let mut ranked: Vec<(i32, Candidate)> = best
            .into_iter()
            .enumerate()
            .filter_map(|(actor, b)| b.map(|(score, form)| (score, Candidate { actor, form })))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.actor.cmp(&b.1.actor)));
        self.candidates = ranked.into_iter().map(|(_, c)| c).collect();
    }

    pub fn current(&self) -> Option<&Candidate> {
        self.candidates.get(self.selected)
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.candidates.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn toggle(&mut self) {
        let Some(actor) = self.current().map(|c| c.actor) else {
            return;
        };
        match self.marked.iter().position(|&a| a == actor) {
            Some(at) => {
                self.marked.remove(at);
            }
            None => self.marked.push(actor),
        }
        self.move_by(1);
    }
}
