//! Key bindings as data. One table per input mode maps keys to actions with a
//! description; the help screen is drawn from the same tables, so it always
//! shows the real keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Pane};

mod tables;

pub use tables::{DOSSIER, HELP, NORMAL, PICKER, SEARCH};

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
