use super::*;

fn has(forms: &[(String, Case)], form: &str, case: Case) -> bool {
    forms.iter().any(|(f, c)| f == form && *c == case)
}

#[test]
fn masculine_first_names_decline() {
    let cases: &[(&str, &str, Case)] = &[
        ("Donald", "Donalda", Case::Gen),
        ("Donald", "Donaldzie", Case::Loc),
        ("Władimir", "Władimira", Case::Gen),
        ("Jared", "Jaredem", Case::Inst),
        ("Marek", "Marka", Case::Gen),
        ("Marek", "Markiem", Case::Inst),
        ("Paweł", "Pawła", Case::Gen),
        ("Paweł", "Pawle", Case::Loc),
        ("Piotr", "Piotrze", Case::Loc),
        ("Aleksander", "Aleksandrem", Case::Inst),
        ("Siergiej", "Siergieja", Case::Gen),
        ("Andrzej", "Andrzeju", Case::Loc),
        ("Jerzy", "Jerzego", Case::Gen),
        ("Antoni", "Antoniemu", Case::Dat),
        ("Steve", "Steve'em", Case::Inst),
        ("Steve", "Steve'a", Case::Gen),
        ("Emmanuel", "Emmanuelem", Case::Inst),
        ("Kiriłł", "Kiriłła", Case::Gen),
    ];
    for (name, form, case) in cases {
        let forms = first_name_forms(name, Gender::Masculine);
        assert!(has(&forms, form, *case), "{name} → {form}: {forms:?}");
    }
}

#[test]
fn feminine_first_names_decline() {
    let cases: &[(&str, &str, Case)] = &[
        ("Anna", "Anny", Case::Gen),
        ("Anna", "Annie", Case::Loc),
        ("Agnieszka", "Agnieszki", Case::Gen),
        ("Agnieszka", "Agnieszce", Case::Dat),
        ("Beata", "Beacie", Case::Loc),
        ("Ursula", "Ursuli", Case::Gen),
        ("Ursula", "Ursulą", Case::Inst),
        ("Maria", "Marii", Case::Gen),
        ("Kaja", "Kai", Case::Gen),
        ("Kaja", "Kają", Case::Inst),
        ("Giorgia", "Giorgią", Case::Inst),
        ("Mette", "Mette", Case::Gen),
    ];
    for (name, form, case) in cases {
        let forms = first_name_forms(name, Gender::Feminine);
        assert!(has(&forms, form, *case), "{name} → {form}: {forms:?}");
    }
}

#[test]
fn surname_candidates_include_the_nominative() {
    let cases: &[(&str, &str, Case)] = &[
        ("Putina", "Putin", Case::Gen),
        ("Putinem", "Putin", Case::Inst),
        ("Putinie", "Putin", Case::Loc),
        ("Trumpie", "Trump", Case::Loc),
        ("Kushnerze", "Kushner", Case::Loc),
        ("Kushnerem", "Kushner", Case::Inst),
        ("Witkoff'em", "Witkoff", Case::Gen),
        ("Hołowni", "Hołownia", Case::Gen),
        ("Zełenskiego", "Zełenski", Case::Gen),
        ("Zełenskim", "Zełenski", Case::Inst),
        ("Dudzie", "Duda", Case::Loc),
        ("Dudy", "Duda", Case::Gen),
        ("Tuskiem", "Tusk", Case::Inst),
        ("Kowalskiej", "Kowalska", Case::Gen),
        ("Ławrowa", "Ławrow", Case::Gen),
        ("Macron", "Macron", Case::Nom),
        ("Łukaszenki", "Łukaszenka", Case::Gen),
        ("Ficy", "Fico", Case::Gen),
        ("Ziobrą", "Ziobro", Case::Inst),
        ("Havlovej", "Havlová", Case::Gen),
        ("Novákovą", "Nováková", Case::Inst),
    ];
    for (form, nominative, case) in cases {
        let feminine = ["skiej", "ovej", "ovą"].iter().any(|e| form.ends_with(e));
        let gender = feminine.then_some(Gender::Feminine);
        let c = surname_candidates(form, gender);
        assert!(has(&c, nominative, *case), "{form} → {nominative}: {c:?}");
    }
    // After "br", "dr" or a consonant and "ł", a man's surname in -o is the likelier.
    for form in ["Ziobrą", "Ziobry", "Fredrę", "Szydłą"] {
        let c = surname_candidates(form, None);
        assert!(c[0].0.ends_with('o'), "{form}: {c:?}");
    }
    for form in ["Dudą", "Sikory", "Wałęsę", "Hoekstrą"] {
        let c = surname_candidates(form, None);
        assert!(c[0].0.ends_with('a'), "{form}: {c:?}");
    }
    // An adjectival surname in the nominative is no genitive of a "-ka" one.
    let c = surname_candidates("Kowalski", None);
    assert!(!has(&c, "Kowalska", Case::Gen), "{c:?}");
}

#[test]
fn adjectives_come_to_the_nominative() {
    let cases: &[(&str, Agreement, &str)] = &[
        ("rosyjskiego", Agreement::MascSg, "rosyjski"),
        ("amerykańską", Agreement::FemSg, "amerykańska"),
        ("ukraińskich", Agreement::VirilePl, "ukraińscy"),
        ("niemieckimi", Agreement::VirilePl, "niemieccy"),
        ("europejskimi", Agreement::OtherPl, "europejskie"),
        ("unijnych", Agreement::VirilePl, "unijni"),
        ("unijnego", Agreement::MascSg, "unijny"),
        ("zachodnich", Agreement::OtherPl, "zachodnie"),
        ("zachodniej", Agreement::FemSg, "zachodnia"),
        ("ukraińscy", Agreement::VirilePl, "ukraińscy"),
        ("głównego", Agreement::MascSg, "główny"),
    ];
    for (form, agreement, want) in cases {
        assert_eq!(adjective_nominative(form, *agreement), *want, "{form}");
    }
}
