//! The reader's state and how actions change it: no terminal and no I/O.
//! [`App::handle_key`] looks a key up in the keymap; [`update`] applies an
//! action and returns the [`Effect`] the terminal layer should carry out.

mod action;
mod activity;
mod dossier;
mod fold;
mod help;
mod history;
mod index;
mod jump;
mod keymap;
mod nav;
mod participants;
mod picker;
mod reader;
mod reload;
mod rows;
mod ruler;
mod search;
mod update;

pub use action::{Action, Effect, Pane};
pub use activity::{Bucket, DayCounts, DaySpan, Days, series};
pub use dossier::{Dossier, DossierView, Entry, Partner, partners};
pub use fold::{fold, fuzzy_score};
pub use help::{HelpLine, page_lines};
pub use history::{History, Location};
pub use index::{ActorIndex, Index, Item, Located, NameForm, TimelineItem, timeline_date};
pub use keymap::{
    Binding, DOSSIER as DOSSIER_KEYS, Key, Mode, NORMAL as NORMAL_KEYS, Scope, action_for,
    bindings_for, key_for, key_label,
};
pub use picker::{Candidate, Picker, PickerKind};
pub use reader::{Reader, Target, TargetKind};
pub use rows::{Narrow, Rows, SortKey, Voice, kind_label, timeline_involves};
pub use search::{Hit, Search, find_in_text, smart_case_sensitive};
pub use update::{citation, file_name, update};

use crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::geometry::layout::{Areas, layout, list_area, participants_areas, text_area};
use crate::model::{ActorId, ActorKind, Briefing, QuoteId, Skipped};

/// A list pane's selection and the first row on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

impl ListCursor {
    pub fn move_by(&mut self, delta: isize, len: usize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    }

    /// Keeps the selection in range and on screen.
    pub fn settle(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

#[derive(Debug, Clone, Default)]
pub enum Overlay {
    #[default]
    None,
    /// A page of text over the panes: the keys, or the files a load skipped.
    Help {
        page: Page,
        scroll: usize,
    },
    Picker(Picker),
}

/// What a [`Overlay::Help`] shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Keys,
    Skipped,
}

/// How far a load running behind the reader has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoadProgress {
    /// Files tried (read or skipped) of all the files.
    pub files: usize,
    pub total: usize,
    /// Articles extracted so far.
    pub articles: usize,
    /// Time since the load began, for its rate and the time left.
    pub elapsed: std::time::Duration,
}

pub struct App {
    pub briefing: Briefing,
    pub index: Index,
    pub size: (u16, u16),
    pub focus: Pane,
    pub rows: Rows,
    /// Timeline, participants and quotes, in pane order.
    pub cursors: [ListCursor; 3],
    pub sort: SortKey,
    pub voice: Voice,
    /// The participant list shows only this kind of actor (`t`).
    pub kind_shown: Option<ActorKind>,
    /// The selected participant's dossier or who-met-whom table.
    pub dossier: Dossier,
    /// The actors every pane is narrowed to; empty means no filter.
    pub filter: Vec<ActorId>,
    /// The days the timeline is narrowed to (the day ruler's ←/→).
    pub days_shown: Option<DaySpan>,
    pub reader: Reader,
    pub search: Search,
    pub overlay: Overlay,
    pub history: History,
    /// A one-off note for the status line, cleared by the next key.
    pub message: Option<String>,
    /// The files the load left out, counted on the status line and listed by `S`.
    pub skipped: Skipped,
    /// A load still running behind the reader: the panes show what has merged.
    pub loading: Option<LoadProgress>,
}

