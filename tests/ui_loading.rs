//! The reader while a large briefing loads behind it: the status line's
//! progress, the empty first screen, and the selection staying on its item as
//! more of the briefing arrives.

#[path = "common/ui_fixture.rs"]
mod fixture;
#[path = "common/screen.rs"]
mod screen;

use std::time::Duration;

use brief::app::{App, LoadProgress, TimelineItem};
use brief::extract::extract;
use brief::load::parse_article;
use brief::model::{Briefing, Skipped};
use brief::ui::Theme;
use screen::{render, screen};

fn mid_load() -> LoadProgress {
    LoadProgress {
        files: 12_000,
        total: 27_000,
        articles: 11_900,
        elapsed: Duration::from_secs(6),
    }
}

#[test]
fn snapshot_the_first_screen_before_anything_has_loaded() {
    let mut app = App::new(Briefing::default(), 80, 24);
    app.loading = Some(LoadProgress {
        total: 27_000,
        ..LoadProgress::default()
    });
    insta::assert_snapshot!(
        "loading_empty_80x24",
        screen(&render(&app, &Theme::colour()))
    );
}

#[test]
fn snapshot_120x40_mid_load() {
    let mut app = fixture::app(120, 40);
    app.loading = Some(mid_load());
    let shown = screen(&render(&app, &Theme::colour()));
    assert!(
        shown.contains("12,000 of 27,000 files · 11,900 articles"),
        "{shown}"
    );
    insta::assert_snapshot!("loading_120x40", shown);
}

fn article(name: &str) -> brief::model::Article {
    let path = format!("{}/tests/fixtures/pl/{name}", env!("CARGO_MANIFEST_DIR"));
    parse_article(name.into(), &std::fs::read_to_string(path).unwrap())
}

/// What a timeline row shows, by what survives a new briefing.
fn place(app: &App) -> (String, u32) {
    let b = &app.briefing;
    let (article, start) = match app.rows.timeline[app.cursors[0].selected] {
        TimelineItem::Meeting(m) => (b.meetings[m].article, b.meetings[m].span.start),
        TimelineItem::Quote(q) => (b.quotes[q].article, b.quotes[q].span.start),
    };
    (b.articles[article].source.clone(), start)
}

#[test]
fn the_selection_stays_on_its_item_as_earlier_rows_arrive() {
    let later = "kallas-meloni-rzym.txt";
    let earlier = "tusk-kijow-konsultacje.txt";
    let mut app = App::new(extract(vec![article(later)]), 120, 40);
    app.loading = Some(mid_load());
    let last = app.rows.timeline.len() - 1;
    app.cursors[0].selected = last;
    let before = place(&app);
    app.grow(extract(vec![article(earlier), article(later)]));
    assert_eq!(place(&app), before);
    assert!(
        app.cursors[0].selected > last,
        "earlier rows came in above it"
    );
    assert_eq!(app.message, None, "more of a load is no news");
    app.loaded(
        extract(vec![article(earlier), article(later)]),
        Skipped::default(),
    );
    assert_eq!(place(&app), before);
    assert_eq!(app.loading, None);
    assert_eq!(app.message.as_deref(), Some("loaded: 2 articles"));
}
