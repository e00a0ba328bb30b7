//! Every style the reader draws with, in one place. The colour theme uses
//! only the terminal's named colours and never paints a background of its own,
//! so it reads on dark and light terminals alike; the monochrome theme (for
//! `NO_COLOR`) sets no colour at all and lets bold, underline, reverse and
//! text markers carry the meaning.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub monochrome: bool,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    /// The selected row of the focused pane.
    pub selected: Style,
    /// The selected row of a pane without the focus.
    pub selected_unfocused: Style,
    /// Rows that involve the selected participant.
    pub marked: Style,
    pub header: Style,
    pub dim: Style,
    pub held: Style,
    pub planned: Style,
    pub direct: Style,
    pub reported: Style,
    pub unknown: Style,
    pub heading: Style,
    /// The selected quote (or meeting sentence) in the article.
    pub target: Style,
    /// Its speech verb or meeting trigger.
    pub cue: Style,
    /// Mentions of the selected participant.
    pub mention_selected: Style,
    /// Other actors' mentions, one style per actor, cycling.
    pub mention_palette: Vec<Style>,
    pub search_hit: Style,
    pub search_current: Style,
    pub status: Style,
    pub status_key: Style,
    pub message: Style,
    pub popup: Style,
    /// Bars in the day ruler and the activity sparklines.
    pub bar: Style,
    /// Edges of the who-met-whom graph: held and planned meetings.
    pub edge_held: Color,
    pub edge_planned: Color,
}

impl Theme {
    /// `NO_COLOR` set to anything but the empty string asks for no colour.
    pub fn from_no_color(value: Option<&std::ffi::OsStr>) -> Theme {
        match value {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::colour(),
        }
    }

    pub fn colour() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Theme {
            monochrome: false,
            border: plain.add_modifier(Modifier::DIM),
            border_focused: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            title: plain,
            title_focused: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: plain.add_modifier(Modifier::UNDERLINED),
            marked: bold.fg(Color::Cyan),
            header: plain.add_modifier(Modifier::DIM | Modifier::UNDERLINED),
            dim: plain.add_modifier(Modifier::DIM),
            held: plain.fg(Color::Green),
            planned: plain.fg(Color::Magenta).add_modifier(Modifier::ITALIC),
            direct: plain.fg(Color::Blue),
            reported: plain.fg(Color::Magenta).add_modifier(Modifier::ITALIC),
            unknown: plain.add_modifier(Modifier::ITALIC | Modifier::DIM),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            target: plain.add_modifier(Modifier::REVERSED),
            cue: bold.fg(Color::Magenta).add_modifier(Modifier::UNDERLINED),
            mention_selected: bold.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            mention_palette: [
                Color::Green,
                Color::Blue,
                Color::Magenta,
                Color::Red,
                Color::Cyan,
            ]
            .into_iter()
            .map(|c| plain.fg(c))
            .collect(),
            search_hit: plain.fg(Color::Black).bg(Color::Yellow),
            search_current: bold.fg(Color::Black).bg(Color::LightGreen),
            status: plain,
            status_key: bold.fg(Color::Cyan),
            message: bold.fg(Color::Yellow),
            popup: plain,
            bar: plain.fg(Color::Cyan),
            edge_held: Color::Green,
            edge_planned: Color::Magenta,
        }
    }

    pub fn monochrome() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Theme {
            monochrome: true,
            border: plain,
            border_focused: bold,
            title: plain,
            title_focused: bold.add_modifier(Modifier::REVERSED),
            selected: bold.add_modifier(Modifier::REVERSED),
            selected_unfocused: plain.add_modifier(Modifier::UNDERLINED),
            marked: bold,
            header: plain.add_modifier(Modifier::UNDERLINED),
            dim: plain,
            held: plain,
            planned: plain.add_modifier(Modifier::ITALIC),
            direct: plain,
            reported: plain.add_modifier(Modifier::ITALIC),
            unknown: plain.add_modifier(Modifier::ITALIC),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            target: plain.add_modifier(Modifier::REVERSED),
            cue: bold.add_modifier(Modifier::UNDERLINED | Modifier::REVERSED),
            mention_selected: bold.add_modifier(Modifier::UNDERLINED),
            mention_palette: vec![plain],
            search_hit: plain.add_modifier(Modifier::UNDERLINED | Modifier::ITALIC),
            search_current: bold.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            status: plain,
            status_key: bold,
            message: bold,
            popup: plain,
            bar: plain,
            edge_held: Color::Reset,
            edge_planned: Color::Reset,
        }
    }

    pub fn mention(&self, actor: usize) -> Style {
        self.mention_palette[actor % self.mention_palette.len()]
    }
}
