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
        assert_eq!(
            decode(bytes, Encoding::Utf8).as_deref(),
            Ok(want),
            "{bytes:?}"
        );
    }
}

#[test]
fn decodes_utf16_both_byte_orders() {
    for text in ["", "Zełenski 😀 w Davos\r\n"] {
        assert_eq!(
            decode(&utf16(text, false), Encoding::Utf8).as_deref(),
            Ok(text)
        );
        assert_eq!(
            decode(&utf16(text, true), Encoding::Windows1250).as_deref(),
            Ok(text)
        );
    }
}

#[test]
fn refuses_broken_or_binary_data() {
    let lone_high = [0xFF, 0xFE, b'a', 0, 0x3D, 0xD8, b'b', 0];
    let lone_low_be = [0xFE, 0xFF, 0xDE, 0x00];
    let cases: [(&[u8], DecodeError); 8] = [
        (b"ab\0cd", DecodeError::Binary { offset: 2 }),
        (b"\xEF\xBB\xBF\0", DecodeError::Binary { offset: 3 }),
        (
            b"\xC5\x9Ab\xFFc",
            DecodeError::InvalidUtf8 {
                offset: 3,
                guess: None,
            },
        ),
        (
            b"\xEF\xBB\xBFab\xC5",
            DecodeError::InvalidUtf8 {
                offset: 5,
                guess: Some(Encoding::Windows1250),
            },
        ),
        (b"\xFF\xFEa\0\0\0", DecodeError::Binary { offset: 4 }),
        (&lone_high, DecodeError::UnpairedSurrogate { offset: 4 }),
        (&lone_low_be, DecodeError::UnpairedSurrogate { offset: 2 }),
        (b"\xFF\xFEa\0b", DecodeError::OddUtf16Length { offset: 4 }),
    ];
    for (bytes, want) in cases {
        assert_eq!(decode(bytes, Encoding::Utf8), Err(want), "{bytes:?}");
    }
}

#[test]
fn nul_is_binary_even_when_utf8_is_also_invalid() {
    assert_eq!(
        decode(b"\xFF\x00", Encoding::Utf8),
        Err(DecodeError::Binary { offset: 1 })
    );
}

/// "Zażółć gęślą jaźń" in the two 8-bit encodings, byte by byte.
const WINDOWS_1250: &[u8] = b"Za\xBF\xF3\xB3\xE6 g\xEA\x9Cl\xB9 ja\x9F\xF1";
const ISO_8859_2: &[u8] = b"Za\xBF\xF3\xB3\xE6 g\xEA\xB6l\xB1 ja\xBC\xF1";
const PANGRAM: &str = "Zażółć gęślą jaźń";

#[test]
fn polish_8bit_text_needs_the_flag_and_gets_a_hint() {
    for (bytes, guess) in [
        (WINDOWS_1250, Encoding::Windows1250),
        (ISO_8859_2, Encoding::Iso8859_2),
    ] {
        let err = decode(bytes, Encoding::Utf8).unwrap_err();
        assert_eq!(
            err,
            DecodeError::InvalidUtf8 {
                offset: 2,
                guess: Some(guess)
            }
        );
        let message = err.to_string();
        assert!(message.starts_with("invalid UTF-8 at byte 2"), "{message}");
        assert!(message.contains("--encoding windows-1250"), "{message}");
        assert!(message.contains("--encoding iso-8859-2"), "{message}");
        assert_eq!(decode(bytes, guess).as_deref(), Ok(PANGRAM));
    }
}

#[test]
fn every_polish_letter_decodes_in_both_tables() {
    let letters = "ĄĆĘŁŃÓŚŹŻąćęłńóśźż";
    let windows: &[u8] =
        b"\xA5\xC6\xCA\xA3\xD1\xD3\x8C\x8F\xAF\xB9\xE6\xEA\xB3\xF1\xF3\x9C\x9F\xBF";
    let iso: &[u8] = b"\xA1\xC6\xCA\xA3\xD1\xD3\xA6\xAC\xAF\xB1\xE6\xEA\xB3\xF1\xF3\xB6\xBC\xBF";
    assert_eq!(
        decode(windows, Encoding::Windows1250).as_deref(),
        Ok(letters)
    );
    assert_eq!(decode(iso, Encoding::Iso8859_2).as_deref(), Ok(letters));
}

#[test]
fn a_bom_overrides_the_flag() {
    let utf8 = [UTF8_BOM, PANGRAM.as_bytes()].concat();
    assert_eq!(decode(&utf8, Encoding::Windows1250).as_deref(), Ok(PANGRAM));
    assert_eq!(
        decode(&utf16(PANGRAM, false), Encoding::Iso8859_2).as_deref(),
        Ok(PANGRAM)
    );
}

#[test]
fn truncated_and_overlong_utf8_name_the_offset() {
    let cases: [(&[u8], usize); 6] = [
        (b"abc\xC5", 3),
        (b"ab\xE2\x80", 2),
        (b"\xF0\x9F\x98 x", 0),
        (b"a/\xC0\xAF", 2),
        (b"ab\xE0\x80\xAF", 2),
        (b"ab\xED\xA0\x80", 2),
    ];
    for (bytes, offset) in cases {
        match decode(bytes, Encoding::Utf8) {
            Err(DecodeError::InvalidUtf8 { offset: got, .. }) => {
                assert_eq!(got, offset, "{bytes:?}")
            }
            other => panic!("{bytes:?}: {other:?}"),
        }
    }
}

