//! One actor per real-world entity across the briefing: people by surname and first
//! name, the rest by kind and name. Organisations, countries and groups become actors
//! only where they speak or take part in a meeting.

use rustc_hash::FxHashMap as HashMap;

use super::findings::{ArticleFindings, EntityFound};
use super::reports::{QuoteIndex, Seen};
use crate::extract::analysis::Spellings;
use crate::extract::fold::name_key;
use crate::extract::found::FAMILY_FIRST;
use crate::extract::found::Gender;
use crate::extract::lang::pl::meeting_label;
use crate::model::{
    Actor, ActorKind, Article, Briefing, Few, Meeting, MeetingStatus, Mention, Quote, QuoteId,
    Source, push_lean,
};

/// A briefing-wide actor being gathered from article entities.
#[derive(Clone)]
struct Gathered {
    kind: ActorKind,
    first_key: Option<String>,
    gender: Option<Gender>,
    spellings: Spellings,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    needed: bool,
}

/// Gathered actors, indexed by kind and key for merging.
#[derive(Default, Clone)]
struct Gathering {
    all: Vec<Gathered>,
    by_key: HashMap<ActorKind, HashMap<String, Vec<usize>>>,
    /// People named in full family name first, by the family name's key.
    by_family: HashMap<String, Vec<usize>>,
}

impl Gathering {
    /// The gathered actor an article's entity belongs to: same kind and key, and
    /// the same first name where both have one.
    fn gather(&mut self, e: &EntityFound) -> usize {
        let alias = self.family_name_alone(e);
        let by_kind = self.by_key.entry(e.kind).or_default();
        if !by_kind.contains_key(e.key.as_str()) {
            by_kind.insert(e.key.clone(), Vec::new());
        }
        let same = by_kind.get_mut(e.key.as_str()).expect("inserted above");
        let found = same.iter().copied().find(|&g| {
            let same_given = match (&self.all[g].first_key, &e.first_key) {
                (Some(a), Some(b)) => same_given_name(a, b),
                _ => true,
            };
            let same_gender = match (self.all[g].gender, e.gender) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            same_given && same_gender
        });
        if let Some(g) = alias.filter(|g| !same.contains(g)) {
            same.push(g);
        }
        let g = alias.or(found).unwrap_or_else(|| {
            same.push(self.all.len());
            self.all.push(Gathered {
                kind: e.kind,
                first_key: None,
                gender: None,
                spellings: Spellings::default(),
                roles: Vec::new(),
                mentions: Vec::new(),
                needed: false,
            });
            self.all.len() - 1
        });
        let g_ref = &mut self.all[g];
        if g_ref.first_key.is_none() {
            g_ref.first_key = e.first_key.clone();
            if let Some(family) = e.first_key.as_ref().filter(|f| is_family_key(f)) {
                self.by_family.entry(family.clone()).or_default().push(g);
            }
        }
        g_ref.gender = g_ref.gender.or(e.gender);
        for p in &e.proposals {
            g_ref.spellings.add(p, 1);
        }
        for r in &e.roles {
            add_role(&mut g_ref.roles, r);
        }
        g
    }
}

/// The keys of the family names written first ("Xi" is keyed "ksi").
static FAMILY_KEYS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| FAMILY_FIRST.iter().map(|f| name_key(f)).collect());

fn is_family_key(key: &str) -> bool {
    FAMILY_KEYS.iter().any(|k| k == key)
}

impl Gathering {
    /// "Xi" alone in one article and "Xi Jinping" in another: a person named in
    /// full family name first is keyed by the given name, with the family name as
    /// the first key, so the family name alone (a person of its own where its
    /// article names no one in full) is the one person the briefing names in
    /// full with it, when there is exactly one.
    fn family_name_alone(&self, e: &EntityFound) -> Option<usize> {
        if e.kind != ActorKind::Person {
            return None;
        }
        let family = e.first_key.as_deref().unwrap_or(&e.key);
        if !is_family_key(family) {
            return None;
        }
        let full = self.by_family.get(family).map_or(&[][..], Vec::as_slice);
        if e.first_key.is_none() {
            return match full {
                [one] => Some(*one),
                _ => None,
            };
        }
        let people = self.by_key.get(&ActorKind::Person);
        let alone: Vec<usize> = people
            .and_then(|p| p.get(family))
            .into_iter()
            .flatten()
            .copied()
            .filter(|&g| self.all[g].first_key.is_none())
            .collect();
        match (&alone[..], full) {
            ([one], []) => Some(*one),
            _ => None,
        }
    }
}

