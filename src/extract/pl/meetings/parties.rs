//! Who took part in a meeting: the parties around its trigger word.

use std::ops::Range;

use super::Trigger;
use crate::extract::analysis::{Analysis, Mention};
use crate::extract::lang::pl::ZERO_SUBJECT_FILLERS;
use crate::extract::lang::{Agreement, Aspect, Tense, VerbForm};
use crate::extract::pl::inflect::Gender;
use crate::extract::pl::roles::is_acronym_dot;
use crate::extract::speaker::{lacks_subject, subject_capable, zero_subject};
use crate::extract::text::Kind;
use crate::model::ActorKind;

/// Verbs whose object is the other party: "przyjął premiera Słowacji".
const OBJECT_VERBS: &[&str] = &[
    "przyjąć",
    "przyjmować",
    "gościć",
    "ugościć",
    "odwiedzić",
    "odwiedzać",
    "powitać",
    "witać",
    "zaprosić",
    "zapraszać",
];

/// Words after which a "z" phrase is the topic's, not the meeting's: "o współpracy z
/// Polską", "na temat relacji z USA".
const TOPIC_WORDS: &[&str] = &[
    "o",
    "temat",
    "sprawie",
    "sprawy",
    "kwestii",
    "relacji",
    "relacjach",
    "stosunków",
    "stosunkach",
    "współpracy",
    "dotyczące",
    "dotyczącej",
    "dotyczących",
];

/// Words that end an apposition inside a list of participants.
const STOP_APPOSITION: &[&str] = &[
    "gdzie", "który", "która", "które", "którzy", "że", "iż", "aby", "by", "gdy", "kiedy",
];

/// A usable party: a person, group, country or organisation, not embedded in
/// another's description.
pub fn party(a: &Analysis, m: &Mention) -> bool {
    // "na Kremlu", "w Białym Domu": a seat named as the place, not a party.
    let at_place = a.kind_of(m) != ActorKind::Person
        && m.tokens.start > 0
        && matches!(a.doc.lower(m.tokens.start - 1), "w" | "we" | "na" | "do");
    // "szefem MSZ", "ambasadorem USA": a body right after a title is what the
    // title is of; the title's holder is the party, if anyone. (The countries of
    // "przywódcy Litwy i Łotwy" stand for their leaders: they lead from the noun.)
    let of_title = a.kind_of(m) != ActorKind::Person
        && m.lead >= m.tokens.start
        && m.tokens.start > 0
        && a.doc.role(m.tokens.start - 1).is_some();
    !m.embedded
        && !at_place
        && !of_title
        && matches!(
            a.kind_of(m),
            ActorKind::Person | ActorKind::Group | ActorKind::Country | ActorKind::Organization
        )
}

