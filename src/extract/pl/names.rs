//! Person mentions: full names found through the first-name gazetteer, surnames after
//! a role ("kanclerz Merz"), and later surname-only mentions, each brought to the
//! nominative ("Władimira Putina" → Władimir Putin).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::doc::Doc;
use crate::extract::fold::{fold, name_key};
use crate::extract::found::{FAMILY_FIRST, PersonName, is_acronym};
use crate::extract::lang::class;
use crate::extract::pl::inflect::{
    Case, Gender, feminine_noun_surname, split_apostrophe, surname_candidates,
};
use crate::extract::pl::roles::RELATIONAL;
use crate::extract::pl::surnames::bare_surnames;

/// Lowercase particles inside surnames: Ursula von der Leyen, Abd al-Fattah.
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "di", "da", "du", "dos", "del", "la", "le", "bin", "ibn",
    "al",
];

/// All person names in the document, in text order, without overlaps.
pub fn find_person_names(doc: &Doc) -> Vec<PersonName> {
    let attested = capitalized_words(doc);
    let mut names = Vec::new();
    let mut taken = vec![false; doc.len()];
    let mut i = 0;
    while i < doc.len() {
        if let Some(name) = full_name_at(doc, i, &attested) {
            for t in name.tokens.clone() {
                taken[t] = true;
            }
            i = name.tokens.end;
            names.push(name);
        } else {
            i += 1;
        }
    }
    for name in surnames_after_roles(doc, &taken, &attested) {
        for t in name.tokens.clone() {
            taken[t] = true;
        }
        names.push(name);
    }
    for name in first_names_alone(doc, &taken, &names) {
        taken[name.tokens.clone()].fill(true);
        names.push(name);
    }
    // Bare surnames are not forms of names already found ("zaprosił Tuska" is Tusk's
    // accusative); then every other form of all of them.
    let mut known: Vec<(String, Option<Gender>)> = names
        .iter()
        .map(|n| (name_key(&n.surname), n.gender))
        .collect();
    let known_keys: HashSet<String> = known.iter().map(|(k, _)| k.clone()).collect();
    let in_thing = thing_tokens(doc);
    for name in bare_surnames(doc, &taken, &in_thing, &attested, &known_keys) {
        taken[name.tokens.clone()].fill(true);
        known.push((name_key(&name.surname), name.gender));
        names.push(name);
    }
    names.extend(known_surnames(doc, &taken, &known));
    names.sort_by_key(|n| n.tokens.start);
    names
}

/// Tokens inside the names of places, countries and organisations ("Biały Dom").
fn thing_tokens(doc: &Doc) -> Vec<bool> {
    let mut inside = vec![false; doc.len()];
    let starts = class::PLACE_START | class::COUNTRY_START | class::ORGANIZATION_START;
    for i in (0..doc.len()).filter(|&i| doc.has(i, starts)) {
        let tables = [&doc.lex.places, &doc.lex.countries, &doc.lex.organizations];
        if let Some(n) = tables
            .iter()
            .find_map(|t| doc.phrase_at(t, i).map(|(_, n)| n))
        {
            inside[i..(i + n).min(doc.len())].fill(true);
        }
    }
    inside
}

fn capitalized_words<'a>(doc: &Doc<'a>) -> HashSet<&'a str> {
    (0..doc.len())
        .filter(|&i| doc.is_capitalized(i))
        .map(|i| doc.word(i))
        .collect()
}

/// Is token `i` a capitalised word that can be part of a surname?
fn surname_word(doc: &Doc, i: usize) -> bool {
    doc.nameable(i)
}

