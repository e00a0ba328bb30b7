//! Where everything goes, as a pure function of the terminal size and the
//! focused pane. Drawing and mouse hit-testing both use it, so a click lands
//! on what is drawn.

use ratatui::layout::{Position, Rect};

use super::Pane;

/// Narrower than this, one pane is shown at a time.
pub const MIN_SPLIT_WIDTH: u16 = 80;
/// Lower than this, one pane is shown at a time.
pub const MIN_SPLIT_HEIGHT: u16 = 16;
/// Below either of these, only a "terminal too small" message fits.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// The article is never wider than this: long lines are hard to read.
pub const MAX_TEXT_WIDTH: u16 = 100;
/// Columns left of the article text for the marker of the selected item.
pub const GUTTER: u16 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    /// Each pane's outer rectangle (border included), in pane order.
    pub panes: [Rect; 4],
    pub shown: [bool; 4],
    /// The pane switcher shown when only one pane fits.
    pub tabs: Option<Rect>,
    pub status: Rect,
    pub too_small: bool,
}

impl Areas {
    pub fn pane(&self, pane: Pane) -> Rect {
        self.panes[pane as usize]
    }

    pub fn is_shown(&self, pane: Pane) -> bool {
        self.shown[pane as usize]
    }

    pub fn single(&self) -> bool {
        self.tabs.is_some() || self.shown.iter().filter(|s| **s).count() == 1
    }

    /// The shown pane under a cell.
    pub fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        Pane::ALL
            .into_iter()
            .find(|&p| self.is_shown(p) && self.pane(p).contains(Position::new(col, row)))
    }
}

pub fn layout(area: Rect, focus: Pane) -> Areas {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            ..Areas::default()
        };
    }
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    let body = Rect::new(area.x, area.y, area.width, area.height - 1);
    if area.width < MIN_SPLIT_WIDTH || area.height < MIN_SPLIT_HEIGHT {
        let tabs = Rect::new(body.x, body.y, body.width, 1);
        let pane = Rect::new(body.x, body.y + 1, body.width, body.height - 1);
        let mut shown = [false; 4];
        shown[focus as usize] = true;
        return Areas {
            panes: [pane; 4],
            shown,
            tabs: Some(tabs),
            status,
            too_small: false,
        };
    }
    let left_width = (body.width * 45 / 100).clamp(38, 64);
    let right = Rect::new(
        body.x + left_width,
        body.y,
        body.width - left_width,
        body.height,
    );
    let [timeline, participants, quotes] = stack(body.x, body.y, left_width, body.height, focus);
    Areas {
        panes: [timeline, participants, quotes, right],
        shown: [true; 4],
        tabs: None,
        status,
        too_small: false,
    }
}

/// The three lists share the left column; the focused one gets half of it.
fn stack(x: u16, y: u16, width: u16, height: u16, focus: Pane) -> [Rect; 3] {
    let weights: [u32; 3] = match focus {
        Pane::Timeline => [2, 1, 1],
        Pane::Participants => [1, 2, 1],
        Pane::Quotes => [1, 1, 2],
        Pane::Article => [1, 1, 1],
    };
    let total: u32 = weights.iter().sum();
    let h = u32::from(height);
    let first = (h * weights[0] / total) as u16;
    let second = (h * weights[1] / total) as u16;
    let third = height - first - second;
    [
        Rect::new(x, y, width, first),
        Rect::new(x, y + first, width, second),
        Rect::new(x, y + first + second, width, third),
    ]
}

/// The pane switcher's labels, each followed by one space.
pub fn tab_labels(width: u16, focus: Pane) -> [String; 4] {
    let full = Pane::ALL.map(|p| format!(" {} {} ", p.number(), p.title()));
    let full_width: usize = full.iter().map(|l| l.len() + 1).sum();
    if full_width <= usize::from(width) {
        return full;
    }
    Pane::ALL.map(|p| {
        if p == focus {
            format!(" {} {} ", p.number(), p.title())
        } else {
            format!(" {} ", p.number())
        }
    })
}

/// The tab under column `col` of the switcher.
pub fn tab_at(tabs: Rect, col: u16, focus: Pane) -> Option<Pane> {
    let mut x = tabs.x;
    for (pane, label) in Pane::ALL.into_iter().zip(tab_labels(tabs.width, focus)) {
        let w = label.len() as u16;
        if (x..x + w).contains(&col) {
            return Some(pane);
        }
        x += w + 1;
    }
    None
}

/// Inside a pane's border.
pub fn inner(outer: Rect) -> Rect {
    Rect::new(
        outer.x.saturating_add(1),
        outer.y.saturating_add(1),
        outer.width.saturating_sub(2),
        outer.height.saturating_sub(2),
    )
}

