//! Key handling as pure functions: tables of key → action per mode, and key
//! sequences → state, on a fixed briefing with no terminal.

#[path = "common/ui_fixture.rs"]
mod fixture;

use brief::app::{
    Action, App, DOSSIER_KEYS, DossierView, Effect, Entry, Mode, NORMAL_KEYS, Pane, SortKey,
    TargetKind, Voice, action_for,
};
use brief::model::SafeText;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fixture::{DMITRIJEW, KUSHNER, LAWROW, PUTIN, TRUMP, WITKOFF};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

/// What terminals that report Shift send for `}`, `{` and capitals.
fn shift(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Feeds keys written as a string: each char is a key, `<…>` names one.
fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        let (event, len) = if c == '<' {
            let end = rest.find('>').expect("unclosed <");
            let event = match &rest[1..end] {
                "Enter" => key(KeyCode::Enter),
                "Esc" => key(KeyCode::Esc),
                "Tab" => key(KeyCode::Tab),
                "BackTab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
                "BS" => key(KeyCode::Backspace),
                "Down" => key(KeyCode::Down),
                "Up" => key(KeyCode::Up),
                "C-c" => ctrl('c'),
                "C-d" => ctrl('d'),
                other => panic!("unknown key <{other}>"),
            };
            (event, end + 1)
        } else {
            (ch(c), c.len_utf8())
        };
        effects.push(app.handle_key(event));
        rest = &rest[len..];
    }
    effects
}

#[test]
fn normal_keys_map_to_actions() {
    let cases: &[(Pane, KeyEvent, Option<Action>)] = &[
        (Pane::Timeline, ch('j'), Some(Action::Down)),
        (Pane::Article, key(KeyCode::Down), Some(Action::Down)),
        (Pane::Quotes, ch('k'), Some(Action::Up)),
        (Pane::Quotes, ch('g'), Some(Action::Top)),
        (Pane::Quotes, key(KeyCode::Home), Some(Action::Top)),
        (Pane::Quotes, ch('G'), Some(Action::Bottom)),
        (Pane::Quotes, shift('G'), Some(Action::Bottom)),
        (Pane::Article, key(KeyCode::End), Some(Action::Bottom)),
        (Pane::Article, ctrl('d'), Some(Action::HalfPageDown)),
        (Pane::Article, ctrl('u'), Some(Action::HalfPageUp)),
        (Pane::Article, ch(' '), Some(Action::PageDown)),
        (
            Pane::Article,
            key(KeyCode::PageDown),
            Some(Action::PageDown),
        ),
        (Pane::Article, ch('b'), Some(Action::PageUp)),
        (Pane::Article, key(KeyCode::PageUp), Some(Action::PageUp)),
        (Pane::Timeline, key(KeyCode::Tab), Some(Action::NextPane)),
        (
            Pane::Timeline,
            KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::PrevPane),
        ),
        (Pane::Timeline, ch('l'), Some(Action::NextPane)),
        (Pane::Timeline, ch('h'), Some(Action::PrevPane)),
        (Pane::Timeline, ch('3'), Some(Action::Focus(Pane::Quotes))),
        (Pane::Quotes, ch('4'), Some(Action::Focus(Pane::Article))),
        (Pane::Quotes, key(KeyCode::Enter), Some(Action::Open)),
        (Pane::Article, key(KeyCode::Enter), None),
        (Pane::Article, ch(']'), Some(Action::NextItem)),
        (Pane::Article, ch('['), Some(Action::PrevItem)),
        (Pane::Article, ch('}'), Some(Action::NextArticle)),
        (Pane::Timeline, shift('}'), Some(Action::NextArticle)),
        (Pane::Quotes, ch('{'), Some(Action::PrevArticle)),
        (Pane::Participants, shift('{'), Some(Action::PrevArticle)),
        (Pane::Article, ch('H'), Some(Action::Back)),
        (Pane::Article, key(KeyCode::Backspace), Some(Action::Back)),
        (Pane::Article, ch('L'), Some(Action::Forward)),
        (Pane::Participants, ch('s'), Some(Action::CycleSort)),
        (Pane::Quotes, ch('s'), None),
        (Pane::Participants, ch('d'), Some(Action::FocusDossier)),
        (Pane::Participants, ch('w'), Some(Action::ToggleWhoMet)),
        (Pane::Participants, ch('v'), Some(Action::CycleVoice)),
        (Pane::Quotes, ch('d'), None),
        (Pane::Article, ch('w'), None),
        (Pane::Timeline, ch('v'), None),
        (Pane::Article, ch('r'), Some(Action::Reload)),
        (Pane::Participants, ch('r'), Some(Action::Reload)),
        (Pane::Quotes, ch('f'), Some(Action::FilterPicker)),
        (Pane::Quotes, ch('F'), Some(Action::ClearFilter)),
        (Pane::Quotes, ch('a'), Some(Action::ActorPicker)),
        (Pane::Article, ch('/'), Some(Action::StartSearch)),
        (Pane::Article, ch('n'), Some(Action::SearchNext)),
        (Pane::Article, ch('N'), Some(Action::SearchPrev)),
        (Pane::Quotes, ch('y'), Some(Action::CopyQuote)),
        (Pane::Participants, ch('y'), None),
        (Pane::Quotes, ch('?'), Some(Action::Help)),
        (Pane::Quotes, key(KeyCode::F(1)), Some(Action::Help)),
        (Pane::Quotes, ch('q'), Some(Action::Quit)),
        (Pane::Quotes, ctrl('c'), Some(Action::Quit)),
        (Pane::Quotes, key(KeyCode::Esc), Some(Action::Escape)),
        (
            Pane::Quotes,
            KeyEvent::new(KeyCode::Tab, KeyModifiers::CONTROL),
            None,
        ),
    ];
    for &(pane, event, expected) in cases {
        assert_eq!(
            action_for(Mode::Normal, pane, event),
            expected,
            "{event:?} in {pane:?}"
        );
    }
}

