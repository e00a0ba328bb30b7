//! Hostile articles on screen. A sweep draws them at every width from 1 to 40
//! (and a few wide screens) with each pane focused, and scans every cell: no
//! control, bidi or format character, and every pane border whole. A replay
//! feeds the exact bytes the reader writes through a terminal emulator
//! (vt100) and checks that nothing fired: no title but the reader's own, no
//! clipboard, no bell, no sequence the emulator does not know; the one
//! clipboard write is the `y` copy, and it carries sanitised text.

use std::io::{self, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};

use brief::app::{App, Effect};
use brief::extract::extract;
use brief::load::{LoadOptions, load, parse_article};
use brief::model::{Briefing, SafeText};
use brief::terminal::{copy, write_frame};
use brief::ui::{Theme, draw};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

#[path = "common/emulator.rs"]
mod emulator;
#[path = "common/screen_check.rs"]
mod screen_check;

use emulator::Events;
use screen_check::{check_screen, is_inert, raw_screen};

const FIXTURES: [&str; 2] = ["terminal-attacks.txt", "unicode.txt"];
/// A file name that tries everything a text can.
const HOSTILE_NAME: &str =
    "evil\x1b]0;PWNED-NAME\x07\x1b]52;c;ZXZpbA==\x07\u{9b}2J\u{202e}txt.exe\x08.txt";

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Both fixtures, and an article under the hostile name, extracted together.
fn hostile_briefing() -> Briefing {
    let paths: Vec<String> = FIXTURES.iter().map(|f| fixture(f)).collect();
    let mut articles = load(&paths, &LoadOptions::default()).expect("fixtures load");
    articles.push(parse_article(
        HOSTILE_NAME.to_owned(),
        "date 2026-01-22\n\nDonald Trump powiedział: „To dobry dzień”.",
    ));
    extract(articles)
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    keys.chars()
        .map(|c| app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        .collect()
}

fn render(app: &App) -> Buffer {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, app, &Theme::colour())).unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn every_width_from_1_to_40_draws_clean_cells_and_whole_borders() {
    let briefing = hostile_briefing();
    for article in 0..briefing.articles.len() {
        for height in [1, 2, 5, 12, 30] {
            for width in (1..=40).chain([80, 100, 160]) {
                let mut app = App::new(briefing.clone(), width, height);
                press(&mut app, &"}".repeat(article));
                for keys in ["1", "2", "j", "3", "j", "4", "G"] {
                    press(&mut app, keys);
                    let buf = render(&app);
                    check_screen(
                        &app,
                        &buf,
                        &format!("article {article} {width}x{height} after {keys}"),
                    );
                }
            }
        }
    }
}

#[test]
fn hostile_text_stays_readable_and_inert() {
    let briefing = hostile_briefing();
    let mut app = App::new(briefing, 160, 50);
    press(&mut app, "4");
    let text = raw_screen(&render(&app));
    for kept in ["czysty", "koniec", "bezpieczne", "Zełenski", "tutaj"] {
        assert!(text.contains(kept), "{kept:?} missing:\n{text}");
    }
    for gone in ["PWNED", "]0;", "[2J", "52;c", "evil.example"] {
        assert!(!text.contains(gone), "{gone:?} shown:\n{text}");
    }
}

/// What the reader itself sends and vt100 reports without acting on: OSC 0
/// sets the icon name along with the title, and crossterm resets the
/// underline colour (SGR 59), which vt100 does not implement.
fn benign(event: &str, titles: &[String]) -> bool {
    event == "csi None None [[59]] m" || titles.iter().any(|t| event == format!("icon name {t:?}"))
}

/// Where the reader's output goes in these tests: kept for the replay.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn byte_terminal(width: u16, height: u16) -> (Terminal<CrosstermBackend<Captured>>, Captured) {
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let out = Captured::default();
    let backend = CrosstermBackend::new(out.clone());
    let terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    (terminal, out)
}

fn replay(out: &Captured, width: u16, height: u16) -> vt100::Parser<Events> {
    let size = |n: u16| NonZeroU16::new(n).unwrap();
    let mut parser =
        vt100::Parser::new_with_callbacks(size(height), size(width), 0, Events::default());
    parser.process(&out.0.lock().unwrap());
    parser
}

fn decode_base64(text: &[u8]) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digits: Vec<u32> = text
        .iter()
        .filter(|&&b| b != b'=')
        .map(|b| ALPHABET.iter().position(|a| a == b).expect("base64") as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0, |n, (i, d)| n | d << (18 - 6 * i));
        out.extend(n.to_be_bytes()[1..chunk.len()].iter());
    }
    out
}

#[test]
fn replayed_output_fires_nothing_but_the_readers_own_title() {
    let (width, height) = (120, 40);
    let briefing = hostile_briefing();
    let articles = briefing.articles.len();
    let mut app = App::new(briefing, width, height);
    let (mut terminal, out) = byte_terminal(width, height);
    let mut title = SafeText::default();
    let theme = Theme::colour();
    let mut names: Vec<String> = Vec::new();
    for n in 0..articles {
        for keys in ["4", "G", "1", "j", "2", "j", "3", "j"] {
            press(&mut app, keys);
            write_frame(&mut terminal, &app, &theme, &mut title).unwrap();
            let shown = brief::ui::window_title(&app).into_string();
            if names.last() != Some(&shown) {
                names.push(shown);
            }
        }
        if n + 1 < articles {
            press(&mut app, "4}");
        }
    }
    assert!(names.len() > 1, "{names:?}");
    let parser = replay(&out, width, height);
    let events = parser.callbacks();
    assert_eq!(events.titles, names, "only the reader's titles");
    assert!(
        names
            .iter()
            .all(|t| t.starts_with("brief — ") && !t.contains("PWNED"))
    );
    assert!(events.clipboard.is_empty(), "{:?}", events.clipboard);
    assert!(
        events.other.iter().all(|e| benign(e, &names)),
        "{:?}",
        events.other
    );
    let contents = parser.screen().contents();
    assert!(!contents.contains("PWNED"), "{contents}");
}

#[test]
fn the_y_copy_is_the_one_clipboard_write_and_it_is_sanitised() {
    let (width, height) = (120, 40);
    let mut app = App::new(hostile_briefing(), width, height);
    let (mut terminal, out) = byte_terminal(width, height);
    let mut copies = Vec::new();
    for _ in 0..app.briefing.quotes.len() {
        if let Some(Effect::Copy(text)) = press(&mut app, "3y").pop() {
            copy(&mut terminal, &text).unwrap();
            copies.push(text);
        }
        press(&mut app, "j");
    }
    assert!(!copies.is_empty(), "no quote to copy");
    let parser = replay(&out, width, height);
    let events = parser.callbacks();
    assert!(
        events.other.is_empty() && events.titles.is_empty(),
        "{events:?}"
    );
    assert_eq!(events.clipboard.len(), copies.len());
    for ((ty, data), sent) in events.clipboard.iter().zip(&copies) {
        assert_eq!(ty, b"c");
        let text = String::from_utf8(decode_base64(data)).unwrap();
        assert_eq!(&text, sent.as_str());
        assert!(text.chars().all(is_inert), "{text:?}");
        assert!(
            !text.contains("PWNED") && !text.contains("ZXZpbA"),
            "{text:?}"
        );
    }
}
