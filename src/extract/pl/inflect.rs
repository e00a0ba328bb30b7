//! Polish declension of names and adjectives: forward for first names (from a
//! gazetteer of nominatives), backward for surnames (candidates, confirmed later by
//! the document), and adjectives to the nominative.

pub use crate::extract::found::{Case, Gender};

/// Every case form of a first name given in the nominative, with its case.
pub fn first_name_forms(name: &str, gender: Gender) -> Vec<(String, Case)> {
    let mut out = vec![(name.to_string(), Case::Nom)];
    let lower = name.to_lowercase();
    let ends = |s: &str| lower.ends_with(s);
    let stem = |n: usize| name[..name.len() - n].to_string();
    let push = |out: &mut Vec<(String, Case)>, s: String, c: Case| {
        if !out.iter().any(|(f, k)| *f == s && *k == c) {
            out.push((s, c));
        }
    };
    match gender {
        Gender::Feminine if ends("ia") => {
            let s = stem(1);
            for (suffix, case) in [("i", Case::Gen), ("i", Case::Dat), ("ę", Case::Acc)] {
                push(&mut out, format!("{s}{suffix}"), case);
            }
            push(&mut out, format!("{s}ą"), Case::Inst);
            push(&mut out, format!("{s}i"), Case::Loc);
        }
        Gender::Feminine if ends("ja") => {
            let s = stem(2);
            push(&mut out, format!("{s}i"), Case::Gen);
            push(&mut out, format!("{s}i"), Case::Dat);
            push(&mut out, format!("{s}ję"), Case::Acc);
            push(&mut out, format!("{s}ją"), Case::Inst);
            push(&mut out, format!("{s}i"), Case::Loc);
        }
        Gender::Feminine if ends("a") => {
            let s = stem(1);
            let soft = ["k", "g", "l", "j"].iter().any(|e| s.ends_with(e));
            push(
                &mut out,
                format!("{s}{}", if soft { "i" } else { "y" }),
                Case::Gen,
            );
            let dat = feminine_dative(&s);
            push(&mut out, dat.clone(), Case::Dat);
            push(&mut out, format!("{s}ę"), Case::Acc);
            push(&mut out, format!("{s}ą"), Case::Inst);
            push(&mut out, dat, Case::Loc);
        }
        Gender::Feminine => {
            for case in [Case::Gen, Case::Dat, Case::Acc, Case::Inst, Case::Loc] {
                push(&mut out, name.to_string(), case);
            }
        }
        Gender::Masculine => masculine_forms(name, &mut out),
    }
    out
}

fn feminine_dative(stem: &str) -> String {
    const ALTERNATIONS: &[(&str, &str)] = &[
        ("k", "ce"),
        ("g", "dze"),
        ("ch", "sze"),
        ("st", "ście"),
        ("t", "cie"),
        ("d", "dzie"),
        ("r", "rze"),
        ("ł", "le"),
        ("l", "li"),
        ("c", "cy"),
        ("sz", "szy"),
        ("cz", "czy"),
        ("ż", "ży"),
        ("rz", "rzy"),
    ];
    for (end, repl) in ALTERNATIONS {
        if let Some(s) = stem.strip_suffix(end) {
            return format!("{s}{repl}");
        }
    }
    format!("{stem}ie")
}

