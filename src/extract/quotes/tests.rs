use super::*;
use crate::extract::analysis::canonical_name;
use crate::extract::doc::Doc;
use crate::extract::lang::pl::LEXICON;
use crate::load::parse_article;
use QuoteKind::{Direct, Reported};

/// A quote as the tests compare it: kind, quoted words, speaker's name, and the
/// index of the piece it continues.
type Found = (QuoteKind, String, Option<String>, Option<usize>);
pub(crate) type Want<'a> = (QuoteKind, &'a str, Option<&'a str>, Option<usize>);

fn quotes(text: &str) -> Vec<Found> {
    let article = parse_article("t".into(), text);
    let a = Analysis::new(Doc::new(&article, &LEXICON));
    find_quotes(&a)
        .into_iter()
        .map(|q| {
            let span = a.doc.span_of(q.tokens.clone());
            (
                q.kind,
                a.doc.text[span.range()].to_string(),
                q.speaker.map(|e| canonical_name(&a.entities[e].proposals)),
                q.continues,
            )
        })
        .collect()
}

pub(crate) fn check(cases: &[(&str, &[Want])]) {
    for (text, want) in cases {
        let want: Vec<Found> = want
            .iter()
            .map(|(kind, words, speaker, continues)| {
                (
                    *kind,
                    words.to_string(),
                    speaker.map(str::to_string),
                    *continues,
                )
            })
            .collect();
        assert_eq!(quotes(text), want, "{text}");
    }
}

#[test]
fn direct_quotes_in_each_kind_of_mark() {
    check(&[
        (
            "Premier Donald Tusk zabrał głos w Sejmie. „Nie pozwolimy na to” – powiedział Tusk.",
            &[(Direct, "Nie pozwolimy na to", Some("Donald Tusk"), None)],
        ),
        (
            "Minister Radosław Sikorski mówił o sankcjach. \"Sankcje muszą zostać utrzymane\" – oświadczył Sikorski.",
            &[(
                Direct,
                "Sankcje muszą zostać utrzymane",
                Some("Radosław Sikorski"),
                None,
            )],
        ),
        (
            "Kanclerz Friedrich Merz odpowiedział dziennikarzom. «Europa musi być gotowa na wszystko» – stwierdził Merz.",
            &[(
                Direct,
                "Europa musi być gotowa na wszystko",
                Some("Friedrich Merz"),
                None,
            )],
        ),
        (
            "„Nie ustąpimy” – oświadczył Friedrich Merz.",
            &[(Direct, "Nie ustąpimy", Some("Friedrich Merz"), None)],
        ),
        (
            "Szefowa unijnej dyplomacji zabrała głos w Brukseli. „Nie zgodzimy się na to” – powiedziała Kaja Kallas.",
            &[(Direct, "Nie zgodzimy się na to", Some("Kaja Kallas"), None)],
        ),
        (
            "„Sankcje działają. Gospodarka Rosji słabnie” – mówi Kaja Kallas.",
            &[(
                Direct,
                "Sankcje działają. Gospodarka Rosji słabnie",
                Some("Kaja Kallas"),
                None,
            )],
        ),
        // A name and a colon after another speaker's quotation.
        (
            "„Nie ustąpimy” – powiedział Donald Tusk. Kaja Kallas: „Nie zgodzimy się na to”.",
            &[
                (Direct, "Nie ustąpimy", Some("Donald Tusk"), None),
                (Direct, "Nie zgodzimy się na to", Some("Kaja Kallas"), None),
            ],
        ),
        // Introduced by a speech verb and a colon.
        (
            "Donald Tusk napisał w serwisie X: „Nie ma zgody na takie rozwiązanie”.",
            &[(
                Direct,
                "Nie ma zgody na takie rozwiązanie",
                Some("Donald Tusk"),
                None,
            )],
        ),
    ]);
}