/// The parties of the meeting whose trigger is token `k`.
pub(crate) fn parties(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
    trigger: Trigger,
) -> Vec<usize> {
    let doc = &a.doc;
    let after = after_trigger(k, &sentence);
    // "między A a B", not "między innymi" (among others).
    let between =
        |x: usize| matches!(doc.lower(x), "między" | "pomiędzy") && doc.lower(x + 1) != "innymi";
    if let Some(x) = after.clone().find(|&x| between(x)) {
        return mention_list(a, x + 1, sentence.end);
    }
    let mut other = with_list(a, after.clone(), sentence.end);
    // "spotkanie u marszałka Senatu", "spotkali się u prezydenta": the host.
    if other.is_empty()
        && let Some(x) = after.clone().find(|&x| doc.lower(x) == "u")
    {
        other = mention_list(a, x + 1, sentence.end);
    }
    let mut first;
    match trigger {
        Trigger::Noun(_) => {
            first = genitive_after(a, k, sentence.end);
            if first.is_empty() {
                first = possessor(a, k);
            }
        }
        Trigger::Verb(v) => {
            if other.is_empty()
                && v.lemma.ends_with("dzwonić")
                && let Some(x) = after.clone().find(|&x| doc.lower(x) == "do")
            {
                other = mention_list(a, x + 1, sentence.end);
            }
            if other.is_empty() {
                other = with_list(a, sentence.start..k, k);
            }
            first = subjects_after(a, k, sentence.end);
            if first.is_empty() && v.tense == Tense::Infinitive {
                first.extend(told_to(a, sentence.start, k));
            }
            if other.is_empty() && OBJECT_VERBS.contains(&v.lemma) {
                other = first_party_after(a, k, sentence.end)
                    .map(|m| mention_list(a, m, sentence.end))
                    .unwrap_or_default();
                first.clear();
            }
        }
    }
    first.retain(|e| !other.contains(e));
    // "rozmowa prezydenta z Maasem": the noun's own party is a title the text does not
    // tie to a name, not whoever the sentence is about.
    let unnamed_owner = matches!(trigger, Trigger::Noun(_))
        && doc.role(k + 1).is_some_and(|r| !r.nominative)
        && !doc.is_capitalized(k + 1);
    // "Jak przekazał rzecznik X, …", "Nowak – mówił X – spotka się …": the one who
    // reports is no party.
    let reporters = reporters(a, sentence.clone());
    // "Danko stwierdził, że decyzja Ficy wynika z obaw po spotkaniu z Trumpem": a
    // reported clause about someone else has them, not the one who says it, as the
    // meeting noun's party ("Putin zapowiedział, że dojdzie do spotkania z X" is
    // Putin's).
    if first.is_empty()
        && !unnamed_owner
        && let Trigger::Noun(_) = trigger
        && let Some(clause) = reported_clause_start(a, sentence.start, k)
        && let Some(m) = a
            .mentions_in(clause..k)
            .filter(|m| m.tokens.end <= k && party(a, m) && !other.contains(&m.entity))
            .filter(|m| a.kind_of(m) == ActorKind::Person)
            .last()
    {
        first.push(m.entity);
    }
    if first.is_empty() && !unnamed_owner {
        let before = subjects_before(a, sentence.start, k, &reporters);
        // A noun with no other party needs two subjects: "Nawrocki i Trump odbyli
        // rozmowę"; "Jak przekazał Umierow, rozmowy dotyczyły …" names no party.
        if !other.is_empty() || matches!(trigger, Trigger::Verb(_)) || before.len() >= 2 {
            first = before;
        }
    }
    first.retain(|e| !other.contains(e) && !reporters.contains(e));
    if first.is_empty()
        && !other.is_empty()
        && let Some(e) = dropped_subject(a, sentence.clone(), k, trigger)
        && !other.contains(&e)
    {
        first.push(e);
    }
    // "przyjął X" needs the host: "Nowelizację przyjęły Sejm i Senat" has none.
    let hosted = matches!(trigger, Trigger::Verb(v) if OBJECT_VERBS.contains(&v.lemma));
    if hosted && first.is_empty() {
        return Vec::new();
    }
    let mut all = first;
    for e in other {
        if !all.contains(&e) {
            all.push(e);
        }
    }
    all
}

/// The words after the trigger at `k` where its other party is looked for: nine,
/// within the sentence.
pub(crate) fn after_trigger(k: usize, sentence: &Range<usize>) -> Range<usize> {
    k + 1..(k + 10).min(sentence.end)
}

/// Where the clause holding token `k` starts when a speech verb reports it ("X
/// stwierdził, że …"): at its "że".
fn reported_clause_start(a: &Analysis, start: usize, k: usize) -> Option<usize> {
    let that = (start..k)
        .rev()
        .find(|&x| matches!(a.doc.lower(x), "że" | "iż"))?;
    (start..that)
        .any(|x| a.doc.speech_verb(x).is_some())
        .then_some(that)
}

