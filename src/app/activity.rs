//! What happened when: per day of the briefing, the held and planned
//! meetings and the statements (for the day ruler over the timeline), and
//! each actor's mentions, quotes and meetings (for the activity sparklines).
//! Days are kept sparsely, so a briefing whose dates lie years apart costs no
//! more than one whose dates are adjacent; long spans are compressed into
//! columns of several days each.

use std::collections::BTreeMap;

use crate::model::{Briefing, Date, MeetingStatus};

use super::index::{Item, Located, TimelineItem, timeline_date};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayCounts {
    pub held: u32,
    pub planned: u32,
    pub statements: u32,
}

impl DayCounts {
    pub fn total(self) -> u32 {
        self.held + self.planned + self.statements
    }

    fn add(&mut self, other: DayCounts) {
        self.held += other.held;
        self.planned += other.planned;
        self.statements += other.statements;
    }
}

/// Days from `first` to `last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaySpan {
    pub first: Date,
    pub last: Date,
}

impl DaySpan {
    pub fn day(date: Date) -> DaySpan {
        DaySpan {
            first: date,
            last: date,
        }
    }

    pub fn contains(&self, date: Date) -> bool {
        self.first <= date && date <= self.last
    }

    fn range(&self) -> std::ops::RangeInclusive<i64> {
        self.first.to_days()..=self.last.to_days()
    }
}

impl std::fmt::Display for DaySpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{} – {}", self.first, self.last)
        }
    }
}

/// The days one column of a picture stands for, and what happened on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    pub days: DaySpan,
    pub counts: DayCounts,
}

/// The timeline's rows by day (days since the epoch).
#[derive(Debug, Clone, Default)]
pub struct Days {
    by_day: BTreeMap<i64, DayCounts>,
}

impl Days {
    pub fn new(b: &Briefing, timeline: &[TimelineItem]) -> Days {
        let mut by_day: BTreeMap<i64, DayCounts> = BTreeMap::new();
        for &item in timeline {
            let Some(date) = timeline_date(b, item) else {
                continue;
            };
            let day = by_day.entry(date.to_days()).or_default();
            match item {
                TimelineItem::Meeting(m) => match b.meetings[m].status {
                    MeetingStatus::Held => day.held += 1,
                    MeetingStatus::Planned => day.planned += 1,
                },
                TimelineItem::Quote(_) => day.statements += 1,
            }
        }
        Days { by_day }
    }

    pub fn first(&self) -> Option<Date> {
        self.by_day.keys().next().map(|&d| Date::from_days(d))
    }

    pub fn last(&self) -> Option<Date> {
        self.by_day.keys().next_back().map(|&d| Date::from_days(d))
    }

    /// Calendar days from the first dated row to the last, both counted.
    pub fn span(&self) -> usize {
        match (self.by_day.keys().next(), self.by_day.keys().next_back()) {
            (Some(first), Some(last)) => usize::try_from(last - first + 1).unwrap_or(usize::MAX),
            _ => 0,
        }
    }

    /// Worth a picture: the rows lie on more than one day.
    pub fn several(&self) -> bool {
        self.by_day.len() > 1
    }

    /// How many days one of `columns` columns stands for.
    pub fn days_per_column(&self, columns: usize) -> usize {
        self.span().div_ceil(columns.max(1)).max(1)
    }

    /// The span cut into at most `columns` columns of equal length.
    pub fn buckets(&self, columns: usize) -> Vec<Bucket> {
        let Some(&start) = self.by_day.keys().next() else {
            return Vec::new();
        };
        let per = self.days_per_column(columns);
        (0..self.span().div_ceil(per))
            .map(|i| {
                let lo = start + (i * per) as i64;
                let hi = lo + per as i64 - 1;
                let mut counts = DayCounts::default();
                for (_, c) in self.by_day.range(lo..=hi) {
                    counts.add(*c);
                }
                let days = DaySpan {
                    first: Date::from_days(lo),
                    last: Date::from_days(hi),
                };
                Bucket { days, counts }
            })
            .collect()
    }

    /// How many cells each of the [`Days::buckets`] for `columns` columns
    /// gets, so a short briefing spreads over the width (up to three).
    pub fn cells_per_bucket(&self, columns: usize) -> usize {
        let buckets = self.span().div_ceil(self.days_per_column(columns));
        (columns / buckets.max(1)).clamp(1, 3)
    }

    /// The column of `columns` that shows `date`.
    pub fn column_of(&self, date: Date, columns: usize) -> Option<usize> {
        let start = *self.by_day.keys().next()?;
        let offset = usize::try_from(date.to_days() - start).ok()?;
        (offset < self.span()).then(|| offset / self.days_per_column(columns))
    }

