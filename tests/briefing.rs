//! A whole briefing: twenty Polish and English articles from several outlets about
//! one week, read as one picture (tests/fixtures/briefing, EXPECTED.json), extracted
//! on the binary's batched path.

#[path = "common/extraction.rs"]
mod extraction;

use std::collections::HashSet;
use std::path::Path;

use brief::load::{LoadOptions, load};
use brief::model::Briefing;
use serde_json::Value;

fn briefing() -> (Briefing, Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/briefing");
    let articles = load(&[dir.display().to_string()], &LoadOptions::default()).unwrap();
    let expected = std::fs::read_to_string(dir.join("EXPECTED.json")).unwrap();
    (
        extraction::extract(articles),
        serde_json::from_str(&expected).unwrap(),
    )
}

fn file(b: &Briefing, article: usize) -> String {
    let source = &b.articles[article].source;
    source.rsplit('/').next().unwrap_or(source).to_string()
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn one_actor_per_person_across_outlets_and_languages() {
    let (b, expected) = briefing();
    let mut people: Vec<String> = b
        .actors
        .iter()
        .filter(|a| a.kind.as_str() == "person")
        .map(|a| a.name.clone())
        .collect();
    people.sort();
    let mut want = names(&expected["people"]);
    want.sort();
    assert_eq!(people, want);
    // Namesakes stay apart, each with the mentions of their own articles.
    for pair in expected["same_surname"].as_array().unwrap() {
        let pair = names(pair);
        let files = |name: &str| -> HashSet<String> {
            let actor = b
                .actors
                .iter()
                .find(|a| a.name == name)
                .unwrap_or_else(|| panic!("{name}"));
            actor.mentions.iter().map(|m| file(&b, m.article)).collect()
        };
        assert_ne!(files(&pair[0]), files(&pair[1]), "{pair:?}");
    }
}

#[test]
fn each_meeting_is_one_entry_with_its_reports() {
    let (b, expected) = briefing();
    assert_eq!(
        b.meetings.len(),
        expected["meetings"].as_array().unwrap().len(),
        "{:?}",
        b.meetings
    );
    for want in expected["meetings"].as_array().unwrap() {
        let parties: HashSet<String> = names(&want["participants"]).into_iter().collect();
        let found = b.meetings.iter().find(|m| {
            let got: HashSet<String> = m
                .participants
                .iter()
                .map(|&p| b.actors[p].name.clone())
                .collect();
            got == parties && m.status.as_str() == want["status"]
        });
        let m = found.unwrap_or_else(|| panic!("no meeting {parties:?}"));
        assert_eq!(
            m.date.map(|d| d.to_string()),
            want["date"].as_str().map(str::to_string),
            "{parties:?}"
        );
        let reports: HashSet<String> = names(&want["reports"]).into_iter().collect();
        let sources: HashSet<String> = m.sources().map(|s| file(&b, s.article)).collect();
        assert!(
            sources.is_subset(&reports),
            "{parties:?}: {sources:?} not all in {reports:?}"
        );
        assert!(
            sources.len() * 3 >= reports.len() * 2,
            "{parties:?}: only {sources:?} of {reports:?}"
        );
    }
}

#[test]
fn a_quote_repeated_by_two_outlets_is_one_quote_with_two_sources() {
    let (b, expected) = briefing();
    let speaker = expected["repeated_quote"]["speaker"].as_str().unwrap();
    let files: HashSet<String> = names(&expected["repeated_quote"]["files"])
        .into_iter()
        .collect();
    let merged = b.quotes.iter().find(|q| {
        q.speaker.is_some_and(|s| b.actors[s].name == speaker)
            && q.sources()
                .map(|s| file(&b, s.article))
                .collect::<HashSet<_>>()
                == files
    });
    assert!(
        merged.is_some(),
        "no quote by {speaker} reported in {files:?}"
    );
}

#[test]
fn one_actor_per_body_across_languages() {
    let (b, _) = briefing();
    let bodies: Vec<&str> = b
        .actors
        .iter()
        .filter(|a| a.kind.as_str() != "person")
        .map(|a| a.name.as_str())
        .collect();
    // The State Department speaks in Polish and English reports: one actor.
    let department: Vec<_> = b
        .actors
        .iter()
        .filter(|a| matches!(a.name.as_str(), "Departament Stanu" | "State Department"))
        .collect();
    assert_eq!(department.len(), 1, "{bodies:?}");
    let languages: HashSet<String> = department[0]
        .mentions
        .iter()
        .map(|m| format!("{:?}", b.articles[m.article].language))
        .collect();
    assert_eq!(languages.len(), 2, "{languages:?}");
}
