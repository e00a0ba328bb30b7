//! Copying through the terminal with OSC 52, which works over ssh and inside
//! tmux (with `set-clipboard on`) without a clipboard library.

use crate::model::SafeText;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The escape sequence that sets the clipboard to `text`. Only sanitised
/// text is copied, so the copy carries no control characters either.
pub fn osc52(text: &SafeText) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64("„Ł”".as_bytes()), "4oCexYHigJ0=");
    }

    #[test]
    fn osc52_has_no_raw_controls_inside() {
        let seq = osc52(&SafeText::new("a\x1b]0;evil\x07b"));
        let body = &seq[7..seq.len() - 1];
        assert!(body.bytes().all(|c| c.is_ascii_graphic()));
    }
}
