//! Where an English meeting took place: "in Riyadh", "at the White House", "in
//! Angola's capital Luanda", "the Moscow meeting", "met here" under a dateline.

use std::ops::Range;

use crate::extract::doc::Doc;

/// Is the meeting at `k` a call: "a call", "phoned", or any meeting word in a
/// sentence that says "phone" or "video"? A call has no place.
fn is_call(doc: &Doc, sentence: Range<usize>, k: usize) -> bool {
    matches!(doc.lower(k), "call" | "calls" | "phoned")
        || sentence
            .clone()
            .any(|x| matches!(doc.lower(x), "phone" | "telephone" | "video"))
}

/// The place of the meeting triggered at `k` in `sentence`: the place its sentence
/// names nearest to the trigger, else the dateline's city for a meeting met "here"
/// or reported in the dateline's own paragraph.
pub fn meeting_place(doc: &Doc, sentence: Range<usize>, k: usize) -> Option<&'static str> {
    if is_call(doc, sentence.clone(), k) {
        return None;
    }
    if let Some(place) = named_place(doc, sentence.clone(), k) {
        return Some(place);
    }
    let city = dateline(doc)?;
    let here = sentence.clone().any(|x| doc.lower(x) == "here");
    let first_paragraph = doc.sentence_of(k).is_some_and(|s| s.paragraph == 0);
    (here || first_paragraph).then_some(city)
}

/// How far from its trigger a later sentence about a meeting may name its place.
const LATER_REACH: usize = 8;

/// The place a later sentence about a known meeting gives: named close to its
/// trigger ("their meeting in Warsaw"), not anywhere in a long sentence.
pub fn later_place(doc: &Doc, sentence: Range<usize>, k: usize) -> Option<&'static str> {
    let near =
        k.saturating_sub(LATER_REACH).max(sentence.start)..(k + LATER_REACH).min(sentence.end);
    named_place(doc, near, k)
}

/// "in Riyadh", "at the White House", "to Beijing", or a place written before the
/// meeting noun ("the Moscow meeting", "his Oval Office meeting"), nearest to `k`.
fn named_place(doc: &Doc, sentence: Range<usize>, k: usize) -> Option<&'static str> {
    if let Some(place) = place_before_noun(doc, sentence.start, k) {
        return Some(place);
    }
    let mut best: Option<(usize, &'static str)> = None;
    for x in sentence {
        // "on Capitol Hill": a place from the tables after "on".
        if !matches!(doc.lower(x), "in" | "at" | "to" | "on") {
            continue;
        }
        let Some(place) = place_after_preposition(doc, x + 1) else {
            continue;
        };
        let distance = x.abs_diff(k) + if doc.lower(x) == "to" { 10 } else { 0 };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, place));
        }
    }
    best.map(|(_, name)| name)
}

/// The place a preposition's object names at `y`: "the White House", "Luanda",
/// "Angola's capital Luanda", "the Angolan capital, Luanda".
fn place_after_preposition(doc: &Doc, mut y: usize) -> Option<&'static str> {
    if doc.lower(y) == "the" {
        y += 1;
    }
    if let Some((entry, _)) = doc.phrase_at(&doc.lex.places, y) {
        return Some(doc.lex.places.name(entry));
    }
    // "Angola's capital", "the Angolan capital": a capital named after it.
    let capital = (y..y + 3).find(|&x| doc.lower(x) == "capital")?;
    let owner = (y..capital)
        .all(|x| doc.is_known_adjective(x) || doc.phrase_at(&doc.lex.countries, x).is_some());
    let mut name = capital + 1;
    if doc.is_punct(name, ',') {
        name += 1;
    }
    let (entry, _) = doc.phrase_at(&doc.lex.places, name).filter(|_| owner)?;
    Some(doc.lex.places.name(entry))
}

/// "the Moscow meeting", "a Downing Street summit": a place ending right before
/// the meeting noun at `k`.
fn place_before_noun(doc: &Doc, start: usize, k: usize) -> Option<&'static str> {
    doc.meeting_noun(k)?;
    (k.saturating_sub(3).max(start)..k).find_map(|s| {
        doc.phrase_at(&doc.lex.places, s)
            .filter(|&(_, n)| s + n == k)
            .map(|(entry, _)| doc.lex.places.name(entry))
    })
}

/// The city of a wire dateline opening the article: "MOSCOW, Feb 8", "BEIJING
/// (Reuters) –", "DAMASCUS, Dec. 22 (Xinhua) --". Written in capitals.
pub fn dateline(doc: &Doc) -> Option<&'static str> {
    let first = doc.paragraphs.first()?.start;
    let (entry, n) = doc.phrase_at(&doc.lex.places, first)?;
    let capitals = (first..first + n).all(|x| doc.word(x).chars().all(|c| !c.is_lowercase()));
    let closed = matches!(doc.word(first + n), "," | "(" | "-" | "–" | "—");
    (capitals && closed).then(|| doc.lex.places.name(entry))
}
