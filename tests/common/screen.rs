//! Drawing an app into ratatui's TestBackend and reading the screen back:
//! its text, where a string is, which styles cells carry. Shared by the UI
//! tests (included with `#[path]`).

#![allow(dead_code)]

use brief::app::App;
use brief::ui::{Theme, draw};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

pub fn render(app: &App, theme: &Theme) -> Buffer {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

pub fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

pub fn screen(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut row = String::new();
        for x in 0..area.width {
            row.push_str(buf[(x, y)].symbol());
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The cells where `needle` is drawn (one grapheme per cell, as Polish text is).
pub fn find(buf: &Buffer, needle: &str) -> Option<Vec<(u16, u16)>> {
    find_in(buf, buf.area, needle)
}

pub fn find_in(buf: &Buffer, area: Rect, needle: &str) -> Option<Vec<(u16, u16)>> {
    let chars: Vec<String> = needle.chars().map(String::from).collect();
    for y in area.y..area.bottom() {
        for x in area.x..area.right() {
            let cells: Vec<(u16, u16)> = (0..chars.len() as u16).map(|i| (x + i, y)).collect();
            let fits = x as usize + chars.len() <= area.right() as usize;
            if fits && cells.iter().zip(&chars).all(|(&p, c)| buf[p].symbol() == c) {
                return Some(cells);
            }
        }
    }
    None
}

pub fn has(buf: &Buffer, needle: &str, modifier: Modifier) -> bool {
    let cells =
        find(buf, needle).unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", screen(buf)));
    cells.iter().all(|&p| buf[p].modifier.contains(modifier))
}

/// Text, then every run of styled cells: a monochrome snapshot that shows
/// what carries the meaning.
pub fn styled_screen(buf: &Buffer) -> String {
    let mut out = screen(buf);
    out.push_str("--- styles (row: columns modifiers) ---\n");
    for y in 0..buf.area.height {
        let mut runs: Vec<(u16, u16, Modifier)> = Vec::new();
        for x in 0..buf.area.width {
            let m = buf[(x, y)].modifier;
            match runs.last_mut() {
                Some(run) if run.2 == m && run.1 + 1 == x => run.1 = x,
                _ if m.is_empty() => {}
                _ => runs.push((x, x, m)),
            }
        }
        for (a, b, m) in runs {
            out.push_str(&format!("{y}: {a}-{b} {m:?}\n"));
        }
    }
    out
}

/// The text of `width` cells of row `y` from column `x`.
pub fn row(buf: &Buffer, y: u16, x: u16, width: u16) -> String {
    (x..x + width).map(|x| buf[(x, y)].symbol()).collect()
}
