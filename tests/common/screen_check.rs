//! Scans of a drawn screen shared with `#[path]`: every cell inert, every pane
//! border whole.

#![allow(dead_code)]

use brief::app::{App, Mode};
use brief::model::safe::is_invisible_format;
use ratatui::buffer::Buffer;

/// The cells row by row, untrimmed.
pub fn raw_screen(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub fn is_inert(c: char) -> bool {
    !c.is_control() && !is_invisible_format(c) && !matches!(c, '\u{2028}' | '\u{2029}')
}

/// Every cell holds inert text, and the border of every pane that no overlay
/// covers is unbroken.
pub fn check_screen(app: &App, buf: &Buffer, what: &str) {
    for cell in buf.content() {
        assert!(
            cell.symbol().chars().all(is_inert),
            "{what}: cell {:?}\n{}",
            cell.symbol(),
            raw_screen(buf)
        );
    }
    let areas = app.areas();
    // Help and the pickers are drawn over the panes.
    if areas.too_small || matches!(app.mode(), Mode::Help | Mode::Picker) {
        return;
    }
    for pane in brief::app::Pane::ALL {
        let r = areas.pane(pane);
        if !areas.is_shown(pane) || r.width < 2 || r.height < 2 {
            continue;
        }
        let (right, bottom) = (r.right() - 1, r.bottom() - 1);
        let mut expect = vec![
            ((r.x, r.y), "┌"),
            ((right, r.y), "┐"),
            ((r.x, bottom), "└"),
            ((right, bottom), "┘"),
        ];
        expect.extend((r.y + 1..bottom).flat_map(|y| [((r.x, y), "│"), ((right, y), "│")]));
        expect.extend((r.x + 1..right).map(|x| ((x, bottom), "─")));
        for (at, symbol) in expect {
            assert_eq!(
                buf[at].symbol(),
                symbol,
                "{what}: {pane:?} border broken at {at:?}\n{}",
                raw_screen(buf)
            );
        }
    }
}
