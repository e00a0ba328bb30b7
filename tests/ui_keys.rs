//! Key handling as pure functions: tables of key → action per mode, and key
//! sequences → state, on a fixed briefing with no terminal.

#[path = "common/ui_fixture.rs"]
mod fixture;

use brief::app::{Action, App, Effect, Mode, NORMAL_KEYS, Pane, SortKey, TargetKind, action_for};
use brief::model::SafeText;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fixture::{DMITRIJEW, KUSHNER, LAWROW, TRUMP};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
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
    let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    let cases: &[(Pane, KeyEvent, Option<Action>)] = &[
        (Pane::Timeline, ch('j'), Some(Action::Down)),
        (Pane::Article, key(KeyCode::Down), Some(Action::Down)),
        (Pane::Quotes, ch('k'), Some(Action::Up)),
        (Pane::Quotes, ch('g'), Some(Action::Top)),
        (Pane::Quotes, key(KeyCode::Home), Some(Action::Top)),
        (Pane::Quotes, ch('G'), Some(Action::Bottom)),
        (Pane::Quotes, shift_g, Some(Action::Bottom)),
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
        (Pane::Article, ch('H'), Some(Action::Back)),
        (Pane::Article, key(KeyCode::Backspace), Some(Action::Back)),
        (Pane::Article, ch('L'), Some(Action::Forward)),
        (Pane::Participants, ch('s'), Some(Action::CycleSort)),
        (Pane::Quotes, ch('s'), None),
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