#[test]
fn typing_modes_take_letters_and_keep_escape_and_ctrl_c() {
    let cases: &[(Mode, KeyEvent, Option<Action>)] = &[
        (Mode::Search, ch('q'), Some(Action::Input('q'))),
        (Mode::Search, ch('M'), Some(Action::Input('M'))),
        (Mode::Search, ch('ł'), Some(Action::Input('ł'))),
        (Mode::Search, key(KeyCode::Enter), Some(Action::Submit)),
        (
            Mode::Search,
            key(KeyCode::Backspace),
            Some(Action::DeleteChar),
        ),
        (Mode::Search, key(KeyCode::Esc), Some(Action::Escape)),
        (Mode::Search, ctrl('c'), Some(Action::Quit)),
        (Mode::Picker, ch('j'), Some(Action::Input('j'))),
        (Mode::Picker, ch(' '), Some(Action::Input(' '))),
        (Mode::Picker, key(KeyCode::Down), Some(Action::Down)),
        (Mode::Picker, ctrl('p'), Some(Action::Up)),
        (Mode::Picker, key(KeyCode::Tab), Some(Action::Toggle)),
        (Mode::Help, ch('q'), Some(Action::Escape)),
        (Mode::Help, ch('?'), Some(Action::Escape)),
        (Mode::Help, ch('j'), Some(Action::Down)),
        (Mode::Help, ch('x'), None),
    ];
    for &(mode, event, expected) in cases {
        assert_eq!(
            action_for(mode, Pane::Article, event),
            expected,
            "{event:?} in {mode:?}"
        );
    }
}

#[test]
fn no_key_is_bound_twice_in_a_pane() {
    for pane in Pane::ALL {
        let mut seen = Vec::new();
        for b in NORMAL_KEYS.iter().filter(|b| b.scope.covers(pane)) {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice in {pane:?}");
                seen.push(*k);
            }
        }
    }
}

#[test]
fn escape_never_quits() {
    let mut app = fixture::app(120, 40);
    for keys in [
        "<Esc>",
        "/Mos<Esc><Esc>",
        "a<Esc>",
        "f<Esc>",
        "?<Esc>",
        "4<Esc>",
    ] {
        assert!(
            press(&mut app, keys).iter().all(|e| *e != Effect::Quit),
            "{keys}"
        );
    }
    assert_eq!(press(&mut app, "q"), [Effect::Quit]);
    assert_eq!(press(&mut app, "/abc<C-c>").last(), Some(&Effect::Quit));
}

