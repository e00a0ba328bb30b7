//! The findings cache: what is kept reads back as it was written, anything
//! that changes extraction (the text, the language, the extractor) misses, a
//! damaged entry is never trusted, the size bound holds, and through the
//! binary a cached run gives the very output a fresh one does.

#[path = "common/cli.rs"]
mod cli;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use brief::extract::analyse_article;
use brief::load::parse_article;
use brief::model::{Article, Language};
use brief::pipeline::cache::FindingsCache;
use cli::*;

fn sample() -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/davos-2026-01-22.txt");
    parse_article("davos.txt".into(), &fs::read_to_string(path).unwrap())
}

/// Every entry file under `dir`.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for shard in fs::read_dir(dir).unwrap().flatten() {
        if shard.path().is_dir() {
            out.extend(
                fs::read_dir(shard.path())
                    .unwrap()
                    .flatten()
                    .map(|e| e.path()),
            );
        }
    }
    out.sort();
    out
}

#[test]
fn kept_findings_read_back_as_they_were_made() {
    let tmp = TempDir::new();
    let cache = FindingsCache::open(&tmp.path("c")).unwrap();
    let article = sample();
    assert_eq!(cache.get(&article), None);
    let found = analyse_article(&article);
    cache.put(&article, &found);
    assert_eq!(cache.get(&article), Some(found));
    assert_eq!(cache.written(), 1);
    // The same words under another file name are the same findings.
    let mut renamed = sample();
    renamed.source = "elsewhere.txt".into();
    assert!(cache.get(&renamed).is_some());
}

#[test]
fn a_change_to_the_text_the_language_or_the_extractor_misses() {
    let tmp = TempDir::new();
    let cache = FindingsCache::open(&tmp.path("c")).unwrap();
    let article = sample();
    cache.put(&article, &analyse_article(&article));
    let mut edited = sample();
    edited.text = edited.text.replacen("Davos", "Dawos", 1);
    assert_eq!(cache.get(&edited), None, "one word changed");
    let mut english = sample();
    english.language = Language::English;
    assert_eq!(cache.get(&english), None, "read as English (--lang en)");
    let other = FindingsCache::for_extractor(&tmp.path("c"), "another build").unwrap();
    assert_eq!(other.get(&article), None, "another extractor");
}

#[test]
fn a_damaged_entry_is_a_miss_and_is_made_again() {
    let tmp = TempDir::new();
    let cache = FindingsCache::open(&tmp.path("c")).unwrap();
    let article = sample();
    let found = analyse_article(&article);
    cache.put(&article, &found);
    let entry = entries(&tmp.path("c")).pop().unwrap();
    let whole = fs::read(&entry).unwrap();
    let header_end = whole.iter().filter(|&&b| b == b'\n').count();
    assert!(header_end >= 3, "a header of three lines");
    let text = String::from_utf8(whole.clone()).unwrap();
    let damaged = [
        whole[..whole.len() / 2].to_vec(),
        b"\x00\x01 not an entry at all".to_vec(),
        Vec::new(),
        // Well-formed, but naming an actor the article does not have.
        text.replacen("\"speaker\":0", "\"speaker\":4000", 1)
            .into_bytes(),
        // Well-formed, but a span past the end of the text.
        text.replacen("\"end\":", "\"end\":9999999", 1).into_bytes(),
    ];
    for bytes in damaged {
        assert_ne!(bytes, whole, "each case damages the entry");
        fs::write(&entry, &bytes).unwrap();
        assert_eq!(
            cache.get(&article),
            None,
            "{}",
            String::from_utf8_lossy(&bytes)
        );
    }
    cache.put(&article, &found);
    assert_eq!(cache.get(&article), Some(found));
}

/// Whole blocks, as the cache counts them.
fn on_disk(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path).unwrap().blocks() * 512
}

#[test]
fn pruning_removes_the_oldest_entries_down_to_the_bound() {
    let tmp = TempDir::new();
    let cache = FindingsCache::open(&tmp.path("c")).unwrap();
    let mut articles = Vec::new();
    for n in 0..6 {
        let mut a = sample();
        a.text.push_str(&format!("\n\nDopisek numer {n}."));
        let found = analyse_article(&a);
        cache.put(&a, &found);
        let entry = entries(&tmp.path("c"))
            .into_iter()
            .max_by_key(|p| fs::metadata(p).unwrap().modified().unwrap())
            .unwrap();
        // Ages set apart, so "oldest" does not rest on the clock's resolution.
        let age = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000 * (n + 1));
        fs::File::options()
            .write(true)
            .open(&entry)
            .unwrap()
            .set_modified(age)
            .unwrap();
        articles.push(a);
    }
    let size: u64 = entries(&tmp.path("c")).iter().map(|p| on_disk(p)).sum();
    assert_eq!(cache.prune(size), 0, "within the bound");
    let removed = cache.prune(size / 2);
    assert!(removed >= 3, "{removed}");
    let left: u64 = entries(&tmp.path("c")).iter().map(|p| on_disk(p)).sum();
    assert!(left <= size / 2 / 10 * 9, "{left} of {size}");
    assert_eq!(cache.get(&articles[0]), None, "the oldest went");
    assert!(cache.get(&articles[5]).is_some(), "the newest stayed");
}

