//! Extraction throughput on generated briefings of over 50 MB: the bundled sample
//! and the Polish fixtures, and the English fixtures, each repeated with varied dates
//! and extracted in one call.
//!
//! Run with `cargo bench --bench extract`; criterion reports MB/s (one core).

use std::fs;
use std::hint::black_box;
use std::path::Path;

use brief::extract::extract;
use brief::load::parse_article;
use brief::model::Article;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

const TARGET_BYTES: usize = 50 * 1024 * 1024;

fn sources(dir: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    if dir.ends_with("pl") {
        texts.push(fs::read_to_string(root.join("assets/davos-2026-01-22.txt")).unwrap());
    }
    let mut fixtures: Vec<_> = fs::read_dir(root.join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    fixtures.sort();
    texts.extend(fixtures.iter().map(|p| fs::read_to_string(p).unwrap()));
    texts
}

/// Articles of real news style adding up to `TARGET_BYTES`, each with its own date.
pub fn generated_briefing(dir: &str) -> Vec<Article> {
    let sources = sources(dir);
    let mut articles = Vec::new();
    let mut bytes = 0;
    let mut n = 0usize;
    while bytes < TARGET_BYTES {
        let body = &sources[n % sources.len()];
        let day = 1 + n % 28;
        let month = 1 + (n / 28) % 12;
        let text = format!("date 2026-{month:02}-{day:02}\n\n{body}");
        bytes += text.len();
        articles.push(parse_article(format!("generated/{n}.txt"), &text));
        n += 1;
    }
    articles
}

fn throughput(c: &mut Criterion) {
    for (name, dir) in [
        ("polish", "tests/fixtures/pl"),
        ("english", "tests/fixtures/en"),
    ] {
        measure(c, name, generated_briefing(dir));
    }
}

fn measure(c: &mut Criterion, name: &str, articles: Vec<Article>) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group(format!("extract_{name}"));
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(
        format!("{} articles, {:.1} MB", articles.len(), bytes as f64 / 1e6),
        |b| {
            b.iter_batched(
                || articles.clone(),
                |a| black_box(extract(a)),
                BatchSize::LargeInput,
            )
        },
    );
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
