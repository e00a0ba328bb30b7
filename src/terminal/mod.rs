//! Running the reader in a real terminal: setup and teardown, one input
//! thread and one signal thread feeding a single channel, and a loop that
//! blocks on it and redraws after each message. Nothing ticks: an idle
//! reader uses no CPU.

mod clipboard;
mod guard;

use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::app::{Action, App, Effect};
use crate::model::{Briefing, SafeText};
use crate::ui::{self, Theme};

pub use clipboard::{base64, osc52};
pub use guard::{TerminalGuard, restore};

pub struct Options {
    /// Capture the mouse (off with `--no-mouse`, so the terminal's own text
    /// selection keeps working).
    pub mouse: bool,
    pub theme: Theme,
}

enum Message {
    Input(Event),
    InputClosed,
    Signal(i32),
}

/// Runs the reader until the user quits or a signal arrives. Returns the exit
/// code: 0, or 128 + the signal number.
pub fn run(briefing: Briefing, options: Options) -> io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    spawn_signals(tx.clone())?;
    let _guard = TerminalGuard::enter(options.mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(briefing, size.width, size.height);
    spawn_input(tx);
    event_loop(&mut terminal, &mut app, &options.theme, &rx)
}

fn spawn_input(tx: Sender<Message>) {
    thread::spawn(move || {
        loop {
            let message = match event::read() {
                Ok(ev) => Message::Input(ev),
                Err(_) => Message::InputClosed,
            };
            let closed = matches!(message, Message::InputClosed);
            if tx.send(message).is_err() || closed {
                return;
            }
        }
    });
}

fn spawn_signals(tx: Sender<Message>) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _ = tx.send(Message::Signal(sig));
        }
    });
    Ok(())
}

type Term = Terminal<CrosstermBackend<io::Stdout>>;

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    theme: &Theme,
    rx: &Receiver<Message>,
) -> io::Result<u8> {
    let mut title = SafeText::default();
    loop {
        set_title(terminal, app, &mut title)?;
        terminal.draw(|frame| ui::draw(frame, app, theme))?;
        // Block until something happens, then take everything already
        // queued before drawing again, so a burst of keys draws once.
        let mut next = rx.recv().ok();
        while let Some(message) = next {
            match message {
                Message::Signal(sig) => return Ok(128 + sig as u8),
                Message::InputClosed => return Ok(0),
                Message::Input(ev) => match handle(app, ev) {
                    Effect::Quit => return Ok(0),
                    Effect::Copy(text) => copy(terminal, &text)?,
                    Effect::None => {}
                },
            }
            next = rx.try_recv().ok();
        }
    }
}

fn handle(app: &mut App, ev: Event) -> Effect {
    match ev {
        // Key releases and repeats (kitty protocol, Windows) would act twice.
        Event::Key(key) if key.kind == KeyEventKind::Press => app.handle_key(key),
        Event::Resize(width, height) => crate::app::update(app, Action::Resize { width, height }),
        Event::Mouse(m) => {
            let action = match m.kind {
                MouseEventKind::ScrollDown => Action::Wheel {
                    col: m.column,
                    row: m.row,
                    down: true,
                },
                MouseEventKind::ScrollUp => Action::Wheel {
                    col: m.column,
                    row: m.row,
                    down: false,
                },
                MouseEventKind::Down(event::MouseButton::Left) => Action::Click {
                    col: m.column,
                    row: m.row,
                },
                _ => return Effect::None,
            };
            crate::app::update(app, action)
        }
        _ => Effect::None,
    }
}

fn copy(terminal: &mut Term, text: &SafeText) -> io::Result<()> {
    let out = terminal.backend_mut();
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// The window title follows the article; written only when it changes.
fn set_title(terminal: &mut Term, app: &App, current: &mut SafeText) -> io::Result<()> {
    let title = ui::window_title(app);
    if title != *current {
        crossterm::execute!(
            terminal.backend_mut(),
            crossterm::terminal::SetTitle(title.as_str())
        )?;
        *current = title;
    }
    Ok(())
}