fn masculine_forms(name: &str, out: &mut Vec<(String, Case)>) {
    let lower = name.to_lowercase();
    if lower.ends_with('e') || lower.ends_with("ey") || lower.ends_with("ie") {
        // Steve → Steve'a, Steve'em: foreign names ending in a silent or vowel sound.
        for (suffix, case) in [
            ("'a", Case::Gen),
            ("'a", Case::Acc),
            ("'owi", Case::Dat),
            ("'em", Case::Inst),
            ("'ie", Case::Loc),
        ] {
            out.push((format!("{name}{suffix}"), case));
        }
        return;
    }
    if let Some(s) = name.strip_suffix('y').or_else(|| name.strip_suffix('i')) {
        let s = if name.ends_with('i') {
            format!("{s}i")
        } else {
            s.to_string()
        };
        for (suffix, case) in [
            ("ego", Case::Gen),
            ("ego", Case::Acc),
            ("emu", Case::Dat),
            ("m", Case::Inst),
            ("m", Case::Loc),
        ] {
            out.push((format!("{s}{suffix}"), case));
        }
        return;
    }
    if let Some(s) = name.strip_suffix('o') {
        for (suffix, case) in [
            ("a", Case::Gen),
            ("a", Case::Acc),
            ("owi", Case::Dat),
            ("em", Case::Inst),
        ] {
            out.push((format!("{s}{suffix}"), case));
        }
        return;
    }
    if !name.chars().last().is_some_and(char::is_alphabetic) || name.len() <= 2 {
        return; // JD, Xi: indeclinable
    }
    let stem = masculine_stem(name);
    let velar = stem.ends_with('k') || stem.ends_with('g');
    out.push((format!("{stem}a"), Case::Gen));
    out.push((format!("{stem}a"), Case::Acc));
    out.push((format!("{stem}owi"), Case::Dat));
    out.push((
        format!("{stem}{}", if velar { "iem" } else { "em" }),
        Case::Inst,
    ));
    out.push((masculine_locative(&stem), Case::Loc));
}

/// The oblique stem: a mobile e drops (Marek → Mark-, Paweł → Pawł-, Aleksander → Aleksandr-).
fn masculine_stem(name: &str) -> String {
    for (end, repl) in [("ek", "k"), ("eł", "ł"), ("nder", "ndr"), ("niec", "ńc")] {
        if let Some(s) = name.strip_suffix(end)
            && s.chars().count() >= 2
        {
            return format!("{s}{repl}");
        }
    }
    name.to_string()
}

fn masculine_locative(stem: &str) -> String {
    const HARD: &[(&str, &str)] = &[
        ("st", "ście"),
        ("d", "dzie"),
        ("t", "cie"),
        ("r", "rze"),
        ("ł", "le"),
        ("s", "sie"),
        ("z", "zie"),
        ("n", "nie"),
        ("m", "mie"),
        ("w", "wie"),
        ("f", "fie"),
        ("p", "pie"),
        ("b", "bie"),
    ];
    let soft = [
        "rz", "sz", "cz", "ż", "dz", "c", "j", "l", "k", "g", "h", "ś", "ź", "ć", "ń",
    ];
    if soft.iter().any(|e| stem.ends_with(e)) {
        return format!("{stem}u");
    }
    for (end, repl) in HARD {
        if let Some(s) = stem.strip_suffix(end) {
            return format!("{s}{repl}");
        }
    }
    format!("{stem}u")
}

/// Reverse declension of masculine surnames: (ending, replacement, case), tried in order.
const MASCULINE_SURNAME: &[(&str, &str, Case)] = &[
    ("skiego", "ski", Case::Gen),
    ("ckiego", "cki", Case::Gen),
    ("dzkiego", "dzki", Case::Gen),
    ("skiemu", "ski", Case::Dat),
    ("ckiemu", "cki", Case::Dat),
    ("skim", "ski", Case::Inst),
    ("ckim", "cki", Case::Inst),
    ("iego", "i", Case::Gen),
    ("iemu", "i", Case::Dat),
    ("ego", "y", Case::Gen),
    ("emu", "y", Case::Dat),
    ("owi", "", Case::Dat),
    ("iem", "", Case::Inst),
    ("em", "", Case::Inst),
    ("dzie", "d", Case::Loc),
    ("dzie", "da", Case::Dat),
    ("dzie", "da", Case::Loc),
    ("cie", "t", Case::Loc),
    ("rze", "r", Case::Loc),
    ("ie", "", Case::Loc),
    ("le", "ł", Case::Loc),
    ("im", "i", Case::Inst),
    ("ym", "y", Case::Inst),
    ("nią", "nia", Case::Inst),
    ("nię", "nia", Case::Acc),
    ("ni", "nia", Case::Gen),
    ("ą", "a", Case::Inst),
    ("ę", "a", Case::Acc),
    ("a", "", Case::Gen),
    ("y", "a", Case::Gen),
    ("u", "", Case::Loc),
    // A mobile e drops in the oblique cases: Bochenek → Bochenka, Fogiel → Fogla.
    ("ka", "ek", Case::Gen),
    ("kiem", "ek", Case::Inst),
    ("kowi", "ek", Case::Dat),
    ("la", "iel", Case::Gen),
    ("lem", "iel", Case::Inst),
    ("lowi", "iel", Case::Dat),
    // Surnames in -ka and -ga take -i in the genitive: Łukaszenki, Zaręgi (never
    // the adjectival -ski, -cki: see `surname_candidates`).
    ("ki", "ka", Case::Gen),
    ("gi", "ga", Case::Gen),
    // Surnames in -o declined like nouns in -a (Fico, Ziobro): Ficy, Ziobrą, Ziobrę.
    ("y", "o", Case::Gen),
    ("ą", "o", Case::Inst),
    ("ę", "o", Case::Acc),
    // Surnames in -o (Rubio, Castro): Rubia, Rubiowi, Rubiem, Rubiu.
    ("a", "o", Case::Gen),
    ("owi", "o", Case::Dat),
    ("em", "o", Case::Inst),
    ("u", "o", Case::Loc),
];