/// "polecił Witkoffowi spotkać się z Putinem": the one told or asked to meet, in the
/// dative right before the infinitive, is the party, not the one who told them.
fn told_to(a: &Analysis, start: usize, k: usize) -> Option<usize> {
    let m = a
        .mentions_in(k.saturating_sub(4).max(start)..k)
        .filter(|m| m.tokens.end <= k && party(a, m) && a.kind_of(m) == ActorKind::Person)
        .last()?;
    let gap_ok = (m.tokens.end..k).all(|x| matches!(a.doc.lower(x), "się" | "by" | "aby"));
    let dative = ["owi", "emu", "ej", "u"]
        .iter()
        .any(|e| a.doc.word(m.tokens.end - 1).ends_with(e));
    (gap_ok && dative).then_some(m.entity)
}

/// People named as the source of the sentence: after "jak" or a dash and a speech
/// verb, up to the next comma or dash ("Jak przekazał rzecznik X,", "– jak podali
/// urzędnicy –", "Nowak – mówił rzecznik – spotka się …").
fn reporters(a: &Analysis, sentence: Range<usize>) -> Vec<usize> {
    let doc = &a.doc;
    let mut out = Vec::new();
    for c in sentence.clone() {
        let aside = c > 0 && (doc.lower(c - 1) == "jak" || doc.kind(c - 1) == Some(Kind::Dash));
        if !aside || doc.speech_verb(c).is_none() {
            continue;
        }
        let end = (c..sentence.end)
            .find(|&x| doc.is_punct(x, ',') || doc.kind(x) == Some(Kind::Dash))
            .unwrap_or(sentence.end);
        out.extend(a.mentions_in(c..end).map(|m| m.entity));
    }
    out
}

/// "Udał się do Lublany na spotkanie z …", "Wcześniej rozmawiał z …": a verb with
/// no subject of its own (only adverbs before it in the sentence) has the person the
/// text was last about, of the verb's gender, in this or the previous paragraph.
fn dropped_subject(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
    trigger: Trigger,
) -> Option<usize> {
    let doc = &a.doc;
    let verb = match trigger {
        Trigger::Verb(v) => Some((k, v)),
        Trigger::Noun(_) => None,
    };
    let (at, agreement) = match verb {
        Some((at, v)) if lacks_subject(a, at) => (at, v.agreement),
        Some(_) => return None,
        // For a noun, the sentence's first word past any adverb is a past verb: "Udał
        // się …", "Wcześniej przeprowadził on rozmowy …".
        None => {
            let first = (sentence.start..k)
                .find(|&x| doc.is_word(x) && !ZERO_SUBJECT_FILLERS.contains(&doc.lower(x)))?;
            let w = doc.lower(first);
            let agreement = if w.ends_with("ła") {
                Agreement::Feminine
            } else if w.ends_with('ł') {
                Agreement::Masculine
            } else {
                return None;
            };
            (first, Some(agreement))
        }
    };
    let form = VerbForm {
        lemma: "",
        aspect: Aspect::Both,
        tense: Tense::Past,
        agreement,
    };
    if !matches!(agreement, Some(Agreement::Masculine | Agreement::Feminine)) {
        return None;
    }
    zero_subject(a, at, form, &[], &|_| false)
}

/// "spotkał się z A oraz z B", "…, a także z C": each further "z" phrase after a
/// conjunction is a meeting of its own with the same subject.
pub(crate) fn further_counterparts(
    a: &Analysis,
    sentence: Range<usize>,
    k: usize,
) -> Vec<Vec<usize>> {
    let doc = &a.doc;
    let mut out: Vec<Vec<usize>> = Vec::new();
    for x in k + 2..sentence.end {
        let joined = matches!(doc.lower(x - 1), "oraz" | "i" | "także");
        if matches!(doc.lower(x), "z" | "ze") && joined {
            let list = mention_list(a, x + 1, sentence.end);
            if !list.is_empty() {
                out.push(list);
            }
        }
    }
    out
}