#[test]
fn dash_dialogue_runs_to_the_dash_before_the_speech_verb() {
    check(&[
        (
            "Prezydent Emmanuel Macron przyjechał do Warszawy.\n\n– Musimy działać razem i szybko – dodał Macron.",
            &[(
                Direct,
                "Musimy działać razem i szybko",
                Some("Emmanuel Macron"),
                None,
            )],
        ),
        (
            "Rzecznik Kremla Dmitrij Pieskow odniósł się do rozmów.\n\n– To pozytywny sygnał – powiedział.",
            &[(Direct, "To pozytywny sygnał", Some("Dmitrij Pieskow"), None)],
        ),
        // A dash after a finished sentence opens a quote mid-paragraph.
        (
            "Dziennikarze pytali o sankcje. – Nie będę tego komentował – uciął Dmitrij Pieskow.",
            &[(
                Direct,
                "Nie będę tego komentował",
                Some("Dmitrij Pieskow"),
                None,
            )],
        ),
    ]);
}

#[test]
fn pieces_of_one_quote_share_the_speaker() {
    check(&[
        // Interrupted by its attribution, resumed after it.
        (
            "Premier Donald Tusk spotkał się z dziennikarzami.\n\n– Nie będzie żadnych ustępstw – powiedział Tusk. – Polska pozostanie stanowcza wobec Moskwy.",
            &[
                (
                    Direct,
                    "Nie będzie żadnych ustępstw",
                    Some("Donald Tusk"),
                    None,
                ),
                (
                    Direct,
                    "Polska pozostanie stanowcza wobec Moskwy",
                    Some("Donald Tusk"),
                    Some(0),
                ),
            ],
        ),
        (
            "– Jesteśmy gotowi do rozmów – powiedział Donald Tusk, który przyleciał do Brukseli. – Ale nie za wszelką cenę.",
            &[
                (
                    Direct,
                    "Jesteśmy gotowi do rozmów",
                    Some("Donald Tusk"),
                    None,
                ),
                (
                    Direct,
                    "Ale nie za wszelką cenę",
                    Some("Donald Tusk"),
                    Some(0),
                ),
            ],
        ),
        // An opening mark with no close until the next paragraph.
        (
            "Ursula von der Leyen powiedziała: „Przez lata budowaliśmy wspólny rynek i dziś musimy go bronić.\n\nNie ma na to innej drogi”.",
            &[
                (
                    Direct,
                    "Przez lata budowaliśmy wspólny rynek i dziś musimy go bronić",
                    Some("Ursula von der Leyen"),
                    None,
                ),
                (
                    Direct,
                    "Nie ma na to innej drogi",
                    Some("Ursula von der Leyen"),
                    Some(0),
                ),
            ],
        ),
        // Each paragraph of a long quotation opens with a mark of its own.
        (
            "Kaja Kallas powiedziała: „Sankcje pozostaną w mocy tak długo, jak będzie trzeba.\n\n„Nie ustąpimy przed szantażem.\n\n„To nasz wspólny obowiązek wobec Ukrainy”.",
            &[
                (
                    Direct,
                    "Sankcje pozostaną w mocy tak długo, jak będzie trzeba",
                    Some("Kaja Kallas"),
                    None,
                ),
                (
                    Direct,
                    "Nie ustąpimy przed szantażem",
                    Some("Kaja Kallas"),
                    Some(0),
                ),
                (
                    Direct,
                    "To nasz wspólny obowiązek wobec Ukrainy",
                    Some("Kaja Kallas"),
                    Some(1),
                ),
            ],
        ),
        // A closing piece of a few words, with no speech verb of its own.
        (
            "Jan Kowalczyk mówił: „Ten budżet odpowiada na potrzeby samorządów i szpitali.\n\nTo nasz obowiązek”.",
            &[
                (
                    Direct,
                    "Ten budżet odpowiada na potrzeby samorządów i szpitali",
                    Some("Jan Kowalczyk"),
                    None,
                ),
                (Direct, "To nasz obowiązek", Some("Jan Kowalczyk"), Some(0)),
            ],
        ),
        // The paragraph after an unclosed quotation is not its attribution.
        (
            "Premier Anna Zielińska zwróciła się do posłów: „Nie oddamy ani metra naszej ziemi.\n\nOdpowiedział jej minister obrony Tomasz Wierzbicki, że armia jest gotowa.",
            &[
                (
                    Direct,
                    "Nie oddamy ani metra naszej ziemi",
                    Some("Anna Zielińska"),
                    None,
                ),
                (
                    Reported,
                    "armia jest gotowa",
                    Some("Tomasz Wierzbicki"),
                    None,
                ),
            ],
        ),
    ]);
}

