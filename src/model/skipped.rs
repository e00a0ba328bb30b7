//! The inputs a partial load left out, for stderr, the status line and the
//! reader's list of them.

/// How many inputs a load tried, and why each left-out one could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Every input tried: loaded or skipped.
    pub tried: usize,
    /// One line per skipped input, in input order: its name (escaped) and the reason.
    pub reasons: Vec<String>,
}

impl Skipped {
    pub fn is_empty(&self) -> bool {
        self.reasons.is_empty()
    }

    /// "3 of 27,320 files skipped".
    pub fn summary(&self) -> String {
        format!(
            "{} of {} files skipped",
            grouped(self.reasons.len()),
            grouped(self.tried)
        )
    }
}

/// A count with its thousands grouped by commas, as people read large numbers.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (27_320, "27,320"),
            (100_000, "100,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, want) in cases {
            assert_eq!(grouped(n), want, "{n}");
        }
    }

    #[test]
    fn the_summary_counts_skipped_of_tried() {
        let skipped = Skipped {
            tried: 27_320,
            reasons: vec!["a".into(), "b".into(), "c".into()],
        };
        assert_eq!(skipped.summary(), "3 of 27,320 files skipped");
        assert!(Skipped::default().is_empty());
    }
}
