//! Hostile and awkward input through the real binary: wrong encodings, every
//! line ending, sizes from nothing to a sparse 8 GB file, things that are not
//! regular files, and escape sequences in file names. Each gives a clear
//! error with the documented exit code or a correct result; never a hang.

#[path = "common/cli.rs"]
mod cli;

use std::fs::{self, File};
use std::process::Command;

use cli::*;

/// "Zażółć gęślą jaźń. Wołodymyr Zełenski…" in Windows-1250 and ISO-8859-2.
const PL_WINDOWS_1250: &[u8] = b"date 2026-01-22\n\nZa\xBF\xF3\xB3\xE6 g\xEA\x9Cl\xB9 ja\x9F\xF1. Wo\xB3odymyr Ze\xB3enski by\xB3 w Davos.";
const PL_ISO_8859_2: &[u8] = b"date 2026-01-22\n\nZa\xBF\xF3\xB3\xE6 g\xEA\xB6l\xB1 ja\xBC\xF1. Wo\xB3odymyr Ze\xB3enski by\xB3 w Davos.";
const PL_TEXT: &str = "Zażółć gęślą jaźń. Wołodymyr Zełenski był w Davos.";

#[test]
fn polish_8bit_files_fail_with_a_hint_and_read_with_the_flag() {
    let tmp = TempDir::new();
    for (name, bytes, flag) in [
        ("cp1250.txt", PL_WINDOWS_1250, "windows-1250"),
        ("latin2.txt", PL_ISO_8859_2, "iso-8859-2"),
    ] {
        let path = tmp.write(name, bytes);
        brief(&[&path]).expect(
            65,
            &[
                &path,
                "invalid UTF-8 at byte 19",
                &format!("--encoding {flag}"),
            ],
        );
        let json = brief(&["--encoding", flag, &path]).expect(0, &[]).json();
        assert_eq!(article(&json, 0)["text"], PL_TEXT, "{name}");
        assert_eq!(article(&json, 0)["date"], "2026-01-22", "{name}");
    }
    let cp1250 = tmp.write("stdin-too.txt", PL_WINDOWS_1250);
    let json = brief_stdin(
        &["--encoding", "windows-1250", "-"],
        &fs::read(cp1250).unwrap(),
    )
    .expect(0, &[])
    .json();
    assert_eq!(article(&json, 0)["text"], PL_TEXT);
    let usage = run(Command::new(BIN).args(["--encoding", "latin-7"]), None);
    assert_eq!(usage.code, 2);
    assert!(
        usage.stderr().contains("windows-1250"),
        "{}",
        usage.stderr()
    );
}

#[test]
fn truncated_and_overlong_utf8_name_the_offset() {
    let tmp = TempDir::new();
    let cases: [(&[u8], &str); 4] = [
        (b"Zdanie urwane w \xC5", "at byte 16"),
        (b"Emoji \xF0\x9F\x98 urwane.", "at byte 6"),
        (b"Za d\xC0\xAFugie.", "at byte 4"),
        (b"Surogat \xED\xA0\x80 w UTF-8.", "at byte 8"),
    ];
    for (n, (bytes, offset)) in cases.into_iter().enumerate() {
        let path = tmp.write(&format!("broken{n}.txt"), bytes);
        brief(&[&path]).expect(65, &[&path, "invalid UTF-8", offset]);
    }
}

#[test]
fn utf16_without_a_bom_says_how_to_convert() {
    let tmp = TempDir::new();
    let text = "date 2026-01-22\n\nZełenski rozmawiał w Davos.";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let path = tmp.write("utf16-no-bom.txt", &le);
    brief(&[&path]).expect(
        65,
        &[
            &path,
            "UTF-16 without a byte-order mark",
            "iconv -f UTF-16LE -t UTF-8",
        ],
    );
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let path = tmp.write("utf16be-no-bom.txt", &be);
    brief(&[&path]).expect(65, &["iconv -f UTF-16BE -t UTF-8"]);
}

