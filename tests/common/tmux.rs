//! A private tmux server running the real binary, shared with `#[path]`.

#![allow(dead_code)]

#[path = "tools.rs"]
mod tools;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_brief");
pub const DEADLINE: Duration = Duration::from_secs(10);
pub const POLL: Duration = Duration::from_millis(50);

/// A private tmux server, killed when the test ends however it ends.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// `None` (after saying why) when tmux is not installed; under
    /// `BRIEF_REQUIRE_TOOLS=1` a missing tmux fails the test instead.
    pub fn start(name: &str, command: &str) -> Option<Tmux> {
        Tmux::start_with(name, &[], command)
    }

    /// [`Tmux::start`] with global options (name, value) set before `command`
    /// starts, so nothing the command writes can arrive before them.
    pub fn start_with(name: &str, options: &[(&str, &str)], command: &str) -> Option<Tmux> {
        if !tools::runs("tmux", "-V") {
            tools::missing("tmux", &format!("the tmux test {name:?}"));
            return None;
        }
        let tmux = Tmux {
            socket: format!("brief-e2e-{name}-{}", std::process::id()),
        };
        let mut args = vec!["-f", "/dev/null"];
        for (option, value) in options {
            args.extend(["set-option", "-g", option, value, ";"]);
        }
        args.extend(["new-session", "-d", "-x", "120", "-y", "40", command]);
        let out = tmux.run(&args);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(tmux)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-u", "-L", &self.socket])
            .args(args)
            .env("LANG", "C.UTF-8")
            // The findings cache of the tests' own, never the user's.
            .env(
                "XDG_CACHE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/cache"),
            )
            .env_remove("NO_COLOR")
            .env_remove("TMUX")
            .output()
            .expect("running tmux")
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    pub fn literal(&self, text: &str) {
        assert!(
            self.run(&["send-keys", "-t", "0", "-l", text])
                .status
                .success()
        );
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    /// The screen with its styles as SGR escape sequences.
    pub fn styled_screen(&self) -> String {
        let out = self.run(&["capture-pane", "-p", "-e", "-t", "0"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Everything the pane printed, scrolled off or not, wrapped lines joined.
    pub fn history(&self) -> String {
        let out = self.run(&["capture-pane", "-p", "-J", "-S", "-", "-t", "0"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn format(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Polls until `ok` holds for the screen, or fails with the last screen.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        poll(what, || self.screen(), ok)
    }

    /// Polls until the tmux format (`#{pane_title}`, …) expands to what `ok`
    /// accepts, or fails with the last value.
    pub fn wait_for_format(&self, format: &str, ok: impl Fn(&str) -> bool) -> String {
        poll(format, || self.format(format), ok)
    }

    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Reads until `ok` accepts what `read` gives, up to the deadline.
fn poll(what: &str, read: impl Fn() -> String, ok: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let value = read();
        if ok(&value) {
            return value;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "timed out waiting for {what}; it is:\n{value}"
        );
        std::thread::sleep(POLL);
    }
}

/// `brief ARGS` run with ENV in the pane's shell, which then prints the exit
/// status as `EXITED:n` and stays, so the screen can be read after the reader.
pub fn reader(env: &str, args: &str) -> String {
    format!("sh -c '{env} {BIN} {args}; echo EXITED:$?; exec sleep 60'")
}

/// The reader's pid: the child of the shell that runs it in the pane.
pub fn reader_pid(tmux: &Tmux) -> String {
    let shell = tmux.format("#{pane_pid}");
    let out = Command::new("ps")
        .args(["-o", "pid=", "--ppid", &shell])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}