/// The participants pane: a header row, the list, and below it the selected
/// actor's dossier when there is room for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParticipantsAreas {
    pub header: Rect,
    pub list: Rect,
    pub dossier: Option<Rect>,
}

pub fn participants_areas(outer: Rect) -> ParticipantsAreas {
    let inner = inner(outer);
    let header = Rect::new(inner.x, inner.y, inner.width, inner.height.min(1));
    let rest = Rect::new(
        inner.x,
        inner.y + header.height,
        inner.width,
        inner.height - header.height,
    );
    if rest.height < 8 {
        return ParticipantsAreas {
            header,
            list: rest,
            dossier: None,
        };
    }
    // The dossier is what the reader came for; the list scrolls.
    let list_height = (rest.height * 2 / 5).max(4);
    ParticipantsAreas {
        header,
        list: Rect::new(rest.x, rest.y, rest.width, list_height),
        dossier: Some(Rect::new(
            rest.x,
            rest.y + list_height,
            rest.width,
            rest.height - list_height,
        )),
    }
}

/// The day ruler over the timeline: its rows, and the least the pane must
/// leave the list and be wide for it to be drawn rather than squeezed.
pub const RULER_HEIGHT: u16 = 3;
const RULER_MIN_LIST: u16 = 4;
pub const RULER_MIN_WIDTH: u16 = 24;

/// The timeline pane: the day ruler on top when the briefing spans several
/// days (`ruler`) and there is room, then the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineAreas {
    pub ruler: Option<Rect>,
    pub list: Rect,
}

pub fn timeline_areas(outer: Rect, ruler: bool) -> TimelineAreas {
    let inner = inner(outer);
    let room = inner.height >= RULER_HEIGHT + RULER_MIN_LIST && inner.width >= RULER_MIN_WIDTH;
    if !(ruler && room) {
        return TimelineAreas {
            ruler: None,
            list: inner,
        };
    }
    TimelineAreas {
        ruler: Some(Rect::new(inner.x, inner.y, inner.width, RULER_HEIGHT)),
        list: Rect::new(
            inner.x,
            inner.y + RULER_HEIGHT,
            inner.width,
            inner.height - RULER_HEIGHT,
        ),
    }
}

/// The rows a list pane scrolls through; `ruler` as for [`timeline_areas`].
pub fn list_area(pane: Pane, outer: Rect, ruler: bool) -> Rect {
    match pane {
        Pane::Participants => participants_areas(outer).list,
        Pane::Timeline => timeline_areas(outer, ruler).list,
        _ => inner(outer),
    }
}

/// The article text: inside the border, after the marker gutter, at most
/// [`MAX_TEXT_WIDTH`] wide.
pub fn text_area(outer: Rect) -> Rect {
    let inner = inner(outer);
    let width = inner.width.saturating_sub(GUTTER).min(MAX_TEXT_WIDTH);
    Rect::new(inner.x.saturating_add(GUTTER), inner.y, width, inner.height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_every_pane() {
        let a = layout(Rect::new(0, 0, 120, 40), Pane::Timeline);
        assert!(a.shown.iter().all(|s| *s));
        assert!(a.tabs.is_none());
        assert_eq!(a.status, Rect::new(0, 39, 120, 1));
        assert_eq!(a.pane_at(100, 10), Some(Pane::Article));
        let total: u16 = (0..3).map(|i| a.panes[i].height).sum();
        assert_eq!(total, 39);
    }

    #[test]
    fn narrow_terminals_show_the_focused_pane() {
        let a = layout(Rect::new(0, 0, 60, 20), Pane::Quotes);
        assert_eq!(a.shown, [false, false, true, false]);
        assert_eq!(a.pane_at(5, 5), Some(Pane::Quotes));
    }

    #[test]
    fn the_ruler_takes_its_rows_only_when_wanted_and_roomy() {
        // (outer height, outer width, wanted, ruler shown, list height)
        let cases = [
            (20, 50, true, true, 15),
            (20, 50, false, false, 18),
            (9, 50, true, true, 4),
            (8, 50, true, false, 6),
            (20, 25, true, false, 18),
            (20, 26, true, true, 15),
        ];
        for (h, w, wanted, shown, list) in cases {
            let a = timeline_areas(Rect::new(0, 0, w, h), wanted);
            assert_eq!(a.ruler.is_some(), shown, "{w}x{h}");
            assert_eq!(a.list.height, list, "{w}x{h}");
            assert_eq!(
                list_area(Pane::Timeline, Rect::new(0, 0, w, h), wanted),
                a.list
            );
        }
    }

    #[test]
    fn tiny_terminals_are_too_small() {
        for (w, h) in [(0, 0), (1, 1), (19, 30), (100, 4)] {
            assert!(layout(Rect::new(0, 0, w, h), Pane::Article).too_small);
        }
    }
}
