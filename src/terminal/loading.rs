//! The reader opened before its briefing is read: the load runs on its own
//! thread and sends its progress and the briefing so far down the reader's one
//! channel, so keys (and `q`) are answered at once all the while.

use std::io;
use std::sync::mpsc;
use std::thread;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::{Ended, Message, Options, TerminalGuard, event_loop, spawn_input, spawn_signals};
use crate::app::{App, LoadProgress};
use crate::load::LoadError;
use crate::model::{Briefing, Skipped};
use crate::pipeline::Update;

/// A load to run behind the reader: it reports through the callback as it goes
/// and returns the whole briefing with the files it skipped.
pub type Loading =
    Box<dyn FnOnce(&mut dyn FnMut(Update)) -> Result<(Briefing, Skipped), LoadError> + Send>;

/// Takes the screen at once with an empty briefing and a progress line, fills
/// the panes as the load merges more, and runs until the user quits, a signal
/// comes, or the load finds nothing to read.
pub fn run_loading(loading: Loading, mut options: Options) -> io::Result<Ended> {
    let (tx, rx) = mpsc::channel();
    spawn_signals(tx.clone())?;
    let _guard = TerminalGuard::enter(options.mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(Briefing::default(), size.width, size.height);
    app.loading = Some(LoadProgress::default());
    let load = tx.clone();
    thread::spawn(move || {
        let read = loading(&mut |update| {
            let _ = load.send(Message::Load(update));
        });
        let _ = load.send(Message::Loaded(read));
    });
    spawn_input(tx.clone());
    event_loop(&mut terminal, &mut app, &mut options, (&tx, &rx))
}
