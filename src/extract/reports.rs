//! Several articles reporting the same meeting or the same words: one entry each,
//! pointing at its first report, with every report listed as a source and the
//! points where the reports disagree.

use rustc_hash::FxHashMap as HashMap;

use crate::extract::lang::en::same_place;
use crate::model::{Briefing, Date, Meeting, QuoteId};

/// Merges repeated reports of meetings and quotes across articles.
pub fn merge_reports(b: &mut Briefing) {
    merge_meetings(b);
    merge_quotes(b);
}

/// The same participants and status, on dates at most a day apart (or undated), in
/// different articles: one meeting. Looked up by day, so a large briefing stays fast.
fn merge_meetings(b: &mut Briefing) {
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
    other.later_reports = Vec::new();
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

/// The same speaker and nearly the same words in different articles: one quote.
/// Candidates are found by their first or last words, so a large briefing stays fast.
fn merge_quotes(b: &mut Briefing) {
    // Words as hashes, kept only for the quotes others may join: a large briefing
    // would not hold every quote's words as strings.
    type Key = (usize, bool, bool, [u64; 3]);
    let mut buckets: HashMap<Key, Vec<usize>> = HashMap::default();
    let mut kept_words: HashMap<usize, Vec<u64>> = HashMap::default();
    let mut into: Vec<QuoteId> = (0..b.quotes.len()).collect();
    for (i, q) in b.quotes.iter().enumerate() {
        let Some(speaker) = q.speaker else { continue };
        let direct = q.kind == crate::model::QuoteKind::Direct;
        let w = word_hashes(b.text_of(q.article, q.span));
        let end = |it: &mut dyn Iterator<Item = &u64>| {
            let mut key = [0; 3];
            for (slot, h) in key.iter_mut().zip(it) {
                *slot = *h;
            }
            key
        };
        let ends = [
            (true, end(&mut w.iter())),
            (false, end(&mut w.iter().rev())),
        ];
        let same = ends.iter().find_map(|(head, key)| {
            buckets
                .get(&(speaker, direct, *head, *key))?
                .iter()
                .copied()
                .find(|&j| {
                    b.quotes[j].article != q.article
                        && kept_words.get(&j).is_some_and(|other| similar(&w, other))
                })
        });
        match same {
            Some(j) => into[i] = j,
            None => {
                for (head, key) in ends {
                    buckets
                        .entry((speaker, direct, head, key))
                        .or_default()
                        .push(i);
                }
                kept_words.insert(i, w);
            }
        }
    }
    // Kept quotes move to the front, in order, and the rest are absorbed into
    // them, in place: a large briefing holds its quotes once.
    let quotes = &mut b.quotes;
    let mut new_index = vec![0; quotes.len()];
    let mut kept = 0;
    for i in 0..quotes.len() {
        if into[i] == i {
            new_index[i] = kept;
            quotes.swap(kept, i);
            kept += 1;
        } else {
            let target = new_index[into[i]];
            new_index[i] = target;
            let (front, rest) = quotes.split_at_mut(kept);
            front[target].later_reports.extend(rest[i - kept].sources());
        }
    }
    quotes.truncate(kept);
    for q in quotes.iter_mut() {
        q.continues = q.continues.map(|c| new_index[c]);
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
        assert_eq!(m.disagreements, ["place: Paryż / Bruksela"]);
        assert_eq!(b.quotes.len(), 1, "{:?}", b.quotes);
        assert_eq!(b.quotes[0].source_count(), 2);
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
