//! The key tables, one per input mode: each binding's keys, its action,
//! where it applies and what the help says about it.

use crossterm::event::KeyCode;

use super::{Binding, bind, bind_in, ch, ctrl, plain};
use crate::app::action::{Action, Pane};

const LISTS: &[Pane] = &[Pane::Timeline, Pane::Participants, Pane::Quotes];
const WITH_QUOTES: &[Pane] = &[Pane::Timeline, Pane::Quotes, Pane::Article];

/// Browsing: the panes have the keyboard.
pub const NORMAL: &[Binding] = &[
    bind(
        &[ch('j'), plain(KeyCode::Down)],
        Action::Down,
        "move down / scroll down",
    ),
    bind(
        &[ch('k'), plain(KeyCode::Up)],
        Action::Up,
        "move up / scroll up",
    ),
    bind(
        &[ch('g'), plain(KeyCode::Home)],
        Action::Top,
        "go to the top",
    ),
    bind(
        &[ch('G'), plain(KeyCode::End)],
        Action::Bottom,
        "go to the bottom",
    ),
    bind(&[ctrl('d')], Action::HalfPageDown, "half a page down"),
    bind(&[ctrl('u')], Action::HalfPageUp, "half a page up"),
    bind(
        &[plain(KeyCode::PageDown), ch(' ')],
        Action::PageDown,
        "a page down",
    ),
    bind(
        &[plain(KeyCode::PageUp), ch('b')],
        Action::PageUp,
        "a page up",
    ),
    bind(
        &[plain(KeyCode::Tab), ch('l')],
        Action::NextPane,
        "next pane",
    ),
    bind(
        &[plain(KeyCode::BackTab), ch('h')],
        Action::PrevPane,
        "previous pane",
    ),
    bind(&[ch('1')], Action::Focus(Pane::Timeline), "Timeline pane"),
    bind(
        &[ch('2')],
        Action::Focus(Pane::Participants),
        "Participants pane",
    ),
    bind(&[ch('3')], Action::Focus(Pane::Quotes), "Quotes pane"),
    bind(&[ch('4')], Action::Focus(Pane::Article), "Article pane"),
    bind_in(
        LISTS,
        &[plain(KeyCode::Enter)],
        Action::Open,
        "open the selected item in the article",
    ),
    bind_in(
        &[Pane::Participants],
        &[ch('s')],
        Action::CycleSort,
        "sort by mentions / name / quotes / meetings / activity",
    ),
    bind_in(
        &[Pane::Participants],
        &[ch('d')],
        Action::FocusDossier,
        "into the dossier: scroll it, Enter opens a line",
    ),
    bind_in(
        &[Pane::Participants],
        &[ch('w')],
        Action::ToggleWhoMet,
        "dossier / who met whom",
    ),
    bind_in(
        &[Pane::Participants],
        &[ch('m')],
        Action::ToggleGraph,
        "who met whom as a graph / as a table",
    ),
    bind_in(
        &[Pane::Timeline],
        &[plain(KeyCode::Right)],
        Action::NextDay,
        "narrow the timeline to the next day (the day ruler)",
    ),
    bind_in(
        &[Pane::Timeline],
        &[plain(KeyCode::Left)],
        Action::PrevDay,
        "the previous day; past either end, every day again",
    ),
    bind_in(
        &[Pane::Participants],
        &[ch('v')],
        Action::CycleVoice,
        "show all / quoted only / never quoted",
    ),
    bind_in(
        &[Pane::Participants],
        &[ch('t')],
        Action::CycleKind,
        "show all / people / countries / organisations / groups",
    ),
    bind(
        &[ch(']')],
        Action::NextItem,
        "next mention, quote or meeting of the selected actor",
    ),
    bind(
        &[ch('[')],
        Action::PrevItem,
        "previous mention, quote or meeting of the selected actor",
    ),
    bind(&[ch('}')], Action::NextArticle, "next article"),
    bind(&[ch('{')], Action::PrevArticle, "previous article"),
    bind(
        &[ch('H'), plain(KeyCode::Backspace)],
        Action::Back,
        "back in the jump history",
    ),
    bind(&[ch('L')], Action::Forward, "forward in the jump history"),
    bind(
        &[ch('f')],
        Action::FilterPicker,
        "filter every pane to actors (picker)",
    ),
    bind(&[ch('F')], Action::ClearFilter, "clear the filter"),
    bind(
        &[ch('a')],
        Action::ActorPicker,
        "go to an actor by any name form",
    ),
    bind(
        &[ch('/')],
        Action::StartSearch,
        "search this pane (smart case)",
    ),
    bind(&[ch('n')], Action::SearchNext, "next search match"),
    bind(&[ch('N')], Action::SearchPrev, "previous search match"),
    bind_in(
        WITH_QUOTES,
        &[ch('y')],
        Action::CopyQuote,
        "copy the selected quote with its citation",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Escape,
        "clear the search (never quits)",
    ),
    bind(
        &[ch('r')],
        Action::Reload,
        "reload the files, keeping your place",
    ),
    bind(
        &[ch('S')],
        Action::ShowSkipped,
        "list the files the load skipped",
    ),
    bind(&[ch('?'), plain(KeyCode::F(1))], Action::Help, "this help"),
    bind(&[ch('q'), ctrl('c')], Action::Quit, "quit"),
];

