//! Bytes to text: byte-order marks, UTF-16, and refusing binary or broken data.
//!
//! Offsets in errors are byte offsets into the file as stored (BOM included),
//! so a user can find the spot with a hex dump.

/// Why a file's bytes are not an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("binary file (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("invalid UTF-16 (unpaired surrogate at byte {offset})")]
    UnpairedSurrogate { offset: usize },
    #[error("invalid UTF-16 (odd number of bytes: stray byte at offset {offset})")]
    OddUtf16Length { offset: usize },
}

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16_LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16_BE_BOM: &[u8] = &[0xFE, 0xFF];

/// Decodes a file: a UTF-8 BOM is dropped, a UTF-16 BOM selects UTF-16, and
/// anything else must be UTF-8. The NUL check comes after the BOM because
/// UTF-16 text is full of zero bytes.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        return decode_utf16(rest, UTF16_LE_BOM.len(), u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        return decode_utf16(rest, UTF16_BE_BOM.len(), u16::from_be_bytes);
    }
    let (body, base) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, UTF8_BOM.len()),
        None => (bytes, 0),
    };
    if let Some(at) = body.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset: base + at });
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => Err(DecodeError::InvalidUtf8 {
            offset: base + e.valid_up_to(),
        }),
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
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            UTF16_BE_BOM.to_vec()
        } else {
            UTF16_LE_BOM.to_vec()
        };
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&pair);
        }
        out
    }

    #[test]
    fn decodes_utf8_with_and_without_bom() {
        let cases: [(&[u8], &str); 4] = [
            (b"", ""),
            ("Świat".as_bytes(), "Świat"),
            (b"\xEF\xBB\xBFdate 2026-01-22", "date 2026-01-22"),
            (b"\xEF\xBB\xBF", ""),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes).as_deref(), Ok(want), "{bytes:?}");
        }
    }

    #[test]
    fn decodes_utf16_both_byte_orders() {
        for text in ["", "Zełenski 😀 w Davos\r\n"] {
            assert_eq!(decode(&utf16(text, false)).as_deref(), Ok(text));
            assert_eq!(decode(&utf16(text, true)).as_deref(), Ok(text));
        }
    }

    #[test]
    fn refuses_broken_or_binary_data() {
        let lone_high = [0xFF, 0xFE, b'a', 0, 0x3D, 0xD8, b'b', 0];
        let lone_low_be = [0xFE, 0xFF, 0xDE, 0x00];
        let cases: [(&[u8], DecodeError); 8] = [
            (b"ab\0cd", DecodeError::Binary { offset: 2 }),
            (b"\xEF\xBB\xBF\0", DecodeError::Binary { offset: 3 }),
            (b"\xC5\x9Ab\xFFc", DecodeError::InvalidUtf8 { offset: 3 }),
            (
                b"\xEF\xBB\xBFab\xC5",
                DecodeError::InvalidUtf8 { offset: 5 },
            ),
            (b"\xFF\xFEa\0\0\0", DecodeError::Binary { offset: 4 }),
            (&lone_high, DecodeError::UnpairedSurrogate { offset: 4 }),
            (&lone_low_be, DecodeError::UnpairedSurrogate { offset: 2 }),
            (b"\xFF\xFEa\0b", DecodeError::OddUtf16Length { offset: 4 }),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes), Err(want), "{bytes:?}");
        }
    }

    #[test]
    fn nul_is_binary_even_when_utf8_is_also_invalid() {
        assert_eq!(decode(b"\xFF\x00"), Err(DecodeError::Binary { offset: 1 }));
    }
}
