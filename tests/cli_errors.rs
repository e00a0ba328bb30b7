//! The command line's behaviour on bad (and awkward but valid) input: exit
//! codes, messages naming the file and the reason, and no hangs.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_brief");
/// Generous, so a slow CI machine passes, but a blocked open() still fails the test.
const TIMEOUT: Duration = Duration::from_secs(30);

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/load/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("brief-cli-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        // Traversable by `nobody` for the permission tests.
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        TempDir(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> String {
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

struct Outcome {
    code: i32,
    stdout: String,
    stderr: Vec<u8>,
}

impl Outcome {
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Fails with everything the program said, not just the code.
    fn expect(&self, code: i32, needles: &[&str]) -> &Self {
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

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {}", self.stdout))
    }
}

fn brief(args: &[&str]) -> Outcome {
    run(Command::new(BIN).arg("--json").args(args), None)
}

fn brief_stdin(args: &[&str], input: &[u8]) -> Outcome {
    run(Command::new(BIN).arg("--json").args(args), Some(input))
}

/// Runs with a deadline: a program that blocks (say, opening a FIFO) is
/// killed and the test fails instead of hanging.
fn run(command: &mut Command, input: Option<&[u8]>) -> Outcome {
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
        // The program may exit without reading all of it; that is its business.
        let _ = pipe.write_all(bytes);
    }
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("brief did not finish within {TIMEOUT:?}: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    Outcome {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: out.stderr,
    }
}

fn article(json: &serde_json::Value, i: usize) -> &serde_json::Value {
    &json["articles"][i]
}

#[test]
fn missing_file_cannot_be_opened() {
    let path = fixture("no-such-file.txt");
    brief(&[&path]).expect(66, &[&path, "no such file"]);
}

#[test]
fn directory_without_articles_is_refused() {
    let tmp = TempDir::new();
    tmp.write("dir/notes.rst", b"not an article");
    tmp.write("dir/.hidden.txt", b"hidden");
    let dir = tmp.path("dir");
    let dir = dir.to_str().unwrap();
    brief(&[dir]).expect(66, &[dir, "no .txt or .md articles"]);
}

#[test]
fn fifo_is_refused_without_blocking() {
    let tmp = TempDir::new();
    let fifo = tmp.path("pipe.txt");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo failed");
    let fifo = fifo.to_str().unwrap();
    brief(&[fifo]).expect(66, &[fifo, "not a regular file (FIFO)"]);
}

/// Root reads anything, so as root the program runs as `nobody`.
fn as_unprivileged(bin: &Path) -> Option<Command> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    if !is_root {
        return Some(Command::new(bin));
    }
    let works = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if works("setpriv") {
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
    } else if works("runuser") {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "nobody", "--"]).arg(bin);
        Some(cmd)
    } else {
        None
    }
}

#[test]
fn unreadable_files_are_refused() {
    let tmp = TempDir::new();
    // A copy `nobody` can run wherever the build directory lives.
    let bin = tmp.path("brief");
    fs::copy(BIN, &bin).unwrap();
    let Some(_) = as_unprivileged(&bin) else {
        eprintln!("note: skipping the permission test: running as root without setpriv or runuser");
        return;
    };
    let unreadable = tmp.write("unreadable.txt", b"secret");
    fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o000)).unwrap();
    let behind_locked_dir = tmp.write("locked/inside.txt", b"secret");
    fs::set_permissions(tmp.path("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    for path in [unreadable.as_str(), behind_locked_dir.as_str()] {
        let mut cmd = as_unprivileged(&bin).unwrap();
        run(cmd.args(["--json", path]), None).expect(66, &[path, "permission denied"]);
    }
}

#[test]
fn binary_file_is_a_data_error() {
    let path = fixture("binary.txt");
    brief(&[&path]).expect(65, &[&path, "binary file (NUL byte at offset 8)"]);
}

#[test]
fn invalid_utf8_reports_the_byte_offset() {
    let path = fixture("invalid-utf8.txt");
    brief(&[&path]).expect(65, &[&path, "invalid UTF-8 at byte 7"]);
}

#[test]
fn size_limit_is_enforced_with_a_hint() {
    let path = fixture("crlf.txt");
    let size = fs::metadata(&path).unwrap().len().to_string();
    brief(&["--max-size", "10", &path])
        .expect(65, &[&path, &size, "limit of 10 bytes", "--max-size"]);
    brief_stdin(&["--max-size", "10", "-"], &[b'x'; 100])
        .expect(65, &["-: too large", "--max-size"]);
}

const FIXTURE_TEXT: &str =
    "Zełenski rozmawiał w Davos z delegacją USA.\n\nRozmowy były konstruktywne.";

#[test]
fn encodings_and_line_endings_are_normalised() {
    for name in ["utf16le.txt", "utf16be.txt", "utf8-bom.txt", "crlf.txt"] {
        let path = fixture(name);
        let json = brief(&[&path]).expect(0, &[]).json();
        let a = article(&json, 0);
        assert_eq!(a["source"], path.as_str(), "{name}");
        assert_eq!(a["date"], "2026-01-22", "{name}");
        assert_eq!(a["text"], FIXTURE_TEXT, "{name}");
        assert_eq!(a["paragraphs"].as_array().map(Vec::len), Some(2), "{name}");
    }
}

#[test]
fn empty_file_is_an_empty_article() {
    let tmp = TempDir::new();
    let path = tmp.write("empty.txt", b"");
    let json = brief(&[&path]).expect(0, &[]).json();
    assert_eq!(article(&json, 0)["text"], "");
    assert_eq!(article(&json, 0)["paragraphs"], serde_json::json!([]));
}

#[test]
fn escape_characters_in_names_do_not_reach_the_terminal() {
    let tmp = TempDir::new();
    let evil = tmp.write("evil\x1b]0;pwned\x07\x1b[31m.txt", b"bin\0ary");
    let missing = format!("{}/gone\x1b[2J.txt", tmp.0.display());
    for (path, code) in [(evil.as_str(), 65), (missing.as_str(), 66)] {
        let out = brief(&[path]);
        out.expect(code, &["\\u{1b}"]);
        assert!(
            !out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07),
            "{:?}",
            out.stderr()
        );
    }
}

#[test]
fn directory_articles_come_in_sorted_order() {
    let tmp = TempDir::new();
    tmp.write("brief/b.md", "title: Drugi\n\nDruga wiadomość.".as_bytes());
    tmp.write(
        "brief/a.txt",
        "date 2026-01-22 Pierwsza wiadomość.".as_bytes(),
    );
    tmp.write("brief/.draft.txt", b"hidden");
    let dir = tmp.path("brief");
    let dir = dir.to_str().unwrap();
    let json = brief(&[dir]).expect(0, &[]).json();
    let sources: Vec<_> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].clone())
        .collect();
    assert_eq!(sources, [format!("{dir}/a.txt"), format!("{dir}/b.md")]);
    assert_eq!(article(&json, 0)["text"], "Pierwsza wiadomość.");
    assert_eq!(article(&json, 1)["title"], "Drugi");
}

#[test]
fn stdin_is_read_as_dash() {
    let json = brief_stdin(&["-"], "date 2026-01-22\r\nZ wejścia.\r\n".as_bytes())
        .expect(0, &[])
        .json();
    assert_eq!(article(&json, 0)["source"], "-");
    assert_eq!(article(&json, 0)["text"], "Z wejścia.");
}
