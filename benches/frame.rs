//! Keypress-to-frame time: one key through `update`, then a whole frame drawn
//! into a 200×60 TestBackend, on a briefing of 10,000 generated articles.
//! The target is well under 16 ms per key.

use std::hint::black_box;

use brief::app::{Action, App, Pane, update};
use brief::extract::extract;
use brief::load::{bundled_sample, parse_article};
use brief::model::{Briefing, Date};
use brief::ui::{Theme, draw};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// `BRIEF_BENCH_ARTICLES` overrides it for a quicker run.
const ARTICLES: usize = 10_000;

fn article_count() -> usize {
    std::env::var("BRIEF_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(ARTICLES)
}

/// The sample, re-dated and lightly varied, `ARTICLES` times, extracted as one
/// briefing (as `brief DIR` would); the time to extract and to the first frame is
/// printed before the measurements.
fn generated_briefing() -> Briefing {
    let sample = bundled_sample().text;
    let start = Date::parse_iso("2025-01-01").unwrap();
    let places = ["Davos", "Genewie", "Rijadzie", "Stambule"];
    let articles: Vec<_> = (0..article_count())
        .map(|i| {
            let date = start.add_days((i / 7) as i64);
            let body = sample.replace("Davos", places[i % places.len()]);
            let text = format!("date {date}\ntitle: Depesza {i}\n\n{body}");
            parse_article(format!("gen/{i:05}.txt"), &text)
        })
        .collect();
    let started = std::time::Instant::now();
    let briefing = extract(articles);
    eprintln!("extracted in {:.1?}", started.elapsed());
    briefing
}

fn bench_frames(c: &mut Criterion) {
    let briefing = generated_briefing();
    eprintln!(
        "briefing: {} articles, {} actors, {} quotes, {} meetings",
        briefing.articles.len(),
        briefing.actors.len(),
        briefing.quotes.len(),
        briefing.meetings.len()
    );
    let started = std::time::Instant::now();
    let mut app = App::new(briefing, 200, 60);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let theme = Theme::colour();
    terminal.draw(|f| draw(f, &app, &theme)).unwrap();
    eprintln!("first frame {:.1?} after extraction", started.elapsed());
    let mut frame = |app: &mut App, action: Action| {
        update(app, action);
        terminal.draw(|f| draw(f, black_box(app), &theme)).unwrap();
    };

    let mut group = c.benchmark_group("key_to_frame_10k_articles");
    group.bench_function("timeline_j_k", |b| {
        let mut down = true;
        b.iter(|| {
            frame(&mut app, if down { Action::Down } else { Action::Up });
            down = !down;
        })
    });
    group.bench_function("timeline_page_and_end", |b| {
        let actions = [
            Action::PageDown,
            Action::Bottom,
            Action::PageUp,
            Action::Top,
        ];
        let mut i = 0;
        b.iter(|| {
            frame(&mut app, actions[i % actions.len()]);
            i += 1;
        })
    });
    group.bench_function("next_item_of_actor", |b| {
        frame(&mut app, Action::Focus(Pane::Participants));
        b.iter(|| frame(&mut app, Action::NextItem))
    });
    group.bench_function("article_scroll", |b| {
        frame(&mut app, Action::Focus(Pane::Article));
        let mut down = true;
        b.iter(|| {
            frame(
                &mut app,
                if down {
                    Action::HalfPageDown
                } else {
                    Action::HalfPageUp
                },
            );
            down = !down;
        })
    });
    group.bench_function("open_quote_and_back", |b| {
        frame(&mut app, Action::Focus(Pane::Quotes));
        let actions = [Action::Down, Action::Open, Action::Back];
        let mut i = 0;
        b.iter(|| {
            frame(&mut app, actions[i % actions.len()]);
            i += 1;
        })
    });
    group.bench_function("participants_sort", |b| {
        frame(&mut app, Action::Focus(Pane::Participants));
        b.iter(|| frame(&mut app, Action::CycleSort))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_frames
}
criterion_main!(benches);
