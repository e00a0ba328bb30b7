//! Scoring a briefing against a hand-annotated gold file, the way the project's
//! scorer does it: persons and other actors by name, mention forms and roles of
//! the persons found, quotes by word overlap (direct and reported apart),
//! speakers, meetings by participant overlap with their status and place.
//! Shared with `#[path]`.

use std::collections::HashSet;

use brief::extract::fold::fold;
use brief::model::{Actor, Briefing};
use serde_json::Value;

/// Gold items, predicted items, gold items found, predicted items that are right.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub gold: usize,
    pub predicted: usize,
    pub found: usize,
    pub right: usize,
}

impl Count {
    pub fn f1(&self) -> f64 {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let (p, r) = (
            ratio(self.right, self.predicted),
            ratio(self.found, self.gold),
        );
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Speakers of the quotes found: the gold speaker, another one, or none given
/// where the gold names one.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speakers {
    pub right: usize,
    pub wrong: usize,
    pub missing: usize,
}

/// Roles of the gold persons found that have one: the gold role among the
/// actor's roles, only other roles, or none.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roles {
    pub gold: usize,
    pub right: usize,
    pub wrong: usize,
    pub missing: usize,
}

/// Meetings, with the status and the place of the ones found.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meetings {
    pub count: Count,
    pub status_right: usize,
    pub place_right: usize,
}

#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub persons: Count,
    pub forms: Count,
    pub roles: Roles,
    pub direct: Count,
    pub reported: Count,
    pub speakers: Speakers,
    pub meetings: Meetings,
    pub actors: Count,
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn same_quote(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
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
    let (a, b) = (words(&p), words(&g));
    !a.is_empty() && !b.is_empty() && a.intersection(&b).count() * 5 >= a.len().min(b.len()) * 3
}

/// Scores one article's briefing against its gold, adding to `t`.
pub fn score(b: &Briefing, gold: &Value, body: &str, t: &mut Tally) {
    let gold_actors = gold["actors"].as_array().unwrap();
    let is_person = |g: &&Value| g["kind"] == "person";
    let people: Vec<&Value> = gold_actors.iter().filter(is_person).collect();
    let others: Vec<&Value> = gold_actors.iter().filter(|g| !is_person(g)).collect();
    let persons = |a: &&Actor| a.kind.as_str() == "person";
    let predicted_people: Vec<&Actor> = b.actors.iter().filter(persons).collect();
    let predicted_others: Vec<&Actor> = b.actors.iter().filter(|a| !persons(a)).collect();
    add_actors(&mut t.persons, &people, &predicted_people, body);
    add_actors(&mut t.actors, &others, &predicted_others, body);
    for g in &people {
        if let Some(a) = predicted_people
            .iter()
            .find(|a| same_actor(&a.name, g, body))
        {
            add_forms(&mut t.forms, b, a, g);
            add_role(&mut t.roles, a, g);
        }
    }
    score_quotes(b, gold, body, t);
    score_meetings(b, gold, body, &mut t.meetings);
}

fn add_actors(count: &mut Count, gold: &[&Value], predicted: &[&Actor], body: &str) {
    count.gold += gold.len();
    count.predicted += predicted.len();
    count.found += gold
        .iter()
        .filter(|g| predicted.iter().any(|a| same_actor(&a.name, g, body)))
        .count();
    count.right += predicted
        .iter()
        .filter(|a| gold.iter().any(|g| same_actor(&a.name, g, body)))
        .count();
}

