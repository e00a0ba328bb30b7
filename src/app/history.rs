//! The jump history: where the reader was before each jump, so `H` goes back
//! and `L` forward again, like a browser.

use crate::model::{ActorId, ArticleId, QuoteId};

use super::action::Pane;
use super::index::TimelineItem;
use super::reader::Target;

/// Everything needed to put the screen back: the focused pane, the article
/// and its reading position, the highlight and each list's selection (kept
/// by identity, since a filter may have changed the rows in between).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub focus: Pane,
    pub article: ArticleId,
    pub top_byte: usize,
    pub target: Option<Target>,
    pub timeline: Option<TimelineItem>,
    pub actor: Option<ActorId>,
    pub quote: Option<QuoteId>,
}

/// Old entries are dropped beyond this.
const LIMIT: usize = 200;

#[derive(Debug, Clone, Default)]
pub struct History {
    back: Vec<Location>,
    forward: Vec<Location>,
}

impl History {
    /// Records `here` before a jump; a new jump forgets the forward list.
    pub fn push(&mut self, here: Location) {
        if self.back.last() != Some(&here) {
            self.back.push(here);
        }
        if self.back.len() > LIMIT {
            self.back.remove(0);
        }
        self.forward.clear();
    }

    pub fn back(&mut self, here: Location) -> Option<Location> {
        let to = self.back.pop()?;
        self.forward.push(here);
        Some(to)
    }

    pub fn forward(&mut self, here: Location) -> Option<Location> {
        let to = self.forward.pop()?;
        self.back.push(here);
        Some(to)
    }

    pub fn depth(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }
}
