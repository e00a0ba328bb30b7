//! A big briefing in a real terminal (tmux): the reader takes the screen at
//! once and fills as the load goes on, and `q` leaves at any point. The load is
//! held after its first part (`BRIEF_TEST_HOLD_LOAD`) until the test lets it
//! go, so what the screen shows mid-load does not depend on the machine's
//! speed. Every check polls with a deadline.

#[path = "common/tmux.rs"]
mod tmux;

use std::path::{Path, PathBuf};

use tmux::{BIN, Tmux};

/// A directory of `count` copies of the bundled sample, and beside it the
/// path that releases the held load.
fn big_briefing(name: &str, count: usize) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("brief-loading-{name}-{}", std::process::id()));
    let dir = root.join("articles");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&dir).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/davos-2026-01-22.txt");
    let text = std::fs::read(sample).unwrap();
    for i in 0..count {
        std::fs::write(dir.join(format!("{i:04}.txt")), &text).unwrap();
    }
    (dir, root.join("go"))
}

/// The reader on `dir` with one thread (so the first part is 256 files), the
/// load held until `go` exists; the shell says how it exited.
fn session(dir: &Path, go: &Path) -> String {
    format!(
        "sh -c 'BRIEF_TEST_HOLD_LOAD={} {BIN} --threads 1 {}; echo EXITED:$?; exec sleep 60'",
        go.display(),
        dir.display()
    )
}

#[test]
fn the_reader_opens_during_a_load_and_fills_when_it_ends() {
    let (dir, go) = big_briefing("fills", 1100);
    let Some(tmux) = Tmux::start("loading-fills", &session(&dir, &go)) else {
        return;
    };
    // The first part is on the screen while the rest waits.
    tmux.wait_for("the first part", |s| {
        s.contains("loading") && s.contains("256 of 1,100 files") && s.contains("Witkoff")
    });
    // Keys work mid-load: the help opens and closes; `r` waits for the load.
    tmux.keys(&["?"]);
    tmux.wait_for_text("Keys");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help to close", |s| {
        !s.contains("Keys") && s.contains("loading")
    });
    tmux.keys(&["r"]);
    tmux.wait_for_text("still loading");
    std::fs::write(&go, "").unwrap();
    let screen = tmux.wait_for_text("loaded: 1,100 articles");
    assert!(!screen.contains("files/s"), "{screen}");
    // Now `r` reads it all again, behind the reader.
    tmux.keys(&["r"]);
    tmux.wait_for_text("reloaded: 1,100 articles");
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    let _ = std::fs::remove_dir_all(dir.parent().unwrap());
}

#[test]
fn q_leaves_in_the_middle_of_a_load() {
    let (dir, go) = big_briefing("quit", 1100);
    let Some(tmux) = Tmux::start("loading-quit", &session(&dir, &go)) else {
        return;
    };
    tmux.wait_for_text("256 of 1,100 files");
    tmux.keys(&["q"]);
    let screen = tmux.wait_for_text("EXITED:");
    assert!(screen.contains("EXITED:0"), "{screen}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    assert_eq!(tmux.format("#{cursor_flag}"), "1");
    assert!(!go.exists(), "the load was still held when the reader left");
    let _ = std::fs::remove_dir_all(dir.parent().unwrap());
}
