//! The extractor's fingerprint: a hash of every source file and table that
//! decides what extraction finds. Cached findings carry it, so a build whose
//! extractor differs never reads back findings another build made.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// What extraction reads (the articles themselves are in each entry's key), and the
/// model whose types a cached entry is written in.
const DECIDES_EXTRACTION: &[&str] = &["src/extract", "assets/lexicon", "src/model"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let mut all = Vec::new();
    for dir in DECIDES_EXTRACTION {
        println!("cargo:rerun-if-changed={dir}");
        files(Path::new(dir), &mut all);
    }
    all.sort();
    let mut hash = DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hash);
    for path in &all {
        path.hash(&mut hash);
        std::fs::read(path).unwrap_or_default().hash(&mut hash);
    }
    println!(
        "cargo:rustc-env=BRIEF_EXTRACTOR_FINGERPRINT={:016x}",
        hash.finish()
    );
}