#[test]
fn a_stray_closing_mark_opens_no_quote() {
    check(&[(
        "Rozmowy w Brukseli trwały do późnej nocy”. Ministrowie wrócili do hoteli nad ranem.",
        &[],
    )]);
}

#[test]
fn reported_speech_needs_a_named_source() {
    check(&[
        (
            "Minister Radosław Sikorski poinformował, że Polska wyśle kolejny pakiet pomocy.",
            &[(
                Reported,
                "Polska wyśle kolejny pakiet pomocy",
                Some("Radosław Sikorski"),
                None,
            )],
        ),
        (
            "Siergiej Ławrow rozmawiał z dziennikarzami w Moskwie. Dodał również, że Rosja nie zmieni stanowiska.",
            &[(
                Reported,
                "Rosja nie zmieni stanowiska",
                Some("Siergiej Ławrow"),
                None,
            )],
        ),
        (
            "Jak przekazał Radosław Sikorski, rozmowy potrwają do piątku.",
            &[(
                Reported,
                "rozmowy potrwają do piątku",
                Some("Radosław Sikorski"),
                None,
            )],
        ),
        (
            "Jak poinformowało Ministerstwo Spraw Zagranicznych, ambasador wróci do Warszawy.",
            &[(
                Reported,
                "ambasador wróci do Warszawy",
                Some("Ministerstwo Spraw Zagranicznych"),
                None,
            )],
        ),
        (
            "Według Donalda Tuska porozumienie jest blisko.",
            &[(
                Reported,
                "porozumienie jest blisko",
                Some("Donald Tusk"),
                None,
            )],
        ),
        (
            "Według Marco Rubio, sekretarza stanu USA, porozumienie jest blisko.",
            &[(
                Reported,
                "porozumienie jest blisko",
                Some("Marco Rubio"),
                None,
            )],
        ),
        (
            "Zdaniem Kai Kallas sankcje działają.",
            &[(Reported, "sankcje działają", Some("Kaja Kallas"), None)],
        ),
        (
            "Kaja Kallas przekonywała, iż sankcje działają.",
            &[(Reported, "sankcje działają", Some("Kaja Kallas"), None)],
        ),
        // An aside opening the clause belongs to it; its dash does not.
        (
            "Minister Jan Kowalczyk poinformował, że – mimo sprzeciwu opozycji – ustawa zostanie przyjęta.",
            &[(
                Reported,
                "mimo sprzeciwu opozycji – ustawa zostanie przyjęta",
                Some("Jan Kowalczyk"),
                None,
            )],
        ),
        // No one to report it.
        ("Media podały, że rozmowy zostały przerwane.", &[]),
        ("Według mediów porozumienie jest blisko.", &[]),
    ]);
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    check(&[
        (
            "Sprawę opisał tzw. „raport specjalny” przygotowany w resorcie.",
            &[],
        ),
        (
            "Delegacja przyleciała z tzw. „planem pokojowym” w teczce.",
            &[],
        ),
        ("O rozmowach napisała „Rzeczpospolita” w piątek.", &[]),
        ("Rozmowę opisał dziennik „Rzeczpospolita”.", &[]),
    ]);
}

