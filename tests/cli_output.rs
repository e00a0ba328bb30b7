//! What the command line prints, through the real binary: `--plain` and
//! `--markdown` pinned as golden files (insta snapshots) on the bundled sample
//! and on tests/fixtures/export (one meeting reported by a Polish and an English
//! article that disagree on the place, a planned meeting, a reported quote and a
//! quote with no speaker), `--lang`, and the exit codes for output that cannot
//! be written: a full disk is exit 74, a reader that closes the pipe is not an
//! error.

#[path = "common/cli.rs"]
mod cli;

use std::fs::OpenOptions;
use std::io::Read;
use std::process::{Command, Stdio};

use cli::*;

const EXPORT: &str = "tests/fixtures/export";

/// `brief ARGS` from the repository's root, so sources print as relative paths.
fn output(args: &[&str]) -> String {
    let out = run(
        Command::new(BIN)
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR")),
        None,
    );
    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr());
    assert!(out.stderr.is_empty(), "{args:?}: {}", out.stderr());
    out.stdout
}

#[test]
fn plain_output_of_the_sample() {
    let plain = output(&["--plain"]);
    insta::assert_snapshot!("plain_sample", plain);
    // Not a terminal: the same rendering without the flag.
    assert_eq!(output(&[]), plain);
}

#[test]
fn markdown_digest_of_the_sample() {
    insta::assert_snapshot!("markdown_sample", output(&["--markdown"]));
}

#[test]
fn plain_output_of_two_reports_of_one_meeting() {
    insta::assert_snapshot!("plain_export", output(&["--plain", EXPORT]));
}

#[test]
fn markdown_digest_of_two_reports_of_one_meeting() {
    insta::assert_snapshot!("markdown_export", output(&["--markdown", EXPORT]));
}

#[test]
fn lang_overrides_the_detected_language() {
    let languages = |args: &[&str]| -> Vec<String> {
        let json: serde_json::Value = serde_json::from_str(&output(args)).unwrap();
        let articles = json["articles"].as_array().unwrap();
        articles
            .iter()
            .map(|a| a["language"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(languages(&["--json", EXPORT]), ["pl", "en"]);
    assert_eq!(
        languages(&["--json", "--lang", "auto", EXPORT]),
        ["pl", "en"]
    );
    assert_eq!(languages(&["--json", "--lang", "pl", EXPORT]), ["pl", "pl"]);
    assert_eq!(languages(&["--json", "--lang", "en", EXPORT]), ["en", "en"]);
    // The rules follow the language: English rules read the Polish dash dialogue
    // differently from Polish ones.
    assert_ne!(
        output(&["--plain", "--lang", "en", EXPORT]),
        output(&["--plain", EXPORT])
    );
    let usage = run(Command::new(BIN).args(["--lang", "de"]), None);
    assert_eq!(usage.code, 2, "{}", usage.stderr());
    assert!(usage.stderr().contains("pl"), "{}", usage.stderr());
}

/// Runs `brief ARGS` with stdout on `/dev/full`, where every write fails.
#[test]
fn a_full_disk_is_exit_74() {
    for args in [&["--plain"][..], &["--markdown"], &["--json"]] {
        let full = OpenOptions::new().write(true).open("/dev/full").unwrap();
        let mut command = Command::new(BIN);
        command
            .args(args)
            .stdin(Stdio::null())
            .stdout(full)
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        let status = wait(&mut child, &command);
        let mut stderr = String::new();
        child.stderr.unwrap().read_to_string(&mut stderr).unwrap();
        assert_eq!(status.code(), Some(74), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("brief: writing output: ") && stderr.contains("No space left"),
            "{args:?}: {stderr}"
        );
    }
}

/// `brief … | head -c 1`: the reader closes the pipe after one byte, while
/// the program is still writing far more than a pipe holds.
#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let tmp = TempDir::new();
    let text = "Bez nazwisk, bez cytatów, tylko długi tekst. ".repeat(8000);
    let path = tmp.write("long.txt", text.as_bytes());
    let mut command = Command::new(BIN);
    command
        .args(["--json", &path])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0; 1];
    stdout.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"{");
    drop(stdout);
    let status = wait(&mut child, &command);
    let mut stderr = String::new();
    child.stderr.unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}
