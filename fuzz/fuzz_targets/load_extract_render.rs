//! Any bytes, in every encoding the loader knows: decoded (or refused),
//! parsed, extracted and drawn at a size taken from the input. Nothing may
//! panic, and no cell may hold a control, bidi or format character.

#![no_main]

use brief::app::App;
use brief::extract::extract;
use brief::load::{Encoding, decode, parse_article};
use brief::ui::{Theme, draw};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (size, bytes) = data.split_at(data.len().min(2));
    let width = 1 + u16::from(size.first().copied().unwrap_or(80)) % 200;
    let height = 1 + u16::from(size.get(1).copied().unwrap_or(24)) % 60;
    for encoding in [Encoding::Utf8, Encoding::Windows1250, Encoding::Iso8859_2] {
        let Ok(text) = decode(bytes, encoding) else {
            continue;
        };
        let article = parse_article("fuzz\u{1b}]0;x\u{7}.txt".to_owned(), &text);
        let briefing = extract(vec![article]);
        let mut app = App::new(briefing, width, height);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        for key in ['1', '2', '3', '4', 'G'] {
            app.handle_key(crossterm_key(key));
            terminal.draw(|f| draw(f, &app, &Theme::colour())).unwrap();
            common::check_cells(terminal.backend().buffer());
        }
    }
});

fn crossterm_key(c: char) -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}