/// Two keys of one given name: the same, or long names whose consonants agree
/// ("Aleksandr", "Alexander"; a vowel the Polish spelling adds or drops). Short
/// names must match exactly: "Jan" is not "Jana".
/// Names in one row of `given-names.tsv` are one name too ("Marek", "Marco").
fn same_given_name(a: &str, b: &str) -> bool {
    let consonants = |s: &str| -> String { s.chars().filter(|c| !"aeiouy".contains(*c)).collect() };
    let row = |k: &str| GIVEN_NAME_ROWS.get(k).copied();
    a == b
        || a.len() >= 6
            && b.len() >= 6
            && a.len().abs_diff(b.len()) <= 1
            && consonants(a) == consonants(b)
        || row(a).is_some() && row(a) == row(b)
}

const GIVEN_NAMES: &str = include_str!("../../assets/lexicon/given-names.tsv");

/// The key of every name in `given-names.tsv` → its row.
static GIVEN_NAME_ROWS: std::sync::LazyLock<HashMap<String, usize>> =
    std::sync::LazyLock::new(|| {
        let mut rows = HashMap::default();
        for (n, row) in super::lang::table_rows(GIVEN_NAMES).enumerate() {
            for name in row {
                rows.entry(name_key(name)).or_insert(n);
            }
        }
        rows
    });

/// Adds a role unless the actor has it already in another case, with other
/// punctuation or after an article ("Ukrainian president", "the Ukrainian
/// President"); a role that only repeats the start of a longer one ("prezydent"
/// beside "prezydent Ukrainy") adds nothing.
fn add_role(roles: &mut Vec<String>, role: &str) {
    let key = role_key(role);
    if key.is_empty() {
        return;
    }
    // What a longer phrase adds to a shorter one it starts with: a title's own words
    // ("prezydent" → "prezydent Ukrainy"), or a place and time that are no part of
    // any title ("… na briefingu w Pałacu").
    let extends = |short: &str, long: &str| {
        long.strip_prefix(short)
            .and_then(|rest| rest.strip_prefix(' '))
            .map(|rest| !circumstance(rest))
    };
    for r in roles.iter() {
        let k = role_key(r);
        if k == key || extends(&key, &k) == Some(true) || extends(&k, &key) == Some(false) {
            return;
        }
    }
    roles.retain(|r| extends(&role_key(r), &key) != Some(true));
    roles.push(role.to_string());
}

/// Words that open a place, a time or a circumstance rather than more of a title.
fn circumstance(rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "na", "w", "we", "po", "podczas", "przy", "przed", "at", "in", "on", "during", "after",
    ];
    rest.split(' ').next().is_some_and(|w| OPENERS.contains(&w))
}

/// A role compared without case, punctuation or a leading English article.
fn role_key(role: &str) -> String {
    let words: Vec<String> = role
        .split(|c: char| c.is_whitespace() || ",.;:()\"„”“".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an")),
    );
    words[skip..].join(" ")
}

/// Gathers articles' findings one article at a time, so a large briefing never holds
/// every article's working data at once; `finish` builds the briefing.
#[derive(Default, Clone)]
pub struct Merger {
    gathering: Gathering,
    /// Quotes and meetings with speakers and participants as gathered indices; a
    /// meeting's summary holds its trigger's lemma until `finish` writes it.
    quotes: Vec<Quote>,
    meetings: Vec<Meeting>,
    /// The quotes kept so far, for later reports of the same words to find.
    index: QuoteIndex,
}

impl Merger {
    /// Adds article `ai`'s findings; `text` is its whole text.
    pub fn add(&mut self, ai: usize, f: ArticleFindings, text: &str) {
        let ids = self.gather(&f);
        let seen = self.seen(ai, &ids, &f, text);
        self.take(ai, f, &ids, seen);
    }

    /// [`Merger::add`] for a briefing read to be exported: the article's text
    /// is then cut down to what the export reads (see
    /// [`ArticleFindings::cut`]), and the words of a quote that repeats an
    /// earlier article's are not kept.
    pub fn add_cut(&mut self, ai: usize, mut f: ArticleFindings, article: &mut Article) {
        let ids = self.gather(&f);
        let seen = self.seen(ai, &ids, &f, &article.text);
        let repeats: Vec<bool> = seen.iter().map(|s| matches!(s, Seen::Repeats(_))).collect();
        f.cut(article, &repeats);
        self.take(ai, f, &ids, seen);
    }

