//! An article's text cut down to what an export reads from it.
//!
//! A briefing loaded only to be exported keeps, of each article, the words its
//! mentions, quotes and speech verbs cover and the points where its other spans
//! (a meeting's sentence) begin and end; the rest of the text, the bulk of a
//! large archive's memory, is dropped once the article is merged. The kept
//! pieces are laid end to end, one separator byte apart (pieces a few bytes
//! apart are kept as one, with the bytes between), so every kept offset
//! has one place in the new text and spans still slice their words out of it;
//! each piece remembers how many characters of the whole text came before it,
//! which is what the JSON export's offsets count.

use super::{Article, Span};

/// One kept piece of a cut-down text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Its first byte in the cut-down text.
    pub at: u32,
    /// The characters of the whole text before it.
    pub chars_before: u32,
}

/// Where a cut moved the kept offsets: each piece's range in the whole text
/// and its first byte in the new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remap {
    pieces: Vec<(Span, u32)>,
}

impl Remap {
    /// The new offset of `old`, a kept offset of the whole text.
    pub fn offset(&self, old: u32) -> u32 {
        let i = self
            .pieces
            .partition_point(|(was, _)| was.start <= old)
            .saturating_sub(1);
        let (was, at) = self.pieces[i];
        debug_assert!(was.start <= old && old <= was.end, "{old} was not kept");
        at + (old - was.start)
    }

    /// The new span of `old`, whose ends were kept.
    pub fn span(&self, old: Span) -> Span {
        Span {
            start: self.offset(old.start),
            end: self.offset(old.end),
        }
    }
}

/// The characters that start in `bytes`: every byte but UTF-8 continuations.
pub fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// An offset into a text, which the loader keeps within [`super::MAX_TEXT`].
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Kept spans at most this many bytes apart are kept as one piece: the bytes
/// between cost less than a piece's own record and separator.
const JOIN: u32 = 8;

