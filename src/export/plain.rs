//! A plain, labelled text rendering for pipes, `TERM=dumb` and `--plain`.

use crate::model::Briefing;

pub fn to_plain(b: &Briefing) -> String {
    let mut out = String::new();
    for a in &b.articles {
        out.push_str(&a.text);
    }
    out
}
