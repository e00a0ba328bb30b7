//! The extractor against hand-annotated gold: the bundled sample and the Polish
//! fixtures in tests/fixtures/pl. Scored the way the project's scorer does it: persons
//! by name, quotes by word overlap, speakers, meetings by participant overlap.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use brief::extract::extract;
use brief::extract::fold::fold;
use brief::load::parse_article;
use brief::model::Briefing;
use serde_json::Value;

#[derive(Default, Debug)]
struct Tally {
    persons_gold: usize,
    persons_found: usize,
    persons_predicted: usize,
    persons_right: usize,
    quotes_gold: usize,
    quotes_found: usize,
    quotes_predicted: usize,
    speakers_right: usize,
    speakers_wrong: usize,
    meetings_gold: usize,
    meetings_found: usize,
    meetings_predicted: usize,
    status_right: usize,
    place_right: usize,
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn same_quote(a: &str, b: &str) -> bool {
    let (a, b): (HashSet<String>, HashSet<String>) = (
        words(a).into_iter().collect(),
        words(b).into_iter().collect(),
    );
    !a.is_empty() && !b.is_empty() && a.intersection(&b).count() * 5 >= a.len().max(b.len()) * 4
}

/// A predicted name matches a gold actor: same folded name, a surname alone where the
/// article never writes the full name, or (for groups) most words shared.
fn same_actor(pred: &str, gold: &Value, body: &str) -> bool {
    let (p, g) = (fold(pred), fold(gold["name"].as_str().unwrap_or("")));
    if p == g {
        return true;
    }
    if gold["kind"] == "person" {
        let surname = g.split(' ').next_back().unwrap_or("");
        return !fold(body).contains(&g) && g.contains(' ') && p == surname;
    }
    let (a, b): (HashSet<String>, HashSet<String>) = (
        words(&p).into_iter().collect(),
        words(&g).into_iter().collect(),
    );
    !a.is_empty() && !b.is_empty() && a.intersection(&b).count() * 5 >= a.len().min(b.len()) * 3
}

fn score(b: &Briefing, gold: &Value, body: &str, t: &mut Tally) {
    let gold_actors = gold["actors"].as_array().unwrap();
    let gold_of = |name: &str| gold_actors.iter().find(|g| same_actor(name, g, body));
    let people: Vec<&Value> = gold_actors
        .iter()
        .filter(|g| g["kind"] == "person")
        .collect();
    t.persons_gold += people.len();
    t.persons_found += people
        .iter()
        .filter(|g| b.actors.iter().any(|a| same_actor(&a.name, g, body)))
        .count();
    for a in b.actors.iter().filter(|a| a.kind.as_str() == "person") {
        t.persons_predicted += 1;
        t.persons_right += usize::from(gold_of(&a.name).is_some());
    }
    let speaker_name = |s: Option<usize>| s.map(|s| b.actors[s].name.clone());
    let gold_quotes = gold["quotes"].as_array().unwrap();
    t.quotes_gold += gold_quotes.len();
    t.quotes_predicted += b.quotes.len();
    let mut used = HashSet::new();
    for g in gold_quotes {
        let hit = b.quotes.iter().enumerate().find(|(i, q)| {
            !used.contains(i)
                && q.kind.as_str() == g["kind"]
                && same_quote(b.text_of(q.article, q.span), g["text"].as_str().unwrap())
        });
        let Some((i, q)) = hit else { continue };
        used.insert(i);
        t.quotes_found += 1;
        if let Some(said) = speaker_name(q.speaker) {
            let right = g["speaker"]
                .as_str()
                .and_then(gold_of)
                .is_some_and(|ga| gold_of(&said) == Some(ga));
            if right {
                t.speakers_right += 1;
            } else {
                t.speakers_wrong += 1;
            }
        }
    }
    let key = |name: &str| {
        gold_of(name).map_or_else(|| fold(name), |g| fold(g["name"].as_str().unwrap()))
    };
    let gold_meetings = gold["meetings"].as_array().unwrap();
    t.meetings_gold += gold_meetings.len();
    t.meetings_predicted += b.meetings.len();
    let mut taken = HashSet::new();
    for g in gold_meetings {
        let gs: HashSet<String> = g["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fold(p.as_str().unwrap()))
            .collect();
        // The best overlap; among equals the same status, then the first reported.
        let best = b
            .meetings
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken.contains(i))
            .max_by_key(|(i, m)| {
                let ps: HashSet<String> = m
                    .participants
                    .iter()
                    .map(|&p| key(&b.actors[p].name))
                    .collect();
                let overlap = ps.intersection(&gs).count() * 100 / ps.union(&gs).count().max(1);
                (
                    overlap,
                    m.status.as_str() == g["status"],
                    std::cmp::Reverse(*i),
                )
            });
        let Some((i, m)) = best else { continue };
        let ps: HashSet<String> = m
            .participants
            .iter()
            .map(|&p| key(&b.actors[p].name))
            .collect();
        if ps.intersection(&gs).count() * 2 < ps.union(&gs).count() {
            continue;
        }
        taken.insert(i);
        t.meetings_found += 1;
        t.status_right += usize::from(m.status.as_str() == g["status"]);
        let place = m.place.as_deref().map(fold);
        t.place_right += usize::from(place == g["place"].as_str().map(fold));
    }
}

fn gold_files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    files
}

