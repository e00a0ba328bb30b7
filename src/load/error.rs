//! What can go wrong when loading, and the exit code each failure maps to.

use std::fmt;
use std::io;

use super::decode::DecodeError;
use super::feed::FeedError;
use crate::model::safe::is_invisible_format;

/// One input that could not be loaded. Every variant names the input as given
/// (`-` for stdin); `Display` escapes it so a hostile file name cannot put
/// control characters on the terminal.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot open: no such file or directory", Escaped(.path))]
    NotFound { path: String },
    #[error("{}: cannot open: permission denied", Escaped(.path))]
    PermissionDenied { path: String },
    #[error("{}: cannot open: not a regular file ({kind})", Escaped(.path))]
    NotRegularFile { path: String, kind: &'static str },
    #[error("{}: directory contains no articles (.txt, .md, .html or feeds)", Escaped(.path))]
    NoArticles { path: String },
    #[error("{}: cannot open: {source}", Escaped(.path))]
    Open { path: String, source: io::Error },
    #[error(
        "{}: too large: {}over the limit of {limit} bytes (change it with --max-size BYTES)",
        Escaped(.path), SizeText(*.size)
    )]
    TooLarge {
        path: String,
        /// `None` when the size is unknown (stdin): only that it exceeds the limit.
        size: Option<u64>,
        limit: u64,
    },
    #[error("{}: {reason}", Escaped(.path))]
    Undecodable {
        path: String,
        #[source]
        reason: DecodeError,
    },
    #[error("{}: read error: {source}", Escaped(.path))]
    Read { path: String, source: io::Error },
    #[error("{}: no article text in the page (only scripts, navigation or markup)", Escaped(.path))]
    NoArticleText { path: String },
    #[error("{}: {reason}", Escaped(.path))]
    Feed {
        path: String,
        #[source]
        reason: FeedError,
    },
    #[error("{}: cannot fetch: {reason}", Escaped(.path))]
    Fetch { path: String, reason: String },
}

impl LoadError {
    /// The sysexits-style process exit code: 65 data error, 66 cannot open,
    /// 69 an address cannot be fetched, 74 I/O error.
    pub fn exit_code(&self) -> i32 {
        match self {
            LoadError::TooLarge { .. }
            | LoadError::Undecodable { .. }
            | LoadError::NoArticleText { .. }
            | LoadError::Feed { .. } => 65,
            LoadError::NotFound { .. }
            | LoadError::PermissionDenied { .. }
            | LoadError::NotRegularFile { .. }
            | LoadError::NoArticles { .. }
            | LoadError::Open { .. } => 66,
            LoadError::Read { .. } => 74,
            LoadError::Fetch { .. } => 69,
        }
    }

    /// The input as given (unescaped).
    pub fn path(&self) -> &str {
        match self {
            LoadError::NotFound { path }
            | LoadError::PermissionDenied { path }
            | LoadError::NotRegularFile { path, .. }
            | LoadError::NoArticles { path }
            | LoadError::Open { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::Undecodable { path, .. }
            | LoadError::Read { path, .. }
            | LoadError::NoArticleText { path }
            | LoadError::Feed { path, .. }
            | LoadError::Fetch { path, .. } => path,
        }
    }

    /// Maps a failure to stat or open `path` onto the variant a user can act on.
    pub(crate) fn from_open(path: &str, err: io::Error) -> LoadError {
        let path = path.to_owned();
        match err.kind() {
            io::ErrorKind::NotFound => LoadError::NotFound { path },
            io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
            _ => LoadError::Open { path, source: err },
        }
    }
}

/// Prints a name with control, bidi and invisible characters (and the
/// backslash, so the escaping is unambiguous) written as Rust-style escapes.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            let unsafe_char =
                c.is_control() || is_invisible_format(c) || matches!(c, '\u{2028}' | '\u{2029}');
            if c == '\\' || unsafe_char {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// The size when known ("97 bytes, "); stdin only shows that it ran over.
struct SizeText(Option<u64>);

impl fmt::Display for SizeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(size) => write!(f, "{size} bytes, "),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_for_the_terminal() {
        let cases = [
            ("plain/ścieżka.txt", "plain/ścieżka.txt"),
            ("a\u{1b}[31mred.txt", "a\\u{1b}[31mred.txt"),
            ("tab\there", "tab\\there"),
            ("new\nline", "new\\nline"),
            ("back\\slash", "back\\\\slash"),
            ("bidi\u{202e}txt.exe", "bidi\\u{202e}txt.exe"),
            ("c1\u{9b}31m", "c1\\u{9b}31m"),
        ];
        for (name, want) in cases {
            assert_eq!(Escaped(name).to_string(), want, "{name:?}");
        }
    }

    #[test]
    fn messages_name_the_file_and_the_reason() {
        let cases: [(LoadError, i32, &str); 5] = [
            (
                LoadError::NotFound {
                    path: "x.txt".into(),
                },
                66,
                "x.txt: cannot open: no such file",
            ),
            (
                LoadError::TooLarge {
                    path: "big".into(),
                    size: Some(25),
                    limit: 10,
                },
                65,
                "big: too large: 25 bytes, over the limit of 10 bytes (change it with --max-size",
            ),
            (
                LoadError::TooLarge {
                    path: "-".into(),
                    size: None,
                    limit: 10,
                },
                65,
                "-: too large: over the limit of 10 bytes (change it with --max-size",
            ),
            (
                LoadError::Undecodable {
                    path: "b".into(),
                    reason: DecodeError::Binary { offset: 3 },
                },
                65,
                "b: binary file (NUL byte at offset 3)",
            ),
            (
                LoadError::Read {
                    path: "r".into(),
                    source: io::Error::other("boom"),
                },
                74,
                "r: read error: boom",
            ),
        ];
        for (err, code, prefix) in cases {
            assert_eq!(err.exit_code(), code, "{err}");
            assert!(err.to_string().starts_with(prefix), "{err}");
        }
    }

    #[test]
    fn open_failures_map_by_kind() {
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        assert!(matches!(
            LoadError::from_open("p", denied),
            LoadError::PermissionDenied { .. }
        ));
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert!(matches!(
            LoadError::from_open("p", missing),
            LoadError::NotFound { .. }
        ));
        let other = LoadError::from_open("p", io::Error::other("odd"));
        assert_eq!((other.exit_code(), other.path()), (66, "p"));
    }
}
