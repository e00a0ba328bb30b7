//! One article's actors: person names, roles, countries, organisations and groups
//! gathered into entities, each with its mentions.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::found::{FAMILY_FIRST, PersonName, Role};
use super::pl::names::find_person_names;
use crate::extract::doc::Doc;
use crate::extract::en;
use crate::extract::fold::{diacritics, name_key};
use crate::extract::lang::same_actor_key;
use crate::extract::pl::inflect::Gender;
use crate::extract::pl::roles::{
    bare_office, bare_role_length, is_relation, office_of, role_after, role_before,
};
use crate::extract::things::{ThingName, find_groups, find_named_things, leaders_of_countries};
use crate::model::ActorKind;

#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: ActorKind,
    /// Folded key: the surname for people, the name for the rest.
    pub key: String,
    pub first_key: Option<String>,
    /// Name spellings proposed by the mentions, one per mention.
    pub proposals: Vec<String>,
    pub gender: Option<Gender>,
    pub roles: Vec<Role>,
}

/// The name to show for the spellings an actor's mentions propose: the full form
/// written most often, ties going to the spelling with diacritics, then the first seen.
#[cfg(test)]
pub fn canonical_name(proposals: &[String]) -> String {
    let mut counted = Spellings::default();
    for p in proposals {
        counted.add(p, 1);
    }
    counted.canonical()
}

/// Distinct spellings of a name with how often each was written.
#[derive(Debug, Clone, Default)]
pub struct Spellings(Vec<(String, usize)>);

impl Spellings {
    pub fn add(&mut self, spelling: &str, times: usize) {
        match self.0.iter_mut().find(|(s, _)| s == spelling) {
            Some((_, n)) => *n += times,
            None => self.0.push((spelling.to_string(), times)),
        }
    }

    /// The full form written most often; ties go to the spelling with diacritics,
    /// then to the first seen.
    pub fn canonical(&self) -> String {
        let full = self.0.iter().any(|(s, _)| s.contains(' '));
        let mut best: Option<(&String, usize)> = None;
        for (p, count) in self.0.iter().filter(|(s, _)| !full || s.contains(' ')) {
            let better = match best {
                None => true,
                Some((b, c)) => *count > c || *count == c && diacritics(p) > diacritics(b),
            };
            if better {
                best = Some((p, *count));
            }
        }
        best.map(|(b, _)| b.clone()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    pub tokens: Range<usize>,
    /// Where the mention's phrase starts, its role included: "prezydentem USA
    /// Donaldem Trumpem" leads with "prezydentem".
    pub lead: usize,
    pub nominative: bool,
    /// Inside another actor's description ("zięć prezydenta USA Donalda Trumpa") or a
    /// relation ("przedstawiciela Władimira Putina"): neither speaker nor participant.
    pub embedded: bool,
}

/// The country a title without one belongs to in a Polish report ("premier",
/// "szef MSZ").
const DOMESTIC: &str = "Polska";

/// A role that names no country, or Poland: the domestic holder of its office.
fn domestic(r: &Role) -> bool {
    r.countries.iter().all(|c| *c == DOMESTIC)
}

/// A head of state or of government: who "liderzy" and "przywódcy" of a country are.
fn heads_government(office: &str) -> bool {
    matches!(office, "president" | "prime-minister" | "chancellor")
}

const NAME_ORIGINS_TABLE: &str = include_str!("../../assets/lexicon/pl/name-origins.tsv");

/// A given name (lowercase) → where its bearer most likely comes from: "pl" or "east".
static NAME_ORIGINS: std::sync::LazyLock<HashMap<String, &'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lang::table_rows(NAME_ORIGINS_TABLE)
            .map(|row| (row[0].to_lowercase(), row.get(1).copied().unwrap_or("pl")))
            .collect()
    });

/// What a name's shape says of where its bearer comes from, as far as an untitled
/// office holder needs it: Polish, Chinese or Korean, or anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameKind {
    Polish,
    EastAsian,
    Other,
}