    /// The gathered actor of each of the article's entities.
    fn gather(&mut self, f: &ArticleFindings) -> Vec<usize> {
        f.entities
            .iter()
            .map(|e| self.gathering.gather(e))
            .collect()
    }

    /// What each of the article's quotes is to the quotes kept before it.
    fn seen(&self, ai: usize, ids: &[usize], f: &ArticleFindings, text: &str) -> Vec<Seen> {
        f.quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.map(|s| ids[s]);
                let words = &text[q.span.range()];
                self.index.seen(&self.quotes, ai, speaker, q.kind, words)
            })
            .collect()
    }

    fn take(&mut self, ai: usize, f: ArticleFindings, ids: &[usize], seen: Vec<Seen>) {
        let all = &mut self.gathering.all;
        for &(e, span) in &f.mentions {
            push_lean(&mut all[ids[e]].mentions, Mention { article: ai, span });
        }
        // Each of the article's quotes as a kept quote: its own, or the one it repeats.
        let mut kept_as: Vec<QuoteId> = Vec::with_capacity(f.quotes.len());
        for (q, seen) in f.quotes.into_iter().zip(seen) {
            let speaker = q.speaker.map(|s| ids[s]);
            if let Some(g) = speaker {
                all[g].needed = true;
            }
            let words = match seen {
                Seen::Repeats(j) => {
                    let report = Source {
                        article: ai,
                        span: q.span,
                    };
                    self.quotes[j].later_reports.push(report);
                    kept_as.push(j);
                    continue;
                }
                Seen::New(words) => words,
            };
            let id = self.quotes.len();
            self.index.keep(id, speaker, q.kind, words);
            push_lean(
                &mut self.quotes,
                Quote {
                    article: ai,
                    kind: q.kind,
                    span: q.span,
                    speaker,
                    cue: q.cue,
                    continues: q.continues.map(|c| kept_as[c]),
                    later_reports: Few::new(),
                },
            );
            kept_as.push(id);
        }
        for m in f.meetings {
            let (span, trigger) = (m.span, m.trigger);
            let participants: Vec<usize> = m.participants.iter().map(|&p| ids[p]).collect();
            for &g in &participants {
                all[g].needed = true;
            }
            let meeting = Meeting {
                article: ai,
                summary: m.lemma,
                participants,
                place: m.place,
                date: m.date,
                date_inferred: m.date_inferred,
                status: m.status,
                span,
                trigger,
                later_reports: Few::new(),
                disagreements: Few::new(),
            };
            push_lean(&mut self.meetings, meeting);
        }
    }

    pub fn finish(self, articles: Vec<Article>) -> Briefing {
        let (actors, actor_of) = actors(self.gathering.all);
        let mut quotes = self.quotes;
        for q in &mut quotes {
            q.speaker = q.speaker.and_then(|g| actor_of[g]);
        }
        // In place: a large briefing holds its meetings once.
        let mut meetings = self.meetings;
        for m in &mut meetings {
            m.participants
                .retain_mut(|p| actor_of[*p].map(|actor| *p = actor).is_some());
        }
        let mut briefing = Briefing {
            articles,
            actors,
            quotes,
            meetings,
        };
        super::reports::merge_meetings(&mut briefing);
        // Only the meetings left once reports of the same one are merged.
        for m in &mut briefing.meetings {
            let names: Vec<&str> = m
                .participants
                .iter()
                .map(|&p| briefing.actors[p].name.as_str())
                .collect();
            let lemma = std::mem::take(&mut m.summary);
            m.summary = summary(&lemma, m.status, &names, m.place.as_deref());
        }
        briefing
    }
}

