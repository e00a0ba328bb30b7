//! The real binary in a real terminal: tmux runs `brief`, the test types
//! keys, polls the screen until what it expects appears (never a fixed
//! sleep), quits, and checks the terminal was given back: alternate screen
//! off, mouse reporting off, exit status 0 (or 128 + signal).

use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_brief");
const DEADLINE: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

/// A private tmux server, killed when the test ends however it ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// `None` (after saying why) when tmux is not installed.
    fn start(name: &str, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not installed; skipping the end-to-end test");
            return None;
        }
        let tmux = Tmux {
            socket: format!("brief-e2e-{name}-{}", std::process::id()),
        };
        let out = tmux.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            command,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-u", "-L", &self.socket])
            .args(args)
            .env("LANG", "C.UTF-8")
            .env_remove("NO_COLOR")
            .env_remove("TMUX")
            .output()
            .expect("running tmux")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    fn literal(&self, text: &str) {
        assert!(
            self.run(&["send-keys", "-t", "0", "-l", text])
                .status
                .success()
        );
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    fn format(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Polls until `ok` holds for the screen, or fails with the last screen.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(POLL);
        }
    }

    fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

#[test]
fn a_reader_session_from_start_to_quit() {
    let command = format!("sh -c '{BIN}; echo EXITED:$?; exec sleep 60'");
    let Some(tmux) = Tmux::start("session", &command) else {
        return;
    };
    let screen = tmux.wait_for_text("1 Timeline");
    for title in ["2 Participants", "3 Quotes", "4 Article", "? help"] {
        assert!(screen.contains(title), "{title} missing:\n{screen}");
    }
    assert_eq!(tmux.format("#{alternate_on}"), "1");
    assert_eq!(
        tmux.format("#{mouse_any_flag}"),
        "1",
        "the mouse is captured while running"
    );

    tmux.keys(&["3", "?"]);
    tmux.wait_for_text("Keys in 3 Quotes");
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| !s.contains("Keys in 3 Quotes"));

    tmux.keys(&["4", "/"]);
    tmux.literal("Moskw");
    tmux.keys(&["Enter"]);
    tmux.wait_for("a match counter", |s| s.contains("/Moskw 1/"));
    tmux.keys(&["n"]);
    tmux.wait_for_text("/Moskw 2/");

    tmux.keys(&["a"]);
    tmux.literal("lawrow");
    tmux.wait_for_text("Go to actor");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Ławrow's dossier", |s| {
        s.contains("Siergiej") && s.contains("forms:")
    });

    tmux.keys(&["f"]);
    tmux.wait_for_text("Filter to actors");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("filter: Siergiej");
    tmux.keys(&["F"]);
    tmux.wait_for("filter cleared", |s| !s.contains("filter: Siergiej"));

    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "60", "-y", "20"])
            .status
            .success()
    );
    tmux.wait_for("one pane at a time", |s| {
        s.lines()
            .next()
            .is_some_and(|l| l.contains(" 1 ") && l.contains(" 4 "))
    });
    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "10", "-y", "3"])
            .status
            .success()
    );
    tmux.wait_for_text("terminal");
    assert!(
        tmux.run(&["resize-window", "-t", "0", "-x", "120", "-y", "40"])
            .status
            .success()
    );
    tmux.wait_for_text("1 Timeline");

    tmux.keys(&["Escape", "Escape"]);
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXITED:0");
    assert_eq!(tmux.format("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "mouse reporting off");
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor shown again");
}

/// The reader's pid: the child of the shell that runs it in the pane.
fn reader_pid(tmux: &Tmux) -> String {
    let shell = tmux.format("#{pane_pid}");
    let out = Command::new("ps")
        .args(["-o", "pid=", "--ppid", &shell])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn signals_restore_the_terminal() {
    for (signal, status) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let command = format!("sh -c '{BIN}; echo EXITED:$?; exec sleep 60'");
        let Some(tmux) = Tmux::start(&format!("sig{signal}"), &command) else {
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
        assert_eq!(
            tmux.format("#{alternate_on}"),
            "0",
            "SIG{signal}: alternate screen left"
        );
        assert_eq!(
            tmux.format("#{mouse_any_flag}"),
            "0",
            "SIG{signal}: mouse reporting off"
        );
    }
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let command = format!("sh -c '{BIN} --no-mouse; echo EXITED:$?; exec sleep 60'");
    let Some(tmux) = Tmux::start("nomouse", &command) else {
        return;
    };
    tmux.wait_for_text("1 Timeline");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0");
    tmux.keys(&["C-c"]);
    tmux.wait_for_text("EXITED:0");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}
