//! A country's own bodies. Every country has a foreign ministry, so "MSZ Rosji",
//! "rosyjskie MSZ" and "Russia's Foreign Ministry" are one actor and the Polish
//! press's bare "MSZ" (Poland's) is another: such a body is keyed with its country.

use crate::extract::doc::Doc;
use crate::extract::lang::{national_body, owned_body_key, same_actor_key};
use crate::extract::pl::inflect::{Agreement, adjective_nominative};
use crate::extract::things::ThingName;
use crate::model::ActorKind;

/// Gives each national body in `named` (countries and organisations in text order)
/// its country and the key and name that go with it. The country is named after
/// the body in Polish ("MSZ Rosji"), by an adjective before it ("rosyjskie MSZ",
/// "Russian Foreign Ministry") or by a possessive ("Russia's Foreign Ministry");
/// a body with none is the one the paragraph last gave a country ("MSZ Rosji …
/// MSZ podkreśliło"), else the home country of the article's language.
pub fn own_bodies(doc: &Doc, named: &mut [ThingName]) {
    // (body key, paragraph, country) of the bodies given a country so far.
    let mut owned: Vec<(String, usize, &'static str)> = Vec::new();
    for k in 0..named.len() {
        let body = &named[k];
        if body.kind != ActorKind::Organization {
            continue;
        }
        let Some(gender) = national_body(&body.name) else {
            continue;
        };
        let base = same_actor_key(&body.name);
        let paragraph = doc
            .sentence_of(body.tokens.start)
            .map_or(usize::MAX, |s| s.paragraph);
        let written = owner_written(doc, named, k);
        if written.as_ref().is_some_and(|o| o.list) {
            continue;
        }
        let owner = written.as_ref().map(|o| o.country).or_else(|| {
            let earlier = owned
                .iter()
                .rev()
                .find(|(b, p, _)| *b == base && *p == paragraph);
            earlier.map(|e| e.2).or(doc.lex.home_country)
        });
        let Some(owner) = owner else {
            continue;
        };
        let body = &mut named[k];
        if let Some(w) = &written {
            body.tokens = w.start.min(body.tokens.start)..w.end.max(body.tokens.end);
            owned.push((base, paragraph, owner));
        }
        body.key = Some(owned_body_key(&body.name, owner));
        if Some(owner) != doc.lex.home_country {
            body.name = owned_name(doc, &body.name, gender, owner, written.as_ref());
        }
    }
}

/// A country written next to a body, and the tokens body and country span.
struct Owner {
    country: &'static str,
    start: usize,
    end: usize,
    /// Written by the genitive after the body, as in the text ("Rosji").
    after: Option<String>,
    /// Written by the adjective before the body ("rosyjskiego").
    adjective: Option<usize>,
    /// The first of several countries ("szefowie MSZ Francji, Niemiec i Włoch"):
    /// the body is no one country's.
    list: bool,
}

fn owner_written(doc: &Doc, named: &[ThingName], k: usize) -> Option<Owner> {
    let body = &named[k];
    let next = named.get(k + 1).filter(|c| {
        c.kind == ActorKind::Country && c.tokens.start == body.tokens.end && !c.nominative
    });
    if let Some(country) = next.filter(|_| !doc.lex.english) {
        let e = country.tokens.end;
        let list = (doc.is_punct(e, ',') || matches!(doc.lower(e), "i" | "oraz"))
            && named
                .get(k + 2)
                .is_some_and(|c| c.kind == ActorKind::Country && c.tokens.start <= e + 1);
        let span = doc.span_of(country.tokens.clone());
        return Some(Owner {
            country: static_country(doc, &country.name)?,
            start: body.tokens.start,
            end: e,
            after: Some(doc.text[span.range()].to_string()),
            adjective: None,
            list,
        });
    }
    let start = body.tokens.start;
    let previous = k.checked_sub(1).map(|p| &named[p]);
    let possessive = previous.filter(|c| {
        let span = doc.span_of(c.tokens.clone());
        let text = &doc.text[span.range()];
        c.kind == ActorKind::Country
            && c.tokens.end == start
            && (text.ends_with("'s") || text.ends_with("’s"))
    });
    if let Some(country) = possessive {
        return Some(Owner {
            country: static_country(doc, &country.name)?,
            start: country.tokens.start,
            end: body.tokens.end,
            after: None,
            adjective: None,
            list: false,
        });
    }
    let adjective = start.checked_sub(1)?;
    let country = doc.lex.country_of_adjective(doc.lower(adjective))?;
    let capital_in_english = !doc.lex.english || doc.is_capitalized(adjective);
    capital_in_english.then_some(Owner {
        country,
        start: adjective,
        end: body.tokens.end,
        after: None,
        adjective: Some(adjective),
        list: false,
    })
}

/// The table's own spelling of a country's nominative.
fn static_country(doc: &Doc, name: &str) -> Option<&'static str> {
    doc.lex.owner_forms.get_key_value(name).map(|(c, _)| *c)
}

/// The name of `owner`'s body as the text writes it: "MSZ Rosji", "rosyjskie MSZ"
/// (the adjective in the nominative), "Russian Foreign Ministry"; where the text
/// writes neither, the table's genitive after the body (Polish) or adjective before.
fn owned_name(doc: &Doc, body: &str, gender: &str, owner: &str, written: Option<&Owner>) -> String {
    if let Some(after) = written.and_then(|w| w.after.as_deref()) {
        return format!("{body} {after}");
    }
    let adjective = written.and_then(|w| w.adjective);
    let form = doc.lex.owner_forms.get(owner).copied().unwrap_or(owner);
    match adjective {
        Some(a) if doc.lex.english => format!("{} {body}", doc.word(a)),
        Some(a) => {
            let agreement = match gender {
                "m" => Agreement::MascSg,
                "f" => Agreement::FemSg,
                _ => Agreement::NeutSg,
            };
            format!("{} {body}", adjective_nominative(doc.lower(a), agreement))
        }
        None if doc.lex.english => format!("{form} {body}"),
        None => format!("{body} {form}"),
    }
}

/// The key of a ministry the English text names in lower case with its country
/// before it ("the Chinese foreign ministry", "Iran's defence ministry"), so it
/// is one actor with the same ministry named any other way.
pub fn english_ministry_key(doc: &Doc, start: usize, noun: usize) -> Option<String> {
    let body = match (doc.lower(noun.checked_sub(1)?), doc.lower(noun)) {
        ("foreign", "ministry") => "Foreign Ministry",
        ("defence" | "defense", "ministry") => "Defence Ministry",
        _ => return None,
    };
    let owner = doc.lex.country_of_adjective(doc.lower(start)).or_else(|| {
        let (entry, _) = doc.phrase_at(&doc.lex.countries, start)?;
        Some(doc.lex.countries.name(entry))
    })?;
    Some(owned_body_key(body, owner))
}