/// "z X i Y" in the given tokens, up to the first clause break; a short
/// parenthetical ("spotkał się w Hadze, na marginesie szczytu, z …") is passed over.
pub(crate) fn with_list(a: &Analysis, tokens: Range<usize>, end: usize) -> Vec<usize> {
    let (mut x, mut limit) = (tokens.start, tokens.end);
    while x < limit.min(end) {
        if matches!(a.doc.lower(x), "z" | "ze") {
            let list = mention_list(a, x + 1, end);
            if !list.is_empty() {
                return list;
            }
        }
        // "rozmawiał o współpracy z …", "na temat relacji z …": what is talked about,
        // not who with.
        if a.doc.is_punct(x, '.') && !is_acronym_dot(&a.doc, x)
            || TOPIC_WORDS.contains(&a.doc.lower(x))
        {
            break;
        }
        if a.doc.is_punct(x, ',') {
            let Some(close) = parenthetical(a, x, end) else {
                break;
            };
            limit += close - x;
            x = close;
        }
        x += 1;
    }
    Vec::new()
}

/// The closing comma of a short aside opened by the comma at `open`: a few words
/// with no clause of their own (no conjunction or relative pronoun) and no person.
fn parenthetical(a: &Analysis, open: usize, end: usize) -> Option<usize> {
    let close = (open + 2..(open + 7).min(end)).find(|&x| a.doc.is_punct(x, ','))?;
    let plain = (open..close).all(|x| {
        !a.doc.is_punct(x, '.')
            && !matches!(
                a.doc.lower(x),
                "z" | "ze"
                    | "że"
                    | "iż"
                    | "i"
                    | "a"
                    | "oraz"
                    | "ale"
                    | "który"
                    | "która"
                    | "które"
                    | "którego"
                    | "której"
                    | "którym"
                    | "którzy"
                    | "jak"
                    | "gdy"
            )
    });
    let person = a
        .mentions_in(open..close)
        .any(|m| a.kind_of(m) == ActorKind::Person);
    (plain && !person).then_some(close)
}

/// "spotkanie ukraińskich przedstawicieli", "konsultacje międzyrządowe Polski i
/// Ukrainy": parties in the genitive after the noun, past up to two adjectives.
fn genitive_after(a: &Analysis, k: usize, end: usize) -> Vec<usize> {
    let mut x = k + 1;
    while x < k + 3 && looks_adjectival(a, x) && first_party_at(a, x).is_none() {
        x += 1;
    }
    // "spotkanie prezydentów Nawrockiego i Trumpa": a plural title before the names.
    if first_party_at(a, x).is_none()
        && a.doc.group(x).is_some_and(|g| g.personal)
        && !a.doc.is_capitalized(x)
    {
        x += 1;
    }
    if first_party_at(a, x).is_some() {
        mention_list(a, x, end)
    } else {
        Vec::new()
    }
}

fn looks_adjectival(a: &Analysis, x: usize) -> bool {
    const ENDINGS: &[&str] = &[
        "e", "a", "y", "i", "ego", "ej", "ych", "ich", "ym", "im", "ą", "ie",
    ];
    let w = a.doc.lower(x);
    a.doc.is_word(x)
        && !a.doc.is_capitalized(x)
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && a.doc.meeting_verb(x).is_none()
        && a.doc.speech_verb(x).is_none()
        && a.doc.role(x).is_none()
}