/// Reverse declension of feminine surnames; foreign ones (Kallas, Meloni) do not decline.
const FEMININE_SURNAME: &[(&str, &str, Case)] = &[
    ("skiej", "ska", Case::Gen),
    ("ckiej", "cka", Case::Gen),
    ("dzkiej", "dzka", Case::Gen),
    ("ską", "ska", Case::Inst),
    ("cką", "cka", Case::Inst),
    ("dzką", "dzka", Case::Inst),
    ("owej", "owa", Case::Gen),
    ("ową", "owa", Case::Inst),
    ("ewej", "ewa", Case::Gen),
    ("ewą", "ewa", Case::Inst),
    ("inej", "ina", Case::Gen),
    ("iną", "ina", Case::Inst),
    // Czech and Slovak women's surnames decline as adjectives: Čaputová,
    // Čaputovej, Čaputovą (Polish has no "v", so "-ovą" is never "-owa").
    ("ovej", "ová", Case::Gen),
    ("ovą", "ová", Case::Inst),
];

/// Reverse declension of women's surnames in -a that decline like nouns
/// (Metsola: Metsoli, Metsolą, Metsolę).
const FEMININE_NOUN_SURNAME: &[(&str, &str)] = &[("i", "a"), ("y", "a"), ("ą", "a"), ("ę", "a")];

/// Nominatives a woman's surname form would have if it declined like a noun in -a;
/// foreign surnames often do not, so a caller confirms them in the text.
pub fn feminine_noun_surname(form: &str) -> Vec<String> {
    FEMININE_NOUN_SURNAME
        .iter()
        .filter_map(|(ending, nominative)| {
            let stem = form.strip_suffix(ending)?;
            (stem.chars().count() >= 2).then(|| format!("{stem}{nominative}"))
        })
        .collect()
}

/// Possible nominatives of a surname form, most likely first, with the case each
/// reading assumes. The form itself, as a nominative, is always the last candidate.
pub fn surname_candidates(form: &str, gender: Option<Gender>) -> Vec<(String, Case)> {
    let mut out: Vec<(String, Case)> = Vec::new();
    if let Some((base, _)) = split_apostrophe(form) {
        out.push((base.to_string(), Case::Gen));
        return out;
    }
    let rules = match gender {
        Some(Gender::Feminine) => FEMININE_SURNAME,
        _ => MASCULINE_SURNAME,
    };
    let adjectival = ["ski", "cki", "dzki"].iter().any(|e| form.ends_with(e));
    for (suffix, repl, case) in rules {
        if adjectival && *suffix == "ki" {
            continue;
        }
        if let Some(stem) = form.strip_suffix(suffix)
            && stem.chars().count() >= 2
        {
            let cand = format!("{stem}{repl}");
            if !out.iter().any(|(c, k)| *c == cand && k == case) {
                out.push((cand, *case));
            }
        }
    }
    if gender != Some(Gender::Feminine) {
        prefer_o_after_a_cluster(&mut out);
    }
    out.push((form.to_string(), Case::Nom));
    out
}