    /// The nearest day with rows after (or before) `from`; from nowhere, the
    /// first (or last) day.
    pub fn step(&self, from: Option<Date>, forward: bool) -> Option<Date> {
        let found = match (from.map(Date::to_days), forward) {
            (None, true) => self.by_day.keys().next(),
            (None, false) => self.by_day.keys().next_back(),
            (Some(d), true) => self.by_day.range(d + 1..).next().map(|(k, _)| k),
            (Some(d), false) => self.by_day.range(..d).next_back().map(|(k, _)| k),
        };
        found.map(|&d| Date::from_days(d))
    }
}

/// When each of an actor's mentions, quotes and meetings (`items`)
/// happened: a meeting on its own date, the rest on their article's date.
pub fn actor_days(b: &Briefing, items: &[Located]) -> BTreeMap<i64, u32> {
    let mut out = BTreeMap::new();
    for l in items {
        let date = match l.item {
            Item::Meeting(m) => b.meetings[m].date,
            Item::Mention(_) | Item::Quote(_) => b.articles[l.article].date,
        };
        if let Some(d) = date {
            *out.entry(d.to_days()).or_insert(0) += 1;
        }
    }
    out
}

/// An actor's activity per column of `buckets`; `None` where nothing
/// happened, so a gap stays a gap.
pub fn series(activity: &BTreeMap<i64, u32>, buckets: &[Bucket]) -> Vec<Option<u64>> {
    buckets
        .iter()
        .map(|bucket| {
            let n: u64 = activity
                .range(bucket.days.range())
                .map(|(_, &n)| u64::from(n))
                .sum();
            (n > 0).then_some(n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(list: &[(&str, DayCounts)]) -> Days {
        let by_day = list
            .iter()
            .map(|(d, c)| (Date::parse_iso(d).unwrap().to_days(), *c))
            .collect();
        Days { by_day }
    }

    const HELD: DayCounts = DayCounts {
        held: 1,
        planned: 0,
        statements: 0,
    };
    const SAID: DayCounts = DayCounts {
        held: 0,
        planned: 0,
        statements: 2,
    };

    #[test]
    fn spans_compress_into_the_columns_given() {
        let d = days(&[("2026-01-01", HELD), ("2026-04-10", SAID)]);
        // (columns, days per column, buckets, cells per bucket)
        let cases = [
            (400, 1, 100, 3),
            (200, 1, 100, 2),
            (100, 1, 100, 1),
            (60, 2, 50, 1),
            (10, 10, 10, 1),
            (1, 100, 1, 1),
        ];
        for (columns, per, count, cells) in cases {
            assert_eq!(d.cells_per_bucket(columns), cells, "{columns}");
            assert_eq!(d.span(), 100);
            assert_eq!(d.days_per_column(columns), per, "{columns}");
            let buckets = d.buckets(columns);
            assert_eq!(buckets.len(), count, "{columns}");
            assert!(buckets.len() <= columns);
            let total: u32 = buckets.iter().map(|b| b.counts.total()).sum();
            assert_eq!(total, 3);
        }
    }

    #[test]
    fn empty_days_stay_empty_columns() {
        let d = days(&[("2026-01-01", HELD), ("2026-01-04", SAID)]);
        let totals: Vec<u32> = d.buckets(60).iter().map(|b| b.counts.total()).collect();
        assert_eq!(totals, [1, 0, 0, 2]);
        let date = Date::parse_iso("2026-01-03").unwrap();
        assert_eq!(d.column_of(date, 60), Some(2));
        assert_eq!(d.column_of(date, 2), Some(1));
        assert_eq!(
            d.column_of(Date::parse_iso("2026-01-05").unwrap(), 60),
            None
        );
    }

    #[test]
    fn stepping_visits_only_days_with_rows() {
        let d = days(&[("2026-01-01", HELD), ("2026-01-04", SAID)]);
        let day = |s| Date::parse_iso(s);
        let cases = [
            (None, true, day("2026-01-01")),
            (None, false, day("2026-01-04")),
            (day("2026-01-01"), true, day("2026-01-04")),
            (day("2026-01-04"), true, None),
            (day("2026-01-04"), false, day("2026-01-01")),
            (day("2026-01-01"), false, None),
        ];
        for (from, forward, want) in cases {
            assert_eq!(d.step(from, forward), want, "{from:?} {forward}");
        }
        assert!(d.several());
        assert!(!Days::default().several());
        assert!(Days::default().buckets(10).is_empty());
    }

    #[test]
    fn an_actors_series_has_gaps_where_nothing_happened() {
        let d = days(&[("2026-01-01", HELD), ("2026-01-03", SAID)]);
        let activity: BTreeMap<i64, u32> = [(Date::parse_iso("2026-01-03").unwrap().to_days(), 4)]
            .into_iter()
            .collect();
        assert_eq!(series(&activity, &d.buckets(60)), [None, None, Some(4)]);
    }
}
