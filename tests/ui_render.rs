//! Drawing into ratatui's TestBackend: whole-screen snapshots, the styles
//! that carry meaning (checked cell by cell), the monochrome theme, and a
//! sweep of tiny and odd sizes, each screen scanned for stray characters and
//! broken borders.

#[path = "common/ui_fixture.rs"]
mod fixture;
#[path = "common/screen.rs"]
mod screen;
#[path = "common/screen_check.rs"]
mod screen_check;

use brief::app::{Action, App, Mode, Pane, bindings_for, update};
use brief::load::parse_article;
use brief::model::Briefing;
use brief::ui::Theme;
use ratatui::style::{Color, Modifier};
use screen::{find, find_in, has, press, render, screen, styled_screen};

#[test]
fn snapshot_80x24_opening_screen() {
    let app = fixture::app(80, 24);
    insta::assert_snapshot!("opening_80x24", screen(&render(&app, &Theme::colour())));
}

#[test]
fn snapshot_120x40_trumps_quote_in_context() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "3jj\n");
    insta::assert_snapshot!(
        "trump_quote_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_120x40_after_a_filter_every_pane_follows() {
    let mut app = fixture::app(120, 40);
    // Move the article away first: the filter must bring it back to the actor.
    press(&mut app, "3jj\nflawrow\n");
    insta::assert_snapshot!(
        "filter_lawrow_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_40x12_one_pane_at_a_time() {
    let mut app = fixture::app(40, 12);
    press(&mut app, "3j");
    insta::assert_snapshot!("quotes_40x12", screen(&render(&app, &Theme::colour())));
}

#[test]
fn snapshot_monochrome_with_search_and_dossier() {
    let mut app = fixture::app(80, 24);
    press(&mut app, "2j4/Moskw\n");
    insta::assert_snapshot!(
        "monochrome_80x24",
        styled_screen(&render(&app, &Theme::monochrome()))
    );
}

#[test]
fn snapshot_help_for_the_quotes_pane() {
    let mut app = fixture::app(100, 50);
    press(&mut app, "3?");
    insta::assert_snapshot!(
        "help_quotes_100x50",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn the_selected_quote_and_its_speech_verb_are_marked() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "3jj\n");
    let buf = render(&app, &Theme::colour());
    assert!(has(&buf, "A jeśli tego nie", Modifier::REVERSED));
    assert!(has(&buf, "dodał", Modifier::UNDERLINED | Modifier::BOLD));
    let plain = find(&buf, "Ukraina także").unwrap();
    assert!(!buf[plain[0]].modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_selected_participants_mentions_and_rows_are_marked() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "alawrow\n");
    let buf = render(&app, &Theme::colour());
    let article = app.areas().pane(Pane::Article);
    let cells = find_in(&buf, article, "Ławrow").expect("Ławrow's mention is on screen");
    let marked = Modifier::UNDERLINED | Modifier::BOLD;
    assert!(cells.iter().all(|&p| buf[p].modifier.contains(marked)));
    let other = find_in(&buf, article, "Władimir Putin").expect("another actor's mention");
    assert!(!buf[other[0]].modifier.contains(Modifier::UNDERLINED));
    // Rows involving Ławrow carry the • marker, not just a colour.
    let text = screen(&buf);
    let marked = text
        .lines()
        .filter(|l| l.contains("•") && l.contains("Ławrow"))
        .count();
    assert!(marked >= 2, "{text}");
}

#[test]
fn held_and_planned_differ_by_more_than_colour() {
    let app = fixture::app(120, 40);
    let text = screen(&render(&app, &Theme::monochrome()));
    assert!(text.contains("✓ held"), "{text}");
    assert!(text.contains("◷ planned"), "{text}");
    assert!(
        text.contains("~2026-01-22"),
        "inferred dates are marked: {text}"
    );
    assert!(text.contains("speaker unknown"), "{text}");
}

#[test]
fn search_matches_are_highlighted_and_counted() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "4/Moskw\n");
    let theme = Theme::colour();
    let buf = render(&app, &theme);
    let text = screen(&buf);
    assert!(text.contains("/Moskw 1/2"), "{text}");
    let cells = find_in(&buf, app.areas().pane(Pane::Article), "Moskw").unwrap();
    assert_eq!(buf[cells[0]].bg, theme.search_current.bg.unwrap());
}