fn full_name_at(doc: &Doc, i: usize, attested: &HashSet<&str>) -> Option<PersonName> {
    let all_forms = doc.first_name(i);
    if all_forms.is_empty() || !doc.is_capitalized(i) {
        return None;
    }
    // "Przewodnicząca Parlamentu Europejskiego Roberta Metsola": a feminine role
    // before the name makes "Roberta" a woman's name, not Robert's genitive.
    let women_only = all_forms.iter().any(|f| f.gender == Gender::Feminine)
        && all_forms.iter().any(|f| f.gender != Gender::Feminine)
        && (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| doc.is_word(k))
            .find_map(|k| doc.role(k))
            .is_some_and(|r| r.gender == Gender::Feminine);
    let forms = || {
        all_forms
            .iter()
            .filter(move |f| !women_only || f.gender == Gender::Feminine)
    };
    let mut firsts = vec![i];
    let mut j = i + 1;
    // A second given name (Recep Tayyip Erdoğan, Jean-Claude) before the surname.
    while !doc.first_name(j).is_empty() && doc.is_capitalized(j) && surname_word(doc, j + 1) {
        firsts.push(j);
        j += 1;
    }
    let surname_start = j;
    // One surname word, after any particles: "von der Leyen", "bin Salman".
    while j < doc.len()
        && (j == surname_start || j > surname_start && PARTICLES.contains(&doc.word(j - 1)))
    {
        if surname_word(doc, j) {
            j += 1;
        } else if PARTICLES.contains(&doc.word(j)) {
            let mut end = j;
            while PARTICLES.contains(&doc.word(end)) && end - j < 3 {
                end += 1;
            }
            if !surname_word(doc, end) {
                break;
            }
            j = end;
        } else {
            break;
        }
    }
    if j == surname_start {
        return None;
    }
    let family_first = FAMILY_FIRST.contains(&doc.lower(i));
    // "Kim Dzong Unem": a second short syllable of the given name.
    if family_first
        && j == surname_start + 1
        && surname_word(doc, j)
        && doc.first_name(j).is_empty()
        && doc.word(j).chars().count() <= 6
    {
        j += 1;
    }
    let gender = forms().next()?.gender;
    let mut cases: Vec<Case> = forms().map(|f| f.case).collect();
    // "z Marco Rubio", "z Wopke Hoekstrą": a first name that does not decline says
    // nothing about the case; the surname's own ending decides.
    // "Zuzana Čaputovą": no surname's nominative ends in "-ą", whatever the
    // first name's form says.
    let indeclinable = cases == [Case::Nom]
        && (family_first
            || doc.word(j - 1).ends_with('ą')
            || !doc
                .word(i)
                .ends_with(|c: char| c.is_alphabetic() && !"eiouy".contains(c)));
    if indeclinable {
        cases = vec![Case::Gen, Case::Dat, Case::Acc, Case::Inst, Case::Loc];
    }
    let first: Vec<String> = firsts
        .iter()
        .map(|&k| first_name_nominative(doc, k, &cases, attested))
        .collect();
    let last = doc.word(j - 1);
    let lemma = if family_first {
        given_name_nominative(last, attested)
    } else if indeclinable {
        undeclined_surname(last, gender, attested)
    } else {
        surname_nominative(last, Some(gender), &cases, attested)
    };
    let mut surname_words: Vec<String> = (surname_start..j - 1)
        .map(|k| doc.word(k).to_string())
        .collect();
    surname_words.push(lemma.clone());
    Some(PersonName {
        tokens: i..j,
        first: Some(first.join(" ")),
        surname: surname_words.join(" "),
        // A family name says nothing of who bears it: "Kim Yo Jong", "Mao Ning".
        gender: (!family_first).then_some(gender),
        nominative: cases.contains(&Case::Nom) || indeclinable && lemma == last,
    })
}

/// The nominative of the first name at token `k` in one of `cases`, keeping the
/// article's own spelling where it wrote the nominative; each part of a double name
/// ("Franka-Waltera" → Frank-Walter).
fn first_name_nominative(doc: &Doc, k: usize, cases: &[Case], attested: &HashSet<&str>) -> String {
    let word = doc.word(k);
    // "Aleksandrem" beside "Aleksandr Łukaszenka": the spelling the text writes,
    // not the table's Polish one (Aleksander). Only the endings no woman's name has.
    let written = ["em", "owi"]
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .find(|stem| stem.chars().count() >= 3 && attested.contains(stem));
    if let Some(stem) = written {
        return stem.to_string();
    }
    if word.contains('-') && doc.first_name(k).iter().all(|n| n.case != Case::Nom) {
        return word
            .split('-')
            .map(|part| {
                let readings = doc.lex.first_name(&part.to_lowercase());
                readings
                    .iter()
                    .find(|n| cases.contains(&n.case) && n.case != Case::Nom)
                    .map_or_else(|| part.to_string(), |n| n.lemma.to_string())
            })
            .collect::<Vec<_>>()
            .join("-");
    }
    let f = doc.first_name(k);
    let form = f.iter().find(|n| cases.contains(&n.case)).or(f.first());
    match form {
        Some(n) if n.case != Case::Nom => n.lemma.to_string(),
        _ => apostrophe_stem(word).unwrap_or(word).to_string(),
    }
}