/// A man's surname whose stem ends in "br", "dr" or a consonant and "ł" (Ziobrą,
/// Fredry, Szydłą) is one in -o (Ziobro, Fredro, Szydło) more often than one in -a
/// (foreign ones in -stra, -tra keep their -a: Hoekstra): that reading goes first.
fn prefer_o_after_a_cluster(out: &mut Vec<(String, Case)>) {
    let cluster = |stem: &str| {
        let mut last = stem.chars().rev();
        match (last.next(), last.next()) {
            (Some('r'), Some(c)) => "bd".contains(c),
            (Some('ł'), Some(c)) => !"aąeęioóuy".contains(c),
            _ => false,
        }
    };
    let mut i = 0;
    while i < out.len() {
        if let Some(stem) = out[i].0.strip_suffix('a').filter(|s| cluster(s)) {
            let o = format!("{stem}o");
            let case = out[i].1;
            if let Some(j) = out.iter().position(|(c, k)| *c == o && *k == case)
                && j > i
            {
                let reading = out.remove(j);
                out.insert(i, reading);
            }
        }
        i += 1;
    }
}

/// `Steve'em` → (`Steve`, `em`).
pub fn split_apostrophe(form: &str) -> Option<(&str, &str)> {
    let i = form.find(['\'', '’', 'ʼ'])?;
    let apostrophe_len = form[i..].chars().next()?.len_utf8();
    let (base, rest) = (&form[..i], &form[i + apostrophe_len..]);
    (!base.is_empty() && !rest.is_empty()).then_some((base, rest))
}

/// Number and gender an adjective is brought to in the nominative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    MascSg,
    FemSg,
    NeutSg,
    /// Plural of masculine persons: ukraińscy przedstawiciele.
    VirilePl,
    /// Other plurals: państwa europejskie.
    OtherPl,
}

/// An adjective form (any case) brought to the nominative of `agreement`.
/// `rosyjskiego` → `rosyjski`, `ukraińskich` + VirilePl → `ukraińscy`.
pub fn adjective_nominative(form: &str, agreement: Agreement) -> String {
    let (stem, ending) = adjective_stem(form);
    let velar = stem.ends_with('k') || stem.ends_with('g');
    let soft = !velar && ending.starts_with('i');
    let ending = match agreement {
        Agreement::MascSg if velar || soft => "i",
        Agreement::MascSg => "y",
        Agreement::FemSg if soft => "ia",
        Agreement::FemSg => "a",
        Agreement::NeutSg | Agreement::OtherPl if velar || soft => "ie",
        Agreement::NeutSg | Agreement::OtherPl => "e",
        Agreement::VirilePl => return virile_plural(&stem, soft),
    };
    format!("{stem}{ending}")
}

/// The stem an adjective form is built on and its ending: `ukraińskich` → (`ukraińsk`, `ich`).
fn adjective_stem(form: &str) -> (String, &str) {
    const ENDINGS: &[&str] = &[
        "iego", "iemu", "ego", "emu", "imi", "ymi", "ich", "ych", "iej", "ej", "ie", "im", "ym",
        "ią", "ą", "ia", "cy", "a", "i", "y", "e",
    ];
    for e in ENDINGS {
        let Some(s) = form.strip_suffix(e) else {
            continue;
        };
        if s.chars().count() < 2 {
            continue;
        }
        // ukraińscy / niemieccy: the virile plural softened the stem.
        if *e == "cy" {
            if let Some(base) = s.strip_suffix('s') {
                return (format!("{base}sk"), "i");
            }
            if let Some(base) = s.strip_suffix('c') {
                return (format!("{base}ck"), "i");
            }
            continue;
        }
        return (s.to_string(), e);
    }
    (form.to_string(), "")
}

fn virile_plural(stem: &str, soft: bool) -> String {
    const ALTERNATIONS: &[(&str, &str)] = &[
        ("sk", "scy"),
        ("ck", "ccy"),
        ("ch", "si"),
        ("ł", "li"),
        ("r", "rzy"),
        ("t", "ci"),
        ("d", "dzi"),
    ];
    if !soft {
        for (end, repl) in ALTERNATIONS {
            if let Some(s) = stem.strip_suffix(end) {
                return format!("{s}{repl}");
            }
        }
    }
    format!("{stem}i")
}

#[cfg(test)]
#[path = "inflect_tests.rs"]
mod tests;
