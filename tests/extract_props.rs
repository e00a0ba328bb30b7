//! Extraction never panics, on any text, and every span it reports lies inside its
//! article on character boundaries; the batched path the binary takes gives the
//! same bytes whatever the batches and threads.

#[path = "common/extraction.rs"]
mod extraction;

use brief::export::to_json;
use brief::extract::{Batching, extract, extract_in_batches, extract_parallel};
use brief::load::{LoadOptions, load, parse_article};
use brief::model::{Article, Briefing, Span};
use proptest::prelude::*;

/// Words that wake the extraction rules up: names, roles, speech and meeting verbs,
/// quotation marks and dashes, mixed with arbitrary text.
const PIECES: &[&str] = &[
    "Donald",
    "Trump",
    "Trumpa",
    "Władimira",
    "Putina",
    "Steve'em",
    "Witkoffem",
    "prezydent",
    "USA",
    "prezydenta",
    "minister",
    "szef",
    "MSZ",
    "powiedział",
    "dodała",
    "–",
    "—",
    "-",
    "„",
    "”",
    "\"",
    "«",
    "»",
    ",",
    ".",
    ":",
    "że",
    "iż",
    "Jak",
    "przekazał",
    "Według",
    "spotkał",
    "się",
    "z",
    "ze",
    "w",
    "Moskwie",
    "doszło",
    "do",
    "spotkania",
    "dojdzie",
    "rozmowy",
    "między",
    "Stanami",
    "Zjednoczonymi",
    "i",
    "ukraińskich",
    "przedstawicieli",
    "\n\n",
    "\n",
    "date 2026-01-22",
    "title:",
    "Ursulą",
    "von",
    "der",
    "Leyen",
    "ds.",
    "m.in.",
    "😀",
    "漢字",
    "e\u{301}",
    "Zełenskiego",
    "w piątek",
    "wczoraj",
    "22 stycznia",
    "jego",
    "oraz",
    "przyjął",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "\\PC{0,12}",
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|p| p.join(" "))
}

fn check_span(b: &Briefing, article: usize, span: Span) {
    let text = &b.articles[article].text;
    assert!(
        span.start <= span.end && span.end as usize <= text.len(),
        "{span:?} outside {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize),
        "{span:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_stay_in_bounds(texts in proptest::collection::vec(text_strategy(), 1..4)) {
        let articles = texts.iter().enumerate().map(|(i, t)| parse_article(format!("a{i}.txt"), t)).collect();
        let b = extraction::extract(articles);
        for a in &b.actors {
            for m in &a.mentions {
                check_span(&b, m.article, m.span);
            }
        }
        for q in &b.quotes {
            check_span(&b, q.article, q.span);
            if let Some(c) = q.cue {
                check_span(&b, q.article, c);
            }
            prop_assert!(q.speaker.is_none_or(|s| s < b.actors.len()));
            prop_assert!(q.continues.is_none_or(|c| c < b.quotes.len()));
        }
        for m in &b.meetings {
            check_span(&b, m.article, m.span);
            prop_assert!(m.participants.iter().all(|&p| p < b.actors.len()));
        }
        // The export is valid JSON whose spans select their text.
        let json: serde_json::Value = serde_json::from_str(&to_json(&b)).unwrap();
        for actor in json["actors"].as_array().unwrap() {
            for m in actor["mentions"].as_array().unwrap() {
                let article = m["article"].as_str().unwrap()[1..].parse::<usize>().unwrap();
                let chars: Vec<char> = b.articles[article].text.chars().collect();
                let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                prop_assert_eq!(chars[s..e].iter().collect::<String>(), m["text"].as_str().unwrap());
            }
        }
    }

    #[test]
    fn extraction_is_deterministic(text in text_strategy()) {
        let run = || to_json(&extraction::extract(vec![parse_article("a.txt".into(), &text)]));
        prop_assert_eq!(run(), run());
    }
}

/// Every fixture article: Polish and English, one to a file or a whole briefing,
/// with actors that recur across articles, so merging spans batches.
fn fixture_articles() -> Vec<Article> {
    let root = env!("CARGO_MANIFEST_DIR");
    let dirs: Vec<String> = ["sample", "pl", "pl-holdout", "en", "briefing", "export"]
        .iter()
        .map(|d| format!("{root}/tests/fixtures/{d}"))
        .collect();
    load(&dirs, &LoadOptions::default()).unwrap()
}

#[test]
fn batches_and_threads_give_the_same_bytes() {
    let articles = fixture_articles();
    assert!(articles.len() > 50, "{}", articles.len());
    let serial = to_json(&extract(articles.clone()));
    let splits = [(1, 7), (2, 5), (3, 1), (4, 2), (2, 1000)];
    for (threads, batch) in splits {
        let batching = Batching { threads, batch };
        let mut done = Vec::new();
        let json = to_json(&extract_in_batches(articles.clone(), batching, &mut |n| {
            done.push(n)
        }));
        assert!(json == serial, "{batching:?} differs from one thread");
        let batches = articles.len().div_ceil(batch);
        assert_eq!(done.len(), batches, "{batching:?}: one report per batch");
        assert_eq!(done.last(), Some(&articles.len()), "{batching:?}");
    }
    // The binary's own entry point, over enough articles to take the batched path
    // on a machine with several cores.
    let twice: Vec<Article> = articles.iter().chain(&articles).cloned().collect();
    assert!(to_json(&extract_parallel(twice.clone())) == to_json(&extract(twice)));
}
