//! Bytes to text: byte-order marks, UTF-16, the two 8-bit Polish encodings,
//! and refusing binary or broken data.
//!
//! Offsets in errors are byte offsets into the file as stored (BOM included),
//! so a user can find the spot with a hex dump.

use std::fmt;

/// What the bytes of a file are taken to be (`--encoding`). A byte-order
/// mark overrides it: a file that says what it is, is read as that.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    #[default]
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "windows-1250")]
    Windows1250,
    #[value(name = "iso-8859-2")]
    Iso8859_2,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1250 => "windows-1250",
            Encoding::Iso8859_2 => "iso-8859-2",
        }
    }
}

/// Why a file's bytes are not an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("binary file (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("invalid UTF-8 at byte {offset}{}", Hint(*.guess))]
    InvalidUtf8 {
        offset: usize,
        /// The 8-bit encoding the bytes look like, when they look like one.
        guess: Option<Encoding>,
    },
    #[error("invalid UTF-16 (unpaired surrogate at byte {offset})")]
    UnpairedSurrogate { offset: usize },
    #[error("invalid UTF-16 (odd number of bytes: stray byte at offset {offset})")]
    OddUtf16Length { offset: usize },
    #[error(
        "looks like UTF-16 without a byte-order mark; convert it with: iconv -f {} -t UTF-8",
        if *.big_endian { "UTF-16BE" } else { "UTF-16LE" }
    )]
    Utf16WithoutBom { big_endian: bool },
}

/// The advice after an invalid UTF-8 error.
struct Hint(Option<Encoding>);

impl fmt::Display for Hint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(guess) = self.0 else { return Ok(()) };
        let other = match guess {
            Encoding::Iso8859_2 => Encoding::Windows1250,
            _ => Encoding::Iso8859_2,
        };
        write!(
            f,
            " (this looks like 8-bit Polish text: try --encoding {} or --encoding {})",
            guess.as_str(),
            other.as_str()
        )
    }
}

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16_LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16_BE_BOM: &[u8] = &[0xFE, 0xFF];

/// Decodes a file: a UTF-8 BOM is dropped, a UTF-16 BOM selects UTF-16, and
/// anything else must be in `encoding`. The NUL check comes after the BOM
/// because UTF-16 text is full of zero bytes, and after the check for UTF-16
/// without a BOM, which would otherwise be called binary.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        return decode_utf16(rest, UTF16_LE_BOM.len(), u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        return decode_utf16(rest, UTF16_BE_BOM.len(), u16::from_be_bytes);
    }
    let (body, base, encoding) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, UTF8_BOM.len(), Encoding::Utf8),
        None => (bytes, 0, encoding),
    };
    if let Some(big_endian) = utf16_without_bom(body) {
        return Err(DecodeError::Utf16WithoutBom { big_endian });
    }
    if let Some(at) = body.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset: base + at });
    }
    let table = match encoding {
        Encoding::Utf8 => {
            return match std::str::from_utf8(body) {
                Ok(text) => Ok(text.to_owned()),
                Err(e) => Err(DecodeError::InvalidUtf8 {
                    offset: base + e.valid_up_to(),
                    guess: guess_8bit(body),
                }),
            };
        }
        Encoding::Windows1250 => encoding_rs::WINDOWS_1250,
        Encoding::Iso8859_2 => encoding_rs::ISO_8859_2,
    };
    // Every byte maps to a character in both tables; the bytes that have no
    // letter become C1 controls, which normalising removes.
    Ok(table.decode_without_bom_handling(body).0.into_owned())
}

/// Decodes a page or a feed that may say what it is in: a byte-order mark
/// first, then the declared encoding, then `fallback` (`--encoding`) as
/// for text files. A declared encoding other than the three of
/// [`Encoding`] is decoded by `encoding_rs` after the same binary check.
pub fn decode_declared(
    bytes: &[u8],
    declared: Option<&'static encoding_rs::Encoding>,
    fallback: Encoding,
) -> Result<String, DecodeError> {
    let has_bom = [UTF8_BOM, UTF16_LE_BOM, UTF16_BE_BOM]
        .iter()
        .any(|bom| bytes.starts_with(bom));
    let known = match declared {
        _ if has_bom => fallback,
        None => fallback,
        Some(e) if e == encoding_rs::UTF_8 => Encoding::Utf8,
        Some(e) if e == encoding_rs::WINDOWS_1250 => Encoding::Windows1250,
        Some(e) if e == encoding_rs::ISO_8859_2 => Encoding::Iso8859_2,
        Some(other) => {
            if let Some(offset) = bytes.iter().position(|&b| b == 0) {
                return Err(DecodeError::Binary { offset });
            }
            return Ok(other.decode_without_bom_handling(bytes).0.into_owned());
        }
    };
    decode(bytes, known)
}

/// `Some(big_endian)` when the first few kilobytes have a zero byte in most
/// pairs, always on the same side: ASCII-range text stored as UTF-16.
fn utf16_without_bom(body: &[u8]) -> Option<bool> {
    let sample = &body[..body.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .chunks_exact(2)
            .filter(|pair| pair[parity] == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let most = |n: usize| n * 10 >= pairs * 4;
    let few = |n: usize| n * 20 <= pairs;
    match () {
        () if most(odd) && few(even) => Some(false),
        () if most(even) && few(odd) => Some(true),
        () => None,
    }
}

/// Which 8-bit Polish encoding invalid UTF-8 looks like, if any: only when
/// no valid multi-byte sequence occurs at all (a UTF-8 file with one broken
/// sequence gets no misleading advice). Bytes 0x80–0x9F are letters and
/// punctuation in Windows-1250 but controls in ISO-8859-2; the letters ą, ś
/// and ź (and their capitals) sit at different bytes in the two.
fn guess_8bit(body: &[u8]) -> Option<Encoding> {
    let mut valid_non_ascii = false;
    for chunk in body.utf8_chunks() {
        valid_non_ascii |= !chunk.valid().is_ascii();
    }
    if valid_non_ascii {
        return None;
    }
    let has = |set: &[u8]| body.iter().any(|b| set.contains(b));
    let windows_only = has(&[0xA5, 0xB9]) || body.iter().any(|b| (0x80..0xA0).contains(b));
    let iso_only = has(&[0xA1, 0xB1, 0xA6, 0xB6, 0xAC, 0xBC]);
    if iso_only && !windows_only {
        Some(Encoding::Iso8859_2)
    } else {
        Some(Encoding::Windows1250)
    }
}

/// `base` is where `body` starts in the file (after the BOM).
fn decode_utf16(body: &[u8], base: usize, unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if body.len() % 2 == 1 {
        return Err(DecodeError::OddUtf16Length {
            offset: base + body.len() - 1,
        });
    }
    let units = body.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    let mut at = base;
    for decoded in char::decode_utf16(units) {
        let c = decoded.map_err(|_| DecodeError::UnpairedSurrogate { offset: at })?;
        if c == '\0' {
            return Err(DecodeError::Binary { offset: at });
        }
        text.push(c);
        at += 2 * c.len_utf16();
    }
    Ok(text)
}

#[cfg(test)]
#[path = "decode_tests.rs"]
mod tests;
