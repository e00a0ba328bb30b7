//! Running the reader in a real terminal: setup and teardown, one input
//! thread and one signal thread feeding a single channel, and a loop that
//! blocks on it and redraws after each message. Nothing ticks: an idle
//! reader uses no CPU.

mod clipboard;
mod guard;
mod loading;

use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::app::{Action, App, Effect, LoadProgress};
use crate::load::LoadError;
use crate::model::{Briefing, SafeText, Skipped};
use crate::pipeline::Update;
use crate::ui::{self, Theme};

pub use clipboard::{base64, osc52};
pub use guard::{TerminalGuard, restore};
pub use loading::{Loading, run_loading};

/// Reads the input again for `r`, with the files it skipped; an error is a
/// message for the status line.
pub type Loader = Box<dyn FnMut() -> Result<(Briefing, Skipped), String> + Send>;

pub struct Options {
    /// Capture the mouse (off with `--no-mouse`, so the terminal's own text
    /// selection keeps working).
    pub mouse: bool,
    pub theme: Theme,
    /// How `r` reloads; without one, `r` says it cannot.
    pub reload: Option<Loader>,
}

enum Message {
    Input(Event),
    InputClosed,
    Signal(i32),
    /// How a load behind the reader is going, or more of its briefing.
    Load(Update),
    /// The load behind the reader is over.
    Loaded(Result<(Briefing, Skipped), LoadError>),
    /// A reload (`r`) is over; the loader comes back for the next one.
    Reloaded(Result<(Briefing, Skipped), String>, Loader),
}

/// How the reader ended.
#[derive(Debug)]
pub enum Ended {
    /// The user quit or a signal came: the exit code, 0 or 128 + the signal.
    Quit(u8),
    /// The load behind the reader found nothing it could read.
    Failed(LoadError),
}

/// Runs the reader until the user quits or a signal arrives. Returns the exit
/// code: 0, or 128 + the signal number.
pub fn run(briefing: Briefing, skipped: Skipped, mut options: Options) -> io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    spawn_signals(tx.clone())?;
    let _guard = TerminalGuard::enter(options.mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(briefing, size.width, size.height);
    app.skipped = skipped;
    spawn_input(tx.clone());
    match event_loop(&mut terminal, &mut app, &mut options, (&tx, &rx))? {
        Ended::Quit(code) => Ok(code),
        // Only a load behind the reader fails, and this reader has none.
        Ended::Failed(_) => Ok(1),
    }
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

/// Test-only: when this variable is `1`, the reader panics right after its
/// first frame, so tests can check the panic hook gives the terminal back.
pub const TEST_PANIC_VAR: &str = "BRIEF_TEST_PANIC";

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    options: &mut Options,
    (tx, rx): (&Sender<Message>, &Receiver<Message>),
) -> io::Result<Ended> {
    let theme = &options.theme;
    let started = std::time::Instant::now();
    let mut reloading = false;
    let mut title = SafeText::default();
    let test_panic = std::env::var_os(TEST_PANIC_VAR).is_some_and(|v| v == "1");
    loop {
        write_frame(terminal, app, theme, &mut title)?;
        if test_panic {
            panic!("{TEST_PANIC_VAR}=1: panicking on purpose after the first frame");
        }
        // Block until something happens, then take everything already
        // queued before drawing again, so a burst of keys draws once.
        let mut next = rx.recv().ok();
        while let Some(message) = next {
            match message {
                Message::Signal(sig) => return Ok(Ended::Quit(128 + sig as u8)),
                Message::InputClosed => return Ok(Ended::Quit(0)),
                Message::Load(Update::Progress {
                    files,
                    total,
                    articles,
                }) => {
                    let elapsed = started.elapsed();
                    app.loading = Some(LoadProgress {
                        files,
                        total,
                        articles,
                        elapsed,
                    });
                }
                Message::Load(Update::Partial(briefing)) => app.grow(briefing),
                Message::Loaded(Ok((briefing, skipped))) => app.loaded(briefing, skipped),
                Message::Loaded(Err(e)) => return Ok(Ended::Failed(e)),
                Message::Reloaded(read, loader) => {
                    options.reload = Some(loader);
                    reloading = false;
                    reloaded(app, Some(read));
                }
                Message::Input(ev) => match handle(app, ev) {
                    Effect::Quit => return Ok(Ended::Quit(0)),
                    Effect::Copy(text) => copy(terminal, &text)?,
                    // The loader is away while it runs.
                    Effect::Reload if reloading => {
                        app.message = Some("still reloading".to_owned());
                    }
                    Effect::Reload => {
                        reloading = options.reload.is_some();
                        reload_behind(app, &mut options.reload, tx);
                    }
                    Effect::None => {}
                },
            }
            next = rx.try_recv().ok();
        }
    }
}

/// `r`: the loader's briefing swapped in, or its error on the status line;
/// a failed reload never quits.
pub fn reload(app: &mut App, loader: Option<&mut Loader>) {
    reloaded(app, loader.map(|load| load()));
}

/// What a reload gave, on the screen.
fn reloaded(app: &mut App, read: Option<Result<(Briefing, Skipped), String>>) {
    match read {
        Some(Ok((briefing, skipped))) => app.reload_with(briefing, skipped),
        Some(Err(e)) => app.message = Some(format!("reload failed: {e}")),
        None => app.message = Some("nothing to reload".to_owned()),
    }
}

/// `r` in the running reader: the loader runs on its own thread, so keys are
/// answered while a large briefing is read again; a second `r` meanwhile waits.
fn reload_behind(app: &mut App, loader: &mut Option<Loader>, tx: &Sender<Message>) {
    let Some(mut load) = loader.take() else {
        reloaded(app, None);
        return;
    };
    app.message = Some("reloading…".to_owned());
    let tx = tx.clone();
    thread::spawn(move || {
        let read = load();
        let _ = tx.send(Message::Reloaded(read, load));
    });
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

/// One frame as the reader writes it: the window title when it changed
/// (`title` is the one last written), then the screen. Generic over the
/// writer so tests can replay the exact bytes through a terminal emulator.
pub fn write_frame<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    app: &App,
    theme: &Theme,
    title: &mut SafeText,
) -> io::Result<()> {
    set_title(terminal, app, title)?;
    terminal.draw(|frame| ui::draw(frame, app, theme))?;
    Ok(())
}

/// Puts `text` on the clipboard with OSC 52: the one sequence the reader
/// writes that carries text from an article, and only as base64.
pub fn copy<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    text: &SafeText,
) -> io::Result<()> {
    let out = terminal.backend_mut();
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// The window title follows the article; written only when it changes.
fn set_title<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    app: &App,
    current: &mut SafeText,
) -> io::Result<()> {
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