/// "jego rozmowy z …": the possessive points to the latest subject of its gender;
/// "ich pierwsze spotkanie" to the two people last named.
fn possessor(a: &Analysis, k: usize) -> Vec<usize> {
    // The possessive may stand before an adjective: "ich pierwsze spotkanie".
    let at = (k.saturating_sub(2)..k)
        .find(|&x| matches!(a.doc.lower(x), "jego" | "jej" | "ich"))
        .filter(|&x| x + 1 == k || looks_adjectival(a, x + 1));
    let Some(at) = at else {
        return Vec::new();
    };
    let gender = match a.doc.lower(at) {
        "jego" => Some(Gender::Masculine),
        "jej" => Some(Gender::Feminine),
        _ => None,
    };
    let fits = |m: &Mention| {
        party(a, m)
            && a.kind_of(m) == ActorKind::Person
            && gender.is_none_or(|g| a.entities[m.entity].gender.is_none_or(|h| h == g))
    };
    // "jak podejść do Trumpa przed jego spotkaniem": a person named earlier in the
    // sentence, in any case.
    if gender.is_some()
        && let Some(s) = a.doc.sentence_of(at)
        && let Some(m) = a
            .mentions_in(s.tokens.start..at)
            .filter(|m| m.tokens.end <= at && fits(m))
            .last()
    {
        return vec![m.entity];
    }
    let wanted = if gender.is_some() { 1 } else { 2 };
    let mut out: Vec<usize> = Vec::new();
    let people = a
        .mentions
        .iter()
        .filter(|m| m.tokens.end <= at && subject_capable(a, m) && fits(m));
    for m in people.collect::<Vec<_>>().into_iter().rev() {
        if !out.contains(&m.entity) {
            out.push(m.entity);
        }
        if out.len() == wanted {
            return out.into_iter().rev().collect();
        }
    }
    Vec::new()
}

/// "spotkali się X i Y", "rozmawiał telefonicznie premier Donald Tusk".
fn subjects_after(a: &Analysis, k: usize, end: usize) -> Vec<usize> {
    match first_party_after(a, k, end) {
        Some(start)
            if a.mentions_in(start..start + 8)
                .any(|m| (m.lead == start || m.tokens.start == start) && subject_capable(a, m)) =>
        {
            mention_list(a, start, end)
        }
        _ => Vec::new(),
    }
}

/// "Nawrocki i Trump odbyli rozmowę": the subject nearest before the trigger, with
/// the parties coordinated with it.
fn subjects_before(a: &Analysis, start: usize, k: usize, reporters: &[usize]) -> Vec<usize> {
    let Some(nearest) = a
        .mentions_in(start..k)
        .filter(|m| m.tokens.end <= k && party(a, m) && subject_capable(a, m))
        .filter(|m| !reporters.contains(&m.entity))
        // "na marginesie szczytu NATO": what names a meeting is not its subject.
        .filter(|m| m.tokens.start == 0 || a.doc.meeting_noun(m.tokens.start - 1).is_none())
        .last()
    else {
        return Vec::new();
    };
    let mut from = nearest.lead.min(nearest.tokens.start);
    // Walk back over "X i", "X, Y i" to the first of the coordinated parties; a
    // comma alone ("Jak poinformowało CIR, Merz zaprosił") joins nothing.
    let mut joined = false;
    while from > start
        && (matches!(a.doc.lower(from - 1), "i" | "oraz")
            || joined && a.doc.is_punct(from - 1, ','))
    {
        joined = true;
        let previous = a
            .mentions
            .iter()
            .rfind(|m| m.tokens.end + 1 == from && party(a, m) && subject_capable(a, m));
        match previous {
            Some(m) => from = m.lead.min(m.tokens.start),
            None => break,
        }
    }
    mention_list(a, from, k)
}

/// The first party mentioned after token `k` in its clause, within a few words: the
/// token its phrase starts at.
fn first_party_after(a: &Analysis, k: usize, end: usize) -> Option<usize> {
    let mut x = k + 1;
    while x < end.min(k + 9) {
        let object = matches!(
            a.doc.lower(x),
            "z" | "ze" | "do" | "o" | "od" | "dla" | "przez" | "wobec" | "między"
        );
        if a.doc.is_punct(x, ',') || a.doc.is_punct(x, '.') || a.doc.is_punct(x, ':') || object {
            return None;
        }
        if let Some(m) = first_party_at(a, x) {
            return Some(m.lead.min(m.tokens.start));
        }
        x += 1;
    }
    None
}

/// A party mention whose phrase (role included) starts at `x`.
fn first_party_at<'a>(a: &'a Analysis, x: usize) -> Option<&'a Mention> {
    a.mentions_in(x..x + 8)
        .find(|m| (m.lead == x || m.tokens.start == x) && party(a, m))
}