#[test]
fn monochrome_sets_no_colour_anywhere() {
    let theme = Theme::monochrome();
    for keys in ["", "3jj\n", "2j", "4/Moskw\n", "?", "akush", "f"] {
        let mut app = fixture::app(120, 40);
        press(&mut app, keys);
        let buf = render(&app, &theme);
        for cell in buf.content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "after {keys:?}"
            );
        }
    }
    assert_eq!(
        Theme::from_no_color(Some("1".as_ref())),
        Theme::monochrome()
    );
    assert_eq!(Theme::from_no_color(Some("".as_ref())), Theme::colour());
    assert_eq!(Theme::from_no_color(None), Theme::colour());
}

#[test]
fn help_is_generated_from_the_keymap_for_the_focused_pane() {
    for pane in Pane::ALL {
        let mut app = fixture::app(120, 60);
        update(&mut app, Action::Focus(pane));
        update(&mut app, Action::Help);
        let text = screen(&render(&app, &Theme::colour()));
        for b in bindings_for(Mode::Normal, pane) {
            assert!(
                text.contains(b.help),
                "{pane:?} help lacks {:?}:\n{text}",
                b.help
            );
        }
        assert!(text.contains(&format!("Keys in {} {}", pane.number(), pane.title())));
        let dossier = pane == Pane::Participants;
        assert_eq!(text.contains("In the dossier (d)"), dossier, "{text}");
        for b in bindings_for(Mode::Dossier, pane).filter(|_| dossier) {
            assert!(text.contains(b.help), "dossier help lacks {:?}", b.help);
        }
    }
}

#[test]
fn nothing_from_a_file_reaches_the_screen_unsanitised() {
    let hostile =
        "Tytuł\u{1b}]0;pwned\u{7}\n\nDonald Trump\u{202e} powiedział \u{9b}2J, że \"tak\".\n";
    let mut article = parse_article("evil\u{1b}[31m\u{202e}name.txt".to_owned(), hostile);
    article.title = Some("bad\u{1b}[2Jtitle\u{2066}".to_owned());
    article.text.push_str(" \u{1b}[5m\u{200f}");
    let briefing = brief::extract::extract(vec![article]);
    let mut app = App::new(briefing, 100, 30);
    press(&mut app, "4");
    let buf = render(&app, &Theme::colour());
    for cell in buf.content() {
        for c in cell.symbol().chars() {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            assert!(!c.is_control() && !bidi, "{c:?} reached the screen");
        }
    }
    assert!(
        !brief::ui::window_title(&app)
            .chars()
            .any(|c| c.is_control() || c == '\u{202e}')
    );
}

fn wide_briefing() -> Briefing {
    let text = "Emoji 👨‍👩‍👧‍👦 i CJK 日本語のテキスト, e\u{301} — Władimir Putin powiedział: \"żółć\".\n\n超長い単語超長い単語超長い単語超長い単語超長い単語超長い単語超長い単語\n";
    brief::extract::extract(vec![parse_article("wide.txt".to_owned(), text)])
}

#[test]
fn tiny_and_odd_sizes_draw_clean_cells_and_whole_borders() {
    let themes = [Theme::colour(), Theme::monochrome()];
    for briefing in [fixture::briefing(), wide_briefing(), Briefing::default()] {
        for keys in ["", "?", "a", "4/a\n", "3\n"] {
            let mut app = App::new(briefing.clone(), 120, 40);
            press(&mut app, keys);
            for w in 0..=12u16 {
                for h in 0..=8u16 {
                    update(
                        &mut app,
                        Action::Resize {
                            width: w,
                            height: h,
                        },
                    );
                    for theme in &themes {
                        let buf = render(&app, theme);
                        screen_check::check_screen(&app, &buf, &format!("{w}x{h} after {keys:?}"));
                    }
                }
            }
            for (w, h) in [
                (19, 30),
                (20, 5),
                (21, 6),
                (79, 15),
                (80, 16),
                (81, 17),
                (300, 100),
                (1, 200),
                (200, 1),
            ] {
                update(
                    &mut app,
                    Action::Resize {
                        width: w,
                        height: h,
                    },
                );
                let buf = render(&app, &themes[0]);
                screen_check::check_screen(&app, &buf, &format!("{w}x{h} after {keys:?}"));
            }
        }
    }
}