#[test]
fn panes_switch_by_number_tab_and_h_l() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "3");
    assert_eq!(app.focus, Pane::Quotes);
    press(&mut app, "<Tab>");
    assert_eq!(app.focus, Pane::Article);
    press(&mut app, "<Tab>");
    assert_eq!(app.focus, Pane::Timeline);
    press(&mut app, "<BackTab>h");
    assert_eq!(app.focus, Pane::Quotes);
    press(&mut app, "l");
    assert_eq!(app.focus, Pane::Article);
}

#[test]
fn from_trumps_quote_to_kushners_meetings_and_back() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "3jj");
    assert_eq!(app.selected_quote(), Some(2));
    press(&mut app, "<Enter>");
    assert_eq!(app.focus, Pane::Article);
    let trump_quote = app.reader.target.expect("a quote is shown");
    assert_eq!(trump_quote.kind, TargetKind::Quote(2));
    assert_eq!(app.briefing.quotes[2].speaker, Some(TRUMP));

    press(&mut app, "akush<Enter>");
    assert_eq!(app.selected_actor(), Some(KUSHNER));
    assert_eq!(app.focus, Pane::Participants);
    // In text order: the Davos meeting's sentence starts before this
    // mention, the Moscow meeting's after it.
    press(&mut app, "]");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Meeting(1))
    );
    press(&mut app, "[[");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Meeting(0))
    );

    press(&mut app, "HHHH");
    assert_eq!(app.reader.target, Some(trump_quote));
    assert_eq!(app.focus, Pane::Article);
    press(&mut app, "L");
    assert_eq!(app.selected_actor(), Some(KUSHNER));
}

#[test]
fn walking_an_actors_items_in_text_order() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "alawrow<Enter>");
    assert_eq!(app.selected_actor(), Some(LAWROW));
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Mention(LAWROW))
    );
    press(&mut app, "]");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Quote(3))
    );
    assert_eq!(app.selected_quote(), Some(3));
    press(&mut app, "]");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Quote(4))
    );
    press(&mut app, "]");
    assert!(app.message.as_deref().unwrap_or("").contains("last item"));
    press(&mut app, "[[");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Mention(LAWROW))
    );
}

#[test]
fn search_counts_matches_and_steps_through_them() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "4/Moskw<Enter>");
    assert!(app.search.active());
    assert_eq!(app.search.hits.len(), 2, "Moskwie and Moskwa");
    assert_eq!(app.search.counter(), "1/2");
    press(&mut app, "n");
    assert_eq!(app.search.counter(), "2/2");
    press(&mut app, "n");
    assert_eq!(app.search.counter(), "1/2");
    press(&mut app, "N");
    assert_eq!(app.search.counter(), "2/2");
    press(&mut app, "<Esc>");
    assert!(!app.search.active());

    press(&mut app, "/moskw<Enter>");
    assert_eq!(
        app.search.hits.len(),
        2,
        "smart case: lower case matches both cases"
    );
    press(&mut app, "/MOSKW<Enter>");
    assert_eq!(app.search.hits.len(), 0);
}

#[test]
fn searching_a_list_selects_matching_rows() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "3/ławrow<Enter>");
    assert_eq!(app.search.counter(), "1/2");
    assert_eq!(app.selected_quote(), Some(3));
    press(&mut app, "n");
    assert_eq!(app.selected_quote(), Some(4));
}

#[test]
fn filter_narrows_every_pane_and_f_clears_it() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "flawrow<Enter>");
    assert_eq!(app.filter, vec![LAWROW]);
    assert_eq!(app.rows.quotes, vec![3, 4]);
    assert_eq!(app.rows.actors, vec![LAWROW]);
    assert_eq!(app.rows.timeline.len(), 2);
    press(&mut app, "fdmitr<Tab><Enter>");
    assert_eq!(app.filter.len(), 2, "{:?}", app.filter);
    assert!(app.filter.contains(&DMITRIJEW));
    press(&mut app, "F");
    assert!(app.filter.is_empty());
    assert_eq!(app.rows.quotes.len(), 5);
}