impl NameKind {
    /// A given name of known origin (`name-origins.tsv`) decides; else a surname
    /// the way Polish ones are built ("-ski", "-wicz", "-czyk", or with a Polish
    /// letter: "Szydło"); a family name written first ("Xi", "Kim Dzong Un").
    fn of_name(name: &str) -> NameKind {
        const ENDINGS: &[&str] = &[
            "ski", "cki", "dzki", "ska", "cka", "dzka", "wicz", "czyk", "czak", "szek", "ak",
        ];
        let first = name.split(' ').next().unwrap_or(name).to_lowercase();
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let origin = (first != surname.to_lowercase())
            .then(|| NAME_ORIGINS.get(first.as_str()).copied())
            .flatten();
        if FAMILY_FIRST.contains(&first.as_str()) {
            NameKind::EastAsian
        } else if let Some(origin) = origin {
            if origin == "pl" {
                NameKind::Polish
            } else {
                NameKind::Other
            }
        } else if ENDINGS.iter().any(|e| surname.ends_with(e))
            || surname.contains(['ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż'])
        {
            NameKind::Polish
        } else {
            NameKind::Other
        }
    }

    fn of_country(country: &str) -> NameKind {
        match country {
            DOMESTIC => NameKind::Polish,
            "Chiny" | "Korea Północna" | "Korea Południowa" | "Tajwan" => NameKind::EastAsian,
            _ => NameKind::Other,
        }
    }
}

/// The one entity among (entity, words matched, domestic) candidates: the only one,
/// or, when the bare phrase names no country ("premier" among several prime
/// ministers), the only domestic one, or among several the one the article names
/// far more often than any other (`named` counts name mentions). Other ties stay
/// unbound.
fn pick_holder(
    candidates: &[(usize, usize, bool)],
    names_country: &dyn Fn() -> bool,
    named: &dyn Fn(usize) -> usize,
) -> Option<(usize, usize)> {
    if candidates.is_empty() {
        return None;
    }
    let one = |c: &mut dyn Iterator<Item = &(usize, usize, bool)>| {
        let mut entities: Vec<(usize, usize)> = c.map(|c| (c.0, c.1)).collect();
        entities.sort_unstable();
        entities.dedup_by_key(|c| c.0);
        match entities[..] {
            [only] => Some(only),
            _ => None,
        }
    };
    let salient = |c: &mut dyn Iterator<Item = &(usize, usize, bool)>| {
        let mut by_count: Vec<(usize, usize, usize)> = c.map(|c| (named(c.0), c.0, c.1)).collect();
        by_count.sort_unstable_by(|a, b| b.cmp(a));
        by_count.dedup_by_key(|c| c.1);
        match by_count[..] {
            [(top, e, n), (second, ..), ..] if top >= 2 * second.max(1) => Some((e, n)),
            _ => None,
        }
    };
    one(&mut candidates.iter()).or_else(|| {
        if names_country() {
            return None;
        }
        one(&mut candidates.iter().filter(|c| c.2))
            .or_else(|| salient(&mut candidates.iter().filter(|c| c.2)))
    })
}

pub struct Analysis<'a> {
    pub doc: Doc<'a>,
    pub entities: Vec<Entity>,
    /// Sorted by first token.
    pub mentions: Vec<Mention>,
    /// People by folded surname, for merging mentions while they are gathered.
    people: HashMap<String, Vec<usize>>,
    /// For each entity, how many mentions had been gathered at its latest one.
    last_mention: Vec<usize>,
    /// Countries, organisations and groups by kind and folded name.
    things: HashMap<(ActorKind, String), usize>,
}

