//! The pictures on a briefing spread over several days: the day ruler over
//! the timeline, the activity sparklines, the who-met-whom graph. Snapshots
//! at 80×24, 120×40 and in monochrome, what the keys and clicks do, and a
//! sweep over sizes where every picture is drawn whole or not at all.

#[path = "common/ui_fixture.rs"]
mod fixture;
#[path = "common/screen.rs"]
mod screen;

use brief::app::{Action, DossierView, Pane, SortKey, update};
use brief::ui::Theme;
use ratatui::style::Modifier;
use screen::{find, find_in, press, render, screen, styled_screen};

#[test]
fn snapshot_80x24_day_ruler() {
    let app = fixture::multi_day_app(80, 24);
    insta::assert_snapshot!("ruler_80x24", screen(&render(&app, &Theme::colour())));
}

#[test]
fn snapshot_120x40_day_ruler_narrowed_to_a_day() {
    let mut app = fixture::multi_day_app(120, 40);
    update(&mut app, Action::NextDay);
    insta::assert_snapshot!(
        "ruler_narrowed_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_120x40_dossier_activity() {
    let mut app = fixture::multi_day_app(120, 40);
    press(&mut app, "akush\n");
    insta::assert_snapshot!(
        "dossier_activity_120x40",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_120x40_graph() {
    let mut app = fixture::multi_day_app(120, 40);
    press(&mut app, "akush\nmdj");
    insta::assert_snapshot!("graph_120x40", screen(&render(&app, &Theme::colour())));
}

#[test]
fn snapshot_80x24_graph_too_small_says_so() {
    let mut app = fixture::multi_day_app(80, 24);
    press(&mut app, "akush\nm");
    insta::assert_snapshot!("graph_80x24", screen(&render(&app, &Theme::colour())));
}

#[test]
fn snapshot_monochrome_pictures() {
    let mut app = fixture::multi_day_app(120, 40);
    press(&mut app, "akush\nm");
    update(&mut app, Action::Focus(Pane::Timeline));
    insta::assert_snapshot!(
        "pictures_monochrome_120x40",
        styled_screen(&render(&app, &Theme::monochrome()))
    );
}

#[test]
fn arrows_narrow_the_timeline_to_a_day_and_back() {
    let mut app = fixture::multi_day_app(120, 40);
    let all = app.rows.timeline.len();
    // From every day, → narrows to the selected row's day first.
    let steps = [
        (Action::NextDay, Some("2026-01-20"), 1),
        (Action::NextDay, Some("2026-01-22"), 6),
        (Action::PrevDay, Some("2026-01-20"), 1),
        (Action::PrevDay, None, all),
        // The last row selected: ← narrows to its day, → past it widens.
        (Action::Bottom, None, all),
        (Action::PrevDay, Some("2026-02-10"), 1),
        (Action::NextDay, None, all),
    ];
    for (action, day, rows) in steps {
        update(&mut app, action);
        let shown = app.days_shown.map(|s| s.first.to_string());
        assert_eq!(shown.as_deref(), day, "after {action:?}");
        assert_eq!(app.rows.timeline.len(), rows, "after {action:?}");
    }
}

#[test]
fn a_click_on_the_ruler_narrows_to_its_day_and_a_second_widens() {
    let mut app = fixture::multi_day_app(120, 40);
    let ruler = app.ruler_rect().expect("a ruler at 120×40");
    let cells = app.index.days.cells_per_bucket(usize::from(ruler.width)) as u16;
    // 2026-02-03 is the 15th day.
    let col = ruler.x + 14 * cells;
    update(&mut app, Action::Click { col, row: ruler.y });
    let shown = app.days_shown.map(|s| s.first.to_string());
    assert_eq!(shown.as_deref(), Some("2026-02-03"));
    assert!(app.rows.timeline.len() == 2, "{:?}", app.rows.timeline);
    update(&mut app, Action::Click { col, row: ruler.y });
    assert_eq!(app.days_shown, None);
    // An empty day narrows nothing and says so.
    update(
        &mut app,
        Action::Click {
            col: ruler.x + cells,
            row: ruler.y,
        },
    );
    assert_eq!(app.days_shown, None);
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .starts_with("nothing on")
    );
}

#[test]
fn the_selected_rows_day_is_reversed_and_the_narrowed_day_underlined() {
    let mut app = fixture::multi_day_app(120, 40);
    press(&mut app, "j");
    update(&mut app, Action::NextDay);
    let buf = render(&app, &Theme::monochrome());
    let ruler = app.ruler_rect().unwrap();
    let cells = app.index.days.cells_per_bucket(usize::from(ruler.width)) as u16;
    let mark = &buf[(ruler.x + 2 * cells, ruler.y + 1)];
    assert_eq!(mark.symbol(), "✓");
    let wanted = Modifier::REVERSED | Modifier::UNDERLINED | Modifier::BOLD;
    assert!(mark.modifier.contains(wanted), "{:?}", mark.modifier);
    let other = &buf[(ruler.x, ruler.y + 1)];
    assert!(!other.modifier.contains(Modifier::REVERSED));
}

#[test]
fn sorting_by_activity_puts_the_busiest_days_first_and_shows_the_column() {
    let mut app = fixture::app(80, 24);
    press(&mut app, "2ssss");
    assert_eq!(app.sort, SortKey::Activity);
    let mut app = fixture::multi_day_app(80, 30);
    press(&mut app, "2ssss");
    assert_eq!(app.sort, SortKey::Activity);
    let names: Vec<&str> = app.rows.actors[..2]
        .iter()
        .map(|&a| app.briefing.actors[a].name.as_str())
        .collect();
    // Both are active on three days; the name breaks the tie.
    assert_eq!(names, ["Jared Kushner", "Steve Witkoff"]);
    let buf = render(&app, &Theme::colour());
    let pane = app.areas().pane(Pane::Participants);
    assert!(find_in(&buf, pane, "days").is_some(), "{}", screen(&buf));
}

#[test]
fn the_graph_recentres_on_the_selection_and_enter_opens_the_pair() {
    let mut app = fixture::multi_day_app(120, 40);
    press(&mut app, "akush\nm");
    assert_eq!(app.dossier.view, DossierView::Graph);
    let buf = render(&app, &Theme::colour());
    let pane = app.areas().pane(Pane::Participants);
    assert!(find_in(&buf, pane, "Jared Kushner").is_some());
    assert!(find_in(&buf, pane, "Steve").is_some(), "{}", screen(&buf));
    // Moving in the list re-centres the graph on the next participant.
    press(&mut app, "j");
    let centre = app.dossier.actor.unwrap();
    assert_ne!(app.briefing.actors[centre].name, "Jared Kushner");
    assert_eq!(app.dossier.view, DossierView::Graph);
    // Enter on a partner opens their first shared meeting, as the table does.
    press(&mut app, "akush\nd\n");
    assert_eq!(app.focus, Pane::Article);
    assert!(matches!(
        app.reader.target.map(|t| t.kind),
        Some(brief::app::TargetKind::Meeting(_))
    ));
    // m goes to the table, keeping the partner selected.
    press(&mut app, "2dj");
    let selected = app.dossier.cursor.selected;
    press(&mut app, "m");
    assert_eq!(app.dossier.view, DossierView::WhoMet);
    assert_eq!(app.dossier.cursor.selected, selected);
}

#[test]
fn held_and_planned_edges_differ_without_colour() {
    let mut app = fixture::multi_day_app(120, 40);
    press(&mut app, "akush\nm");
    let buf = render(&app, &Theme::monochrome());
    let text = screen(&buf);
    assert!(text.contains("✓ Steve"), "{text}");
    assert!(text.contains("◷ Donald"), "{text}");
    assert!(find(&buf, "next ring").is_some() || text.contains("met no one else"));
}

/// Every view at many sizes, in both themes: nothing panics, and a drawn
/// ruler always carries both of its dates whole.
#[test]
fn the_pictures_are_whole_or_absent_at_every_size() {
    let views = ["", "akush\n", "akush\nm", "akush\nmd", "2ssss"];
    for keys in views {
        let mut app = fixture::multi_day_app(120, 40);
        press(&mut app, keys);
        update(&mut app, Action::NextDay);
        for w in (0..=200u16).step_by(13) {
            for h in (0..=60u16).step_by(6) {
                update(
                    &mut app,
                    Action::Resize {
                        width: w,
                        height: h,
                    },
                );
                for theme in [Theme::colour(), Theme::monochrome()] {
                    let buf = render(&app, &theme);
                    let Some(ruler) = app.ruler_rect() else {
                        continue;
                    };
                    let axis = screen::row(&buf, ruler.y + 2, ruler.x, ruler.width);
                    assert!(
                        axis.starts_with("2026-01-20") && axis.trim_end().ends_with("2026-02-10"),
                        "{w}x{h} {keys:?}: {axis:?}"
                    );
                }
            }
        }
    }
}