#[test]
fn the_panes_follow_a_filter_and_keep_their_place_when_it_clears() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "flawrow<Enter>");
    // The participants pane is on the actor, the article pane on a mention of them.
    assert_eq!(app.selected_actor(), Some(LAWROW));
    let target = app.reader.target.expect("a mention is shown");
    assert_eq!(target.kind, TargetKind::Mention(LAWROW));
    assert_eq!(app.reader.article, target.article);
    let mentioned = app.briefing.actors[LAWROW]
        .mentions
        .iter()
        .any(|m| m.article == target.article);
    assert!(mentioned);
    // Clearing keeps the place: the same actor and the same article.
    press(&mut app, "F");
    assert_eq!(app.selected_actor(), Some(LAWROW));
    assert_eq!(app.reader.article, target.article);
}

#[test]
fn going_to_an_actor_puts_every_pane_on_their_first_item() {
    let mut app = fixture::app(120, 40);
    // Away from Trump first: the last rows of the timeline and the quotes.
    press(&mut app, "1G3G");
    press(&mut app, "atrump<Enter>");
    assert_eq!(app.selected_actor(), Some(TRUMP));
    let b = &app.briefing;
    let first_row = app
        .rows
        .timeline
        .iter()
        .position(|&t| brief::app::timeline_involves(b, t, &[TRUMP]));
    assert_eq!(Some(app.cursors[0].selected), first_row);
    let first_quote = app
        .rows
        .quotes
        .iter()
        .position(|&q| b.quotes[q].speaker == Some(TRUMP));
    assert_eq!(Some(app.cursors[2].selected), first_quote);
    let target = app.reader.target.expect("a mention is shown");
    assert_eq!(target.kind, TargetKind::Mention(TRUMP));
}

#[test]
fn t_shows_one_kind_of_participant_at_a_time() {
    let mut app = fixture::app(120, 40);
    let all = app.rows.actors.len();
    press(&mut app, "2t");
    assert_eq!(app.message.as_deref(), Some("participants: people"));
    let kinds = |app: &App| -> Vec<&'static str> {
        app.rows
            .actors
            .iter()
            .map(|&a| app.briefing.actors[a].kind.as_str())
            .collect()
    };
    assert!(!app.rows.actors.is_empty());
    assert!(
        kinds(&app).iter().all(|k| *k == "person"),
        "{:?}",
        kinds(&app)
    );
    // The other panes are not narrowed by it.
    assert_eq!(app.rows.quotes.len(), 5);
    press(&mut app, "t");
    assert_eq!(app.message.as_deref(), Some("participants: countries"));
    assert!(kinds(&app).iter().all(|k| *k == "country"));
    press(&mut app, "ttt");
    assert_eq!(app.message.as_deref(), Some("participants: every kind"));
    assert_eq!(app.rows.actors.len(), all);
}

#[test]
fn sort_cycles_and_keeps_the_selection() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "2");
    let before = app.selected_actor();
    press(&mut app, "s");
    assert_eq!(app.sort, SortKey::Name);
    assert_eq!(app.selected_actor(), before);
    let first = app.rows.actors[0];
    assert_eq!(app.briefing.actors[first].name, "Donald Trump");
    press(&mut app, "sss");
    assert_eq!(app.sort, SortKey::Activity);
    press(&mut app, "s");
    assert_eq!(app.sort, SortKey::Mentions);
}

#[test]
fn copy_gives_the_quote_with_its_citation() {
    let mut app = fixture::app(120, 40);
    let effects = press(&mut app, "3jjy");
    assert_eq!(
        effects.last(),
        Some(&Effect::Copy(SafeText::new(
            "„A jeśli tego nie zrobią, to są głupi” — Donald Trump (davos-2026-01-22.txt, 2026-01-22)"
        )))
    );
    let effects = press(&mut app, "ky");
    let Some(Effect::Copy(text)) = effects.last() else {
        panic!("nothing copied")
    };
    assert!(text.contains("— speaker unknown ("), "{text}");
}

#[test]
fn resizing_rewraps_and_keeps_the_reading_position() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "4jjjjjjjjjj");
    let top = app.reader.top_byte();
    assert!(top > 0);
    for (w, h) in [(90, 30), (50, 20), (3, 3), (0, 0), (200, 60), (120, 40)] {
        brief::app::update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
        if app.reader.max_top() == 0 {
            continue; // the whole article fits, or nothing does
        }
        let line = app.reader.lines[app.reader.top];
        assert!(
            line.start <= top,
            "{w}x{h}: top line starts after the old top"
        );
        assert!(
            top <= line.end || line.end == line.start,
            "{w}x{h}: old top not on the top line"
        );
    }
    assert_eq!(app.reader.top_byte(), top);
}