impl<'a> Analysis<'a> {
    pub fn new(doc: Doc<'a>) -> Self {
        let mut a = Analysis {
            doc,
            entities: Vec::new(),
            mentions: Vec::new(),
            people: HashMap::default(),
            last_mention: Vec::new(),
            things: HashMap::default(),
        };
        let english = a.doc.lex.english;
        let names = if english {
            en::names::find_person_names(&a.doc)
        } else {
            find_person_names(&a.doc)
        };
        let mut described = a.add_people(&names);
        described.sort_by_key(|(_, r)| r.start);
        let named = find_named_things(&a.doc);
        let countries: Vec<ThingName> = named
            .iter()
            .filter(|t| t.kind == ActorKind::Country)
            .cloned()
            .collect();
        let groups = if english {
            en::things::institutions(&a.doc, &named)
        } else {
            find_groups(&a.doc, &countries)
        };
        for thing in named.iter().chain(&groups) {
            a.add_thing(thing);
        }
        // "Liderzy Ukrainy i Rosji spotkali się": the countries stand where the
        // leaders' noun stands, as subjects or after its preposition.
        if !english {
            a.mentions.sort_by_key(|m| m.tokens.start);
            let leaders = leaders_of_countries(&a.doc, &countries);
            for &(noun, end, nominative) in &leaders {
                let from = a.mentions.partition_point(|m| m.tokens.start <= noun);
                let to = a.mentions.partition_point(|m| m.tokens.start < end);
                for m in a.mentions[from..to]
                    .iter_mut()
                    .filter(|m| m.tokens.end <= end && !m.embedded)
                {
                    if a.entities[m.entity].kind == ActorKind::Country {
                        m.nominative = nominative;
                        m.lead = noun;
                    }
                }
            }
            a.name_country_leaders(&leaders);
        }
        if english {
            // "the Kremlin spokesman": the Kremlin inside is part of the description.
            let found = en::roles::role_mentions(&a, &described);
            described.extend(found.iter().map(|m| (m.entity, m.tokens.clone())));
            described.sort_by_key(|(_, r)| r.start);
            a.mentions.extend(found);
        } else {
            a.add_role_mentions(&described);
        }
        for m in &mut a.mentions {
            let inside = |r: &Range<usize>| {
                r.start <= m.tokens.start && m.tokens.end <= r.end && *r != m.tokens
            };
            // Both lists are in text order: only ranges starting before the mention matter.
            let described_before = described.partition_point(|(_, r)| r.start <= m.tokens.start);
            let groups_before = groups.partition_point(|g| g.tokens.start <= m.tokens.start);
            let in_description = described[..described_before]
                .iter()
                .rev()
                .take(8)
                .any(|(owner, r)| *owner != m.entity && inside(r));
            let in_group = groups[..groups_before]
                .iter()
                .rev()
                .take(4)
                .any(|g| inside(&g.tokens));
            if in_description || in_group {
                m.embedded = true;
            }
        }
        a.mentions
            .sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
        a
    }

    /// Adds people and their roles; returns the token ranges of role phrases with
    /// the entity they describe.
    fn add_people(&mut self, names: &[PersonName]) -> Vec<(usize, Range<usize>)> {
        let mut described = Vec::new();
        for name in names {
            let english = self.doc.lex.english;
            let before = if english {
                en::roles::role_before(&self.doc, name.tokens.start)
            } else {
                role_before(&self.doc, name.tokens.start, name.gender, name.nominative)
            };
            let own_role = before
                .as_ref()
                .filter(|r| !is_relation(r, name.nominative))
                .map(|r| r.head);
            let entity = self.person_entity(name, own_role);
            let mut embedded = false;
            let mut roles = Vec::new();
            let mut lead = name.tokens.start;
            // "Mr Putin": an English title leads the phrase without being a role.
            let titled = english
                && name.tokens.start > 0
                && crate::extract::lang::en::ENGLISH
                    .titles
                    .contains(self.doc.lower(name.tokens.start - 1));
            if titled {
                lead = name.tokens.start - 1;
            }
            match before {
                Some(r) if is_relation(&r, name.nominative) => embedded = true,
                Some(r) => {
                    lead = r.tokens.start;
                    roles.push(r);
                }
                None => {}
            }
            roles.extend(if english {
                en::roles::role_after(&self.doc, name.tokens.end)
            } else {
                role_after(&self.doc, name.tokens.end)
            });
            for r in roles {
                described.push((entity, r.tokens.clone()));
                let e = &mut self.entities[entity];
                if !e.roles.iter().any(|x| x.text == r.text) {
                    e.roles.push(r);
                }
            }
            self.mentions.push(Mention {
                entity,
                tokens: name.tokens.clone(),
                lead,
                nominative: name.nominative,
                embedded,
            });
        }
        described
    }

    /// The entity a name stands for; a bare surname shared by several people goes
    /// to the one whose role has the head written before it ("wiceminister Nowak"),
    /// else to the one mentioned last (in English, the most mentioned).
    fn person_entity(&mut self, name: &PersonName, role_head: Option<&str>) -> usize {
        let key = name_key(&name.surname);
        let first_key = name.first.as_deref().map(name_key);
        let same_surname = self.people.get(&key).cloned().unwrap_or_default();
        let found = match &first_key {
            Some(f) => same_surname
                .iter()
                .copied()
                .find(|&e| self.entities[e].first_key.as_ref().is_none_or(|k| k == f)),
            None => {
                let by_role: Vec<usize> = same_surname
                    .iter()
                    .copied()
                    .filter(|&e| {
                        role_head
                            .is_some_and(|h| self.entities[e].roles.iter().any(|r| r.head == h))
                    })
                    .collect();
                match by_role[..] {
                    [e] => Some(e),
                    _ => same_surname
                        .iter()
                        .copied()
                        .max_by_key(|&e| self.salience(e, name)),
                }
            }
        };
        let entity = found.unwrap_or_else(|| {
            self.entities.push(Entity {
                kind: ActorKind::Person,
                key: key.clone(),
                first_key: None,
                proposals: Vec::new(),
                gender: None,
                roles: Vec::new(),
            });
            self.people
                .entry(key)
                .or_default()
                .push(self.entities.len() - 1);
            self.entities.len() - 1
        });
        if self.last_mention.len() <= entity {
            self.last_mention.resize(entity + 1, 0);
        }
        self.last_mention[entity] = self.mentions.len();
        let e = &mut self.entities[entity];
        if e.first_key.is_none() {
            e.first_key = first_key;
        }
        e.gender = e.gender.or(name.gender);
        e.proposals.push(name.full_name());
        entity
    }

