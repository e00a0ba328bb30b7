//! The drawing layer: an article made from any UTF-8 text, drawn once at a
//! size taken from the input. No cell may hold a control, bidi or format
//! character.

#![no_main]

use brief::app::App;
use brief::extract::extract;
use brief::load::parse_article;
use brief::ui::{Theme, draw};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (size, bytes) = data.split_at(data.len().min(2));
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let width = 1 + u16::from(size.first().copied().unwrap_or(80)) % 160;
    let height = 1 + u16::from(size.get(1).copied().unwrap_or(24)) % 50;
    let briefing = extract(vec![parse_article(
        "fuzz\u{1b}]0;x\u{7}.txt".to_owned(),
        text,
    )]);
    let app = App::new(briefing, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| draw(f, &app, &Theme::colour())).unwrap();
    common::check_cells(terminal.backend().buffer());
});
