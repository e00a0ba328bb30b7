//! Actors that are not people: countries and organisations from the name tables, and
//! groups named by a group noun with what qualifies it ("amerykańska delegacja",
//! "doradcy ds. bezpieczeństwa narodowego z Francji, Niemiec i Wielkiej Brytanii").

use std::ops::Range;

use crate::extract::bodies::own_bodies;
use crate::extract::doc::Doc;
use crate::extract::found::is_acronym;
use crate::extract::pl::inflect::{Agreement, adjective_nominative};
use crate::model::ActorKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThingName {
    pub tokens: Range<usize>,
    pub kind: ActorKind,
    /// Nominative name: "Stany Zjednoczone", "państwa europejskie".
    pub name: String,
    pub nominative: bool,
    /// The key it is merged under where its name is not enough: a body keyed with
    /// its country ("MSZ Rosji"); see `bodies`.
    pub key: Option<String>,
}

/// Countries and organisations named by the tables.
pub fn find_named_things(doc: &Doc) -> Vec<ThingName> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        // Every name in the tables starts with a capital.
        if !doc.is_capitalized(i) {
            i += 1;
            continue;
        }
        let tables = [
            (&doc.lex.countries, ActorKind::Country),
            (&doc.lex.organizations, ActorKind::Organization),
        ];
        let hit = tables.iter().find_map(|(table, kind)| {
            doc.phrase_at(table, i)
                .map(|(entry, n)| (table.name(entry), n, *kind))
        });
        let hit = hit
            .map(|(name, n, kind)| (name.to_string(), n, kind))
            .or_else(|| institution_at(doc, i));
        match hit {
            Some((name, n, kind)) => {
                let written = doc.text[doc.span_of(i..i + n).range()].to_string();
                out.push(ThingName {
                    tokens: i..i + n,
                    kind,
                    nominative: written == name,
                    name,
                    key: None,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    own_bodies(doc, &mut out);
    out
}

/// "Ministerstwo Klimatu i Środowiska", "Komisji Spraw Zagranicznych": an institution
/// head followed by capitalised words. Returns (nominative name, tokens, kind).
fn institution_at(doc: &Doc, i: usize) -> Option<(String, usize, ActorKind)> {
    let lemma = doc.institution(i)?;
    if !doc.is_capitalized(i) {
        return None;
    }
    let mut end = i + 1;
    loop {
        let connector = matches!(doc.lower(end), "i" | "do" | "ds" | "ws")
            || doc.is_punct(end, '.') && matches!(doc.lower(end - 1), "ds" | "ws");
        let name_word = doc.is_capitalized(end) && doc.first_name(end).is_empty();
        let joins = connector && (doc.is_capitalized(end + 1) || doc.is_punct(end + 1, '.'));
        if !name_word && !joins {
            break;
        }
        end += 1;
    }
    while end > i + 1 && !doc.is_capitalized(end - 1) {
        end -= 1;
    }
    if end == i + 1 {
        return None;
    }
    let rest = doc.span_of(i + 1..end);
    Some((
        format!("{lemma} {}", &doc.text[rest.range()]),
        end - i,
        ActorKind::Organization,
    ))
}

/// Groups: a group noun with an adjective, a "ds." phrase, a country or a
/// "z Francji, Niemiec i …" list that tells whose group it is.
pub fn find_groups(doc: &Doc, countries: &[ThingName]) -> Vec<ThingName> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        match group_at(doc, i, countries) {
            Some(g) => {
                i = g.tokens.end;
                out.push(g);
            }
            None => i += 1,
        }
    }
    out
}

fn group_at(doc: &Doc, i: usize, countries: &[ThingName]) -> Option<ThingName> {
    let form = doc.group(i)?;
    if doc.is_capitalized(i) && !doc.starts_sentence(i) {
        return None;
    }
    // A lone masculine noun ("przedstawiciela") names one person, not a group.
    if form.personal && !form.plural {
        return None;
    }
    let agreement = match (form.plural, form.personal, form.feminine) {
        (true, true, _) => Agreement::VirilePl,
        (true, false, _) => Agreement::OtherPl,
        (false, _, true) => Agreement::FemSg,
        (false, _, false) if form.lemma == "państwo" => Agreement::NeutSg,
        (false, _, false) => Agreement::MascSg,
    };
    let before = i > 0 && is_adjective(doc, i - 1);
    let start = if before { i - 1 } else { i };
    let mut end = i + 1;
    let mut words: Vec<String> = Vec::new();
    if before {
        words.push(adjective_nominative(doc.lower(i - 1), agreement));
    }
    words.push(form.nominative.to_string());
    // "państwami europejskimi": an adjective after the noun agrees with it in number;
    // "przedstawicielami brytyjskiego przemysłu" is a genitive phrase instead.
    if is_adjective(doc, end) && plural_form(doc.lower(end)) == form.plural {
        words.push(adjective_nominative(doc.lower(end), agreement));
        end += 1;
    }
    let qualified_from = end;
    if coordinated_countries(doc, qualified_from, countries).is_some() {
        return None;
    }
    end = qualifiers_end(doc, end, countries);
    if end == qualified_from {
        end = genitive_phrase_end(doc, end);
    }
    if !before && end == i + 1 {
        return None;
    }
    let mut name = words.join(" ");
    if end > qualified_from {
        let span = doc.span_of(qualified_from..end);
        name.push(' ');
        name.push_str(&doc.text[span.range()]);
    }
    Some(ThingName {
        tokens: start..end,
        kind: ActorKind::Group,
        name,
        nominative: doc.lower(i) == form.nominative,
        key: None,
    })
}

/// Does an adjective form belong to the plural? (-ych/-ich/-ymi/-imi/-e/-cy…)
fn plural_form(form: &str) -> bool {
    ["ych", "ich", "ymi", "imi", "scy", "ccy", "ie", "ni"]
        .iter()
        .any(|e| form.ends_with(e))
        || form.ends_with('e') && !form.ends_with("ie")
}

/// "brytyjskiego przemysłu obronnego": an adjective in the genitive and the words
/// of its phrase, up to a preposition, conjunction or punctuation.
fn genitive_phrase_end(doc: &Doc, start: usize) -> usize {
    let genitive = |w: &str| ["ego", "ej", "ych", "ich"].iter().any(|e| w.ends_with(e));
    if !is_adjective(doc, start) || !genitive(doc.lower(start)) {
        return start;
    }
    let mut end = start + 1;
    while end < start + 4 && doc.is_word(end) && !doc.is_capitalized(end) {
        let w = doc.lower(end);
        let joins = matches!(
            w,
            "i" | "oraz"
                | "a"
                | "z"
                | "ze"
                | "w"
                | "we"
                | "na"
                | "do"
                | "o"
                | "że"
                | "który"
                | "która"
        );
        if joins || doc.speech_verb(end).is_some() || doc.meeting_verb(end).is_some() {
            break;
        }
        end += 1;
    }
    end
}

fn is_adjective(doc: &Doc, i: usize) -> bool {
    doc.is_word(i)
        && (!doc.is_capitalized(i) || doc.starts_sentence(i))
        && doc.is_known_adjective(i)
}

/// The end of what qualifies a group noun: "ds. bezpieczeństwa narodowego",
/// a country in the genitive ("delegacja USA"), "z Francji, Niemiec i Wielkiej Brytanii".
/// Phrases naming the leaders of several countries ("liderzy Ukrainy i Rosji"): the
/// group noun's token, the end of its country list, and whether the noun is in the
/// nominative (so the countries can be the subject of a verb).
pub fn leaders_of_countries(doc: &Doc, countries: &[ThingName]) -> Vec<(usize, usize, bool)> {
    (0..doc.len())
        .filter_map(|i| {
            // Several countries: the noun is plural whatever else its form could be.
            let form = doc.group(i)?;
            let end = coordinated_countries(doc, i + 1, countries)?;
            Some((i, end, doc.lower(i) == form.nominative_plural))
        })
        .collect()
}

/// The country starting at token `k`, if any: where its name ends. `countries` is
/// in text order.
fn country_end(countries: &[ThingName], k: usize) -> Option<usize> {
    let at = countries.partition_point(|c| c.tokens.start < k);
    countries
        .get(at)
        .filter(|c| c.tokens.start == k)
        .map(|c| c.tokens.end)
}

/// "liderzy Ukrainy i Rosji", "szefowie MSZ Francji, Niemiec i Włoch": the leaders
/// of two or more named countries are those countries as parties, not one group.
/// Returns where the list ends.
fn coordinated_countries(doc: &Doc, mut at: usize, countries: &[ThingName]) -> Option<usize> {
    if is_acronym(doc.word(at)) && country_end(countries, at).is_none() {
        at += 1;
    }
    let mut e = country_end(countries, at)?;
    let mut count = 1;
    while doc.is_punct(e, ',') || matches!(doc.lower(e), "i" | "oraz") {
        match country_end(countries, e + 1) {
            Some(next) => {
                e = next;
                count += 1;
            }
            None => break,
        }
    }
    (count >= 2).then_some(e)
}

fn qualifiers_end(doc: &Doc, mut end: usize, countries: &[ThingName]) -> usize {
    let country_at = |k: usize| country_end(countries, k);
    if matches!(doc.lower(end), "ds" | "ws") && doc.is_punct(end + 1, '.') {
        end += 2;
        while doc.is_word(end)
            && !doc.is_capitalized(end)
            && !matches!(doc.lower(end), "z" | "ze" | "i" | "oraz" | "w" | "na")
        {
            end += 1;
        }
    }
    if let Some(e) = country_at(end) {
        return e;
    }
    if is_acronym(doc.word(end)) && doc.is_word(end) {
        return end + 1;
    }
    if matches!(doc.lower(end), "z" | "ze")
        && let Some(mut e) = country_at(end + 1)
    {
        loop {
            let sep = doc.is_punct(e, ',') || matches!(doc.lower(e), "i" | "oraz");
            match country_at(e + 1) {
                Some(next) if sep => e = next,
                _ => break,
            }
        }
        return e;
    }
    end
}

#[cfg(test)]
#[path = "things_tests.rs"]
mod tests;