#[test]
fn mouse_clicks_focus_and_select() {
    let mut app = fixture::app(120, 40);
    let areas = app.areas();
    let quotes = areas.pane(Pane::Quotes);
    brief::app::update(
        &mut app,
        Action::Click {
            col: quotes.x + 5,
            row: quotes.y + 2,
        },
    );
    assert_eq!(app.focus, Pane::Quotes);
    assert_eq!(app.selected_quote(), Some(1));
    let article = app.areas().pane(Pane::Article);
    brief::app::update(
        &mut app,
        Action::Wheel {
            col: article.x + 5,
            row: article.y + 5,
            down: true,
        },
    );
    assert_eq!(app.focus, Pane::Quotes, "the wheel does not take the focus");
    assert!(app.reader.top > 0 || app.reader.max_top() == 0);
}

#[test]
fn narrow_terminals_switch_panes_one_at_a_time() {
    let mut app = fixture::app(40, 12);
    assert!(app.areas().single());
    press(&mut app, "3");
    assert!(app.areas().is_shown(Pane::Quotes));
    assert!(!app.areas().is_shown(Pane::Timeline));
    press(&mut app, "j<Enter>");
    assert_eq!(app.focus, Pane::Article);
    assert!(app.areas().is_shown(Pane::Article));
}

#[test]
fn dossier_keys_map_to_actions_and_fall_back_to_the_normal_ones() {
    let p = Pane::Participants;
    let cases: &[(KeyEvent, Option<Action>)] = &[
        (ch('j'), Some(Action::Down)),
        (key(KeyCode::Up), Some(Action::Up)),
        (ch('g'), Some(Action::Top)),
        (ch('G'), Some(Action::Bottom)),
        (key(KeyCode::Enter), Some(Action::Open)),
        (ch('f'), Some(Action::FilterPair)),
        (ch('d'), Some(Action::FocusDossier)),
        (key(KeyCode::Esc), Some(Action::FocusDossier)),
        // Not in the dossier's table: as in the participants list.
        (ch('w'), Some(Action::ToggleWhoMet)),
        (ch('v'), Some(Action::CycleVoice)),
        (ch('F'), Some(Action::ClearFilter)),
        (ch('r'), Some(Action::Reload)),
        (key(KeyCode::Tab), Some(Action::NextPane)),
        (ctrl('d'), Some(Action::HalfPageDown)),
        (ch('q'), Some(Action::Quit)),
        (ch('x'), None),
    ];
    for &(event, expected) in cases {
        assert_eq!(action_for(Mode::Dossier, p, event), expected, "{event:?}");
    }
    let mut seen = Vec::new();
    for k in DOSSIER_KEYS.iter().flat_map(|b| b.keys) {
        assert!(!seen.contains(k), "{k:?} bound twice in the dossier");
        seen.push(*k);
    }
}

#[test]
fn d_scrolls_the_dossier_and_enter_opens_its_lines_in_context() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "akush<Enter>");
    assert_eq!(app.mode(), Mode::Normal);
    press(&mut app, "d");
    assert_eq!(app.mode(), Mode::Dossier);
    assert!(matches!(
        app.dossier.selected(),
        Some(Entry::Appearance(true, _))
    ));
    // Headings are passed over: first, last, the role, the two forms, the
    // article, then the Davos meeting.
    press(&mut app, "jjjjjj");
    assert_eq!(app.dossier.selected(), Some(&Entry::Meeting(0)));
    assert_eq!(app.selected_actor(), Some(KUSHNER), "the list stays put");
    press(&mut app, "<Enter>");
    assert_eq!(app.focus, Pane::Article);
    let target = app.reader.target.expect("the meeting is shown");
    assert_eq!(target.kind, TargetKind::Meeting(0));
    assert_eq!(
        Some(target.mark),
        Some(Some(app.briefing.meetings[0].trigger))
    );
    // Back in the pane, the dossier still has the keyboard; G is its end.
    press(&mut app, "2G");
    assert_eq!(app.dossier.selected(), Some(&Entry::Meeting(1)));
    press(&mut app, "g");
    assert!(matches!(
        app.dossier.selected(),
        Some(Entry::Appearance(true, _))
    ));
    assert_eq!(
        app.dossier.cursor.offset, 0,
        "the title shows again at the top"
    );
    // The role line opens where the text gives the role.
    press(&mut app, "jj<Enter>");
    let role = app.reader.target.unwrap();
    assert_eq!(
        app.briefing.text_of(role.article, role.span),
        "zięć prezydenta USA Donalda Trumpa"
    );
    press(&mut app, "2<Esc>");
    assert_eq!(app.mode(), Mode::Normal);
    press(&mut app, "j");
    assert_ne!(
        app.selected_actor(),
        Some(KUSHNER),
        "j moves the list again"
    );
}