impl App {
    pub fn new(briefing: Briefing, width: u16, height: u16) -> App {
        let index = Index::new(&briefing);
        let narrow = Narrow::default();
        let rows = rows::build(
            &briefing,
            &index,
            narrow,
            SortKey::default(),
            Voice::default(),
        );
        let mut app = App {
            briefing,
            index,
            size: (width, height),
            focus: Pane::Timeline,
            rows,
            cursors: [ListCursor::default(); 3],
            sort: SortKey::default(),
            voice: Voice::default(),
            kind_shown: None,
            dossier: Dossier::default(),
            filter: Vec::new(),
            days_shown: None,
            reader: Reader::default(),
            search: Search::default(),
            overlay: Overlay::None,
            history: History::default(),
            message: None,
            skipped: Skipped::default(),
            loading: None,
        };
        if !app.briefing.articles.is_empty() {
            app.reader.open(&app.briefing, 0);
        }
        app.settle();
        nav::follow_selection(&mut app, Pane::Timeline);
        app
    }

    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::Help { .. } => Mode::Help,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::None if self.search.input.is_some() => Mode::Search,
            Overlay::None if self.dossier.focused && self.focus == Pane::Participants => {
                Mode::Dossier
            }
            Overlay::None => Mode::Normal,
        }
    }

    /// A key press: its action from the keymap, applied.
    pub fn handle_key(&mut self, key: KeyEvent) -> Effect {
        match action_for(self.mode(), self.focus, key) {
            Some(action) => update(self, action),
            None => Effect::None,
        }
    }

    pub fn areas(&self) -> Areas {
        layout(Rect::new(0, 0, self.size.0, self.size.1), self.focus)
    }

    /// The participant whose items are marked in the other panes.
    pub fn selected_actor(&self) -> Option<ActorId> {
        self.rows.actors.get(self.cursors[1].selected).copied()
    }

    pub fn selected_timeline(&self) -> Option<TimelineItem> {
        self.rows.timeline.get(self.cursors[0].selected).copied()
    }

    pub fn selected_quote(&self) -> Option<QuoteId> {
        self.rows.quotes.get(self.cursors[2].selected).copied()
    }

    /// Whether the timeline has a day ruler to show: its rows lie on several days.
    pub fn wants_ruler(&self) -> bool {
        self.index.days.several()
    }

    /// The rows of a list pane, from the layout.
    pub fn list_rect(&self, pane: Pane) -> Rect {
        list_area(pane, self.areas().pane(pane), self.wants_ruler())
    }

    /// The rows of a list pane on screen, from the layout.
    pub fn list_height(&self, pane: Pane) -> usize {
        usize::from(self.list_rect(pane).height)
    }

    /// Brings derived state in line after any change: the article wrapped to
    /// its area, every list selection in range and on screen.
    pub fn settle(&mut self) {
        let areas = self.areas();
        let text = text_area(areas.pane(Pane::Article));
        self.reader.resize(
            &self.briefing,
            usize::from(text.width),
            usize::from(text.height),
        );
        for (list, pane) in [Pane::Timeline, Pane::Participants, Pane::Quotes]
            .into_iter()
            .enumerate()
        {
            let height = self.list_height(pane);
            self.cursors[list].settle(self.rows.len(list), height);
        }
        let actor = self.selected_actor();
        self.dossier.sync(&self.briefing, &self.index, actor);
        // With no room for the dossier, its scroll position waits for room.
        let height = self.dossier_height();
        if height > 0 {
            let len = self.dossier.entries.len();
            self.dossier.cursor.settle(len, height);
        }
    }

    /// The dossier lines on screen (below its rule), from the layout.
    pub fn dossier_height(&self) -> usize {
        let outer = self.areas().pane(Pane::Participants);
        participants_areas(outer)
            .dossier
            .map_or(0, |d| usize::from(d.height.saturating_sub(1)))
    }

    /// What the rows are narrowed to: the filter's actors and the ruler's days.
    pub fn narrow(&self) -> Narrow<'_> {
        Narrow {
            actors: &self.filter,
            days: self.days_shown,
            kind: self.kind_shown,
        }
    }

    pub fn location(&self) -> Location {
        Location {
            focus: self.focus,
            article: self.reader.article,
            top_byte: self.reader.top_byte(),
            target: self.reader.target,
            timeline: self.selected_timeline(),
            actor: self.selected_actor(),
            quote: self.selected_quote(),
        }
    }
}
