//! Several articles reporting the same meeting or the same words: one entry each,
//! pointing at its first report, with every report listed as a source and the
//! points where the reports disagree.

use rustc_hash::FxHashMap as HashMap;

use crate::extract::lang::en::same_place;
use crate::model::{Briefing, Date, Few, Meeting, Quote, QuoteId, QuoteKind};

/// The same participants and status, on dates at most a day apart (or undated), in
/// different articles: one meeting. Looked up by day, so a large briefing stays fast.
pub fn merge_meetings(b: &mut Briefing) {
    type Key = (Vec<usize>, bool, Option<i64>);
    let mut groups: HashMap<Key, Vec<usize>> = HashMap::default();
    // Kept meetings are moved to the front, in order, and the rest absorbed into
    // them: a large briefing holds its meetings once.
    let meetings = &mut b.meetings;
    let mut kept = 0;
    for i in 0..meetings.len() {
        let m = &meetings[i];
        let mut parties = m.participants.clone();
        parties.sort_unstable();
        let held = m.status == crate::model::MeetingStatus::Held;
        let day = m.date.map(Date::to_days);
        let days: Vec<Option<i64>> = match day {
            Some(d) => vec![Some(d), Some(d - 1), Some(d + 1), None],
            None => vec![None],
        };
        let same = days.iter().find_map(|d| {
            groups
                .get(&(parties.clone(), held, *d))?
                .iter()
                .copied()
                .find(|&k| {
                    let earlier = &meetings[k];
                    earlier.article != m.article
                        && close_dates(earlier.date, m.date)
                        && !earlier.sources().any(|s| s.article == m.article)
                })
        });
        match same {
            Some(k) => {
                let (front, rest) = meetings.split_at_mut(i);
                absorb(&mut front[k], &mut rest[0]);
            }
            None => {
                groups.entry((parties, held, day)).or_default().push(kept);
                meetings.swap(kept, i);
                kept += 1;
            }
        }
    }
    meetings.truncate(kept);
}

fn close_dates(a: Option<Date>, b: Option<Date>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x.to_days() - y.to_days()).abs() <= 1,
        _ => true,
    }
}

/// Adds a later report to a meeting, noting where it disagrees; the report is
/// left emptied.
fn absorb(into: &mut Meeting, other: &mut Meeting) {
    into.later_reports.extend(other.sources());
    other.later_reports = Few::new();
    if into.place.is_none() {
        into.place = other.place.take();
    } else if other
        .place
        .as_deref()
        .is_some_and(|p| !same_place(p, into.place.as_deref().unwrap_or("")))
    {
        let note = format!(
            "place: {} / {}",
            into.place.as_deref().unwrap_or(""),
            other.place.as_deref().unwrap_or("")
        );
        if !into.disagreements.contains(&note) {
            into.disagreements.push(note);
        }
    }
    match (into.date, other.date) {
        (Some(a), Some(b)) if a != b && !(into.date_inferred && other.date_inferred) => {
            into.disagreements.push(format!("date: {a} / {b}"));
        }
        // A written date beats one taken from the article.
        (_, Some(b)) if into.date_inferred && !other.date_inferred => {
            into.date = Some(b);
            into.date_inferred = false;
        }
        (None, Some(b)) => into.date = Some(b),
        _ => {}
    }
}

/// The quotes kept so far that later reports may repeat, for merging quotes as
/// the articles are added: the same speaker and nearly the same words in
/// different articles are one quote. A repeat is never stored, so an archive
/// that carries the same agency story many times holds its quotes once.
/// Candidates are found by their first or last three words, so a large
/// briefing stays fast. The index is compact, as an archive of distinct quotes
/// keeps every one: the words of the quotes with a speaker as 32-bit hashes
/// in one list, and the quotes of each key in a chain through one list of links.
#[derive(Default, Clone)]
pub struct QuoteIndex {
    /// Where each kept quote's words are in `words`, by quote id (empty for a
    /// quote without a speaker).
    ranges: Vec<(u32, u32)>,
    words: Vec<u32>,
    /// By the hash of a key (speaker, kind, which end, three words): the first
    /// and the last link of its chain.
    chains: HashMap<u64, (u32, u32)>,
    /// Two links per kept quote, `2 * id` for its first words and `2 * id + 1`
    /// for its last: the next link in the same chain.
    next: Vec<u32>,
}

/// What a quote of an article being added is to the quotes kept before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// A later report of this kept quote.
    Repeats(QuoteId),
    /// A new quote, with the words that find its own repeats (none when it has
    /// no speaker).
    New(Option<Vec<u32>>),
}

/// The end of no chain.
const END: u32 = u32::MAX;

