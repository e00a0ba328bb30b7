//! Running the real binary from tests, shared with `#[path]`: a temp dir,
//! a run with a deadline, and running as an unprivileged user.

#![allow(dead_code)]

#[path = "tools.rs"]
pub mod tools;

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_brief");
/// Generous, so a slow CI machine passes, but a blocked open() still fails the test.
pub const TIMEOUT: Duration = Duration::from_secs(90);

pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/load/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("brief-cli-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        // Traversable by `nobody` for the permission tests.
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        TempDir(dir)
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) -> String {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::set_permissions(self.path("locked"), fs::Permissions::from_mode(0o755));
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: Vec<u8>,
}

impl Outcome {
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Fails with everything the program said, not just the code.
    pub fn expect(&self, code: i32, needles: &[&str]) -> &Self {
        let stderr = self.stderr();
        assert_eq!(self.code, code, "stderr: {stderr}\nstdout: {}", self.stdout);
        if code != 0 {
            assert!(stderr.starts_with("brief: "), "{stderr}");
        }
        for needle in needles {
            assert!(stderr.contains(needle), "stderr lacks {needle:?}: {stderr}");
        }
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {}", self.stdout))
    }
}

pub fn brief(args: &[&str]) -> Outcome {
    run(Command::new(BIN).arg("--json").args(args), None)
}

pub fn brief_stdin(args: &[&str], input: &[u8]) -> Outcome {
    run(Command::new(BIN).arg("--json").args(args), Some(input))
}

/// Runs with a deadline: a program that blocks (say, opening a FIFO) is
/// killed and the test fails instead of hanging. Input is written and
/// output read on threads, so a large output never fills a pipe and stalls.
pub fn run(command: &mut Command, input: Option<&[u8]>) -> Outcome {
    // The findings cache of the tests' own, never the user's.
    if !command.get_envs().any(|(k, _)| k == "XDG_CACHE_HOME") {
        command.env("XDG_CACHE_HOME", TEST_CACHE);
    }
    let stdin = if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    };
    let mut child = command
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start brief");
    if let (Some(bytes), Some(mut pipe)) = (input, child.stdin.take()) {
        let bytes = bytes.to_vec();
        // The program may exit without reading all of it; that is its business.
        std::thread::spawn(move || pipe.write_all(&bytes));
    }
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let status = wait(&mut child, command);
    Outcome {
        code: status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(stdout.join().unwrap()).expect("UTF-8 stdout"),
        stderr: stderr.join().unwrap(),
    }
}

/// Waits for `child` with the deadline: past it the child is killed and the
/// test fails, naming `command`.
pub fn wait(child: &mut Child, command: &Command) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("brief did not finish within {TIMEOUT:?}: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub fn article(json: &serde_json::Value, i: usize) -> &serde_json::Value {
    &json["articles"][i]
}

/// Where the binary keeps findings when a test runs it.
pub const TEST_CACHE: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/cache");

/// Root reads anything, so as root the program runs as `nobody` (with no
/// findings cache: there is none `nobody` may write).
pub fn as_unprivileged(bin: &Path) -> Option<Command> {
    let mut cmd = unprivileged(bin)?;
    cmd.arg("--no-cache");
    Some(cmd)
}

fn unprivileged(bin: &Path) -> Option<Command> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    if !is_root {
        return Some(Command::new(bin));
    }
    if tools::runs("setpriv", "--version") {
        let group = if fs::read_to_string("/etc/group")
            .unwrap_or_default()
            .contains("\nnogroup:")
        {
            "nogroup"
        } else {
            "nobody"
        };
        let mut cmd = Command::new("setpriv");
        cmd.args([
            "--reuid=nobody",
            &format!("--regid={group}"),
            "--clear-groups",
        ])
        .arg(bin);
        Some(cmd)
    } else if tools::runs("runuser", "--version") {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "nobody", "--"]).arg(bin);
        Some(cmd)
    } else {
        None
    }
}