fn json(cache_home: &Path, extra: &[&str], dir: &str) -> Outcome {
    run(
        Command::new(BIN)
            .env("XDG_CACHE_HOME", cache_home)
            .args(["--json"])
            .args(extra)
            .arg(dir),
        None,
    )
}

fn fixtures() -> String {
    format!("{}/tests/fixtures/pl", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_cached_run_gives_the_output_of_a_fresh_one_and_reanalyses_only_what_changed() {
    let tmp = TempDir::new();
    let home = tmp.path("home");
    fs::create_dir_all(&home).unwrap();
    let fresh = json(&home, &["--no-cache"], &fixtures());
    assert_eq!(fresh.code, 0);
    assert!(!home.join("brief").exists(), "--no-cache keeps nothing");
    let first = json(&home, &[], &fixtures());
    let store = home.join("brief/findings");
    let kept = entries(&store);
    assert_eq!(kept.len(), 10, "one entry per article");
    let times: Vec<_> = kept
        .iter()
        .map(|p| fs::metadata(p).unwrap().modified().unwrap())
        .collect();
    let second = json(&home, &[], &fixtures());
    assert!(first.stdout == fresh.stdout && second.stdout == fresh.stdout);
    let again: Vec<_> = kept
        .iter()
        .map(|p| fs::metadata(p).unwrap().modified().unwrap())
        .collect();
    assert_eq!(
        times, again,
        "a second run writes nothing: every article was a hit"
    );
    // One article changed: one new entry, the rest read back.
    let copy = tmp.path("copy");
    fs::create_dir_all(&copy).unwrap();
    for entry in fs::read_dir(fixtures()).unwrap().flatten() {
        fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    let changed = copy.join("tusk-macron-paryz.txt");
    let text = fs::read_to_string(&changed).unwrap();
    fs::write(
        &changed,
        text.replacen("Paryżu", "Paryżu, w Pałacu Elizejskim,", 1),
    )
    .unwrap();
    let edited = json(&home, &[], copy.to_str().unwrap());
    assert_eq!(edited.code, 0);
    assert_eq!(entries(&store).len(), 11);
    assert_eq!(
        edited.stdout,
        json(&home, &["--no-cache"], copy.to_str().unwrap()).stdout
    );
}

#[test]
fn two_runs_at_once_share_the_cache_safely() {
    let tmp = TempDir::new();
    let home = tmp.path("home");
    fs::create_dir_all(&home).unwrap();
    let want = json(&home, &["--no-cache"], &fixtures()).stdout;
    let start = |_| {
        let home = home.clone();
        std::thread::spawn(move || json(&home, &["--threads", "2"], &fixtures()))
    };
    let runs: Vec<_> = (0..3).map(start).collect();
    for r in runs {
        let out = r.join().unwrap();
        assert_eq!(out.code, 0, "{}", out.stderr());
        assert!(out.stdout == want, "a run sharing the cache differs");
    }
    let left: Vec<_> = entries(&home.join("brief/findings"))
        .into_iter()
        .filter(|p| p.extension().is_some())
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn a_cache_that_cannot_be_written_is_said_once_and_the_run_goes_on() {
    let tmp = TempDir::new();
    // The user keeps a cache directory, but brief's place in it is a file.
    let home = tmp.path("home");
    tmp.write("home/brief", b"");
    let out = json(&home, &[], &fixtures());
    assert_eq!(out.code, 0);
    let fresh = json(&home, &["--no-cache"], &fixtures());
    assert!(out.stdout == fresh.stdout);
    let stderr = out.stderr();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    let dir = home.join("brief/findings");
    assert!(
        lines[0].starts_with(&format!("brief: cache {}: ", dir.display()))
            && lines[0].ends_with("; reading without it"),
        "{stderr}"
    );
    assert!(fresh.stderr.is_empty(), "--no-cache does not look");
}

#[test]
fn no_cache_is_made_where_the_user_keeps_none() {
    let tmp = TempDir::new();
    let home = tmp.path("nowhere");
    let out = json(&home, &[], &fixtures());
    assert_eq!(out.code, 0);
    assert!(out.stderr.is_empty(), "{}", out.stderr());
    assert!(!home.exists());
}