/// The first (`tail` false) or last three words, the key a repeat is found by.
fn end_words(words: &[u32], tail: bool) -> [u32; 3] {
    let mut key = [0; 3];
    let it: &mut dyn Iterator<Item = &u32> = if tail {
        &mut words.iter().rev()
    } else {
        &mut words.iter()
    };
    for (slot, h) in key.iter_mut().zip(it) {
        *slot = *h;
    }
    key
}

fn chain_key(speaker: usize, kind: QuoteKind, tail: bool, words: [u32; 3]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    (speaker, kind == QuoteKind::Direct, tail, words).hash(&mut h);
    h.finish()
}

fn index(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 2^31 quotes")
}

impl QuoteIndex {
    /// What `text`, said by `speaker` (a gathered actor) in `article`, is to the
    /// kept `quotes`: the first kept quote from another article with the same
    /// speaker and kind, the same first (else last) three words and most words
    /// shared.
    pub fn seen(
        &self,
        quotes: &[Quote],
        article: usize,
        speaker: Option<usize>,
        kind: QuoteKind,
        text: &str,
    ) -> Seen {
        let Some(speaker) = speaker else {
            return Seen::New(None);
        };
        let w = word_hashes(text);
        let same = [false, true].into_iter().find_map(|tail| {
            let key = end_words(&w, tail);
            let &(first, _) = self.chains.get(&chain_key(speaker, kind, tail, key))?;
            let mut link = first;
            while link != END {
                let j = link as usize / 2;
                let theirs = self.words_of(j);
                let q = &quotes[j];
                if q.speaker == Some(speaker)
                    && q.kind == kind
                    && link % 2 == u32::from(tail)
                    && end_words(theirs, tail) == key
                    && q.article != article
                    && similar(&w, theirs)
                {
                    return Some(j);
                }
                link = self.next[link as usize];
            }
            None
        });
        match same {
            Some(j) => Seen::Repeats(j),
            None => Seen::New(Some(w)),
        }
    }

    fn words_of(&self, id: QuoteId) -> &[u32] {
        let (start, end) = self.ranges[id];
        &self.words[start as usize..end as usize]
    }

    /// Keeps quote `id`, the next kept quote, new by [`QuoteIndex::seen`], for
    /// later reports to find.
    pub fn keep(
        &mut self,
        id: QuoteId,
        speaker: Option<usize>,
        kind: QuoteKind,
        words: Option<Vec<u32>>,
    ) {
        debug_assert_eq!(id, self.ranges.len(), "quotes are kept in order");
        let start = index(self.words.len());
        self.next.extend([END, END]);
        let (Some(speaker), Some(words)) = (speaker, words) else {
            self.ranges.push((start, start));
            return;
        };
        for tail in [false, true] {
            let link = index(2 * id + usize::from(tail));
            let key = chain_key(speaker, kind, tail, end_words(&words, tail));
            match self.chains.get_mut(&key) {
                Some((_, last)) => {
                    self.next[*last as usize] = link;
                    *last = link;
                }
                None => {
                    self.chains.insert(key, (link, link));
                }
            }
        }
        self.words.extend_from_slice(&words);
        self.ranges.push((start, index(self.words.len())));
    }
}

fn word_hashes(text: &str) -> Vec<u32> {
    use std::hash::{Hash, Hasher};
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            // Hashed a character at a time: no lowercase copy of every word.
            let mut h = rustc_hash::FxHasher::default();
            w.chars()
                .flat_map(char::to_lowercase)
                .for_each(|c| c.hash(&mut h));
            // The high half, where the hash mixes best.
            (h.finish() >> 32) as u32
        })
        .collect()
}

/// Most words shared: the same quotation, perhaps trimmed differently.
fn similar(a: &[u32], b: &[u32]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    shared * 5 >= a.len().max(b.len()) * 4
}

#[cfg(test)]
mod tests {
    use super::{QuoteIndex, Seen, word_hashes};
    use crate::extract::extract;
    use crate::load::parse_article;
    use crate::model::{Few, Quote, QuoteKind, Span};

    fn quote(article: usize, speaker: Option<usize>, kind: QuoteKind) -> Quote {
        Quote {
            article,
            kind,
            span: Span::default(),
            speaker,
            cue: None,
            continues: None,
            later_reports: Few::new(),
        }
    }

