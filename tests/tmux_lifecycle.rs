//! How the reader leaves the terminal, in a real terminal (tmux): after a
//! forced panic, after each signal, after a storm of resizes down to 1×1, and
//! while showing a hostile article. Every check polls with a deadline.

#[path = "common/tmux.rs"]
mod tmux;

use std::process::Command;

use tmux::{BIN, Tmux, reader_pid};

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// After the reader exits, the pane's shell prints `stty -a` between markers.
fn session(env: &str, args: &str) -> String {
    format!(
        "sh -c '{env} {BIN} {args}; echo EXITED:$?; echo STTY; stty -a; echo END; exec sleep 60'"
    )
}

/// Alternate screen off, cursor shown, mouse off, and the line discipline
/// back in canonical mode with echo.
fn assert_restored(tmux: &Tmux, what: &str) {
    let screen = tmux.wait_for_text("END");
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "0",
        "{what}: alternate screen"
    );
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "{what}: cursor hidden");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "{what}: mouse on");
    let stty = screen.split("STTY").nth(1).unwrap_or_default();
    let flags: Vec<&str> = stty.split_whitespace().collect();
    for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(
            flags.contains(&flag),
            "{what}: {flag} not restored:\n{stty}"
        );
    }
}

#[test]
fn a_panic_gives_the_terminal_back() {
    let Some(tmux) = Tmux::start("panic", &session("BRIEF_TEST_PANIC=1", "")) else {
        return;
    };
    let screen = tmux.wait_for_text("EXITED:");
    assert!(screen.contains("EXITED:101"), "{screen}");
    assert!(screen.contains("panicking on purpose"), "{screen}");
    assert_restored(&tmux, "panic");
}

#[test]
fn every_signal_gives_the_terminal_back() {
    for (signal, status) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let Some(tmux) = Tmux::start(&format!("life{signal}"), &session("", "")) else {
            return;
        };
        tmux.wait_for_text("1 Timeline");
        let pid = reader_pid(&tmux);
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        assert!(killed.success(), "kill -{signal} {pid}");
        tmux.wait_for_text(&format!("EXITED:{status}"));
        assert_restored(&tmux, &format!("SIG{signal}"));
    }
}

#[test]
fn a_storm_of_resizes_down_to_1x1_is_survived() {
    let Some(tmux) = Tmux::start("storm", &session("", "")) else {
        return;
    };
    tmux.wait_for_text("1 Timeline");
    let sizes = [
        (1, 1),
        (2, 1),
        (1, 3),
        (40, 2),
        (3, 30),
        (79, 24),
        (81, 10),
        (1, 1),
    ];
    for _ in 0..5 {
        for (w, h) in sizes {
            let (w, h) = (w.to_string(), h.to_string());
            let out = tmux.run(&["resize-window", "-t", "0", "-x", &w, "-y", &h]);
            assert!(out.status.success());
        }
    }
    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "120", "-y", "40"])
            .status
            .success()
    );
    tmux.wait_for_text("1 Timeline");
    tmux.keys(&["?"]);
    tmux.wait_for_text("Keys in 1 Timeline");
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| !s.contains("Keys in 1 Timeline"));
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    assert_restored(&tmux, "resizes");
}

#[test]
fn a_hostile_article_sets_no_title_and_no_clipboard() {
    let args = format!(
        "{} {}",
        fixture("terminal-attacks.txt"),
        fixture("unicode.txt")
    );
    // Applications may set the clipboard from the first byte the reader writes,
    // so an OSC 52 from the file would land.
    let Some(tmux) = Tmux::start_with("hostile", &[("set-clipboard", "on")], &session("", &args))
    else {
        return;
    };
    let title = |name: &'static str| move |t: &str| t == format!("brief — {name}");
    tmux.wait_for_format("#{pane_title}", title("terminal-attacks.txt"));
    // Each step waits for what its keys produce: the window title names the
    // article shown, after its last line was drawn.
    tmux.keys(&["4", "G", "}"]);
    tmux.wait_for_format("#{pane_title}", title("unicode.txt"));
    tmux.keys(&["G", "{"]);
    tmux.wait_for_format("#{pane_title}", title("terminal-attacks.txt"));
    // The focus shows only in colour; the pane's help names it.
    tmux.keys(&["3", "?"]);
    tmux.wait_for_text("Keys in 3 Quotes");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("help closed", |s| !s.contains("Keys in 3 Quotes"));
    assert!(!screen.contains("PWNED"), "{screen}");
    let buffers = tmux.run(&["list-buffers"]);
    assert!(
        buffers.stdout.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&buffers.stdout)
    );
    // `y` is the one allowed clipboard write, and carries clean text.
    tmux.keys(&["y"]);
    tmux.wait_for_text("copied");
    let copied = tmux.run(&["show-buffer"]);
    let copied = String::from_utf8_lossy(&copied.stdout);
    assert!(copied.contains('„'), "{copied:?}");
    assert!(
        !copied.chars().any(char::is_control) && !copied.contains("PWNED"),
        "{copied:?}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    assert_restored(&tmux, "hostile article");
}
