//! The exports are written as they are made: the JSON is exactly what serde's
//! pretty printer gives for the same document, offsets count characters, the
//! binary's streamed output is the library's rendering byte for byte, and a
//! reader that closes the pipe early ends the run quietly.

#[path = "common/cli.rs"]
mod cli;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Instant;

use brief::export::{to_json, to_markdown, to_plain};
use brief::extract::extract_parallel;
use brief::load::{LoadOptions, load};
use brief::model::Briefing;
use cli::*;

const FIXTURES: [&str; 7] = [
    "tests/fixtures/pl",
    "tests/fixtures/en",
    "tests/fixtures/pl-holdout",
    "tests/fixtures/briefing",
    "tests/fixtures/sample",
    "tests/fixtures/hostile/terminal-attacks.txt",
    "tests/fixtures/hostile/unicode.txt",
];

type Render = fn(&Briefing) -> String;

/// Each export's flag and the library's rendering of it.
const RENDERINGS: [(&str, Render); 3] = [
    ("--json", to_json),
    ("--markdown", to_markdown),
    ("--plain", to_plain),
];

fn dir(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn briefing(paths: &[String]) -> Briefing {
    extract_parallel(load(paths, &LoadOptions::default()).unwrap())
}

#[test]
fn json_is_what_the_pretty_printer_gives_for_the_document() {
    for rel in FIXTURES {
        let json = to_json(&briefing(&[dir(rel)]));
        // serde_json with `preserve_order` keeps the fields in written order.
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let reprinted = serde_json::to_string_pretty(&value).unwrap() + "\n";
        assert!(json == reprinted, "{rel}: the streamed JSON differs");
    }
}

#[test]
fn json_offsets_count_characters() {
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&briefing(&[dir("tests/fixtures/briefing")]))).unwrap();
    let texts: Vec<Vec<char>> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap().chars().collect())
        .collect();
    let mut checked = 0;
    for actor in json["actors"].as_array().unwrap() {
        for m in actor["mentions"].as_array().unwrap() {
            let article: usize = m["article"].as_str().unwrap()[1..].parse().unwrap();
            let (start, end) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            let slice: String = texts[article][start as usize..end as usize]
                .iter()
                .collect();
            assert_eq!(slice, m["text"].as_str().unwrap());
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} mentions");
}

#[test]
fn the_binary_streams_what_the_library_renders() {
    let paths: Vec<String> = FIXTURES.iter().map(|rel| dir(rel)).collect();
    let b = briefing(&paths);
    for (flag, render) in RENDERINGS {
        let out = run(Command::new(BIN).arg(flag).args(&paths), None);
        assert_eq!(out.code, 0, "{flag}: {}", out.stderr());
        assert!(out.stdout == render(&b), "{flag}: output differs");
    }
}

/// An archive that carries the same stories many times, as wire copies do:
/// the binary, which keeps of each article only what the export reads and
/// stores a repeated quote once, writes what the library renders from the
/// whole texts, on one thread and on several.
#[test]
fn an_archive_of_repeated_reports_exports_as_from_the_whole_texts() {
    let tmp = TempDir::new();
    let sources = [
        "tests/fixtures/briefing",
        "tests/fixtures/pl",
        "tests/fixtures/en",
    ];
    let mut files = Vec::new();
    for source in sources {
        for entry in std::fs::read_dir(dir(source)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    for copy in 0..3 {
        for (n, path) in files.iter().enumerate() {
            let body = std::fs::read_to_string(path).unwrap();
            let body = body
                .strip_prefix("date ")
                .map_or(body.as_str(), |rest| &rest[10..]);
            let text = format!("date 2026-02-{:02}\n\n{}", 10 + copy, body.trim_start());
            tmp.write(&format!("archive/{copy}-{n:03}.txt"), text.as_bytes());
        }
    }
    let archive = tmp.path("archive").to_str().unwrap().to_owned();
    let b = briefing(std::slice::from_ref(&archive));
    assert!(
        b.quotes.iter().filter(|q| q.source_count() >= 3).count() > 50,
        "the copies' quotes are merged"
    );
    for (flag, render) in RENDERINGS {
        let want = render(&b);
        for threads in ["1", "3"] {
            let out = run(
                Command::new(BIN).args([flag, "--no-cache", "--threads", threads, &archive]),
                None,
            );
            assert_eq!(out.code, 0, "{flag}: {}", out.stderr());
            assert!(
                out.stdout == want,
                "{flag} on {threads} threads: output differs"
            );
        }
    }
}

/// `brief --json DIR | head`: the reader goes away after a few bytes; the
/// export stops without a message and exits 0.
#[test]
fn a_closed_pipe_ends_the_export_quietly() {
    // Enough copies of the fixtures for megabytes of output, far past a pipe's buffer.
    let paths: Vec<String> = (0..40).map(|_| dir("tests/fixtures/briefing")).collect();
    for flag in ["--json", "--markdown", "--plain"] {
        let mut child = Command::new(BIN)
            .arg(flag)
            .args(&paths)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0; 512];
        let mut stdout = child.stdout.take().unwrap();
        stdout.read_exact(&mut head).unwrap();
        drop(stdout);
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(started.elapsed() < TIMEOUT, "{flag}: still running");
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert_eq!((status.code(), stderr.as_str()), (Some(0), ""), "{flag}");
    }
}