/// The first name between a title and a surname, in the nominative. A name the
/// tables do not know keeps its form, except the "-em" of a man's instrumental
/// when his surname is declined too ("premierem Janeszem Janszą": Janesz).
fn titled_first_name(
    doc: &Doc,
    k: usize,
    cases: &[Case],
    declined: bool,
    attested: &HashSet<&str>,
) -> String {
    let word = doc.word(k);
    let name = first_name_nominative(doc, k, cases, attested);
    let unknown = doc.first_name(k).is_empty() && name == word;
    match word.strip_suffix("em") {
        Some(stem) if unknown && declined && stem.chars().count() >= 3 => stem.to_string(),
        _ => name,
    }
}

/// "Jimmy'ego", "Steve'em": a foreign name whose Polish case ending follows an
/// apostrophe; the name is what comes before it.
fn apostrophe_stem(word: &str) -> Option<&str> {
    let (base, ending) = split_apostrophe(word)?;
    let polish_ending = ending.chars().count() <= 3 && ending.chars().all(char::is_lowercase);
    polish_ending.then_some(base)
}

/// The last syllable of a Korean or Chinese given name, whose Polish case ending is
/// the only one the name takes: "Unem" → Un, "Czola" → Czol (no syllable ends in a
/// consonant and "a").
fn given_name_nominative(form: &str, attested: &HashSet<&str>) -> String {
    let chars: Vec<char> = form.chars().collect();
    let genitive = chars.len() >= 3
        && chars[chars.len() - 1] == 'a'
        && !"aeiouy".contains(chars[chars.len() - 2]);
    if genitive {
        return chars[..chars.len() - 1].iter().collect();
    }
    undeclined_surname(form, Gender::Masculine, attested)
}

/// A surname after a first name that does not decline: a reading attested elsewhere
/// in the text, else one the ending makes clear ("Hoekstrą"), else the form as written.
fn undeclined_surname(form: &str, gender: Gender, attested: &HashSet<&str>) -> String {
    const OBLIQUE: &[&str] = &["ą", "ę", "em", "owi", "ego", "emu", "im", "ym"];
    let candidates: Vec<String> = surname_candidates(form, Some(gender))
        .into_iter()
        .filter(|(_, c)| *c != Case::Nom)
        .map(|(s, _)| s)
        .collect();
    if let Some(c) = candidates.iter().find(|c| attested.contains(c.as_str())) {
        return c.clone();
    }
    match candidates.first() {
        Some(c) if OBLIQUE.iter().any(|e| form.ends_with(e)) => c.clone(),
        _ => form.to_string(),
    }
}

/// The nominative of a surname form, given the cases its first name allows.
/// Hyphenated surnames decline in each part (Kosiniaka-Kamysza).
pub fn surname_nominative(
    form: &str,
    gender: Option<Gender>,
    cases: &[Case],
    attested: &HashSet<&str>,
) -> String {
    if form.contains('-') && split_apostrophe(form).is_none() {
        return form
            .split('-')
            .map(|part| surname_nominative(part, gender, cases, attested))
            .collect::<Vec<_>>()
            .join("-");
    }
    if cases.contains(&Case::Nom) {
        return form.to_string();
    }
    let candidates = surname_candidates(form, gender);
    if let Some((base, _)) = split_apostrophe(form) {
        return base.to_string();
    }
    let fitting: Vec<&String> = candidates
        .iter()
        .filter(|(_, c)| cases.contains(c) || (*c == Case::Gen && cases.contains(&Case::Acc)))
        .map(|(s, _)| s)
        .collect();
    if let Some(c) = fitting.iter().find(|c| attested.contains(c.as_str())) {
        return c.to_string();
    }
    // "Roberty Metsoli": a woman's surname in -a may decline like a noun, but
    // foreign ones often do not, so only a nominative the text also writes is taken.
    if gender == Some(Gender::Feminine)
        && let Some(c) = feminine_noun_surname(form)
            .into_iter()
            .find(|c| attested.contains(c.as_str()))
    {
        return c;
    }
    fitting
        .first()
        .map_or_else(|| form.to_string(), |s| s.to_string())
}

