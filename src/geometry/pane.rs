//! The reader's four panes, numbered as on screen.

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
