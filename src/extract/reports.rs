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
/// Candidates are found by their first or last words, so a large briefing
/// stays fast; words are kept as hashes, only for quotes with a speaker.
#[derive(Default, Clone)]
pub struct QuoteIndex {
    buckets: HashMap<(usize, bool, bool, [u64; 3]), Vec<QuoteId>>,
    words: HashMap<QuoteId, Vec<u64>>,
}

/// What a quote of an article being added is to the quotes kept before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// A later report of this kept quote.
    Repeats(QuoteId),
    /// A new quote, with the words that find its own repeats (none when it has
    /// no speaker).
    New(Option<Vec<u64>>),
}

/// The first or the last three words, as the key that finds a repeat.
fn ends(words: &[u64]) -> [(bool, [u64; 3]); 2] {
    let end = |it: &mut dyn Iterator<Item = &u64>| {
        let mut key = [0; 3];
        for (slot, h) in key.iter_mut().zip(it) {
            *slot = *h;
        }
        key
    };
    [
        (true, end(&mut words.iter())),
        (false, end(&mut words.iter().rev())),
    ]
}

impl QuoteIndex {
    /// What `text`, said by `speaker` (a gathered actor) in `article`, is to the
    /// kept `quotes`.
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
        let direct = kind == QuoteKind::Direct;
        let w = word_hashes(text);
        let same = ends(&w).iter().find_map(|(head, key)| {
            self.buckets
                .get(&(speaker, direct, *head, *key))?
                .iter()
                .copied()
                .find(|&j| {
                    quotes[j].article != article
                        && self.words.get(&j).is_some_and(|other| similar(&w, other))
                })
        });
        match same {
            Some(j) => Seen::Repeats(j),
            None => Seen::New(Some(w)),
        }
    }

    /// Keeps quote `id`, new by [`QuoteIndex::seen`], for later reports to find.
    pub fn keep(&mut self, id: QuoteId, speaker: Option<usize>, kind: QuoteKind, words: Vec<u64>) {
        let Some(speaker) = speaker else { return };
        let direct = kind == QuoteKind::Direct;
        for (head, key) in ends(&words) {
            self.buckets
                .entry((speaker, direct, head, key))
                .or_default()
                .push(id);
        }
        self.words.insert(id, words);
    }
}

fn word_hashes(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            // Hashed a character at a time: no lowercase copy of every word.
            let mut h = rustc_hash::FxHasher::default();
            w.chars()
                .flat_map(char::to_lowercase)
                .for_each(|c| c.hash(&mut h));
            h.finish()
        })
        .collect()
}

/// Most words shared: the same quotation, perhaps trimmed differently.
fn similar(a: &[u64], b: &[u64]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    shared * 5 >= a.len().max(b.len()) * 4
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::load::parse_article;

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