#[test]
fn dossier_roles_are_grouped_by_the_language_of_their_article() {
    use brief::model::{Language, Mention, Span};
    let mut b = fixture::briefing();
    // An English report of the same man, with his English title first in his list.
    let mut english = b.articles[0].clone();
    english.source = "reuters.txt".to_owned();
    english.language = Language::English;
    english.text = "Russian Foreign Minister Sergei Lavrov said talks would go on.".to_owned();
    english.paragraphs.clear();
    b.articles.push(english);
    let article = b.articles.len() - 1;
    let lawrow = &mut b.actors[LAWROW];
    lawrow
        .roles
        .insert(0, "Russian Foreign Minister".to_owned());
    lawrow.mentions.push(Mention {
        article,
        span: Span::new(25, 38),
    });
    let mut app = App::new(b, 120, 40);
    press(&mut app, "alawrow<Enter>");
    let roles: Vec<(String, &'static str)> = app
        .dossier
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Role(r, Some(l)) => {
                Some((r.clone(), app.briefing.articles[l.article].language.code()))
            }
            _ => None,
        })
        .collect();
    let languages: Vec<&str> = roles.iter().map(|(_, l)| *l).collect();
    assert_eq!(languages, ["pl", "en"], "{roles:?}");
}

#[test]
fn a_dossier_quote_opens_the_quote_with_its_speech_verb() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "atrump<Enter>d");
    while !matches!(app.dossier.selected(), Some(Entry::Quote(_))) {
        let before = app.dossier.cursor.selected;
        press(&mut app, "j");
        assert_ne!(before, app.dossier.cursor.selected, "no quote line");
    }
    press(&mut app, "<Enter>");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Quote(2))
    );
    press(&mut app, "H");
    assert_eq!(app.focus, Pane::Participants);
}

#[test]
fn who_met_whom_opens_the_first_shared_meeting_and_f_narrows_to_the_pair() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "akush<Enter>w");
    assert_eq!(app.dossier.view, DossierView::WhoMet);
    let partners: Vec<(usize, usize, usize)> = app
        .dossier
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Partner(p) => Some((p.actor, p.meetings.len(), p.together)),
            _ => None,
        })
        .collect();
    assert_eq!(
        partners,
        [(WITKOFF, 2, 2), (DMITRIJEW, 1, 1), (PUTIN, 1, 1)],
        "most shared meetings first"
    );
    press(&mut app, "dj<Enter>");
    assert_eq!(
        app.reader.target.map(|t| t.kind),
        Some(TargetKind::Meeting(0)),
        "Dmitrijew and Kushner first met in Davos"
    );
    press(&mut app, "2f");
    assert_eq!(app.filter, vec![DMITRIJEW, KUSHNER]);
    assert_eq!(app.rows.actors.len(), 2);
    assert_eq!(
        app.rows.quotes,
        vec![0],
        "Dmitrijew's quote; Kushner has none"
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("Kiriłł Dmitrijew + Jared Kushner")
    );
    press(&mut app, "F");
    assert!(app.filter.is_empty());
    press(&mut app, "w");
    assert_eq!(app.dossier.view, DossierView::Dossier);
}