/// "kanclerz Merz", "premiera Tuska", "szef MSZ Sikorski": a surname right after a role.
fn surnames_after_roles(doc: &Doc, taken: &[bool], attested: &HashSet<&str>) -> Vec<PersonName> {
    let mut out = Vec::new();
    for i in 0..doc.len() {
        let Some(role) = doc.role(i) else {
            continue;
        };
        if !doc.is_word(i) || doc.is_capitalized(i) && !doc.starts_sentence(i) {
            continue;
        }
        let Some(j) = name_after_role(doc, i) else {
            continue;
        };
        // One word, or two when the first is a given name the gazetteer lacks
        // ("wiceminister obrony Vaidotas Rimkus", "rzeczniczka MSZ Mao Ning").
        let two = surname_word(doc, j + 1) && !doc.is_capitalized(j + 2);
        if taken[j]
            || !doc.first_name(j).is_empty()
            || doc.is_capitalized(j + 1) && !two
            || two && taken[j + 1]
        {
            continue;
        }
        let last = if two { j + 1 } else { j };
        // "doradca Putina": right after a relation noun, a genitive names the other
        // person of the relation.
        if j == i + 1
            && !two
            && RELATIONAL.contains(&role.lemma)
            && let Some(surname) = genitive_reading(doc.word(j), attested)
        {
            out.push(PersonName {
                tokens: j..j + 1,
                first: None,
                surname,
                gender: None,
                nominative: false,
            });
            continue;
        }
        // "ministra Raua": "ministra" is also the genitive of "minister"; a surname
        // whose nominative the text writes elsewhere ("Rau") settles it.
        let masculine_oblique = role.gender == Gender::Feminine
            && surname_candidates(doc.word(last), Some(Gender::Masculine))
                .iter()
                .any(|(c, case)| {
                    *case != Case::Nom && c != doc.word(last) && attested.contains(c.as_str())
                });
        let (gender, nominative) = if masculine_oblique {
            (Gender::Masculine, false)
        } else {
            (role.gender, role.nominative)
        };
        let cases: &[Case] = if nominative {
            &[Case::Nom]
        } else {
            &[Case::Gen, Case::Acc, Case::Dat, Case::Inst, Case::Loc]
        };
        let surname = surname_nominative(doc.word(last), Some(gender), cases, attested);
        let declined = gender == Gender::Masculine && surname != doc.word(last);
        // A feminine title is a woman's; a masculine one is also a woman's title
        // ("premier Szydło"), so it tells the surname's declension, not the person.
        let person = (gender == Gender::Feminine).then_some(gender);
        out.push(PersonName {
            tokens: j..last + 1,
            first: two.then(|| titled_first_name(doc, j, cases, declined, attested)),
            surname,
            gender: person,
            nominative,
        });
    }
    out
}

/// The nominative of a masculine surname read as a genitive ("Putina" → Putin),
/// preferring a reading the text also writes.
fn genitive_reading(word: &str, attested: &HashSet<&str>) -> Option<String> {
    let readings: Vec<String> = surname_candidates(word, None)
        .into_iter()
        .filter(|(c, case)| *case == Case::Gen && c != word)
        .map(|(c, _)| c)
        .collect();
    readings
        .iter()
        .find(|c| attested.contains(c.as_str()))
        .or(readings.first())
        .cloned()
}

/// The first nameable word after a role noun and its modifiers: lowercase words
/// ("spraw zagranicznych"), abbreviations ("MSZ") and named things ("Kremla",
/// "Chin"), a few at most.
fn name_after_role(doc: &Doc, role: usize) -> Option<usize> {
    let mut j = role + 1;
    while j < doc.len() && j - role <= 4 {
        // "Rady Bezpieczeństwa Narodowego": an adjective going on with a capitalised
        // name is part of it, not a surname.
        let adjectival = ["ego", "ej", "ych", "ich", "emu"]
            .iter()
            .any(|e| doc.lower(j).ends_with(e));
        let continues_name =
            j > role + 1 && doc.is_capitalized(j - 1) && !is_acronym(doc.word(j - 1));
        if surname_word(doc, j) && !(adjectival && continues_name) {
            return Some(j);
        }
        let named = doc
            .phrase_at(&doc.lex.countries, j)
            .or_else(|| doc.phrase_at(&doc.lex.organizations, j));
        if let Some((_, n)) = named {
            j += n;
            continue;
        }
        let modifier = doc.is_word(j)
            && !doc.is_capitalized(j)
            && doc.speech_verb(j).is_none()
            && doc.meeting_verb(j).is_none()
            || is_acronym(doc.word(j));
        if !modifier {
            return None;
        }
        j += 1;
    }
    None
}

