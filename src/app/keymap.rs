//! Key bindings as data. One table per input mode maps keys to actions with a
//! description; the help screen is drawn from the same tables, so it always
//! shows the real keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Pane};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    Only(&'static [Pane]),
}

impl Scope {
    pub fn covers(self, pane: Pane) -> bool {
        match self {
            Scope::Everywhere => true,
            Scope::Only(panes) => panes.contains(&pane),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub scope: Scope,
    pub help: &'static str,
}

const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        action,
        scope: Scope::Everywhere,
        help,
    }
}

const fn bind_in(
    panes: &'static [Pane],
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        scope: Scope::Only(panes),
        help,
    }
}

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
        "close help",
    ),
    bind(&[ctrl('c')], Action::Quit, "quit"),
];

/// Which table has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Normal, with the dossier taking the keys it has.
    Dossier,
    Search,
    Picker,
    Help,
}

impl Mode {
    pub fn table(self) -> &'static [Binding] {
        match self {
            Mode::Normal => NORMAL,
            Mode::Dossier => DOSSIER,
            Mode::Search => SEARCH,
            Mode::Picker => PICKER,
            Mode::Help => HELP,
        }
    }

    fn takes_text(self) -> bool {
        matches!(self, Mode::Search | Mode::Picker)
    }
}

/// The key as the tables spell it: a letter's case already says Shift, so the
/// modifier is dropped for characters.
fn normalise(event: KeyEvent) -> Key {
    let mut mods =
        event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods.remove(KeyModifiers::SHIFT);
    }
    Key {
        code: event.code,
        mods,
    }
}

/// The action a key press asks for in `mode` with `focus` focused, if any.
pub fn action_for(mode: Mode, focus: Pane, event: KeyEvent) -> Option<Action> {
    let key = normalise(event);
    let find = |table: &[Binding]| {
        table
            .iter()
            .find(|b| b.scope.covers(focus) && b.keys.contains(&key))
            .map(|b| b.action)
    };
    let bound = find(mode.table()).or_else(|| {
        if mode == Mode::Dossier {
            find(NORMAL)
        } else {
            None
        }
    });
    if bound.is_some() {
        return bound;
    }
    match key.code {
        KeyCode::Char(c) if mode.takes_text() && key.mods.is_empty() => Some(Action::Input(c)),
        _ => None,
    }
}

/// The bindings that apply to `focus` in `mode`, for the help screen.
pub fn bindings_for(mode: Mode, focus: Pane) -> impl Iterator<Item = &'static Binding> {
    mode.table().iter().filter(move |b| b.scope.covers(focus))
}

/// The first key bound to `action` for `focus` while browsing, as people
/// write it: what the footer shows.
pub fn key_for(focus: Pane, action: Action) -> Option<String> {
    bindings_for(Mode::Normal, focus)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map(|&k| key_label(k))
}

/// A key as people write it: `j`, `Ctrl-d`, `PgDn`, `Space`.
pub fn key_label(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Backspace => "Backspace".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else {
        name
    }
}
