//! The extractor against hand-annotated gold: the bundled sample and the fixture sets
//! in tests/fixtures. Every tally is pinned in tests/fixtures/SCORES.tsv, one line per
//! set and part: a change that moves one, up or down, fails here and changes the
//! table in the same commit, with the reason in the message. The failure prints the
//! measured lines in the table's format, ready to paste.

#[path = "common/extraction.rs"]
mod extraction;
#[path = "common/gold_score.rs"]
mod gold_score;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use brief::load::parse_article;
use gold_score::{Tally, score};
use serde_json::Value;

const TABLE: &str = "tests/fixtures/SCORES.tsv";

fn gold_files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    files
}

/// Each article extracted on its own, as `brief ARTICLE` does, and scored.
fn tally(dir: &str) -> Tally {
    let mut t = Tally::default();
    for gold_path in gold_files(dir) {
        let text_path = PathBuf::from(gold_path.to_string_lossy().replace(".gold.json", ".txt"));
        let text = fs::read_to_string(&text_path).unwrap();
        let gold: Value = serde_json::from_str(&fs::read_to_string(&gold_path).unwrap()).unwrap();
        let article = parse_article(text_path.display().to_string(), &text);
        let body = article.text.clone();
        let b = extraction::extract(vec![article]);
        score(&b, &gold, &body, &mut t);
    }
    t
}

/// The tally as the table's lines: `set<TAB>part<TAB>name=count …`.
fn lines(set: &str, t: &Tally) -> Vec<String> {
    let c = |c: gold_score::Count| {
        format!(
            "gold={} predicted={} found={} right={}",
            c.gold, c.predicted, c.found, c.right
        )
    };
    let found = |c: gold_score::Count| {
        format!(
            "gold={} predicted={} found={}",
            c.gold, c.predicted, c.found
        )
    };
    let (r, s, m) = (t.roles, t.speakers, t.meetings);
    [
        ("persons", c(t.persons)),
        ("forms", found(t.forms)),
        (
            "roles",
            format!(
                "gold={} right={} wrong={} missing={}",
                r.gold, r.right, r.wrong, r.missing
            ),
        ),
        ("direct", found(t.direct)),
        ("reported", found(t.reported)),
        (
            "speakers",
            format!("right={} wrong={} missing={}", s.right, s.wrong, s.missing),
        ),
        (
            "meetings",
            format!(
                "{} status={} place={}",
                found(m.count),
                m.status_right,
                m.place_right
            ),
        ),
        ("actors", c(t.actors)),
    ]
    .into_iter()
    .map(|(part, counts)| format!("{set}\t{part}\t{counts}"))
    .collect()
}

/// The set's lines in the table, in order.
fn pinned(set: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE);
    fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| l.split('\t').next() == Some(set))
        .map(str::to_owned)
        .collect()
}

/// The measured tallies equal the pinned ones, part by part.
fn assert_pinned(set: &str, dir: &str) -> Tally {
    let t = tally(dir);
    let measured = lines(set, &t);
    let table = pinned(set);
    if measured != table {
        let moved: Vec<String> = measured
            .iter()
            .filter(|l| !table.contains(l))
            .map(|l| format!("  now {l}"))
            .collect();
        panic!(
            "{set}: the tallies moved\n{}\n\nmeasured (paste over the {set} lines of {TABLE}):\n{}\n\n\
             F1: persons {:.2}, direct {:.2}, reported {:.2}, meetings {:.2}, other actors {:.2}",
            moved.join("\n"),
            measured.join("\n"),
            t.persons.f1(),
            t.direct.f1(),
            t.reported.f1(),
            t.meetings.count.f1(),
            t.actors.f1(),
        );
    }
    t
}

#[test]
fn the_sample_comes_out_right() {
    let t = assert_pinned("sample", "tests/fixtures/sample");
    // The sample's whole gold: nothing missed, nothing extra.
    for count in [t.persons, t.direct, t.reported, t.meetings.count] {
        assert_eq!(
            (count.found, count.right),
            (count.gold, count.predicted),
            "{t:?}"
        );
        assert_eq!(count.gold, count.predicted, "{t:?}");
    }
    assert_eq!(t.speakers.right, t.direct.gold + t.reported.gold, "{t:?}");
    let m = t.meetings;
    assert_eq!(
        (m.status_right, m.place_right),
        (m.count.gold, m.count.gold)
    );
}

#[test]
fn polish_fixtures_keep_their_tallies() {
    assert_pinned("pl", "tests/fixtures/pl");
}

#[test]
fn held_out_polish_articles_keep_their_tallies() {
    assert_pinned("pl-holdout", "tests/fixtures/pl-holdout");
}

#[test]
fn english_fixtures_keep_their_tallies() {
    assert_pinned("en", "tests/fixtures/en");
}

#[test]
fn one_actor_across_languages() {
    let polish = parse_article(
        "pl.txt".into(),
        "date 2026-02-10\n\nWładimir Putin spotkał się z Wołodymyrem Zełenskim. Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy były trudne.\n",
    );
    let english = parse_article(
        "en.txt".into(),
        "date 2026-02-11\n\nRussian President Vladimir Putin met Ukrainian President Volodymyr Zelensky on Tuesday, the Kremlin said. \"The talks were difficult,\" Kremlin spokesman Dmitry Peskov told reporters.\n",
    );
    assert_eq!(english.language, brief::model::Language::English);
    let b = extraction::extract(vec![polish, english]);
    let people: Vec<&str> = b
        .actors
        .iter()
        .filter(|a| a.kind.as_str() == "person")
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(people.len(), 3, "{people:?}");
    for a in b.actors.iter().filter(|a| a.kind.as_str() == "person") {
        let articles: HashSet<usize> = a.mentions.iter().map(|m| m.article).collect();
        assert_eq!(articles.len(), 2, "{} is named in both articles", a.name);
    }
    // Ties between spellings go to the one with diacritics.
    assert!(people.contains(&"Władimir Putin"), "{people:?}");
}