fn tally(dir: &str) -> Tally {
    let mut t = Tally::default();
    for gold_path in gold_files(dir) {
        let text_path = PathBuf::from(gold_path.to_string_lossy().replace(".gold.json", ".txt"));
        let text = fs::read_to_string(&text_path).unwrap();
        let gold: Value = serde_json::from_str(&fs::read_to_string(&gold_path).unwrap()).unwrap();
        let article = parse_article(text_path.display().to_string(), &text);
        let body = article.text.clone();
        let b = extract(vec![article]);
        score(&b, &gold, &body, &mut t);
    }
    t
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn the_sample_comes_out_right() {
    let t = tally("tests/fixtures/sample");
    assert_eq!(
        (t.persons_found, t.persons_right),
        (t.persons_gold, t.persons_predicted),
        "persons: {t:?}"
    );
    assert_eq!(t.quotes_found, t.quotes_gold, "every quote found: {t:?}");
    assert_eq!(t.quotes_predicted, t.quotes_gold, "no extra quotes: {t:?}");
    assert_eq!(t.speakers_wrong, 0, "no wrong speaker: {t:?}");
    assert_eq!(t.speakers_right, t.quotes_gold, "every speaker: {t:?}");
    assert_eq!(t.meetings_found, t.meetings_gold, "meetings: {t:?}");
    assert_eq!(
        t.meetings_predicted, t.meetings_gold,
        "no extra meetings: {t:?}"
    );
    assert_eq!(
        (t.status_right, t.place_right),
        (t.meetings_gold, t.meetings_gold),
        "status and place: {t:?}"
    );
}

/// Minimum scores a fixture set must keep.
struct Bar {
    persons: f64,
    quotes: f64,
    speaker_precision: f64,
    speaker_recall: f64,
    meetings: f64,
}

fn assert_scores(dir: &str, bar: Bar) {
    let t = tally(dir);
    let persons = f1(
        ratio(t.persons_right, t.persons_predicted),
        ratio(t.persons_found, t.persons_gold),
    );
    let quotes = f1(
        ratio(t.quotes_found, t.quotes_predicted),
        ratio(t.quotes_found, t.quotes_gold),
    );
    let meetings = f1(
        ratio(t.meetings_found, t.meetings_predicted),
        ratio(t.meetings_found, t.meetings_gold),
    );
    let speaker_precision = ratio(t.speakers_right, t.speakers_right + t.speakers_wrong);
    let speaker_recall = ratio(t.speakers_right, t.quotes_gold);
    assert!(persons >= bar.persons, "persons F1 {persons:.2}: {t:?}");
    assert!(quotes >= bar.quotes, "quotes F1 {quotes:.2}: {t:?}");
    assert!(
        speaker_precision >= bar.speaker_precision,
        "speaker precision {speaker_precision:.2}: {t:?}"
    );
    assert!(
        speaker_recall >= bar.speaker_recall,
        "speaker recall {speaker_recall:.2}: {t:?}"
    );
    assert!(meetings >= bar.meetings, "meetings F1 {meetings:.2}: {t:?}");
    assert!(
        t.status_right * 10 >= t.meetings_found * 8,
        "meeting status: {t:?}"
    );
}

#[test]
fn polish_fixtures_score_high() {
    let bar = Bar {
        persons: 0.95,
        quotes: 0.90,
        speaker_precision: 0.95,
        speaker_recall: 0.85,
        meetings: 0.85,
    };
    assert_scores("tests/fixtures/pl", bar);
}

#[test]
fn held_out_polish_articles_score_well() {
    let bar = Bar {
        persons: 0.9,
        quotes: 0.85,
        speaker_precision: 0.9,
        speaker_recall: 0.7,
        meetings: 0.6,
    };
    assert_scores("tests/fixtures/pl-holdout", bar);
}

#[test]
fn english_fixtures_score_high() {
    let bar = Bar {
        persons: 0.95,
        quotes: 0.85,
        speaker_precision: 0.9,
        speaker_recall: 0.8,
        meetings: 0.55,
    };
    assert_scores("tests/fixtures/en", bar);
}

#[test]
fn one_actor_across_languages() {
    let polish = parse_article(
        "pl.txt".into(),
        "date 2026-02-10\n\nWładimir Putin spotkał się z Wołodymyrem Zełenskim. Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy były trudne.\n",
    );
    let english = parse_article(
        "en.txt".into(),
        "date 2026-02-11\n\nRussian President Vladimir Putin met Ukrainian President Volodymyr Zelensky on Tuesday, the Kremlin said. \"The talks were difficult,\" Kremlin spokesman Dmitry Peskov told reporters.\n",
    );
    assert_eq!(english.language, brief::model::Language::English);
    let b = extract(vec![polish, english]);
    let people: Vec<&str> = b
        .actors
        .iter()
        .filter(|a| a.kind.as_str() == "person")
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(people.len(), 3, "{people:?}");
    for a in b.actors.iter().filter(|a| a.kind.as_str() == "person") {
        let articles: HashSet<usize> = a.mentions.iter().map(|m| m.article).collect();
        assert_eq!(articles.len(), 2, "{} is named in both articles", a.name);
    }
    // Ties between spellings go to the one with diacritics.
    assert!(people.contains(&"Władimir Putin"), "{people:?}");
}