    /// Kept quotes found by their first or last words: the earliest one from
    /// another article, with the same speaker and kind and most words shared.
    #[test]
    fn a_repeat_is_the_earliest_kept_quote_of_another_article() {
        let direct = QuoteKind::Direct;
        let kept = [
            (
                quote(0, Some(7), direct),
                "Granica pozostanie zamknięta do odwołania",
            ),
            (
                quote(1, None, direct),
                "Granica pozostanie zamknięta do odwołania",
            ),
            (
                quote(1, Some(7), QuoteKind::Reported),
                "granica pozostanie zamknięta do odwołania",
            ),
            (
                quote(2, Some(7), direct),
                "Granica pozostanie zamknięta do odwołania, tak",
            ),
            (
                quote(3, Some(7), direct),
                "Wojsko wraca do koszar, granica pozostanie zamknięta do odwołania",
            ),
        ];
        let mut index = QuoteIndex::default();
        let mut quotes = Vec::new();
        for (id, (q, text)) in kept.into_iter().enumerate() {
            let words = q.speaker.map(|_| word_hashes(text));
            index.keep(id, q.speaker, q.kind, words);
            quotes.push(q);
        }
        let seen = |article, speaker, kind, text| index.seen(&quotes, article, speaker, kind, text);
        let text = "Granica pozostanie zamknięta do odwołania.";
        assert_eq!(seen(5, Some(7), direct, text), Seen::Repeats(0));
        assert_eq!(
            seen(0, Some(7), direct, text),
            Seen::Repeats(3),
            "not its own article's"
        );
        assert_eq!(
            seen(5, Some(7), QuoteKind::Reported, text),
            Seen::Repeats(2)
        );
        assert_eq!(
            seen(5, Some(8), direct, text),
            Seen::New(Some(word_hashes(text)))
        );
        assert_eq!(seen(5, None, direct, text), Seen::New(None));
        let tail = "Powiedział też, że granica pozostanie zamknięta do odwołania";
        assert_eq!(
            seen(5, Some(7), direct, tail),
            Seen::New(Some(word_hashes(tail))),
            "too few words shared"
        );
        let tail = "Wojsko wróci do koszar, granica pozostanie zamknięta do odwołania";
        assert_eq!(
            seen(0, Some(7), direct, tail),
            Seen::Repeats(4),
            "found by its last words"
        );
    }

    #[test]
    fn the_same_meeting_and_quote_in_two_articles_is_one_entry_with_two_sources() {
        let first = parse_article(
            "a.txt".into(),
            "date 2026-03-02\n\nPremier Donald Tusk spotkał się w poniedziałek w Paryżu z prezydentem Francji Emmanuelem Macronem. – Europa musi wydawać więcej na obronę – powiedział Tusk.\n",
        );
        let second = parse_article(
            "b.txt".into(),
            "date 2026-03-02\n\nDonald Tusk spotkał się z Emmanuelem Macronem w Brukseli. – Europa musi wydawać więcej na obronę – powiedział premier Tusk.\n",
        );
        let b = extract(vec![first, second]);
        assert_eq!(b.meetings.len(), 1, "{:?}", b.meetings);
        let m = &b.meetings[0];
        assert_eq!(m.sources().map(|s| s.article).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(*m.disagreements, ["place: Paryż / Bruksela"]);
        assert_eq!(b.quotes.len(), 1, "{:?}", b.quotes);
        assert_eq!(b.quotes[0].source_count(), 2);
    }

    /// A quote told in two pieces and repeated whole by a later article: the
    /// repeat adds a source to each piece, and the first report's continuation
    /// still points at its own first piece.
    #[test]
    fn a_repeated_quote_in_two_pieces_is_stored_once() {
        let text = "date 2026-03-02\n\n– Nie oddamy ani metra granicy – powiedział wicepremier Paweł Lis. – Wojsko zostaje na miejscu.\n";
        let b = extract(vec![
            parse_article("a.txt".into(), text),
            parse_article("b.txt".into(), text),
        ]);
        let texts: Vec<&str> = b
            .quotes
            .iter()
            .map(|q| b.text_of(q.article, q.span))
            .collect();
        assert_eq!(
            texts,
            ["Nie oddamy ani metra granicy", "Wojsko zostaje na miejscu"]
        );
        assert_eq!(b.quotes[1].continues, Some(0));
        for q in &b.quotes {
            let articles: Vec<usize> = q.sources().map(|s| s.article).collect();
            assert_eq!(articles, [0, 1]);
        }
    }

    #[test]
    fn different_days_stay_different_meetings() {
        let first = parse_article(
            "a.txt".into(),
            "date 2026-03-02\n\nDonald Tusk spotkał się z Emmanuelem Macronem.\n",
        );
        let second = parse_article(
            "b.txt".into(),
            "date 2026-03-09\n\nDonald Tusk spotkał się z Emmanuelem Macronem.\n",
        );
        assert_eq!(extract(vec![first, second]).meetings.len(), 2);
    }
}
