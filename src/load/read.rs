//! Finding the files an argument stands for and reading their bytes, within
//! the size limit and without ever opening something that is not a file.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::fetch::{fetch, is_address};
use super::format::EXTENSIONS;
use super::web::Document;
use super::{LoadError, LoadOptions};

/// One thing to read, under the name it is reported by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Stdin,
    File(PathBuf),
    /// An HTTP or HTTPS address.
    Url(String),
}

/// The inputs an argument stands for, in order. A failure takes the place of
/// the file or directory it concerns, so the caller can report the first one
/// in input order and still load everything before it.
pub fn expand(arg: &str) -> Vec<Result<Input, LoadError>> {
    let location = match arg {
        "-" => Some(Location::Stdin),
        _ if is_address(arg) => Some(Location::Url(arg.to_owned())),
        _ => None,
    };
    if let Some(location) = location {
        let name = arg.to_owned();
        return vec![Ok(Input { name, location })];
    }
    match fs::metadata(arg) {
        Err(e) => vec![Err(LoadError::from_open(arg, e))],
        Ok(meta) if meta.is_dir() => {
            let mut found = Vec::new();
            walk_dir(Path::new(arg), &mut found);
            if found.is_empty() {
                found.push(Err(LoadError::NoArticles {
                    path: arg.to_owned(),
                }));
            }
            found
        }
        Ok(_) => vec![Ok(Input {
            name: arg.to_owned(),
            location: Location::File(arg.into()),
        })],
    }
}

/// Whether `arg` names a directory (stdin, addresses and missing paths do not).
pub fn is_directory(arg: &str) -> bool {
    arg != "-" && !is_address(arg) && fs::metadata(arg).is_ok_and(|meta| meta.is_dir())
}

/// Depth-first in sorted name order, which is sorted path order. Hidden
/// entries and a folder's own notes (README, LICENSE, CHANGELOG) are skipped;
/// symbolic links to directories are not followed (no loops), links to files are
/// read like files.
fn walk_dir(dir: &Path, found: &mut Vec<Result<Input, LoadError>>) {
    let mut entries = match fs::read_dir(dir).and_then(|it| it.collect::<io::Result<Vec<_>>>()) {
        Ok(entries) => entries,
        Err(e) => {
            found.push(Err(LoadError::from_open(&dir.to_string_lossy(), e)));
            return;
        }
    };
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let file_name = entry.file_name();
        if file_name.as_encoded_bytes().starts_with(b".") || folder_note(&file_name) {
            continue;
        }
        let path = dir.join(&file_name);
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => walk_dir(&path, found),
            Ok(_) if is_article_name(&path) => found.push(Ok(Input {
                name: path.to_string_lossy().into_owned(),
                location: Location::File(path),
            })),
            Ok(_) => {}
            Err(e) => found.push(Err(LoadError::from_open(&path.to_string_lossy(), e))),
        }
    }
}

/// "README.md", "LICENSE.txt": what a folder says about itself, not an article.
fn folder_note(file_name: &std::ffi::OsStr) -> bool {
    let name = file_name.to_string_lossy().to_lowercase();
    let stem = name.split('.').next().unwrap_or("");
    matches!(stem, "readme" | "license" | "licence" | "changelog")
}

fn is_article_name(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| EXTENSIONS.iter().any(|(a, _)| a.eq_ignore_ascii_case(ext)))
}

/// The document `input` stands for: a file's or stdin's bytes, at most
/// `opts.max_bytes` of them, or what a server sent for an address.
pub fn read_document<'a>(input: &'a Input, opts: &LoadOptions) -> Result<Document<'a>, LoadError> {
    let name = input.name.as_str();
    let bytes = match &input.location {
        Location::Stdin => read_limited(io::stdin().lock(), name, opts.max_bytes)?,
        Location::File(path) => read_file(path, name, opts.max_bytes)?,
        Location::Url(address) => {
            let fetched = fetch(address, opts.timeout, opts.max_bytes)?;
            return Ok(Document {
                name,
                bytes: fetched.bytes,
                content_type: fetched.content_type,
                address: Some(fetched.address),
            });
        }
    };
    Ok(Document {
        name,
        bytes,
        content_type: None,
        address: None,
    })
}

/// The bytes of the file at `path`, reported as `name`. Its type and size
/// are checked from its metadata before it is opened: opening a FIFO would
/// block, and a file over the limit is never read.
fn read_file(path: &Path, name: &str, max_bytes: u64) -> Result<Vec<u8>, LoadError> {
    let meta = fs::metadata(path).map_err(|e| LoadError::from_open(name, e))?;
    if !meta.is_file() {
        let kind = describe_file_type(&meta.file_type());
        return Err(LoadError::NotRegularFile {
            path: name.to_owned(),
            kind,
        });
    }
    if meta.len() > max_bytes {
        let size = Some(meta.len());
        return Err(LoadError::TooLarge {
            path: name.to_owned(),
            size,
            limit: max_bytes,
        });
    }
    let file = File::open(path).map_err(|e| LoadError::from_open(name, e))?;
    read_limited(file, name, max_bytes)
}