#[test]
fn v_cycles_quoted_only_never_quoted_and_all() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "2v");
    assert_eq!(app.voice, Voice::QuotedOnly);
    let mut quoted = app.rows.actors.clone();
    quoted.sort_unstable();
    assert_eq!(quoted, [DMITRIJEW, TRUMP, LAWROW]);
    assert_eq!(app.message.as_deref(), Some("participants: quoted only"));
    press(&mut app, "v");
    assert_eq!(app.voice, Voice::NeverQuoted);
    assert_eq!(app.rows.actors.len(), 4);
    assert!(!app.rows.actors.contains(&TRUMP));
    // The filter and the voice combine.
    press(&mut app, "ftrump<Enter>");
    assert!(app.rows.actors.is_empty());
    assert_eq!(app.selected_actor(), None);
    press(&mut app, "Fv");
    assert_eq!(app.voice, Voice::All);
    assert_eq!(app.rows.actors.len(), 7);
}

#[test]
fn r_asks_for_a_reload_and_the_reload_keeps_the_place() {
    let mut app = fixture::app(120, 40);
    assert_eq!(press(&mut app, "r"), [Effect::Reload]);
    // A filter shows the actor's mention; the reader is then scrolled on.
    press(&mut app, "fkush<Enter>4<C-d><C-d>");
    let top = app.reader.top_byte();
    assert!(top > 0);
    // The files changed: the actors come back in another order.
    let mut changed = fixture::briefing();
    changed.actors.reverse();
    let last = changed.actors.len() - 1;
    let renumber = |a: usize| last - a;
    for q in &mut changed.quotes {
        q.speaker = q.speaker.map(renumber);
    }
    for m in &mut changed.meetings {
        m.participants = m.participants.iter().map(|&a| renumber(a)).collect();
    }
    app.reload(changed);
    let name = |app: &App| {
        app.selected_actor()
            .map(|a| app.briefing.actors[a].name.clone())
    };
    assert_eq!(app.focus, Pane::Article);
    assert_eq!(app.filter, vec![renumber(KUSHNER)], "the filter by name");
    assert_eq!(name(&app).as_deref(), Some("Jared Kushner"));
    assert_eq!(app.reader.top_byte(), top);
    assert_eq!(app.message.as_deref(), Some("reloaded: 1 articles"));
    assert_eq!(app.dossier.actor, Some(renumber(KUSHNER)));
}

#[test]
fn a_failed_reload_is_a_message_and_keeps_the_briefing() {
    let mut app = fixture::app(120, 40);
    let mut failing: brief::terminal::Loader =
        Box::new(|| Err("reading gone.txt: No such file or directory".to_owned()));
    brief::terminal::reload(&mut app, Some(&mut failing));
    assert_eq!(
        app.message.as_deref(),
        Some("reload failed: reading gone.txt: No such file or directory")
    );
    assert_eq!(app.briefing.actors.len(), 7);
    brief::terminal::reload(&mut app, None);
    assert_eq!(app.message.as_deref(), Some("nothing to reload"));
    let mut working: brief::terminal::Loader =
        Box::new(|| Ok((fixture::briefing(), Default::default())));
    brief::terminal::reload(&mut app, Some(&mut working));
    assert_eq!(app.message.as_deref(), Some("reloaded: 1 articles"));
    let skipped = brief::model::Skipped {
        tried: 2,
        reasons: vec!["b.txt: binary file (NUL byte at offset 0)".to_owned()],
    };
    let mut partial: brief::terminal::Loader =
        Box::new(move || Ok((fixture::briefing(), skipped.clone())));
    brief::terminal::reload(&mut app, Some(&mut partial));
    assert_eq!(
        app.message.as_deref(),
        Some("reloaded: 1 articles; 1 of 2 files skipped (S lists them)")
    );
    assert_eq!(app.skipped.reasons.len(), 1);
}

#[test]
fn the_citation_names_the_article_title_where_there_is_one() {
    let article = brief::load::parse_article(
        "a.txt".into(),
        "date 2026-03-02\ntitle: Tusk w Paryżu\nsource: https://example.pl/a\n\n– Europa musi wydawać więcej na obronę – powiedział premier Donald Tusk.\n",
    );
    let b = brief::extract::extract(vec![article]);
    assert_eq!(
        brief::app::citation(&b, 0),
        "„Europa musi wydawać więcej na obronę” — Donald Tusk, Tusk w Paryżu (https://example.pl/a, 2026-03-02)"
    );
}