impl Article {
    /// Cuts the text down to the words of `keep` (an empty span keeps just its
    /// point) and drops the paragraphs, whose spans were not kept. Returns where
    /// the kept offsets went: every span into this article must be moved with it.
    pub fn cut_to(&mut self, mut keep: Vec<Span>) -> Remap {
        keep.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(keep.len());
        for span in keep {
            match merged.last_mut() {
                Some(last) if span.start <= last.end + JOIN => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        let old = std::mem::take(&mut self.text);
        let mut text = String::with_capacity(merged.iter().map(|s| s.len() + 1).sum());
        let mut pieces = Vec::with_capacity(merged.len());
        let mut remap = Vec::with_capacity(merged.len());
        let (mut counted, mut chars) = (0, 0);
        for span in merged {
            if !pieces.is_empty() {
                text.push('\n');
            }
            chars += chars_in(&old.as_bytes()[counted..span.start as usize]);
            counted = span.start as usize;
            let at = offset(text.len());
            pieces.push(Piece {
                at,
                chars_before: offset(chars),
            });
            remap.push((span, at));
            text.push_str(&old[span.range()]);
        }
        self.text = text;
        self.paragraphs = Vec::new();
        self.excerpt = Some(pieces.into_boxed_slice());
        Remap { pieces: remap }
    }

    /// The characters of the whole text before the byte `at` of a cut-down
    /// one; `None` for a whole text.
    pub fn chars_before_cut(&self, at: usize) -> Option<usize> {
        let pieces = self.excerpt.as_deref()?;
        let i = pieces
            .partition_point(|p| p.at as usize <= at)
            .saturating_sub(1);
        let piece = pieces.get(i)?;
        let start = piece.at as usize;
        Some(piece.chars_before as usize + chars_in(&self.text.as_bytes()[start..at]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_article;

    fn span(text: &str, words: &str) -> Span {
        let start = text.find(words).expect(words);
        Span::new(start, start + words.len())
    }

    fn chars(text: &str, byte: u32) -> usize {
        text[..byte as usize].chars().count()
    }

    #[test]
    fn a_cut_keeps_the_words_and_the_character_counts_of_its_spans() {
        let mut article = parse_article(
            "a.txt".into(),
            "Źródło w MSZ: „Żadnych ustępstw” – oświadczył Łukasz Żak. Spotkanie odbyło się w Gdańsku.",
        );
        let whole = article.text.clone();
        let quote = span(&whole, "Żadnych ustępstw");
        let cue = span(&whole, "oświadczył");
        let name = span(&whole, "Łukasz Żak");
        let surname = span(&whole, "Żak");
        let sentence = span(&whole, "Spotkanie odbyło się w Gdańsku.");
        let points = [
            Span::new(sentence.start as usize, sentence.start as usize),
            Span::new(sentence.end as usize, sentence.end as usize),
        ];
        let remap = article.cut_to(
            [quote, cue, name, surname]
                .into_iter()
                .chain(points)
                .collect(),
        );
        // The gaps up to the sentence's start are short enough to keep; its end is a point.
        assert_eq!(
            article.text,
            "Żadnych ustępstw” – oświadczył Łukasz Żak. \n"
        );
        assert!(article.paragraphs.is_empty());
        for (old, words) in [
            (quote, "Żadnych ustępstw"),
            (cue, "oświadczył"),
            (name, "Łukasz Żak"),
            (surname, "Żak"),
        ] {
            let new = remap.span(old);
            assert_eq!(&article.text[new.range()], words);
            for (was, now) in [(old.start, new.start), (old.end, new.end)] {
                assert_eq!(
                    article.chars_before_cut(now as usize),
                    Some(chars(&whole, was)),
                    "{words}"
                );
            }
        }
        let new = remap.span(sentence);
        assert!(new.start < new.end, "the sentence's ends keep their order");
        for (was, now) in [(sentence.start, new.start), (sentence.end, new.end)] {
            assert_eq!(
                article.chars_before_cut(now as usize),
                Some(chars(&whole, was))
            );
        }
    }

    #[test]
    fn overlapping_and_touching_spans_share_one_piece() {
        let mut article = parse_article("a.txt".into(), "abcdefghijklmnopqrstuvwxyz ąęść");
        let remap = article.cut_to(vec![
            Span::new(12, 15),
            Span::new(14, 17),
            Span::new(17, 18),
            Span::new(27, 29),
            Span::new(0, 0),
        ]);
        assert_eq!(article.text, "\nmnopqr\ną");
        assert_eq!(remap.span(Span::new(14, 17)), Span::new(3, 6));
        assert_eq!(remap.span(Span::new(17, 18)), Span::new(6, 7));
        assert_eq!(remap.span(Span::new(27, 29)), Span::new(8, 10));
        assert_eq!(remap.offset(0), 0);
        assert_eq!(article.chars_before_cut(7), Some(18), "the end of a piece");
        assert_eq!(
            article.chars_before_cut(8),
            Some(27),
            "the start of the next"
        );
        assert_eq!(
            article.chars_before_cut(10),
            Some(28),
            "a character of two bytes"
        );
    }

    #[test]
    fn spans_a_few_bytes_apart_are_kept_with_the_bytes_between() {
        let text = "Premier Jan Kos i minister Ewa Nowak.";
        let mut article = parse_article("a.txt".into(), text);
        let (jan, ewa) = (span(text, "Jan Kos"), span(text, "Ewa Nowak"));
        let remap = article.cut_to(vec![jan, ewa]);
        assert_eq!(article.text, "Jan Kos\nEwa Nowak", "twelve bytes apart");
        assert_eq!(&article.text[remap.span(ewa).range()], "Ewa Nowak");
        let mut article = parse_article("a.txt".into(), text);
        let kos = span(text, "Kos");
        let remap = article.cut_to(vec![jan, Span::new(20, 20), ewa]);
        assert_eq!(
            article.text, "Jan Kos i minister Ewa Nowak",
            "no gap over eight bytes"
        );
        assert_eq!(&article.text[remap.span(kos).range()], "Kos");
        assert_eq!(
            article.chars_before_cut(remap.offset(ewa.start) as usize),
            Some(27)
        );
    }

    #[test]
    fn nothing_kept_leaves_an_empty_text_and_a_whole_text_has_no_cut() {
        let mut article = parse_article("a.txt".into(), "Nic tu nie ma.");
        assert_eq!(article.chars_before_cut(3), None);
        assert!(article.excerpt.is_none());
        article.cut_to(Vec::new());
        assert_eq!(article.text, "");
        assert_eq!(article.excerpt.as_deref(), Some(&[][..]));
    }
}