/// Reads one byte past the limit to tell "exactly at the limit" from "over
/// it": stdin has no size to check first, and a file may grow after `stat`.
fn read_limited(reader: impl Read, name: &str, max_bytes: u64) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Read {
            path: name.to_owned(),
            source,
        })?;
    if bytes.len() as u64 > max_bytes {
        return Err(LoadError::TooLarge {
            path: name.to_owned(),
            size: None,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

fn describe_file_type(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "FIFO";
        } else if kind.is_char_device() {
            return "character device";
        } else if kind.is_block_device() {
            return "block device";
        } else if kind.is_socket() {
            return "socket";
        }
    }
    if kind.is_dir() {
        "directory"
    } else {
        "special file"
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fresh directory under the system temp dir, removed on drop.
    pub(in crate::load) struct TempDir(pub(in crate::load) PathBuf);

    impl TempDir {
        pub(in crate::load) fn new() -> TempDir {
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let dir = std::env::temp_dir().join(format!("brief-load-{}-{n}", std::process::id()));
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        pub(in crate::load) fn write(&self, rel: &str, bytes: &[u8]) -> String {
            let path = self.0.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, bytes).unwrap();
            path.to_string_lossy().into_owned()
        }

        pub(in crate::load) fn arg(&self) -> String {
            self.0.to_string_lossy().into_owned()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn names(found: &[Result<Input, LoadError>]) -> Vec<String> {
        found
            .iter()
            .map(|r| {
                r.as_ref()
                    .map_or_else(|e| format!("error {e}"), |i| i.name.clone())
            })
            .collect()
    }

    #[test]
    fn directories_give_sorted_visible_articles() {
        let tmp = TempDir::new();
        for rel in [
            "b.md",
            "a.txt",
            "sub/c.TXT",
            "a.txt.bak",
            "notes.rst",
            ".hidden.txt",
            ".git/x.txt",
            "z.md",
        ] {
            tmp.write(rel, b"x");
        }
        let root = tmp.arg();
        let want: Vec<String> = ["a.txt", "b.md", "sub/c.TXT", "z.md"]
            .iter()
            .map(|r| format!("{root}/{r}"))
            .collect();
        assert_eq!(names(&expand(&root)), want);
        assert_eq!(
            names(&expand(&format!("{root}/"))),
            want,
            "a trailing slash is not doubled"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_directories_are_not_followed() {
        let tmp = TempDir::new();
        tmp.write("a.txt", b"x");
        std::os::unix::fs::symlink(&tmp.0, tmp.0.join("loop")).unwrap();
        std::os::unix::fs::symlink(tmp.0.join("a.txt"), tmp.0.join("link.txt")).unwrap();
        let root = tmp.arg();
        assert_eq!(
            names(&expand(&root)),
            [format!("{root}/a.txt"), format!("{root}/link.txt")]
        );
    }

    #[test]
    fn arguments_that_give_no_article() {
        let tmp = TempDir::new();
        tmp.write("readme.rst", b"x");
        tmp.write(".hidden.md", b"x");
        // A folder's own notes are no articles, whatever their extension.
        tmp.write("README.md", b"x");
        tmp.write("LICENSE.txt", b"x");
        let cases = [
            (tmp.arg(), "NoArticles"),
            (format!("{}/missing.txt", tmp.arg()), "NotFound"),
        ];
        for (arg, want) in cases {
            let found = expand(&arg);
            assert_eq!(found.len(), 1, "{arg}");
            let err = found[0].as_ref().unwrap_err();
            assert!(format!("{err:?}").starts_with(want), "{arg}: {err:?}");
            assert_eq!((err.exit_code(), err.path()), (66, arg.as_str()));
        }
        let stdin = expand("-");
        assert_eq!(stdin[0].as_ref().unwrap().location, Location::Stdin);
    }

    #[test]
    fn size_limit_is_checked_before_reading() {
        let tmp = TempDir::new();
        let path = tmp.write("ten.txt", b"0123456789");
        let path = Path::new(&path);
        assert_eq!(read_file(path, "ten.txt", 10).unwrap(), b"0123456789");
        match read_file(path, "ten.txt", 9) {
            Err(LoadError::TooLarge {
                path,
                size: Some(10),
                limit: 9,
            }) => assert_eq!(path, "ten.txt"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unbounded_streams_are_cut_at_the_limit() {
        assert_eq!(read_limited(&b"12345"[..], "-", 5).unwrap(), b"12345");
        let over = read_limited(io::repeat(b'x'), "-", 5).unwrap_err();
        assert!(
            matches!(
                over,
                LoadError::TooLarge {
                    size: None,
                    limit: 5,
                    ..
                }
            ),
            "{over:?}"
        );
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("disk on fire"))
            }
        }
        let err = read_limited(Broken, "-", 5).unwrap_err();
        assert_eq!(err.exit_code(), 74, "{err}");
    }

    #[test]
    fn special_files_are_refused_without_opening() {
        let tmp = TempDir::new();
        let fifo = tmp.0.join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let mut cases = vec![("/dev/null", "character device")];
        if made.is_ok_and(|s| s.success()) {
            cases.push((fifo.to_str().unwrap(), "FIFO"));
        }
        for (path, kind) in cases {
            match read_file(Path::new(path), path, 100) {
                Err(LoadError::NotRegularFile { kind: got, .. }) => assert_eq!(got, kind),
                other => panic!("{path}: {other:?}"),
            }
        }
    }
}
