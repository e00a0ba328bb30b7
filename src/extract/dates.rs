//! Dates in the text: "22 stycznia (2026 r.)", and relative ones ("w piątek",
//! "wczoraj") resolved against the article's date, never the clock.

use std::ops::Range;

use crate::extract::doc::Doc;
use crate::extract::lang::pl::{MONTHS, WEEKDAYS};
use crate::model::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFound {
    pub date: Date,
    /// Resolved from a relative expression rather than written as a date.
    pub inferred: bool,
}

/// The first date expression in `tokens`. Relative expressions need the article
/// date; `ahead` says whether the event is planned (weekdays then point forward).
pub fn find_date(
    doc: &Doc,
    tokens: Range<usize>,
    article: Option<Date>,
    ahead: bool,
) -> Option<DateFound> {
    for k in tokens.clone() {
        // "– poinformowało we wtorek ministerstwo": the day the news was given.
        if k > 0 && doc.speech_verb(k - 1).is_some() {
            continue;
        }
        if let Some(found) = written_date(doc, k, article) {
            return Some(found);
        }
        let Some(base) = article else { continue };
        let offset = match doc.lower(k) {
            "wczoraj" => Some(-1),
            "przedwczoraj" => Some(-2),
            "dziś" | "dzisiaj" => Some(0),
            "jutro" => Some(1),
            "pojutrze" => Some(2),
            _ => None,
        };
        if let Some(days) = offset {
            return Some(DateFound {
                date: base.add_days(days),
                inferred: true,
            });
        }
        if matches!(doc.lower(k), "w" | "we")
            && k + 1 < tokens.end
            && let Some(day) = WEEKDAYS.iter().position(|w| *w == doc.lower(k + 1))
        {
            return Some(DateFound {
                date: weekday_near(base, day, ahead),
                inferred: true,
            });
        }
    }
    None
}

/// The weekday (0 = Monday) nearest the article date: the coming one for a planned
/// event, the last one (or the day itself) for one that happened.
pub fn weekday_near(base: Date, day: usize, ahead: bool) -> Date {
    let today = i64::from(base.weekday());
    let day = day as i64;
    let delta = if ahead {
        (day - today).rem_euclid(7)
    } else {
        -(today - day).rem_euclid(7)
    };
    base.add_days(delta)
}

/// "22 stycznia" or "22 stycznia 2026": a day and a month in the genitive. Without a
/// year, the year that puts the date nearest the article's.
fn written_date(doc: &Doc, k: usize, article: Option<Date>) -> Option<DateFound> {
    if doc.kind(k) != Some(crate::extract::text::Kind::Number) {
        return None;
    }
    let day: u8 = doc.word(k).parse().ok()?;
    let month = MONTHS.iter().position(|m| *m == doc.lower(k + 1))? as u8 + 1;
    let year = match doc.word(k + 2).parse::<i32>() {
        Ok(y) if (1900..=2200).contains(&y) => y,
        _ => {
            let base = article?;
            let candidates = [base.year - 1, base.year, base.year + 1];
            *candidates
                .iter()
                .filter(|&&y| Date::new(y, month, day).is_some())
                .min_by_key(|&&y| {
                    (
                        Date::new(y, month, day)
                            .map_or(i64::MAX, |d| (d.to_days() - base.to_days()).abs()),
                        y,
                    )
                })?
        }
    };
    Some(DateFound {
        date: Date::new(year, month, day)?,
        inferred: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::pl::LEXICON;
    use crate::load::parse_article;

    fn date_in(text: &str, article: &str, ahead: bool) -> Option<DateFound> {
        let a = parse_article("t".into(), &format!("date {article}\n\n{text}"));
        let doc = Doc::new(&a, &LEXICON);
        find_date(&doc, 0..doc.len(), Date::parse_iso(article), ahead)
    }

    #[test]
    fn dates_written_and_relative() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        // 2026-01-22 is a Thursday.
        let cases: &[(&str, bool, &str, bool)] = &[
            (
                "Spotkali się 20 stycznia w Davos.",
                false,
                "2026-01-20",
                false,
            ),
            (
                "Spotkanie odbędzie się 3 lutego 2027 r.",
                true,
                "2027-02-03",
                false,
            ),
            ("Spotkają się 2 stycznia.", true, "2026-01-02", false),
            ("Rozmawiali wczoraj.", false, "2026-01-21", true),
            ("Rozmawiali w poniedziałek.", false, "2026-01-19", true),
            ("Spotkają się w poniedziałek.", true, "2026-01-26", true),
            ("Spotkali się we wtorek.", false, "2026-01-20", true),
            ("Spotkali się w czwartek.", false, "2026-01-22", true),
        ];
        for (text, ahead, want, inferred) in cases {
            let got = date_in(text, "2026-01-22", *ahead).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                got,
                DateFound {
                    date: d(want),
                    inferred: *inferred
                },
                "{text}"
            );
        }
        assert_eq!(date_in("Spotkają się wkrótce.", "2026-01-22", true), None);
        assert_eq!(date_in("Spotkanie 31 lutego.", "2026-01-22", true), None);
    }
}