/// The dossier has the keyboard (`d` in Participants). Keys not here do what
/// they do in [`NORMAL`].
pub const DOSSIER: &[Binding] = &[
    bind(
        &[ch('j'), plain(KeyCode::Down)],
        Action::Down,
        "next line of the dossier",
    ),
    bind(
        &[ch('k'), plain(KeyCode::Up)],
        Action::Up,
        "previous line of the dossier",
    ),
    bind(&[ch('g'), plain(KeyCode::Home)], Action::Top, "first line"),
    bind(&[ch('G'), plain(KeyCode::End)], Action::Bottom, "last line"),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Open,
        "open the line in context (who met whom: first meeting)",
    ),
    bind(
        &[ch('f')],
        Action::FilterPair,
        "narrow every pane to the actor (who met whom: the pair)",
    ),
    bind(
        &[ch('d'), plain(KeyCode::Esc)],
        Action::FocusDossier,
        "back to the participants list",
    ),
];

/// Typing a search: letters go into the query.
pub const SEARCH: &[Binding] = &[
    bind(&[plain(KeyCode::Enter)], Action::Submit, "search"),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteChar,
        "delete a character",
    ),
    bind(&[plain(KeyCode::Esc)], Action::Escape, "cancel"),
    bind(&[ctrl('c')], Action::Quit, "quit"),
];

/// A picker is open: letters go into the query.
pub const PICKER: &[Binding] = &[
    bind(
        &[plain(KeyCode::Down), ctrl('n')],
        Action::Down,
        "next candidate",
    ),
    bind(
        &[plain(KeyCode::Up), ctrl('p')],
        Action::Up,
        "previous candidate",
    ),
    bind(
        &[plain(KeyCode::Tab)],
        Action::Toggle,
        "mark / unmark (filter picker)",
    ),
    bind(&[plain(KeyCode::Enter)], Action::Submit, "choose"),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteChar,
        "delete a character",
    ),
    bind(&[plain(KeyCode::Esc)], Action::Escape, "close"),
    bind(&[ctrl('c')], Action::Quit, "quit"),
];

/// The help screen is open.
pub const HELP: &[Binding] = &[
    bind(
        &[ch('j'), plain(KeyCode::Down)],
        Action::Down,
        "scroll down",
    ),
    bind(&[ch('k'), plain(KeyCode::Up)], Action::Up, "scroll up"),
    bind(
        &[plain(KeyCode::Esc), ch('q'), ch('?'), plain(KeyCode::F(1))],
        Action::Escape,
        "close this page",
    ),
    bind(&[ctrl('c')], Action::Quit, "quit"),
];