#[test]
fn tiny_terminals_say_so() {
    let mut app = fixture::app(18, 4);
    update(
        &mut app,
        Action::Resize {
            width: 18,
            height: 4,
        },
    );
    assert!(screen(&render(&app, &Theme::colour())).contains("terminal too"));
    let mut app = fixture::app(1, 1);
    update(
        &mut app,
        Action::Resize {
            width: 1,
            height: 1,
        },
    );
    render(&app, &Theme::colour());
}

#[test]
fn snapshot_120x40_dossier_scrolled_into() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "akush\ndjjjjjj");
    insta::assert_snapshot!(
        "dossier_kushner_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_120x40_who_met_whom() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "akush\nwd");
    insta::assert_snapshot!(
        "who_met_kushner_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_120x40_never_quoted_participants() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "2vv");
    insta::assert_snapshot!(
        "never_quoted_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn the_dossier_shows_roles_forms_appearances_and_counts() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "akush\nd");
    let buf = render(&app, &Theme::colour());
    let pane = app.areas().pane(Pane::Participants);
    for needle in [
        "mentions 2 · quotes 0 · meetings 2",
        "first: 2026-01-22 · davos-2026-01-22.txt",
        "zięć prezydenta USA Donalda Trumpa — 2026-01-22",
        "Jaredem Kushnerem",
    ] {
        assert!(
            find_in(&buf, pane, needle).is_some(),
            "{needle:?} not in the dossier:\n{}",
            screen(&buf)
        );
    }
    // The selected dossier line is marked by ▶ and reversed, not by colour alone.
    let first = find_in(&buf, pane, "first:").unwrap();
    let (x, y) = first[0];
    assert_eq!(buf[(x - 1, y)].symbol(), "▶");
    assert!(has(&buf, "first:", Modifier::REVERSED));
}

#[test]
fn who_met_whom_counts_meetings_and_paragraphs_together() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "akush\nw");
    let buf = render(&app, &Theme::colour());
    let pane = app.areas().pane(Pane::Participants);
    let text = screen(&buf);
    let row = |name: &str| {
        text.lines()
            .find(|l| {
                l.contains(&format!("  {name}")) && l.contains("  Jak donoszą")
                    || l.contains(&format!("  {name}")) && l.contains("Władimir Putin już")
            })
            .map(str::to_owned)
    };
    assert!(
        find_in(&buf, pane, "Who met Jared Kushner").is_some(),
        "{text}"
    );
    assert!(find_in(&buf, pane, "meet para").is_some(), "{text}");
    let witkoff = row("Steve Witkoff").unwrap_or_else(|| panic!("{text}"));
    assert!(witkoff.contains("    2    2  Jak donoszą"), "{witkoff}");
}

#[test]
fn a_meeting_reported_twice_shows_its_sources_in_the_timeline() {
    let first = parse_article(
        "a.txt".into(),
        "date 2026-03-02\n\nPremier Donald Tusk spotkał się w Paryżu z prezydentem Francji Emmanuelem Macronem.\n",
    );
    let second = parse_article(
        "b.txt".into(),
        "date 2026-03-02\n\nDonald Tusk spotkał się z Emmanuelem Macronem w Brukseli.\n",
    );
    let app = App::new(brief::extract::extract(vec![first, second]), 120, 40);
    let buf = render(&app, &Theme::colour());
    assert!(
        find(&buf, "[2 sources, disagree]").is_some(),
        "{}",
        screen(&buf)
    );
}

#[test]
fn skipped_files_are_counted_on_the_status_line_and_listed_by_s() {
    let mut app = fixture::app(100, 30);
    app.skipped = brief::model::Skipped {
        tried: 1_203,
        reasons: vec![
            "dir/b.txt: binary file (NUL byte at offset 4)".to_owned(),
            "dir/c\u{1b}[31m.txt: cannot open: permission denied".to_owned(),
        ],
    };
    let status = screen(&render(&app, &Theme::colour()));
    let last = status.lines().last().unwrap();
    assert!(last.contains("2 of 1,203 files skipped (S)"), "{last}");
    press(&mut app, "S");
    assert_eq!(app.mode(), Mode::Help);
    insta::assert_snapshot!("skipped_100x30", screen(&render(&app, &Theme::colour())));
    press(&mut app, "\x1b");
    assert_eq!(app.mode(), Mode::Normal);
}

#[test]
fn s_says_so_when_nothing_was_skipped() {
    let mut app = fixture::app(100, 30);
    press(&mut app, "S");
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.message.as_deref(), Some("no files were skipped"));
}