    /// How strongly a bare surname points at entity `e`: the one mentioned last; in
    /// English, where "Mr Trump" after "the president's grandfather, Friedrich
    /// Trump" is still the Trump the article is about, the namesake of the title's
    /// gender mentioned most, then the one the article named first ("Lukashenko"
    /// after "President Alexander Lukashenko … Viktor Lukashenko, his son").
    fn salience(&self, e: usize, name: &PersonName) -> (bool, usize, usize) {
        let english = self.doc.lex.english;
        let entity = &self.entities[e];
        let fits = name
            .gender
            .is_none_or(|g| entity.gender.is_none_or(|h| h == g));
        if english {
            let first = self.mentions.iter().position(|m| m.entity == e);
            let earlier = usize::MAX - first.unwrap_or(usize::MAX);
            return (fits, entity.proposals.len(), earlier);
        }
        let last = self.last_mention.get(e).copied().unwrap_or(0);
        (false, 0, last)
    }

    fn add_thing(&mut self, thing: &ThingName) {
        let key = thing
            .key
            .clone()
            .unwrap_or_else(|| same_actor_key(&thing.name));
        let entity = match self.things.get(&(thing.kind, key.clone())) {
            Some(&e) => e,
            None => {
                self.things
                    .insert((thing.kind, key.clone()), self.entities.len());
                self.entities.push(Entity {
                    kind: thing.kind,
                    key,
                    first_key: None,
                    proposals: Vec::new(),
                    gender: None,
                    roles: Vec::new(),
                });
                self.entities.len() - 1
            }
        };
        self.entities[entity].proposals.push(thing.name.clone());
        self.mentions.push(Mention {
            entity,
            tokens: thing.tokens.clone(),
            lead: thing.tokens.start,
            nominative: thing.nominative,
            embedded: false,
        });
    }

