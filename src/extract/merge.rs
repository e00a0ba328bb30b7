//! One actor per real-world entity across the briefing: people by surname and first
//! name, the rest by kind and name. Organisations, countries and groups become actors
//! only where they speak or take part in a meeting.

use std::collections::HashMap;

use super::ArticleFindings;
use super::analysis::{Entity, canonical_name};
use super::lang::pl::meeting_label;
use crate::model::{Actor, ActorKind, Article, Briefing, Meeting, MeetingStatus, Mention, Quote};

/// A briefing-wide actor being gathered from article entities.
struct Gathered {
    kind: ActorKind,
    key: String,
    first_key: Option<String>,
    proposals: Vec<String>,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    needed: bool,
}

pub fn merge(articles: Vec<Article>, findings: Vec<ArticleFindings>) -> Briefing {
    let mut gathered: Vec<Gathered> = Vec::new();
    // (article, local entity) → gathered index
    let mut local: Vec<Vec<usize>> = Vec::new();
    for (ai, f) in findings.iter().enumerate() {
        let ids: Vec<usize> = f
            .entities
            .iter()
            .map(|e| gather(&mut gathered, e))
            .collect();
        for &(e, span) in &f.mentions {
            gathered[ids[e]]
                .mentions
                .push(Mention { article: ai, span });
        }
        for (q, _, _) in &f.quotes {
            if let Some(s) = q.speaker {
                gathered[ids[s]].needed = true;
            }
        }
        for (m, _, _) in &f.meetings {
            for &p in &m.participants {
                gathered[ids[p]].needed = true;
            }
        }
        local.push(ids);
    }
    // Actors in order of first appearance; unneeded non-people dropped.
    let mut order: Vec<usize> = (0..gathered.len())
        .filter(|&g| gathered[g].kind == ActorKind::Person || gathered[g].needed)
        .filter(|&g| !gathered[g].mentions.is_empty())
        .collect();
    for g in &mut gathered {
        g.mentions.sort();
        g.mentions.dedup();
    }
    order.sort_by_key(|&g| (gathered[g].mentions[0], g));
    let mut actor_of: HashMap<usize, usize> = HashMap::new();
    for (i, &g) in order.iter().enumerate() {
        actor_of.insert(g, i);
    }
    let actors = order.iter().map(|&g| actor(&gathered[g])).collect();
    let id = |ai: usize, e: usize| actor_of.get(&local[ai][e]).copied();
    let mut quotes = Vec::new();
    let mut meetings = Vec::new();
    for (ai, f) in findings.into_iter().enumerate() {
        let base = quotes.len();
        for (q, span, cue) in f.quotes {
            quotes.push(Quote {
                article: ai,
                kind: q.kind,
                span,
                speaker: q.speaker.and_then(|s| id(ai, s)),
                cue,
                continues: q.continues.map(|c| base + c),
            });
        }
        for (m, span, trigger) in f.meetings {
            let participants: Vec<usize> =
                m.participants.iter().filter_map(|&p| id(ai, p)).collect();
            let names: Vec<String> = participants
                .iter()
                .map(|&p| name_of(&gathered[order[p]]))
                .collect();
            meetings.push(Meeting {
                article: ai,
                summary: summary(m.lemma, m.status, &names, m.place.as_deref()),
                participants,
                place: m.place,
                date: m.date,
                date_inferred: m.date_inferred,
                status: m.status,
                span,
                trigger,
            });
        }
    }
    Briefing {
        articles,
        actors,
        quotes,
        meetings,
    }
}

fn gather(gathered: &mut Vec<Gathered>, e: &Entity) -> usize {
    let same = |g: &Gathered| {
        g.kind == e.kind
            && g.key == e.key
            && match (&g.first_key, &e.first_key) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    };
    let found = gathered.iter().position(same);
    let g = found.unwrap_or_else(|| {
        gathered.push(Gathered {
            kind: e.kind,
            key: e.key.clone(),
            first_key: None,
            proposals: Vec::new(),
            roles: Vec::new(),
            mentions: Vec::new(),
            needed: false,
        });
        gathered.len() - 1
    });
    let g_ref = &mut gathered[g];
    if g_ref.first_key.is_none() {
        g_ref.first_key = e.first_key.clone();
    }
    g_ref.proposals.extend(e.proposals.iter().cloned());
    for r in &e.roles {
        if !g_ref.roles.contains(&r.text) {
            g_ref.roles.push(r.text.clone());
        }
    }
    g
}

fn name_of(g: &Gathered) -> String {
    canonical_name(&g.proposals)
}

fn actor(g: &Gathered) -> Actor {
    Actor {
        name: name_of(g),
        kind: g.kind,
        roles: g.roles.clone(),
        mentions: g.mentions.clone(),
    }
}

fn summary(lemma: &str, status: MeetingStatus, names: &[String], place: Option<&str>) -> String {
    let label = meeting_label(lemma, status);
    let who = match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} i {last}", init.join(", ")),
    };
    match place {
        Some(p) => format!("{label}: {who} ({p})"),
        None => format!("{label}: {who}"),
    }
}
