//! Fetched pages and feeds kept for conditional requests: a body the server
//! gave an `ETag` or `Last-Modified` for is stored with them, and the next
//! fetch of that address asks `If-None-Match` / `If-Modified-Since`, so an
//! unchanged feed costs a `304` and no body.
//!
//! The cache lives in `$XDG_CACHE_HOME/brief`, else `~/.cache/brief`, and
//! only when that base directory already exists: `brief` makes no cache
//! where the user keeps none. What is read back is parsed like anything
//! fetched; an entry that does not read back cleanly is simply not used.

use std::fs;
use std::path::{Path, PathBuf};

/// The validators a server gave for a body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A stored response: its validators, type, final address and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub validators: Validators,
    pub content_type: Option<String>,
    pub address: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The user's cache, if they keep one.
    pub fn user() -> Option<Cache> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))?;
        base.is_dir().then(|| Cache {
            dir: base.join("brief"),
        })
    }

    /// The entry for what `address` was requested as, if one reads back.
    pub fn get(&self, address: &str) -> Option<Entry> {
        let (meta_path, body_path) = self.paths(address);
        let meta = fs::read_to_string(meta_path).ok()?;
        let field = |key: &str| {
            meta.lines()
                .find_map(|line| line.strip_prefix(key)?.strip_prefix(": "))
                .map(str::to_owned)
        };
        if field("request").as_deref() != Some(address) {
            return None;
        }
        Some(Entry {
            validators: Validators {
                etag: field("etag"),
                last_modified: field("last-modified"),
            },
            content_type: field("content-type"),
            address: field("address")?,
            bytes: fs::read(body_path).ok()?,
        })
    }

    /// Stores `entry` for `address` when it has a validator; a cache that
    /// cannot be written is no reason to fail a fetch, so errors are dropped.
    pub fn put(&self, address: &str, entry: &Entry) {
        let v = &entry.validators;
        if v.etag.is_none() && v.last_modified.is_none() {
            return;
        }
        let fields = [
            ("request", Some(address)),
            ("address", Some(entry.address.as_str())),
            ("etag", v.etag.as_deref()),
            ("last-modified", v.last_modified.as_deref()),
            ("content-type", entry.content_type.as_deref()),
        ];
        let meta: String = fields
            .iter()
            .filter_map(|(key, value)| Some(format!("{key}: {}\n", one_line(value.as_ref()?))))
            .collect();
        let (meta_path, body_path) = self.paths(address);
        let _ = fs::create_dir_all(&self.dir)
            .and_then(|()| fs::write(body_path, &entry.bytes))
            .and_then(|()| fs::write(meta_path, meta));
    }

    /// File names from a stable 64-bit FNV-1a hash of the address; the
    /// address itself is kept inside to tell collisions apart.
    fn paths(&self, address: &str) -> (PathBuf, PathBuf) {
        let hash = address.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let name = format!("{hash:016x}");
        (
            self.dir.join(format!("{name}.meta")),
            self.dir.join(format!("{name}.body")),
        )
    }
}

fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_only_with_validators() {
        let tmp = super::super::read::tests::TempDir::new();
        let cache = Cache {
            dir: tmp.0.join("brief"),
        };
        let entry = Entry {
            validators: Validators {
                etag: Some("\"v1\"".into()),
                last_modified: None,
            },
            content_type: Some("application/rss+xml".into()),
            address: "https://x.example/final".into(),
            bytes: b"<rss/>".to_vec(),
        };
        cache.put("https://x.example/rss", &entry);
        assert_eq!(cache.get("https://x.example/rss"), Some(entry.clone()));
        assert_eq!(cache.get("https://x.example/other"), None);
        let unvalidated = Entry {
            validators: Validators::default(),
            ..entry
        };
        cache.put("https://x.example/plain", &unvalidated);
        assert_eq!(cache.get("https://x.example/plain"), None);
    }
}
