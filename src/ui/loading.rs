//! The status line while a large briefing loads behind the reader: a bar, the
//! files and articles so far, the rate and the time left.

use crate::app::LoadProgress;
use crate::model::grouped;

/// The progress as one line of at most `room` columns; the bar goes first when
/// room is short, then the rate.
pub fn loading_line(p: &LoadProgress, room: usize) -> String {
    let total = p.total.max(1);
    let percent = p.files.min(total) * 100 / total;
    let counts = format!(
        "{} of {} files · {} articles",
        grouped(p.files),
        grouped(p.total),
        grouped(p.articles)
    );
    let seconds = p.elapsed.as_secs_f64();
    // A rate from the first tenth of a second would swing wildly.
    let pace = (seconds >= 0.5 && p.files > 0).then(|| {
        let rate = p.files as f64 / seconds;
        let left = p.total.saturating_sub(p.files) as f64 / rate;
        format!(
            "{} files/s · {} left",
            grouped(rate as usize),
            duration(left)
        )
    });
    let bar_width = if room >= 100 { 20 } else { 10 };
    let filled = p.files.min(total) * bar_width / total;
    let bar = format!("{}{}", "━".repeat(filled), "─".repeat(bar_width - filled));
    let with_bar = |rest: &str| format!("loading {bar} {percent}% · {rest}");
    let plain = |rest: &str| format!("loading {percent}% · {rest}");
    let mut tries = Vec::new();
    if let Some(pace) = &pace {
        tries.push(with_bar(&format!("{counts} · {pace}")));
        tries.push(plain(&format!("{counts} · {pace}")));
    }
    tries.push(plain(&counts));
    let last = plain(&format!(
        "{} of {} files",
        grouped(p.files),
        grouped(p.total)
    ));
    tries
        .into_iter()
        .find(|t| t.chars().count() <= room)
        .unwrap_or(last)
}

/// "about 40 s", "about 3 min": what is left, roughly.
fn duration(seconds: f64) -> String {
    let s = seconds.ceil() as u64;
    if s < 90 {
        format!("about {s} s")
    } else {
        format!("about {} min", s.div_ceil(60))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(files: usize, total: usize, articles: usize, ms: u64) -> LoadProgress {
        LoadProgress {
            files,
            total,
            articles,
            elapsed: Duration::from_millis(ms),
        }
    }

    #[test]
    fn the_line_says_how_far_how_fast_and_how_long() {
        let cases = [
            (
                at(12_000, 27_000, 11_900, 6_000),
                120,
                "loading ━━━━━━━━──────────── 44% · 12,000 of 27,000 files · 11,900 articles · 2,000 files/s · about 8 s left",
            ),
            // Too soon for a rate.
            (
                at(512, 27_000, 500, 200),
                120,
                "loading 1% · 512 of 27,000 files · 500 articles",
            ),
            // Narrower: the bar goes first, then the rate.
            (
                at(12_000, 27_000, 11_900, 6_000),
                90,
                "loading 44% · 12,000 of 27,000 files · 11,900 articles · 2,000 files/s · about 8 s left",
            ),
            (
                at(12_000, 27_000, 11_900, 6_000),
                60,
                "loading 44% · 12,000 of 27,000 files · 11,900 articles",
            ),
            (
                at(12_000, 27_000, 11_900, 6_000),
                30,
                "loading 44% · 12,000 of 27,000 files",
            ),
            // Minutes for a long wait; nothing to load is not a division by zero.
            (
                at(1_000, 100_000, 990, 10_000),
                120,
                "loading ──────────────────── 1% · 1,000 of 100,000 files · 990 articles · 100 files/s · about 17 min left",
            ),
            (
                at(0, 0, 0, 0),
                120,
                "loading 0% · 0 of 0 files · 0 articles",
            ),
        ];
        for (progress, room, want) in cases {
            assert_eq!(
                loading_line(&progress, room),
                want,
                "{progress:?} in {room}"
            );
        }
    }
}
