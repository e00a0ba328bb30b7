//! Partial loads through the real binary: in a directory or among several
//! paths, a file that cannot be read is skipped with one stderr line giving
//! the reason, and a count; `--strict`, a single named file and a load with
//! nothing readable fail as before.

#[path = "common/cli.rs"]
mod cli;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use cli::*;

const GOOD: &[u8] = "date 2026-01-22\n\nZełenski rozmawiał w Davos.".as_bytes();

fn sources(json: &serde_json::Value) -> Vec<String> {
    json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap().to_owned())
        .collect()
}

/// A directory with one good article and one bad file of every kind that can
/// be made without privileges; returns it and the exact stderr of a partial load.
fn mixed_directory(tmp: &TempDir) -> (String, String) {
    tmp.write("dir/a-good.txt", GOOD);
    tmp.write("dir/b-binary.txt", b"date\0 2026");
    tmp.write("dir/c-latin2.txt", b"Za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1.");
    let made = Command::new("mkfifo")
        .arg(tmp.path("dir/d-pipe.txt"))
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo failed");
    // A file listed in its directory and gone when it is read.
    std::os::unix::fs::symlink(tmp.path("deleted.txt"), tmp.path("dir/e-gone.txt")).unwrap();
    let dir = tmp.path("dir").to_str().unwrap().to_owned();
    let stderr = format!(
        "brief: skipped {dir}/b-binary.txt: binary file (NUL byte at offset 4)\n\
         brief: skipped {dir}/c-latin2.txt: invalid UTF-8 at byte 2 (this looks like \
         8-bit Polish text: try --encoding iso-8859-2 or --encoding windows-1250)\n\
         brief: skipped {dir}/d-pipe.txt: cannot open: not a regular file (FIFO)\n\
         brief: skipped {dir}/e-gone.txt: cannot open: no such file or directory\n\
         brief: 4 of 5 files skipped\n"
    );
    (dir, stderr)
}

#[test]
fn a_directory_loads_without_its_unreadable_files() {
    let tmp = TempDir::new();
    let (dir, want) = mixed_directory(&tmp);
    for flag in ["--json", "--markdown", "--plain"] {
        let out = run(Command::new(BIN).args([flag, &dir]), None);
        assert_eq!(out.code, 0, "{flag}: {}", out.stderr());
        assert_eq!(out.stderr(), want, "{flag}");
        assert!(out.stdout.contains("a-good.txt"), "{flag}: {}", out.stdout);
    }
    let json = brief(&[&dir]).expect(0, &[]).json();
    assert_eq!(sources(&json), [format!("{dir}/a-good.txt")]);
}

#[test]
fn strict_fails_on_the_first_unreadable_file() {
    let tmp = TempDir::new();
    let (dir, _) = mixed_directory(&tmp);
    let out = brief(&["--strict", &dir]);
    out.expect(65, &[]);
    assert_eq!(
        out.stderr(),
        format!("brief: {dir}/b-binary.txt: binary file (NUL byte at offset 4)\n")
    );
    // The articles before it were written as they were read, and the document
    // is left unfinished: no program can take it for a whole briefing.
    assert!(
        out.stdout.starts_with(
            "{\n  \"schema\": \"brief/1\",\n  \"articles\": [\n    {\n      \"id\": \"a0\""
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("a-good.txt") && !out.stdout.contains("b-binary"));
    assert!(serde_json::from_str::<serde_json::Value>(&out.stdout).is_err());
    for flag in ["--markdown", "--plain"] {
        let out = run(Command::new(BIN).args([flag, "--strict", &dir]), None);
        out.expect(65, &[]);
        assert_eq!(
            out.stdout, "",
            "{flag} writes nothing before the load is done"
        );
    }
}

#[test]
fn several_paths_skip_the_ones_that_cannot_be_read() {
    let tmp = TempDir::new();
    let good = tmp.write("good.txt", GOOD);
    let missing = tmp.path("missing.txt").to_str().unwrap().to_owned();
    let empty_dir = tmp.path("no-articles");
    fs::create_dir(&empty_dir).unwrap();
    let empty_dir = empty_dir.to_str().unwrap();
    let out = brief(&[&missing, &good, empty_dir]);
    out.expect(0, &[]);
    assert_eq!(
        out.stderr(),
        format!(
            "brief: skipped {missing}: cannot open: no such file or directory\n\
             brief: skipped {empty_dir}: directory contains no articles (.txt, .md, .html or feeds)\n\
             brief: 2 of 3 files skipped\n"
        )
    );
    assert_eq!(sources(&out.json()), [good]);
}

#[test]
fn nothing_loadable_is_the_first_error_as_before() {
    let tmp = TempDir::new();
    let binary = tmp.write("dir/a.txt", b"\0");
    tmp.write("dir/b.txt", b"\xff");
    let dir = tmp.path("dir");
    let out = brief(&[dir.to_str().unwrap()]);
    out.expect(65, &[]);
    assert_eq!(
        out.stderr(),
        format!("brief: {binary}: binary file (NUL byte at offset 0)\n")
    );
    // A single file named alone fails even next to nothing else.
    let out = brief(&[&binary]);
    out.expect(65, &[]);
    assert_eq!(
        out.stderr(),
        format!("brief: {binary}: binary file (NUL byte at offset 0)\n")
    );
}

#[test]
fn a_file_without_permission_is_skipped() {
    let tmp = TempDir::new();
    let bin = tmp.path("brief");
    fs::copy(BIN, &bin).unwrap();
    let Some(mut cmd) = as_unprivileged(&bin) else {
        eprintln!("note: skipping the permission test: running as root without setpriv or runuser");
        return;
    };
    tmp.write("dir/a.txt", GOOD);
    let locked = tmp.write("dir/b.txt", GOOD);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let dir = tmp.path("dir");
    let dir = dir.to_str().unwrap();
    let out = run(cmd.args(["--json", dir]), None);
    out.expect(0, &[]);
    assert_eq!(
        out.stderr(),
        format!(
            "brief: skipped {locked}: cannot open: permission denied\n\
             brief: 1 of 2 files skipped\n"
        )
    );
    assert_eq!(sources(&out.json()), [format!("{dir}/a.txt")]);
}