/// "drogi Olafie", "Xi odparł": a first name alone stands for the one person named
/// in full with it (for Chinese and Korean names the first word is the family name).
fn first_names_alone(doc: &Doc, taken: &[bool], named: &[PersonName]) -> Vec<PersonName> {
    let mut out = Vec::new();
    for i in (0..doc.len()).filter(|&i| !taken[i]) {
        let readings = doc.first_name(i);
        if readings.is_empty() || doc.is_capitalized(i + 1) {
            continue;
        }
        let mut holders = named.iter().filter(|n| {
            n.first.as_deref().is_some_and(|f| {
                let f = name_key(f);
                readings.iter().any(|r| name_key(r.lemma) == f)
            })
        });
        // The same person named in full twice is still one holder.
        let holder = holders.next();
        let second =
            holders.find(|n| holder.is_some_and(|h| name_key(&h.surname) != name_key(&n.surname)));
        // "na cześć Xi", "spotkał się z Xi": a Chinese or Korean family name alone,
        // mid-sentence, with no one of that name in full, is a person of its own.
        let family = FAMILY_FIRST.contains(&doc.lower(i)) && !doc.starts_sentence(i);
        if holder.is_none() && family {
            out.push(PersonName {
                tokens: i..i + 1,
                first: None,
                surname: doc.word(i).to_string(),
                gender: None,
                nominative: true,
            });
        }
        let (Some(holder), None) = (holder, second) else {
            continue;
        };
        let first = holder.first.clone().unwrap_or_default();
        let nominative = readings
            .iter()
            .any(|r| name_key(r.lemma) == name_key(&first) && r.case == Case::Nom);
        out.push(PersonName {
            tokens: i..i + 1,
            first: Some(first),
            surname: holder.surname.clone(),
            gender: holder.gender,
            nominative,
        });
    }
    out
}

/// The first letter of a word's name key: lowercase, diacritics gone, v as w.
fn initial_key(word: &str) -> Option<char> {
    let c = word.chars().next()?;
    if c.is_ascii() {
        let c = c.to_ascii_lowercase();
        return Some(if c == 'v' { 'w' } else { c });
    }
    fold(&c.to_string()).chars().next()
}

/// Surname-only mentions of people already named: "Dmitrijew", "Putinem".
fn known_surnames(
    doc: &Doc,
    taken: &[bool],
    known: &[(String, Option<Gender>)],
) -> Vec<PersonName> {
    let mut by_key: HashMap<&str, Option<Gender>> = HashMap::default();
    for (key, gender) in known {
        by_key.entry(key.as_str()).or_insert(*gender);
    }
    let feminine = |g: Option<Gender>| g == Some(Gender::Feminine);
    // Cheap first test: the folded word must share its first letters with a known surname.
    let prefix = |s: &str| s.chars().take(3).collect::<String>();
    let prefixes: HashSet<String> = by_key.keys().map(|k| prefix(k)).collect();
    // Cheaper still, and without allocating: the first letter.
    let initials: HashSet<char> = by_key.keys().filter_map(|k| k.chars().next()).collect();
    let mut out = Vec::new();
    for (i, _) in taken.iter().enumerate().filter(|(_, t)| !**t) {
        let word = doc.word(i);
        if !surname_word(doc, i) || !initial_key(word).is_some_and(|c| initials.contains(&c)) {
            continue;
        }
        let head = word.char_indices().nth(4).map_or(word, |(k, _)| &word[..k]);
        if !prefixes.contains(&prefix(&name_key(head))) {
            continue;
        }
        let word = doc.word(i);
        // Feminine surnames decline by their own rules: try both readings.
        let hit = [None, Some(Gender::Feminine)]
            .into_iter()
            .find_map(|rules| {
                surname_candidates(word, rules)
                    .into_iter()
                    .find_map(|(c, case)| {
                        let gender = *by_key.get(name_key(&c).as_str())?;
                        (feminine(gender) == feminine(rules)).then_some((c, case, gender))
                    })
            });
        if let Some((surname, case, gender)) = hit {
            out.push(PersonName {
                tokens: i..i + 1,
                first: None,
                surname,
                gender,
                nominative: case == Case::Nom,
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
