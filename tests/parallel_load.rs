//! Reading on several threads in batches gives the same briefing, byte for
//! byte, as reading on one: the same JSON and the same skipped files, for any
//! thread count and batch size, and the same as loading then extracting.

#[path = "common/cli.rs"]
mod cli;

use std::fs;
use std::path::Path;
use std::process::Command;

use brief::export::to_json;
use brief::extract::extract;
use brief::load::{LoadOptions, load_briefing};
use brief::model::Skipped;
use brief::pipeline::{Parallelism, Request, Update, read_briefing, read_briefing_live};
use cli::*;

/// Every fixture article twice, with its own date each time, in a few folders,
/// and two files that cannot be read among them.
fn generated_directory(tmp: &TempDir) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bodies = Vec::new();
    for dir in ["pl", "en", "pl-holdout", "briefing", "sample"] {
        let mut paths: Vec<_> = fs::read_dir(root.join("tests/fixtures").join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        bodies.extend(paths.iter().map(|p| fs::read_to_string(p).unwrap()));
    }
    for n in 0..bodies.len() * 2 {
        let body = &bodies[n % bodies.len()];
        let text = format!("date 2026-03-{:02}\n\n{body}", 1 + n % 28);
        tmp.write(&format!("gen/{}/{n:04}.txt", n % 3), text.as_bytes());
    }
    tmp.write("gen/1/0050-binary.txt", b"x\0y");
    tmp.write("gen/2/0070-latin2.txt", b"Za\xbf\xf3\xb3\xe6.");
    tmp.path("gen").to_str().unwrap().to_owned()
}

#[test]
fn any_thread_count_and_batch_size_give_the_same_briefing() {
    let tmp = TempDir::new();
    let inputs = [generated_directory(&tmp)];
    let loaded = load_briefing(&inputs, &LoadOptions::default(), false, &mut |_| {}).unwrap();
    assert_eq!(loaded.skipped.reasons.len(), 2);
    let want = (to_json(&extract(loaded.articles)), loaded.skipped);
    let shares = [(1, 1000), (1, 7), (2, 5), (3, 1), (16, 7), (16, 4096)];
    for (threads, batch) in shares {
        let request = Request {
            inputs: &inputs,
            opts: LoadOptions::default(),
            strict: false,
            language: None,
            parallelism: Parallelism { threads, batch },
            cache: None,
        };
        let mut batches = 0;
        let (b, skipped) = read_briefing(&request, &mut |_, _| batches += 1).unwrap();
        let got: (String, Skipped) = (to_json(&b), skipped);
        assert!(
            got == want,
            "{threads} threads, batches of {batch}: differs"
        );
        let files = want.1.tried;
        assert_eq!(batches, files.div_ceil(batch), "{threads} threads, {batch}");
    }
}

#[test]
fn the_binary_gives_the_same_output_on_1_and_16_threads() {
    let tmp = TempDir::new();
    let dir = generated_directory(&tmp);
    let outputs: Vec<_> = ["1", "16"]
        .into_iter()
        .map(|threads| {
            let out = run(
                Command::new(BIN).args(["--json", "--threads", threads, &dir]),
                None,
            );
            assert_eq!(out.code, 0, "{}", out.stderr());
            let stderr = out.stderr();
            (out.stdout, stderr)
        })
        .collect();
    assert!(outputs[0] == outputs[1], "1 and 16 threads differ");
    assert!(outputs[0].1.contains("brief: 2 of "), "{}", outputs[0].1);
}

#[test]
fn a_live_load_shows_growing_parts_each_the_briefing_of_its_articles() {
    let tmp = TempDir::new();
    let inputs = [generated_directory(&tmp)];
    let request = Request {
        inputs: &inputs,
        opts: LoadOptions::default(),
        strict: false,
        language: None,
        parallelism: Parallelism {
            threads: 2,
            batch: 5,
        },
        cache: None,
    };
    let (want, _) = read_briefing(&request, &mut |_, _| {}).unwrap();
    let mut parts = Vec::new();
    let mut progress = Vec::new();
    let (got, _) = read_briefing_live(&request, true, &mut |update| match update {
        Update::Partial(part) => parts.push(part),
        Update::Progress {
            files,
            total,
            articles,
        } => progress.push((files, total, articles)),
    })
    .unwrap();
    assert!(
        to_json(&got) == to_json(&want),
        "the live load ends elsewhere"
    );
    let total = progress[0].1;
    assert_eq!(progress[0], (0, total, 0), "a first count before any file");
    assert_eq!(progress.last().unwrap().0, total);
    assert!(
        progress
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].2 <= w[1].2)
    );
    // Parts double, stop before the end, and are what extraction makes of
    // their articles alone.
    assert!(parts.len() >= 3, "{} parts", parts.len());
    let sizes: Vec<usize> = parts.iter().map(|p| p.articles.len()).collect();
    assert!(sizes.windows(2).all(|w| w[1] >= 2 * w[0]), "{sizes:?}");
    assert!(*sizes.last().unwrap() < got.articles.len());
    for part in &parts {
        let alone = extract(part.articles.clone());
        assert!(
            to_json(part) == to_json(&alone),
            "part of {}",
            part.articles.len()
        );
    }
}