#[test]
fn a_verb_without_subject_takes_the_last_speaker_of_its_gender() {
    check(&[
        (
            "Anna Kowalska przemawiała jako pierwsza.\n\n– To był trudny rok – dodała.",
            &[(Direct, "To był trudny rok", Some("Anna Kowalska"), None)],
        ),
        (
            "Jan Kowalski przemawiał jako pierwszy.\n\n– To był trudny rok – dodała.",
            &[(Direct, "To był trudny rok", None, None)],
        ),
        (
            "Premier Donald Tusk przemawiał w Brukseli. Dodał również, że sankcje zostaną przedłużone.",
            &[(
                Reported,
                "sankcje zostaną przedłużone",
                Some("Donald Tusk"),
                None,
            )],
        ),
        (
            "Ursula von der Leyen przemawiała w Strasburgu.\n\n„Musimy bronić wspólnego rynku” – mówiła.",
            &[(
                Direct,
                "Musimy bronić wspólnego rynku",
                Some("Ursula von der Leyen"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_verb_without_subject_can_follow_a_quoted_speaker() {
    check(&[(
        "– Tak, rozmawialiśmy o sankcjach – powiedziała Kaja Kallas. Dodała, że kolejny pakiet jest gotowy.",
        &[
            (
                Direct,
                "Tak, rozmawialiśmy o sankcjach",
                Some("Kaja Kallas"),
                None,
            ),
            (
                Reported,
                "kolejny pakiet jest gotowy",
                Some("Kaja Kallas"),
                None,
            ),
        ],
    )]);
}

#[test]
fn plural_or_ambiguous_attributions_give_no_speaker() {
    check(&[
        (
            "Przywódcy spotkali się w Paryżu.\n\n– Jesteśmy gotowi – podkreślili.",
            &[(Direct, "Jesteśmy gotowi", None, None)],
        ),
        // Two people hold the role: a wrong speaker is worse than none.
        (
            "Premier Donald Tusk rozmawiał z premierem Viktorem Orbánem.\n\n– To była trudna rozmowa – powiedział premier.",
            &[(Direct, "To była trudna rozmowa", None, None)],
        ),
    ]);
}

#[test]
fn a_role_alone_names_the_person_it_was_bound_to() {
    check(&[
        (
            "Szef MSZ Radosław Sikorski odwiedził Kijów.\n\n– Jesteśmy z wami – powiedział szef MSZ.",
            &[(Direct, "Jesteśmy z wami", Some("Radosław Sikorski"), None)],
        ),
        (
            "Szef MSZ Radosław Sikorski rozmawiał z Kają Kallas w Brukseli. Potem spotkał się z dziennikarzami.\n\n– Unia musi mówić jednym głosem – powiedział szef MSZ.",
            &[(
                Direct,
                "Unia musi mówić jednym głosem",
                Some("Radosław Sikorski"),
                None,
            )],
        ),
        (
            "Premier Donald Tusk przyjechał do Kijowa.\n\n– Polska będzie wspierać Ukrainę do końca wojny – zapewnił premier.",
            &[(
                Direct,
                "Polska będzie wspierać Ukrainę do końca wojny",
                Some("Donald Tusk"),
                None,
            )],
        ),
        // A Chinese leader given to no one: the one untitled person with a Chinese name.
        (
            "Sekretarz stanu Jan Hill przyleciał do Pekinu, gdzie rozmawiał z Wang Chao. Peter Brown czekał w hotelu.\n\n– Rozmowy były dobre – powiedział chiński przywódca.",
            &[(Direct, "Rozmowy były dobre", Some("Wang Chao"), None)],
        ),
        // A Polish office given to no one: the one Polish-named person with no title.
        (
            "Szef polskiego rządu przyleciał do Rzymu. Wcześniej Nowakowski rozmawiał z Peterem Hillem.\n\n– Rozmowy były dobre – powiedział polski premier.",
            &[(Direct, "Rozmowy były dobre", Some("Nowakowski"), None)],
        ),
        // Two presidents with no country named: the one the article is about, named
        // far more often; "pan" belongs to the form.
        (
            "Prezydent Marek Nowak zwołał radę. Nowak zaprosił wszystkich. Nowak mówił o obronie. Wcześniej rozmawiał z prezydentem Peterem Hillem.\n\n– Rada zbierze się w piątek – powiedział pan prezydent.",
            &[(
                Direct,
                "Rada zbierze się w piątek",
                Some("Marek Nowak"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_quotation_inside_a_reported_clause_is_only_direct() {
    check(&[
        (
            "Donald Tusk powiedział, że „sankcje muszą zostać zaostrzone natychmiast”.",
            &[(
                Direct,
                "sankcje muszą zostać zaostrzone natychmiast",
                Some("Donald Tusk"),
                None,
            )],
        ),
        (
            "Donald Tusk zaznaczył, że „nikt nie będzie nas szantażował”.",
            &[(
                Direct,
                "nikt nie będzie nas szantażował",
                Some("Donald Tusk"),
                None,
            )],
        ),
    ]);
}

#[test]
fn unmarked_quotes_closed_by_a_dash_and_attribution() {
    check(&[
        (
            "Nie zgodzimy się na żadne ustępstwa. To nasza granica - powiedział minister Tomasz Wierzbicki.",
            &[(
                Direct,
                "Nie zgodzimy się na żadne ustępstwa. To nasza granica",
                Some("Tomasz Wierzbicki"),
                None,
            )],
        ),
        (
            "Minister Tomasz Wierzbicki mówił po rozmowach. Jak podkreślił: rozmowy będą trudne, ale konieczne - dodał.",
            &[(
                Direct,
                "rozmowy będą trudne, ale konieczne",
                Some("Tomasz Wierzbicki"),
                None,
            )],
        ),
        // An aside is not the end of a quote.
        (
            "Premier Anna Zielińska rozmawiała z ministrem, z którym – jak przekazali urzędnicy – omówiła budżet.",
            &[],
        ),
    ]);
}

#[test]
fn a_paragraph_of_words_then_its_attribution() {
    check(&[(
        "Rozmowy potrwają do piątku. Nikt nie wyjdzie z sali bez porozumienia.\n\n— mówił Jan Kowalczyk, rzecznik rządu, po posiedzeniu.",
        &[(
            Direct,
            "Rozmowy potrwają do piątku. Nikt nie wyjdzie z sali bez porozumienia",
            Some("Jan Kowalczyk"),
            None,
        )],
    )]);
}

#[test]
fn attribution_paragraphs_keep_their_speaker_under_another_title() {
    check(&[(
        "Rozmowa była rzeczowa. Trwała godzinę\n\n— mówił Jan Kowalczyk, szef kancelarii prezydenta.\n\nRada zbierze się w przyszłym tygodniu. Zaproszenia wyślemy jutro\n\n— dodał prezydencki minister.\n\nSpotkanie było długie\n\n— powiedział.",
        &[
            (
                Direct,
                "Rozmowa była rzeczowa. Trwała godzinę",
                Some("Jan Kowalczyk"),
                None,
            ),
            (
                Direct,
                "Rada zbierze się w przyszłym tygodniu. Zaproszenia wyślemy jutro",
                Some("Jan Kowalczyk"),
                None,
            ),
            (Direct, "Spotkanie było długie", Some("Jan Kowalczyk"), None),
        ],
    )]);
}

#[test]
fn a_bare_title_in_dialogue_needs_the_speaker_to_fit_it() {
    check(&[(
        "Szef polskiej dyplomacji Jan Kowalczyk rozmawiał z ministrem spraw zagranicznych Austrii Janem Hubertem.\n\n– Czy to już koniec? – pytała dziennikarka.\n\n– Nie, rozmowy potrwają – odpowiedział Kowalczyk.\n\n– Do piątku? – dopytywała reporterka.\n\n– Do skutku – uciął minister.",
        &[
            (Direct, "Czy to już koniec?", None, None),
            (Direct, "Nie, rozmowy potrwają", Some("Jan Kowalczyk"), None),
            (Direct, "Do piątku?", None, None),
            (Direct, "Do skutku", Some("Jan Kowalczyk"), None),
        ],
    )]);
}

#[test]
fn a_hyphen_glued_to_the_closing_mark_attributes_the_quote() {
    check(&[(
        "„Rozmowa była rzeczowa”- podkreślił Jan Kowalczyk.",
        &[(Direct, "Rozmowa była rzeczowa", Some("Jan Kowalczyk"), None)],
    )]);
}

#[test]
fn a_pull_quote_between_paragraphs_is_the_next_speaker() {
    check(&[(
        "Ministrowie rozmawiali dwie godziny.\n\n„Nie ma powrotu do dawnych relacji”\n\n– Nie ma powrotu do dawnych relacji. Trzeba zacząć od nowa – powiedział Jan Kowalczyk.",
        &[
            (
                Direct,
                "Nie ma powrotu do dawnych relacji",
                Some("Jan Kowalczyk"),
                None,
            ),
            (
                Direct,
                "Nie ma powrotu do dawnych relacji. Trzeba zacząć od nowa",
                Some("Jan Kowalczyk"),
                None,
            ),
        ],
    )]);
}

#[test]
fn a_pull_quote_is_only_a_paragraph_of_its_own_near_its_speaker() {
    check(&[
        // Opening the article, twelve words long.
        (
            "„Nie wrócimy do dawnych relacji, trzeba teraz budować zaufanie od samego początku”\n\nMinistrowie rozmawiali dwie godziny.\n\n– Nie wrócimy do dawnych relacji. Zaufanie trzeba budować od początku – powiedział Piotr Wrona.",
            &[
                (
                    Direct,
                    "Nie wrócimy do dawnych relacji, trzeba teraz budować zaufanie od samego początku",
                    Some("Piotr Wrona"),
                    None,
                ),
                (
                    Direct,
                    "Nie wrócimy do dawnych relacji. Zaufanie trzeba budować od początku",
                    Some("Piotr Wrona"),
                    None,
                ),
            ],
        ),
        // The next speaker four paragraphs on, after a reported one, is too far.
        (
            "Ministrowie rozmawiali dwie godziny.\n\n„Nie ma powrotu do dawnych relacji”\n\nRzecznik rządu Piotr Wrona poinformował, że rozmowy były trudne.\n\nDelegacje zjadły wspólny obiad.\n\nWieczorem odbyła się konferencja prasowa.\n\n– Trzeba zacząć od nowa – powiedział Jan Kowalczyk.",
            &[
                (Direct, "Nie ma powrotu do dawnych relacji", None, None),
                (Reported, "rozmowy były trudne", Some("Piotr Wrona"), None),
                (Direct, "Trzeba zacząć od nowa", Some("Jan Kowalczyk"), None),
            ],
        ),
        // A slogan quoted in a sentence is no pull quote.
        (
            "Na transparentach widniał napis „Nie ma powrotu do dawnych relacji”.\n\n– Trzeba zacząć od nowa – powiedział Jan Kowalczyk.",
            &[
                (Direct, "Nie ma powrotu do dawnych relacji", None, None),
                (Direct, "Trzeba zacząć od nowa", Some("Jan Kowalczyk"), None),
            ],
        ),
    ]);
}

#[test]
fn an_attribution_paragraph_reaches_over_its_quotation() {
    check(&[(
        "Rzecznik rządu Piotr Wrona długo milczał.\n\nRzecznik nie odpowiedział na pytanie, czy premier Jan Kowalczyk jest zadowolony.\n\n„Nie trzeba teraz dyskutować o tonie. Rozmowa była ważna”\n\n- powiedział.",
        &[(
            Direct,
            "Nie trzeba teraz dyskutować o tonie. Rozmowa była ważna",
            Some("Piotr Wrona"),
            None,
        )],
    )]);
}

#[test]
fn a_list_of_points_is_not_dialogue() {
    check(&[(
        "Najważniejsze informacje.\n\n- Premier Anna Zielińska zapowiedziała wizytę w Oslo.\n\n- Rząd przyjął projekt budżetu na przyszły rok.",
        &[],
    )]);
}

#[test]
fn a_run_of_quote_paragraphs_keeps_its_speaker() {
    check(&[(
        "– Nie damy się zastraszyć – powiedział minister obrony Tomasz Wierzbicki.\n\nSala długo biła brawo.\n\nPosiedzenie trwało do wieczora.\n\n– Wrócimy do tego jutro – dodał.",
        &[
            (
                Direct,
                "Nie damy się zastraszyć",
                Some("Tomasz Wierzbicki"),
                None,
            ),
            (
                Direct,
                "Wrócimy do tego jutro",
                Some("Tomasz Wierzbicki"),
                None,
            ),
        ],
    )]);
}

#[test]
fn a_run_of_quote_paragraphs_ends_where_others_are_named() {
    check(&[(
        "– Nie ustąpimy – powiedział Jan Nowak.\n\nW pierwszym rzędzie siedzieli Piotr Lis i Marek Wójcik.\n\n– Wrócimy do tego jutro – dodał.",
        &[
            (Direct, "Nie ustąpimy", Some("Jan Nowak"), None),
            (Direct, "Wrócimy do tego jutro", None, None),
        ],
    )]);
}

#[test]
fn reported_speech_in_jak_clauses_and_asides() {
    check(&[
        (
            "Wiceminister Marek Ostrowski przyleciał do Oslo. Jak tłumaczył, rozmowy potrwają dwa dni.",
            &[(
                Reported,
                "rozmowy potrwają dwa dni",
                Some("Marek Ostrowski"),
                None,
            )],
        ),
        (
            "Wiceminister Marek Ostrowski przyleciał do Oslo. Ponadto – jak wskazał Ostrowski – delegacja odwiedzi port.",
            &[(
                Reported,
                "delegacja odwiedzi port",
                Some("Marek Ostrowski"),
                None,
            )],
        ),
        // An unnamed source gives no quote, and no guess.
        (
            "Wiceminister Marek Ostrowski przyleciał do Oslo. Jak podaje agencja prasowa, rozmowy zostały przerwane.",
            &[],
        ),
        (
            "Wiceminister Marek Ostrowski wskazał, że rozmowy trwają, i podkreślił, że porozumienie jest blisko.",
            &[
                (Reported, "rozmowy trwają", Some("Marek Ostrowski"), None),
                (
                    Reported,
                    "porozumienie jest blisko",
                    Some("Marek Ostrowski"),
                    None,
                ),
            ],
        ),
    ]);
}

#[test]
fn reported_speech_after_opinions_hopes_and_long_adverbials() {
    check(&[
        (
            "Minister Ewa Lis skomentowała raport. W ocenie Lis sankcje nie przyniosły skutku.",
            &[(
                Reported,
                "sankcje nie przyniosły skutku",
                Some("Ewa Lis"),
                None,
            )],
        ),
        (
            "Minister Ewa Lis wyraziła nadzieję, że rozmowy ruszą jeszcze w tym miesiącu.",
            &[(
                Reported,
                "rozmowy ruszą jeszcze w tym miesiącu",
                Some("Ewa Lis"),
                None,
            )],
        ),
        (
            "Minister Ewa Lis nie wykluczyła, że szczyt zostanie przełożony.",
            &[(
                Reported,
                "szczyt zostanie przełożony",
                Some("Ewa Lis"),
                None,
            )],
        ),
        // The verb's adverbials may be long before its "że".
        (
            "Minister Ewa Lis powiedziała również w czwartkowym wywiadzie dla jednej z prywatnych stacji telewizyjnych, że rząd nie zmieni stanowiska.",
            &[(
                Reported,
                "rząd nie zmieni stanowiska",
                Some("Ewa Lis"),
                None,
            )],
        ),
        // "informacji, że": what a newspaper wrote, which she only commented on.
        (
            "Minister Ewa Lis odniosła się do wczorajszych informacji dziennika, że rząd zmieni stanowisko.",
            &[],
        ),
    ]);
}

#[test]
fn an_aside_after_a_conjunction_reports_the_words_after_it() {
    check(&[
        // After a relative pronoun or a conjunction, the words before the aside are
        // the reporter's.
        (
            "Rzecznik rządu Adam Wilk zapowiedział wizytę. Wieczorem premier weźmie udział w naradzie, która – jak przypomniał Wilk – odbywa się co roku przed szczytem.",
            &[(
                Reported,
                "odbywa się co roku przed szczytem",
                Some("Adam Wilk"),
                None,
            )],
        ),
        (
            "Poseł Adam Wilk odmówił udziału w rozmowach, bo – jak ocenił – nie dadzą one żadnego wyniku.",
            &[(
                Reported,
                "nie dadzą one żadnego wyniku",
                Some("Adam Wilk"),
                None,
            )],
        ),
        // A clause with an attribution of its own ends the reported clause before
        // it, at its comma; its quotation is the speaker's own.
        (
            "Doradca Adam Wilk przyznał, że oba rządy spierają się o cła, ale zerwanie rozmów – jak dodał – „byłoby błędem”.",
            &[
                (
                    Reported,
                    "oba rządy spierają się o cła",
                    Some("Adam Wilk"),
                    None,
                ),
                (Direct, "byłoby błędem", Some("Adam Wilk"), None),
            ],
        ),
        // With no clause boundary before the aside, the clause runs on.
        (
            "Doradca Adam Wilk przyznał, że zerwanie rozmów – jak dodał – byłoby błędem.",
            &[(
                Reported,
                "zerwanie rozmów – jak dodał – byłoby błędem",
                Some("Adam Wilk"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_title_no_one_is_named_with_is_the_one_speaking() {
    check(&[
        // The spokesman was quoted by name only; the report then calls him by his
        // office.
        (
            "Paweł Sowa przekazał, że minister spotka się z senatorami. Rzecznik MSZ dodał, że wizyta potrwa trzy dni.",
            &[
                (
                    Reported,
                    "minister spotka się z senatorami",
                    Some("Paweł Sowa"),
                    None,
                ),
                (Reported, "wizyta potrwa trzy dni", Some("Paweł Sowa"), None),
            ],
        ),
        (
            "Paweł Sowa przekazał, że minister spotka się z senatorami. Ponadto – jak wskazał rzecznik MSZ – omówiona zostanie pomoc dla Kijowa.",
            &[
                (
                    Reported,
                    "minister spotka się z senatorami",
                    Some("Paweł Sowa"),
                    None,
                ),
                (
                    Reported,
                    "omówiona zostanie pomoc dla Kijowa",
                    Some("Paweł Sowa"),
                    None,
                ),
            ],
        ),
        // The one who spoke before holds another office: no guess.
        (
            "Prezydent Jan Nowak powiedział, że Senat poprze ustawę. Rzecznik MSZ dodał, że wizyta potrwa trzy dni.",
            &[(Reported, "Senat poprze ustawę", Some("Jan Nowak"), None)],
        ),
        (
            "Prezydent Jan Nowak mówił o ustawie. – Senat ją poprze – powiedział.\n\n– Wizyta potrwa trzy dni – dodał rzecznik MSZ.",
            &[
                (Direct, "Senat ją poprze", Some("Jan Nowak"), None),
                (Direct, "Wizyta potrwa trzy dni", None, None),
            ],
        ),
        // A bare "minister" may be the head of the president's office speaking on.
        (
            "Adam Wilk, szef gabinetu prezydenta, mówił o rozmowie. – Spotkanie było rzeczowe – powiedział Wilk.\n\n– Rada zbierze się w sierpniu – dodał minister.",
            &[
                (Direct, "Spotkanie było rzeczowe", Some("Adam Wilk"), None),
                (
                    Direct,
                    "Rada zbierze się w sierpniu",
                    Some("Adam Wilk"),
                    None,
                ),
            ],
        ),
        // Nor for a woman's words after a man's.
        (
            "Paweł Sowa przekazał, że minister spotka się z senatorami. Rzeczniczka MSZ dodała, że wizyta potrwa trzy dni.",
            &[(
                Reported,
                "minister spotka się z senatorami",
                Some("Paweł Sowa"),
                None,
            )],
        ),
    ]);
}

#[test]
fn speakers_named_by_an_office_or_a_relative_pronoun() {
    check(&[
        (
            "Minister spraw zagranicznych Ukrainy Jurij Kowal przyleciał rano. – To dobry dzień – powiedział szef ukraińskiej dyplomacji.",
            &[(Direct, "To dobry dzień", Some("Jurij Kowal"), None)],
        ),
        // A title with no country in a Polish report is the Polish holder's.
        (
            "Premier Tomasz Lis przyjął premiera Szwecji Larsa Eklunda. Szef polskiego rządu zapowiedział, że współpraca będzie bliższa.",
            &[(
                Reported,
                "współpraca będzie bliższa",
                Some("Tomasz Lis"),
                None,
            )],
        ),
        (
            "Premier spotkał się z doradcą Janem Malinowskim, który zasugerował, że sankcje zostaną zniesione.",
            &[(
                Reported,
                "sankcje zostaną zniesione",
                Some("Jan Malinowski"),
                None,
            )],
        ),
        // The names of an enumeration are not the subject of the next verb.
        (
            "Piotr Wrona powiedział, że rozmowy były trudne. W spotkaniu uczestniczyli też Anna Zielińska i Tomasz Wierzbicki. Dodał, że kolejna runda odbędzie się w maju.",
            &[
                (Reported, "rozmowy były trudne", Some("Piotr Wrona"), None),
                (
                    Reported,
                    "kolejna runda odbędzie się w maju",
                    Some("Piotr Wrona"),
                    None,
                ),
            ],
        ),
    ]);
}

#[test]
fn a_participle_phrase_is_no_subject() {
    check(&[(
        "Rzecznik rządu Piotr Wrona zabrał głos po posiedzeniu. Opisując rozmowę ocenił, że „była rzeczowa i długa”.",
        &[(Direct, "była rzeczowa i długa", Some("Piotr Wrona"), None)],
    )]);
}
