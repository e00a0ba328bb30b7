//! Each article's findings kept on disk, so a briefing opened again is merged
//! from what was found before and only new or changed articles are analysed.
//!
//! An entry is keyed by everything extraction reads of an article (its text,
//! paragraphs, date, title and language, so encoding and `--lang` are in it)
//! and carries the extractor's fingerprint (a hash of its code and tables made
//! at build time): a different build never reads back another's findings.
//! Entries are written to a temporary file and renamed into place, so a reader
//! (another `brief` at the same time) sees a whole entry or none. An entry that
//! does not read back exactly (truncated, corrupt, foreign, from another
//! build) is a miss, and the fresh findings replace it. The cache is kept
//! under a size bound, the oldest entries going first.

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::extract::Findings;
use crate::model::Article;

/// The extractor this build carries (see `build.rs`).
pub const EXTRACTOR: &str = env!("BRIEF_EXTRACTOR_FINGERPRINT");

/// The bound the cache is kept under on disk: some 250,000 articles' findings.
pub const MAX_BYTES: u64 = 1 << 30;

const MAGIC: &str = "brief findings 1";

#[derive(Debug)]
pub struct FindingsCache {
    dir: PathBuf,
    extractor: String,
    /// Entries written since the cache was opened.
    written: AtomicUsize,
}

/// The user's cache directory for findings: `$XDG_CACHE_HOME/brief/findings`,
/// else `~/.cache/brief/findings`; none where the user keeps no cache
/// directory at all (as for fetched pages: `brief` does not make one).
pub fn user_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))?;
    base.is_dir().then(|| base.join("brief").join("findings"))
}

impl FindingsCache {
    /// The cache in `dir` for this build's extractor, made if need be. An
    /// error when it cannot be written: the caller goes on without it.
    pub fn open(dir: &Path) -> io::Result<FindingsCache> {
        FindingsCache::for_extractor(dir, EXTRACTOR)
    }

    /// [`FindingsCache::open`] for a given extractor fingerprint.
    pub fn for_extractor(dir: &Path, extractor: &str) -> io::Result<FindingsCache> {
        fs::create_dir_all(dir)?;
        let probe = dir.join(format!(".probe-{}", std::process::id()));
        fs::write(&probe, b"")?;
        fs::remove_file(&probe)?;
        Ok(FindingsCache {
            dir: dir.to_path_buf(),
            extractor: extractor.to_owned(),
            written: AtomicUsize::new(0),
        })
    }

    /// The findings kept for `article`, if an entry reads back whole.
    pub fn get(&self, article: &Article) -> Option<Findings> {
        let key = key(article);
        let bytes = fs::read(self.path(&key)).ok()?;
        let body = self.header(&key);
        let json = bytes.strip_prefix(body.as_bytes())?;
        Findings::from_json(json, article)
    }

    /// Keeps `findings` for `article`. A failure to write is no error: the
    /// entry is simply not there next time.
    pub fn put(&self, article: &Article, findings: &Findings) {
        let key = key(article);
        let path = self.path(&key);
        let mut bytes = self.header(&key).into_bytes();
        bytes.extend(findings.to_json());
        // A name no other writer uses: this process's id and a count of its writes.
        static WRITES: AtomicUsize = AtomicUsize::new(0);
        let n = WRITES.fetch_add(1, Ordering::Relaxed);
        let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
        let written = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&tmp, &bytes))
            .and_then(|()| fs::rename(&tmp, &path));
        match written {
            Ok(()) => {
                self.written.fetch_add(1, Ordering::Relaxed);
            }
            Err(_) => {
                let _ = fs::remove_file(&tmp);
            }
        }
    }

    /// Entries written since the cache was opened.
    pub fn written(&self) -> usize {
        self.written.load(Ordering::Relaxed)
    }

    /// Removes the oldest entries until the cache takes at most `max_bytes` on disk
    /// (down to nine tenths of it, so the next runs do not prune again at
    /// once); left-over temporary files go too. Returns how many were removed.
    pub fn prune(&self, max_bytes: u64) -> usize {
        let mut entries = Vec::new();
        let mut total = 0;
        for shard in fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            for entry in fs::read_dir(shard.path()).into_iter().flatten().flatten() {
                let Ok(meta) = entry.metadata() else {
                    continue;
                };
                let size = on_disk(&meta);
                total += size;
                let modified = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
                entries.push((modified, entry.path(), size));
            }
        }
        if total <= max_bytes {
            return 0;
        }
        entries.sort();
        let mut removed = 0;
        for (_, path, len) in entries {
            if total <= max_bytes / 10 * 9 {
                break;
            }
            if fs::remove_file(&path).is_ok() {
                total -= len;
                removed += 1;
            }
        }
        removed
    }

    fn header(&self, key: &str) -> String {
        format!("{MAGIC}\n{}\n{key}\n", self.extractor)
    }

    /// Entries spread over 256 folders by their key's first two digits.
    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(key)
    }
}

/// What an entry takes on disk: whole blocks, for entries far smaller than one.
#[cfg(unix)]
fn on_disk(meta: &fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.blocks() * 512
}

#[cfg(not(unix))]
fn on_disk(meta: &fs::Metadata) -> u64 {
    meta.len()
}

/// 128 bits of hash over what extraction reads of the article.
fn key(article: &Article) -> String {
    let halves = [0u8, 1].map(|seed| {
        let mut hash = DefaultHasher::new();
        seed.hash(&mut hash);
        article.text.hash(&mut hash);
        article.date.hash(&mut hash);
        article.title.hash(&mut hash);
        article.language.hash(&mut hash);
        for p in &article.paragraphs {
            (p.span, p.heading).hash(&mut hash);
        }
        hash.finish()
    });
    format!("{:016x}{:016x}", halves[0], halves[1])
}