#[test]
fn utf16_without_a_bom_says_how_to_convert() {
    let text = "Zełenski w Davos";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let err = decode(&le, Encoding::Utf8).unwrap_err();
    assert_eq!(err, DecodeError::Utf16WithoutBom { big_endian: false });
    assert!(
        err.to_string()
            .contains("without a byte-order mark; convert it with: iconv -f UTF-16LE -t UTF-8"),
        "{err}"
    );
    assert_eq!(
        decode(&be, Encoding::Windows1250),
        Err(DecodeError::Utf16WithoutBom { big_endian: true })
    );
    let binary = [0u8, 0, 0, 1, 7, 0, 0, 0, 0x7f, b'E', b'L', b'F'];
    assert!(matches!(
        decode(&binary, Encoding::Utf8),
        Err(DecodeError::Binary { .. })
    ));
}

#[test]
fn four_pairs_are_enough_to_see_utf16() {
    let le: Vec<u8> = "Tak.".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(le.len(), 8);
    assert_eq!(
        decode(&le, Encoding::Utf8),
        Err(DecodeError::Utf16WithoutBom { big_endian: false })
    );
    assert_eq!(utf16_without_bom(&le[..6]), None, "three pairs are too few");
}

/// Zeros on one side in at least 40 % of the pairs, and on the other in at most 5 %.
#[test]
fn utf16_without_a_bom_needs_most_zeros_on_one_side_and_few_on_the_other() {
    // `pairs` pairs: `odd` with a zero second byte, `even` with a zero first byte.
    let sample = |pairs: usize, odd: usize, even: usize| -> Vec<u8> {
        (0..pairs)
            .flat_map(|i| match i {
                i if i < odd => [b'a', 0],
                i if i < odd + even => [0, b'a'],
                _ => [b'a', b'b'],
            })
            .collect()
    };
    let cases = [
        (sample(10, 4, 0), Some(false)),
        (sample(10, 3, 0), None),
        (sample(100, 40, 5), Some(false)),
        (sample(100, 40, 6), None),
        (sample(100, 5, 40), Some(true)),
        (sample(100, 6, 40), None),
    ];
    for (bytes, want) in cases {
        assert_eq!(utf16_without_bom(&bytes), want, "{bytes:?}");
    }
}

#[test]
fn a_windows_1250_control_range_byte_outweighs_iso_look_alikes() {
    // "Świt, ±2": Ś is 0x8C, in the range ISO-8859-2 leaves to controls; ± is
    // 0xB1, which is ą in ISO-8859-2.
    assert_eq!(guess_8bit(b"\x8Cwit, \xB12"), Some(Encoding::Windows1250));
    assert_eq!(guess_8bit(b"\xB6wit, \xB12"), Some(Encoding::Iso8859_2));
}

#[test]
fn offsets_after_a_character_outside_the_bmp_count_both_units() {
    // BOM, an emoji (two units, four bytes), then a lone high surrogate.
    let mut bytes = utf16("😀", false);
    bytes.extend_from_slice(&[0x3D, 0xD8, b'b', 0]);
    assert_eq!(
        decode(&bytes, Encoding::Utf8),
        Err(DecodeError::UnpairedSurrogate { offset: 6 })
    );
}

/// Bytes, the encoding a page declares, and what they decode to.
type DeclaredCase = (
    &'static [u8],
    Option<&'static encoding_rs::Encoding>,
    Result<&'static str, DecodeError>,
);

/// A page's declared encoding: a byte-order mark overrides it, the three
/// encodings `--encoding` knows go through [`decode`] (with its UTF-8 and
/// UTF-16 checks), and any other is decoded by its own table after the
/// binary check.
#[test]
fn a_declared_encoding_is_followed_after_the_byte_order_mark() {
    let w1252 = Some(encoding_rs::WINDOWS_1252);
    let cases: [DeclaredCase; 8] = [
        ("\u{feff}café".as_bytes(), w1252, Ok("café")),
        (b"caf\xe9 \x80", w1252, Ok("café €")),
        (b"ab\0c", w1252, Err(DecodeError::Binary { offset: 2 })),
        ("gęś".as_bytes(), Some(encoding_rs::UTF_8), Ok("gęś")),
        (b"g\xea\xb6", Some(encoding_rs::ISO_8859_2), Ok("gęś")),
        (b"g\xea\x9c", Some(encoding_rs::WINDOWS_1250), Ok("gęś")),
        (
            b"a\0b\0c\0d\0e\0",
            Some(encoding_rs::WINDOWS_1250),
            Err(DecodeError::Utf16WithoutBom { big_endian: false }),
        ),
        (
            b"a\0b\0c\0d\0e\0",
            Some(encoding_rs::ISO_8859_2),
            Err(DecodeError::Utf16WithoutBom { big_endian: false }),
        ),
    ];
    for (bytes, declared, want) in cases {
        let got = decode_declared(bytes, declared, Encoding::Utf8);
        assert_eq!(
            got.as_deref().map_err(Clone::clone),
            want,
            "{bytes:?} as {declared:?}"
        );
    }
    let invalid = decode_declared(b"g\xea", Some(encoding_rs::UTF_8), Encoding::Windows1250);
    assert!(
        matches!(invalid, Err(DecodeError::InvalidUtf8 { offset: 1, .. })),
        "{invalid:?}"
    );
}