#[test]
fn every_line_ending_gives_the_same_paragraphs() {
    let tmp = TempDir::new();
    let lf = "title: Rozmowy\ndate 2026-01-22\n\nPierwszy akapit,\nw dwóch wierszach.\n\nKrótki śródtytuł\n\nDrugi akapit.\n";
    let variants = [
        ("lf", lf.to_owned()),
        ("crlf", lf.replace('\n', "\r\n")),
        ("cr", lf.replace('\n', "\r")),
        (
            "mixed",
            "title: Rozmowy\r\ndate 2026-01-22\n\rPierwszy akapit,\rw dwóch wierszach.\r\n\nKrótki śródtytuł\r\rDrugi akapit.\n".to_owned(),
        ),
    ];
    let mut seen = Vec::new();
    for (name, text) in &variants {
        let path = tmp.write(&format!("{name}.txt"), text.as_bytes());
        let json = brief(&[&path]).expect(0, &[]).json();
        let a = article(&json, 0);
        seen.push((
            a["title"].clone(),
            a["text"].clone(),
            a["paragraphs"].clone(),
        ));
    }
    assert_eq!(seen[0].2.as_array().map(Vec::len), Some(3), "{:?}", seen[0]);
    for (n, got) in seen.iter().enumerate() {
        assert_eq!(got, &seen[0], "{} differs from LF", variants[n].0);
    }
}

#[test]
fn empty_and_blank_inputs_are_empty_articles() {
    let tmp = TempDir::new();
    let blank_10mb = vec![b'\n'; 10 << 20];
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("spaces.txt", &b"  \t \n \r\n\t\n   "[..]),
        ("blank-lines.txt", &blank_10mb[..]),
    ] {
        let path = tmp.write(name, bytes);
        let json = brief(&[&path]).expect(0, &[]).json();
        assert_eq!(article(&json, 0)["text"], "", "{name}");
        assert_eq!(
            article(&json, 0)["paragraphs"],
            serde_json::json!([]),
            "{name}"
        );
        let plain = run(Command::new(BIN).args(["--plain", &path]), None);
        assert_eq!(plain.code, 0, "{name}: {}", plain.stderr());
    }
}

#[test]
fn a_3mb_line_is_one_paragraph() {
    let tmp = TempDir::new();
    let sentence = "Prezydent Zełenski rozmawiał w Davos z delegacją USA o pokoju. ";
    let line = sentence.repeat((3 << 20) / sentence.len() + 1);
    let path = tmp.write("one-line.txt", line.as_bytes());
    let json = brief(&[&path]).expect(0, &[]).json();
    let a = article(&json, 0);
    assert_eq!(a["paragraphs"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        a["text"].as_str().map(str::len),
        Some(line.trim_end().len())
    );
}

#[test]
fn a_sparse_8gb_file_is_refused_by_its_size() {
    let tmp = TempDir::new();
    let path = tmp.path("huge.txt");
    File::create(&path).unwrap().set_len(8 << 30).unwrap();
    let path = path.to_str().unwrap();
    // The size in the message comes from stat: a read would have been cut
    // at the limit and could not know it.
    brief(&[path]).expect(65, &[path, "too large: 8589934592 bytes", "--max-size"]);
}

/// 2,000 opening marks that never close, in paragraphs of 50 sentences or
/// all in one; returns the quotes found.
fn unclosed_quotes(paragraph_every: usize) -> Vec<String> {
    let tmp = TempDir::new();
    let mut text = String::from("date 2026-01-22\n\n");
    for n in 0..2000 {
        let mark = ["„", "\"", "«", "»"][n % 4];
        text.push_str(&format!("Zełenski powiedział {mark}zdanie numer {n}. "));
        if n % paragraph_every == paragraph_every - 1 {
            text.push_str("\n\n");
        }
    }
    let path = tmp.write("unclosed.txt", text.as_bytes());
    let json = brief(&[&path]).expect(0, &[]).json();
    json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap().to_owned())
        .collect()
}

