//! One actor per person, whatever the spelling: sixteen Polish and English reports
//! of one week (tests/fixtures/mixed, EXPECTED.json) name thirty-one people in both
//! languages — Cyrillic names in two transliterations, foreign names declined in
//! Polish, Turkish, Hebrew, Arabic, Chinese and Korean names — and three pairs of
//! namesakes. Extracted on the binary's batched path.

#[path = "common/extraction.rs"]
mod extraction;

use std::collections::BTreeSet;
use std::path::Path;

use brief::load::{LoadOptions, load};
use brief::model::{ActorId, ActorKind, Briefing, Language, Span};
use serde_json::Value;

/// People the extractor does not yet keep as one actor under their name. Their
/// checks are left out until it does: remove a name here once its check passes.
const PENDING: &[&str] = &[];

/// Names the extractor takes for a person though they are not one.
const PENDING_NOT_PEOPLE: &[&str] = &[];

struct Person {
    name: String,
    /// (file, the forms of the name written there).
    forms: Vec<(String, Vec<String>)>,
}

fn briefing() -> (Briefing, Vec<Person>, Vec<(String, String)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mixed");
    let articles = load(&article_files(&dir), &LoadOptions::default()).unwrap();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("EXPECTED.json")).unwrap()).unwrap();
    let people = expected["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| Person {
            name: p["name"].as_str().unwrap().to_string(),
            forms: p["forms"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(file, forms)| (file.clone(), strings(forms)))
                .collect(),
        })
        .collect();
    let namesakes = expected["namesakes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            let pair = strings(pair);
            (pair[0].clone(), pair[1].clone())
        })
        .collect();
    (extraction::extract(articles), people, namesakes)
}

/// The directory's articles, in name order: the `.txt` files (its README is no report).
fn article_files(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| path.display().to_string())
        .collect();
    files.sort();
    files
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn pending(name: &str) -> bool {
    PENDING.contains(&name)
}

/// The article loaded from `file`.
fn article(b: &Briefing, file: &str) -> usize {
    b.articles
        .iter()
        .position(|a| a.source.rsplit('/').next() == Some(file))
        .unwrap_or_else(|| panic!("{file} not loaded"))
}

fn file(b: &Briefing, article: usize) -> String {
    let source = &b.articles[article].source;
    source.rsplit('/').next().unwrap_or(source).to_string()
}

/// A mention's text without an English possessive ("Vladimir Putin's").
fn mention_text(b: &Briefing, article: usize, span: Span) -> &str {
    let text = &b.articles[article].text[span.range()];
    text.strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(text)
}

/// The actors with a mention written exactly `form` in `file`.
fn holders(b: &Briefing, file: &str, form: &str) -> BTreeSet<ActorId> {
    let article = article(b, file);
    (0..b.actors.len())
        .filter(|&id| {
            b.actors[id]
                .mentions
                .iter()
                .any(|m| m.article == article && mention_text(b, article, m.span) == form)
        })
        .collect()
}

/// Every actor holding one of the person's forms, with the forms it holds.
fn actors_of(b: &Briefing, person: &Person) -> Vec<(ActorId, Vec<String>)> {
    let mut found: Vec<(ActorId, Vec<String>)> = Vec::new();
    for (file, forms) in &person.forms {
        for form in forms {
            let held = holders(b, file, form);
            assert!(
                !held.is_empty(),
                "{}: no mention {form:?} in {file}",
                person.name
            );
            for id in held {
                match found.iter_mut().find(|(a, _)| *a == id) {
                    Some((_, f)) => f.push(format!("{file}: {form}")),
                    None => found.push((id, vec![format!("{file}: {form}")])),
                }
            }
        }
    }
    found
}

#[test]
fn the_fixture_names_each_person_in_both_languages() {
    let (b, people, namesakes) = briefing();
    assert!(people.len() >= 25, "{} people", people.len());
    assert!(namesakes.len() >= 2);
    for person in &people {
        let languages: BTreeSet<&str> = person
            .forms
            .iter()
            .map(|(file, _)| match b.articles[article(&b, file)].language {
                Language::Polish => "pl",
                Language::English => "en",
            })
            .collect();
        assert_eq!(languages.len(), 2, "{}: {languages:?}", person.name);
        for (file, forms) in &person.forms {
            let text = &b.articles[article(&b, file)].text;
            for form in forms {
                assert!(text.contains(form.as_str()), "{form:?} not in {file}");
            }
        }
    }
}

#[test]
fn each_person_is_one_actor_whatever_the_spelling() {
    let (b, people, _) = briefing();
    for person in people.iter().filter(|p| !pending(&p.name)) {
        let found = actors_of(&b, person);
        let names: Vec<(&str, &Vec<String>)> = found
            .iter()
            .map(|(id, forms)| (b.actors[*id].name.as_str(), forms))
            .collect();
        assert_eq!(found.len(), 1, "{}: {names:#?}", person.name);
        let actor = &b.actors[found[0].0];
        assert_eq!(actor.name, person.name);
        assert_eq!(actor.kind, ActorKind::Person, "{}", person.name);
        let files: BTreeSet<String> = actor.mentions.iter().map(|m| file(&b, m.article)).collect();
        let want: BTreeSet<String> = person.forms.iter().map(|(f, _)| f.clone()).collect();
        assert_eq!(files, want, "{}", person.name);
    }
}

#[test]
fn namesakes_are_separate_actors() {
    let (b, people, namesakes) = briefing();
    let person = |name: &str| people.iter().find(|p| p.name == name).unwrap();
    for (one, other) in namesakes
        .iter()
        .filter(|(one, other)| !pending(one) && !pending(other))
    {
        let ones: BTreeSet<ActorId> = actors_of(&b, person(one)).iter().map(|a| a.0).collect();
        let others: BTreeSet<ActorId> = actors_of(&b, person(other)).iter().map(|a| a.0).collect();
        assert!(
            ones.is_disjoint(&others),
            "{one} and {other} share an actor"
        );
    }
}

/// Where the forms of the pending people are written, as (article, span).
fn pending_spans(b: &Briefing, people: &[Person]) -> Vec<(usize, Span)> {
    let mut spans = Vec::new();
    for person in people.iter().filter(|p| pending(&p.name)) {
        for (file, forms) in &person.forms {
            let article = article(b, file);
            for form in forms {
                spans.extend(
                    b.articles[article]
                        .text
                        .match_indices(form.as_str())
                        .map(|(at, _)| (article, Span::new(at, at + form.len()))),
                );
            }
        }
    }
    spans
}

#[test]
fn no_person_beyond_the_expected_ones() {
    let (b, people, _) = briefing();
    let spans = pending_spans(&b, &people);
    let of_pending = |id: ActorId| {
        b.actors[id].mentions.iter().any(|m| {
            spans
                .iter()
                .any(|&(a, s)| a == m.article && s.overlaps(m.span))
        })
    };
    let mut got: Vec<&str> = (0..b.actors.len())
        .filter(|&id| b.actors[id].kind == ActorKind::Person && !of_pending(id))
        .map(|id| b.actors[id].name.as_str())
        .filter(|name| !PENDING_NOT_PEOPLE.contains(name))
        .collect();
    got.sort_unstable();
    let mut want: Vec<&str> = people
        .iter()
        .map(|p| p.name.as_str())
        .filter(|name| !pending(name))
        .collect();
    want.sort_unstable();
    assert_eq!(got, want);
}