/// Mention forms compared case-insensitively, as the gold lists them.
fn add_forms(count: &mut Count, b: &Briefing, actor: &Actor, gold: &Value) {
    let gold_forms: HashSet<String> = gold["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_lowercase())
        .collect();
    let forms: HashSet<String> = actor
        .mentions
        .iter()
        .map(|m| b.text_of(m.article, m.span).to_lowercase())
        .collect();
    let shared = gold_forms.intersection(&forms).count();
    count.gold += gold_forms.len();
    count.predicted += forms.len();
    count.found += shared;
    count.right += shared;
}

fn add_role(roles: &mut Roles, actor: &Actor, gold: &Value) {
    let Some(role) = gold["role"].as_str() else {
        return;
    };
    roles.gold += 1;
    let role = role.to_lowercase();
    if actor.roles.iter().any(|r| r.to_lowercase() == role) {
        roles.right += 1;
    } else if actor.roles.is_empty() {
        roles.missing += 1;
    } else {
        roles.wrong += 1;
    }
}

fn score_quotes(b: &Briefing, gold: &Value, body: &str, t: &mut Tally) {
    let gold_actors = gold["actors"].as_array().unwrap();
    let gold_of = |name: &str| gold_actors.iter().find(|g| same_actor(name, g, body));
    for q in &b.quotes {
        quote_count(t, q.kind.as_str()).predicted += 1;
    }
    let mut used = HashSet::new();
    for g in gold["quotes"].as_array().unwrap() {
        let kind = g["kind"].as_str().unwrap();
        quote_count(t, kind).gold += 1;
        let hit = b.quotes.iter().enumerate().find(|(i, q)| {
            !used.contains(i)
                && q.kind.as_str() == kind
                && same_quote(b.text_of(q.article, q.span), g["text"].as_str().unwrap())
        });
        let Some((i, q)) = hit else { continue };
        used.insert(i);
        let count = quote_count(t, kind);
        count.found += 1;
        count.right += 1;
        let gold_speaker = g["speaker"].as_str().and_then(gold_of);
        match q.speaker.map(|s| gold_of(&b.actors[s].name)) {
            None if gold_speaker.is_some() => t.speakers.missing += 1,
            None => {}
            Some(said) if said.is_some() && said == gold_speaker => t.speakers.right += 1,
            Some(_) => t.speakers.wrong += 1,
        }
    }
}

fn quote_count<'t>(t: &'t mut Tally, kind: &str) -> &'t mut Count {
    if kind == "direct" {
        &mut t.direct
    } else {
        &mut t.reported
    }
}

fn score_meetings(b: &Briefing, gold: &Value, body: &str, t: &mut Meetings) {
    let gold_actors = gold["actors"].as_array().unwrap();
    let key = |name: &str| {
        gold_actors
            .iter()
            .find(|g| same_actor(name, g, body))
            .map_or_else(|| fold(name), |g| fold(g["name"].as_str().unwrap()))
    };
    let parties: Vec<HashSet<String>> = b
        .meetings
        .iter()
        .map(|m| {
            m.participants
                .iter()
                .map(|&p| key(&b.actors[p].name))
                .collect()
        })
        .collect();
    let gold_meetings = gold["meetings"].as_array().unwrap();
    t.count.gold += gold_meetings.len();
    t.count.predicted += b.meetings.len();
    let mut taken = HashSet::new();
    for g in gold_meetings {
        let gs: HashSet<String> = g["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fold(p.as_str().unwrap()))
            .collect();
        let overlap = |ps: &HashSet<String>| {
            ps.intersection(&gs).count() * 100 / ps.union(&gs).count().max(1)
        };
        // The best overlap; among equals the same status, then the first reported.
        let best = (0..b.meetings.len())
            .filter(|i| !taken.contains(i))
            .max_by_key(|&i| {
                (
                    overlap(&parties[i]),
                    b.meetings[i].status.as_str() == g["status"],
                    std::cmp::Reverse(i),
                )
            });
        let Some(i) = best.filter(|&i| overlap(&parties[i]) >= 50) else {
            continue;
        };
        taken.insert(i);
        let m = &b.meetings[i];
        t.count.found += 1;
        t.count.right += 1;
        t.status_right += usize::from(m.status.as_str() == g["status"]);
        t.place_right += usize::from(m.place.as_deref().map(fold) == g["place"].as_str().map(fold));
    }
}
