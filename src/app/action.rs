//! Everything the reader can be asked to do. Keys map to these through the
//! keymap table; the terminal layer turns resizes and mouse events into them.

/// The four panes, in the order of their numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pane {
    Timeline,
    Participants,
    Quotes,
    Article,
}

impl Pane {
    pub const ALL: [Pane; 4] = [
        Pane::Timeline,
        Pane::Participants,
        Pane::Quotes,
        Pane::Article,
    ];

    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Timeline => "Timeline",
            Pane::Participants => "Participants",
            Pane::Quotes => "Quotes",
            Pane::Article => "Article",
        }
    }

    pub fn next(self) -> Pane {
        Pane::ALL[(self as usize + 1) % 4]
    }

    pub fn prev(self) -> Pane {
        Pane::ALL[(self as usize + 3) % 4]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Up,
    Down,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    NextPane,
    PrevPane,
    Focus(Pane),
    /// Open the selected item in context: the article scrolls to it.
    Open,
    NextItem,
    PrevItem,
    NextArticle,
    PrevArticle,
    Back,
    Forward,
    CycleSort,
    /// Move the keyboard into the selected actor's dossier, or back out.
    FocusDossier,
    /// Switch the space under the participants between dossier and who met whom.
    ToggleWhoMet,
    /// Participants: all, quoted only, never quoted.
    CycleVoice,
    /// From the dossier: narrow every pane to the actor, with the partner
    /// selected in who met whom.
    FilterPair,
    /// Read the files again, keeping the reader's place.
    Reload,
    FilterPicker,
    ClearFilter,
    ActorPicker,
    StartSearch,
    SearchNext,
    SearchPrev,
    /// Close an overlay, cancel typing, or clear the search; never quits.
    Escape,
    CopyQuote,
    Help,
    /// List the files the load skipped.
    ShowSkipped,
    /// A character typed into the search line or a picker.
    Input(char),
    DeleteChar,
    Submit,
    /// Mark or unmark the highlighted actor in the filter picker.
    Toggle,
    Resize {
        width: u16,
        height: u16,
    },
    /// The mouse wheel over the cell at `col`, `row`; `down` scrolls forward.
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    Click {
        col: u16,
        row: u16,
    },
}

/// What `update` asks the outside world to do; it does no I/O itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    /// Put this text on the clipboard (OSC 52).
    Copy(crate::model::SafeText),
    /// Read the input again and hand it to [`crate::app::App::reload`].
    Reload,
}