/// The actors in order of first appearance, non-people only where needed; and for
/// each gathered index, its actor id.
fn actors(mut gathered: Vec<Gathered>) -> (Vec<Actor>, Vec<Option<usize>>) {
    for g in &mut gathered {
        g.mentions.sort();
        g.mentions.dedup();
    }
    let mut order: Vec<usize> = (0..gathered.len())
        .filter(|&g| gathered[g].kind == ActorKind::Person || gathered[g].needed)
        .filter(|&g| !gathered[g].mentions.is_empty())
        .collect();
    order.sort_by_key(|&g| (gathered[g].mentions[0], g));
    let mut actor_of = vec![None; gathered.len()];
    for (i, &g) in order.iter().enumerate() {
        actor_of[g] = Some(i);
    }
    let actors = order
        .iter()
        .map(|&g| {
            let g = &mut gathered[g];
            Actor {
                name: g.spellings.canonical(),
                kind: g.kind,
                roles: std::mem::take(&mut g.roles),
                mentions: std::mem::take(&mut g.mentions),
            }
        })
        .collect();
    (actors, actor_of)
}

/// Meeting words of the English rules: their summaries are in English.
const ENGLISH_LEMMAS: &[&str] = &[
    "meet", "meeting", "talks", "summit", "visit", "host", "receive", "call", "speak",
];

fn summary(lemma: &str, status: MeetingStatus, names: &[&str], place: Option<&str>) -> String {
    let label = meeting_label(lemma, status);
    let who = match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => {
            let and = if ENGLISH_LEMMAS.contains(&lemma) {
                "and"
            } else {
                "i"
            };
            format!("{} {and} {last}", init.join(", "))
        }
    };
    match place {
        Some(p) => format!("{label}: {who} ({p})"),
        None => format!("{label}: {who}"),
    }
}

#[cfg(test)]
mod tests {
    use super::add_role;

    #[test]
    fn long_given_names_meet_across_one_vowel() {
        use super::same_given_name;
        use crate::extract::fold::name_key;
        let same = |a: &str, b: &str| same_given_name(&name_key(a), &name_key(b));
        assert!(same("Aleksandr", "Alexander"));
        assert!(same("Aleksander", "Alexander"));
        assert!(!same("Jan", "Jana"));
        assert!(!same("Wiktor", "Wiktoria"));
        // One name in two languages, from the table of given names.
        assert!(same("Marek", "Marco"));
        assert!(same("Jerzy", "George"));
        assert!(!same("Marek", "Michał"));
        assert!(!same("Jan", "Johanna"));
    }

    fn person(key: &str, first: Option<&str>) -> super::EntityFound {
        super::EntityFound {
            kind: crate::model::ActorKind::Person,
            key: key.into(),
            first_key: first.map(Into::into),
            proposals: Vec::new(),
            gender: None,
            roles: Vec::new(),
        }
    }

    #[test]
    fn a_family_name_alone_is_the_one_person_named_in_full_with_it() {
        use crate::extract::fold::name_key;
        let (xi, jinping) = (name_key("Xi"), name_key("Jinping"));
        // Either article first: "Xi" alone, "Xi Jinping" in full.
        for alone_first in [true, false] {
            let mut g = super::Gathering::default();
            let alone = person(&xi, None);
            let full = person(&jinping, Some(&xi));
            let (a, b) = if alone_first {
                (g.gather(&alone), g.gather(&full))
            } else {
                (g.gather(&full), g.gather(&alone))
            };
            assert_eq!(a, b, "alone first: {alone_first}");
        }
        // Two people of the family named in full: "Kim" alone is neither.
        let kim = name_key("Kim");
        let mut g = super::Gathering::default();
        let one = g.gather(&person(&name_key("Un"), Some(&kim)));
        let two = g.gather(&person(&name_key("Jong"), Some(&kim)));
        let alone = g.gather(&person(&kim, None));
        assert!(alone != one && alone != two && one != two);
        // A Western surname alone is not matched against first names.
        let mut g = super::Gathering::default();
        let full = g.gather(&person(&name_key("Smith"), Some(&name_key("Paul"))));
        assert_ne!(g.gather(&person(&name_key("Paul"), None)), full);
    }

    #[test]
    fn roles_are_kept_once_and_the_longer_phrase_wins() {
        let mut roles = Vec::new();
        for r in [
            "Ukrainian president",
            "the Ukrainian President",
            "prezydent",
            "prezydent Ukrainy",
            "Ukrainian president.",
            "prezydent",
            "Middle East envoy",
            "szef gabinetu prezydenta",
            "szef gabinetu prezydenta na briefingu w Pałacu",
        ] {
            add_role(&mut roles, r);
        }
        assert_eq!(
            roles,
            [
                "Ukrainian president",
                "prezydent Ukrainy",
                "Middle East envoy",
                "szef gabinetu prezydenta",
            ]
        );
    }
}