    /// A role phrase with no name after it ("oświadczył prezydent USA", "dodała
    /// ministra") is a mention of the one person the article gave that role; the
    /// person whose role matches more of the following words wins, ties stay unbound.
    fn add_role_mentions(&mut self, described: &[(usize, Range<usize>)]) {
        let mut found = Vec::new();
        let mut person_at = vec![false; self.doc.len() + 1];
        let mut counts = vec![0usize; self.entities.len()];
        for m in &self.mentions {
            counts[m.entity] += 1;
            if self.entities[m.entity].kind == ActorKind::Person {
                person_at[m.tokens.clone()].fill(true);
            }
        }
        let named = |e: usize| counts.get(e).copied().unwrap_or(0);
        for i in 0..self.doc.len() {
            let Some(form) = self.doc.role(i) else {
                continue;
            };
            if self.doc.is_capitalized(i) && !self.doc.starts_sentence(i) {
                continue;
            }
            // "Węgierski premier": the adjective must name a country of the role.
            let adjective = i.checked_sub(1).filter(|&k| self.doc.is_known_adjective(k));
            let country =
                adjective.and_then(|k| self.doc.lex.country_of_adjective(self.doc.lower(k)));
            let mut candidates: Vec<(usize, usize, bool)> = Vec::new();
            for (k, e) in self
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == ActorKind::Person)
            {
                let fits = |r: &&Role| {
                    r.head == form.lemma && country.is_none_or(|c| r.countries.contains(&c))
                };
                for r in e.roles.iter().filter(fits) {
                    if let Some(n) = bare_role_length(&self.doc, i, &r.modifiers) {
                        candidates.push((k, n, domestic(r)));
                    }
                }
                if self.bare_minister(i, form.lemma) {
                    let of_country = |r: &&Role| country.is_none_or(|c| r.countries.contains(&c));
                    let ministers = e.roles.iter().filter(of_country);
                    for r in ministers.filter(|r| self.minister_by_office(r)) {
                        candidates.push((k, 0, domestic(r)));
                    }
                }
            }
            let longest = candidates.iter().map(|c| c.1).max();
            candidates.retain(|c| Some(c.1) == longest);
            let bare_country = || {
                country.is_some()
                    || bare_office(&self.doc, i, form.lemma).is_some_and(|(_, _, c)| !c.is_empty())
            };
            let best = pick_holder(&candidates, &bare_country, &named);
            let by_office = candidates
                .is_empty()
                .then(|| self.office_holder(i, form.lemma, &named))
                .flatten();
            let (entity, n, start) = match (best, by_office) {
                (Some((entity, n)), _) => (entity, n, if country.is_some() { i - 1 } else { i }),
                (None, Some(found)) => found,
                _ => continue,
            };
            // "pan premier", "panu prezydentowi": the courtesy word is part of the form.
            let courtesy = start > 0
                && matches!(
                    self.doc.lower(start - 1),
                    "pan" | "pana" | "panu" | "panem" | "panie" | "pani" | "panią"
                );
            let start = if courtesy { start - 1 } else { start };
            let tokens = start..i + 1 + n;
            let overlaps = tokens.clone().any(|k| person_at[k]);
            let embedded = described.iter().any(|(_, r)| r.contains(&i));
            // A person's own role phrase is their description, not another mention.
            let own = described
                .iter()
                .any(|(owner, r)| *owner == entity && r.contains(&i));
            if !overlaps && !own {
                found.push(Mention {
                    entity,
                    tokens: tokens.clone(),
                    lead: start,
                    nominative: form.nominative,
                    embedded,
                });
            }
        }
        self.mentions.extend(found);
    }

    /// "szef ukraińskiej dyplomacji" for the person given as "minister spraw
    /// zagranicznych Ukrainy": the one person whose role names the same office (and
    /// every country the phrase names). (entity, words after the head, first token)
    fn office_holder(
        &self,
        i: usize,
        lemma: &str,
        named: &dyn Fn(usize) -> usize,
    ) -> Option<(usize, usize, usize)> {
        let (office, n, countries) = bare_office(&self.doc, i, lemma)?;
        // A generic word ("przywódca") needs a country to say whose.
        let generic = office == "*";
        if generic && countries.is_empty() {
            return None;
        }
        let mut candidates: Vec<(usize, usize, bool)> = Vec::new();
        for (e, entity) in self.entities.iter().enumerate() {
            if entity.kind != ActorKind::Person {
                continue;
            }
            for r in entity.roles.iter() {
                if self.holds_office(r, office, &countries) {
                    candidates.push((e, n, domestic(r)));
                }
            }
        }
        // "Szef polskiego rządu odwiedził Londyn … z premierem Wielkiej Brytanii. …
        // Morawiecki podziękował Johnsonowi": a head of state, of government or a
        // minister of a named country, given to no one in the text, is the one
        // person the text gives no title at all whose name is of that country's
        // kind (Polish or not).
        let leading = heads_government(office) || office == "*" || office.ends_with("-minister");
        if candidates.is_empty() && leading && countries.len() == 1 {
            let kind = NameKind::of_country(countries[0]);
            for (e, entity) in self.entities.iter().enumerate() {
                let untitled = entity.kind == ActorKind::Person && entity.roles.is_empty();
                if untitled
                    && entity
                        .proposals
                        .iter()
                        .any(|p| NameKind::of_name(p) == kind)
                {
                    candidates.push((e, n, kind == NameKind::Polish));
                }
            }
        }
        let (entity, _) = pick_holder(&candidates, &|| !countries.is_empty(), named)?;
        let adjective_before = i > 0
            && self
                .doc
                .lex
                .country_of_adjective(self.doc.lower(i - 1))
                .is_some();
        Some((entity, n, if adjective_before { i - 1 } else { i }))
    }

    /// "spotkanie prezydentów Ukrainy i Rosji": where the text names the one person
    /// holding that office for a country ("prezydent Ukrainy Wołodymyr Zełenski"), the
    /// country in the leaders' phrase stands for that person; the others stay countries.
    fn name_country_leaders(&mut self, leaders: &[(usize, usize, bool)]) {
        for &(noun, end, _) in leaders {
            let Some(form) = self.doc.group(noun) else {
                continue;
            };
            let words = (noun + 1..end).map(|k| self.doc.lower(k));
            let office = self.doc.lex.office(form.lemma, words);
            let from = self.mentions.partition_point(|m| m.tokens.start <= noun);
            let to = self.mentions.partition_point(|m| m.tokens.start < end);
            for i in from..to {
                let m = &self.mentions[i];
                if self.entities[m.entity].kind != ActorKind::Country {
                    continue;
                }
                let Some((entry, _)) = self.doc.phrase_at(&self.doc.lex.countries, m.tokens.start)
                else {
                    continue;
                };
                let country = [self.doc.lex.countries.name(entry)];
                // "liderzy": a head of state or government, not any official;
                // "ministrowie" with no office named: a minister of that country.
                let holds = |r: &Role| match office {
                    Some("*") => {
                        let leads = office_of(&self.doc, r).is_some_and(heads_government)
                            || self.doc.lex.office(r.head, std::iter::empty()) == Some("*");
                        leads && self.holds_office(r, "*", &country)
                    }
                    Some(o) => self.holds_office(r, o, &country),
                    None => r.head == form.lemma && r.countries.contains(&country[0]),
                };
                let mut holders = (0..self.entities.len()).filter(|&e| {
                    let e = &self.entities[e];
                    e.kind == ActorKind::Person
                        && e.roles.iter().any(|r| !r.countries.is_empty() && holds(r))
                });
                if let (Some(e), None) = (holders.next(), holders.next()) {
                    self.mentions[i].entity = e;
                }
            }
        }
    }

    /// "– uciął minister", "Minister zapowiedział": the word alone, followed by
    /// punctuation or a verb, not by the words or the name of a title.
    fn bare_minister(&self, i: usize, lemma: &str) -> bool {
        let doc = &self.doc;
        let next = i + 1;
        let alone = !doc.is_word(next)
            || doc.speech_verb(next).is_some()
            || doc.meeting_verb(next).is_some();
        matches!(lemma, "minister" | "ministra") && alone
    }

    /// A minister named by office ("szef dyplomacji", "minister obrony"): a bare
    /// "minister" may stand for them. A prime minister is "premier".
    fn minister_by_office(&self, r: &Role) -> bool {
        office_of(&self.doc, r).is_some_and(|o| o.ends_with("-minister") && o != "prime-minister")
    }

    /// Does role `r` name `office` (any, for the generic `*`) with every one of
    /// `countries`? A title with no country counts as Poland's: "szefowa polskiego
    /// rządu" is the "premier Szydło" of a Polish report.
    fn holds_office(&self, r: &Role, office: &str, countries: &[&'static str]) -> bool {
        let generic = office == "*";
        let polish_only = countries.iter().all(|c| *c == DOMESTIC);
        (generic || office_of(&self.doc, r) == Some(office))
            && (countries.iter().all(|c| r.countries.contains(c))
                || !generic && polish_only && r.countries.is_empty())
    }

    /// Everyone a bare role word at token `k` could stand for: people whose role has
    /// its head and words, or names its office; for a generic word ("polityk") with
    /// no country, every person.
    pub fn role_holders(&self, k: usize) -> Vec<usize> {
        let Some(form) = self.doc.role(k) else {
            return Vec::new();
        };
        let office = bare_office(&self.doc, k, form.lemma);
        let any_minister = office.is_none() && self.bare_minister(k, form.lemma);
        let fits = |r: &Role| {
            let same_head = any_minister && self.minister_by_office(r)
                || r.head == form.lemma && bare_role_length(&self.doc, k, &r.modifiers).is_some();
            let same_office = office
                .as_ref()
                .is_some_and(|(o, _, countries)| self.holds_office(r, o, countries));
            same_head || same_office
        };
        let generic = office
            .as_ref()
            .is_some_and(|(o, _, countries)| *o == "*" && countries.is_empty());
        (0..self.entities.len())
            .filter(|&e| {
                let e = &self.entities[e];
                e.kind == ActorKind::Person && (generic || e.roles.iter().any(fits))
            })
            .collect()
    }

    /// Mentions starting inside `tokens`, outermost first.
    pub fn mentions_in(&self, tokens: Range<usize>) -> impl Iterator<Item = &Mention> {
        let from = self
            .mentions
            .partition_point(|m| m.tokens.start < tokens.start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.tokens.start < tokens.end)
    }

    pub fn kind_of(&self, m: &Mention) -> ActorKind {
        self.entities[m.entity].kind
    }
}
