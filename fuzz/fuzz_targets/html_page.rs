//! The web-page layer: any bytes read as a saved page. It gives an article
//! or a clear error; the article's text, title and address hold nothing a
//! terminal acts on.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let address = Some("https://fuzz.example/2026/01/22/page");
    if let Some(from) = common::read_as("fuzz.html", data, address) {
        assert_eq!(from.articles.len(), 1);
        common::check_article(&from.articles[0].article);
    }
});