/// The coordinated mentions starting at token `from`: "Steve'em Witkoffem i Jaredem
/// Kushnerem", "Kiriłł Dmitrijew, uznawany za wysłannika Kremla, oraz Steve Witkoff",
/// "premier Donald Tusk, wicepremier i szef MON Władysław Kosiniak-Kamysz".
pub fn mention_list(a: &Analysis, from: usize, end: usize) -> Vec<usize> {
    let doc = &a.doc;
    let mut out = Vec::new();
    let mut k = from;
    let mut after_separator = true;
    let mut in_apposition = false;
    while k < end {
        let here = if after_separator {
            next_listed(a, k, end)
        } else {
            None
        };
        if let Some(m) = here {
            out.push(m.entity);
            k = m.tokens.end;
            after_separator = false;
            in_apposition = false;
            continue;
        }
        if out.is_empty() {
            break;
        }
        // "premier Donald Tusk (KO), marszałek …": a party or note in brackets.
        if doc.is_punct(k, '(')
            && let Some(close) = (k..(k + 10).min(end)).find(|&x| doc.is_punct(x, ')'))
        {
            k = close + 1;
            continue;
        }
        let w = doc.lower(k);
        if doc.is_punct(k, ',') {
            in_apposition = !after_separator || in_apposition;
            after_separator = true;
        } else if matches!(w, "i" | "oraz") || w == "a" && !doc.is_punct(k - 1, ',') {
            // "między Rosją a Ukrainą".
            after_separator = true;
        } else if w == "a" && matches!(doc.lower(k + 1), "także" | "również") {
            // "…, a także z C"; after a comma a bare "a" opens a clause of its own
            // ("…, a minister X będzie prowadzić rozmowy").
            after_separator = true;
            k += 1;
        } else if in_apposition
            && doc.is_word(k)
            && !STOP_APPOSITION.contains(&w)
            && doc.speech_verb(k).is_none()
        {
            after_separator = false;
        } else if !(in_apposition
            && doc.is_punct(k, '.')
            && matches!(doc.lower(k - 1), "ds" | "ws"))
        {
            break;
        }
        k += 1;
    }
    out
}

/// The next listed party at `k`: one whose phrase starts here, or one a few role
/// words later ("wicepremier i szef MON Władysław Kosiniak-Kamysz").
fn next_listed<'a>(a: &'a Analysis, k: usize, end: usize) -> Option<&'a Mention> {
    if let Some(m) = first_party_at(a, k) {
        return Some(m);
    }
    let doc = &a.doc;
    let mut m = a.mentions_in(k..(k + 6).min(end)).find(|m| party(a, m))?;
    // "doradca premiera Kanady, Piotr Wrona": the country describes the person named
    // after the comma.
    if a.kind_of(m) != ActorKind::Person
        && doc.is_punct(m.tokens.end, ',')
        && let Some(person) =
            first_party_at(a, m.tokens.end + 1).filter(|p| a.kind_of(p) == ActorKind::Person)
    {
        m = person;
    }
    let start = m.lead.min(m.tokens.start);
    // "zięć Donalda Trumpa, Jared Kushner": a relation to someone else, then the name.
    let related = |x: usize| {
        a.mentions_in(k..start)
            .any(|r| (r.embedded || a.kind_of(r) != ActorKind::Person) && r.tokens.contains(&x))
            || x + 1 == start && doc.is_punct(x, ',')
    };
    let role_words = (k..start).all(|x| {
        related(x)
            || doc.is_word(x)
                && (doc.role(x).is_some()
                    || matches!(doc.lower(x), "i" | "oraz")
                    || !doc.is_capitalized(x)
                        && doc.meeting_verb(x).is_none()
                        && doc.speech_verb(x).is_none())
    });
    (role_words && doc.role(k).is_some()).then_some(m)
}

#[cfg(test)]
#[path = "parties_tests.rs"]
mod tests;