/// A stray mark quotes at most up to the next mark, one sentence away: never
/// past it, let alone to the end of the paragraph or the document.
fn assert_between_two_marks(quotes: &[String]) {
    let sentence = "Zełenski powiedział „zdanie numer 1999. ".chars().count();
    for q in quotes {
        assert!(
            !q.contains(['„', '"', '«', '»', '\n']) && q.chars().count() < sentence,
            "a quote ran past the next mark: {q:?}"
        );
    }
}

#[test]
fn unclosed_quotation_marks_do_not_swallow_the_document() {
    let quotes = unclosed_quotes(50);
    assert_between_two_marks(&quotes);
    // At most one quote in each of the 40 paragraphs.
    assert!(quotes.len() <= 40, "{} quotes", quotes.len());
}

#[test]
fn unclosed_quotation_marks_in_one_paragraph() {
    assert_between_two_marks(&unclosed_quotes(usize::MAX));
}

#[test]
fn special_files_are_refused() {
    let tmp = TempDir::new();
    brief(&["/dev/zero"]).expect(66, &["/dev/zero", "not a regular file (character device)"]);
    let a = tmp.path("loop-a.txt");
    let b = tmp.path("loop-b.txt");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let a = a.to_str().unwrap();
    brief(&[a]).expect(66, &[a, "cannot open"]);
    let dir = tmp.path("dir-with-loop");
    fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("self")).unwrap();
    tmp.write("dir-with-loop/a.txt", "Tekst.".as_bytes());
    let json = brief(&[dir.to_str().unwrap()]).expect(0, &[]).json();
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(1));
}

#[test]
fn hostile_file_names_are_shown_inert() {
    let tmp = TempDir::new();
    let name = "t\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J\u{9b}31m\u{202e}txt.exe\x08\r.txt";
    let path = tmp.write(
        name,
        "date 2026-01-22\n\nZełenski rozmawiał w Davos.".as_bytes(),
    );
    let out = run(Command::new(BIN).args(["--plain", &path]), None);
    assert_eq!(out.code, 0, "{}", out.stderr());
    let bad = |c: char| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c);
    assert!(!out.stdout.chars().any(bad), "{:?}", out.stdout);
    assert!(out.stdout.contains("(2026-01-22, pl)"), "{}", out.stdout);
    assert!(out.stdout.contains("txt.exe"), "{}", out.stdout);
}

#[test]
fn raw_c1_bytes_are_invalid_utf8_and_escapes_never_reach_plain_output() {
    let dir = format!("{}/tests/fixtures/hostile", env!("CARGO_MANIFEST_DIR"));
    let raw = format!("{dir}/c1-raw.txt");
    brief(&[&raw]).expect(65, &[&raw, "invalid UTF-8 at byte 15"]);
    for name in ["terminal-attacks.txt", "unicode.txt"] {
        let out = run(
            Command::new(BIN).args(["--plain", &format!("{dir}/{name}")]),
            None,
        );
        assert_eq!(out.code, 0, "{name}: {}", out.stderr());
        let bad = |c: char| c.is_control() && c != '\n';
        assert!(!out.stdout.chars().any(bad), "{name}: {:?}", out.stdout);
        assert!(!out.stdout.contains("PWNED"), "{name}: {}", out.stdout);
    }
}

/// Not a terminal, or no terminal at all (`setsid`, stdin and stdout not
/// ttys): the plain rendering, no escape byte, exit 0.
#[test]
fn without_a_terminal_the_output_is_plain() {
    let path = format!(
        "{}/tests/fixtures/hostile/terminal-attacks.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut commands = vec![Command::new(BIN)];
    if tools::runs("setsid", "--version") {
        let mut detached = Command::new("setsid");
        detached.arg(BIN);
        commands.push(detached);
    } else {
        tools::missing("setsid", "the run without a controlling terminal");
    }
    for mut command in commands {
        let out = run(command.arg(&path).env("TERM", "xterm-256color"), None);
        assert_eq!(out.code, 0, "{command:?}: {}", out.stderr());
        assert!(out.stdout.starts_with("BRIEFING: "), "{}", out.stdout);
        assert!(
            !out.stdout.contains('\x1b') && !out.stdout.contains('\x07'),
            "{:?}",
            out.stdout
        );
    }
}
