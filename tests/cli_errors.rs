//! The command line's behaviour on bad (and awkward but valid) input: exit
//! codes, messages naming the file and the reason, and no hangs.

#[path = "common/cli.rs"]
mod cli;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use cli::*;

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
    brief(&[dir]).expect(66, &[dir, "no articles (.txt, .md, .html or feeds)"]);
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

#[test]
fn unreadable_files_are_refused() {
    let tmp = TempDir::new();
    // A copy `nobody` can run wherever the build directory lives.
    let bin = tmp.path("brief");
    fs::copy(BIN, &bin).unwrap();
    let Some(_) = as_unprivileged(&bin) else {
        tools::missing(
            "setpriv or runuser",
            "the permission test (running as root)",
        );
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

#[test]
fn a_size_limit_past_one_gibibyte_is_refused() {
    // Spans are 32-bit, and decoding can triple a file.
    let usage = brief(&["--max-size", "1073741825", &fixture("crlf.txt")]);
    assert_eq!(usage.code, 2, "{}", usage.stderr());
    for needle in ["--max-size", "1073741825", "1..=1073741824"] {
        assert!(usage.stderr().contains(needle), "{}", usage.stderr());
    }
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
