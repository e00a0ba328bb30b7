//! Everything the reader can be asked to do. Keys map to these through the
//! keymap table; the terminal layer turns resizes and mouse events into them.

pub use crate::geometry::Pane;

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
    /// Narrow the timeline to the next or previous day (the day ruler).
    NextDay,
    PrevDay,
    /// Switch the space under the participants to the who-met-whom graph, or back.
    ToggleGraph,
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
    CycleKind,
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
